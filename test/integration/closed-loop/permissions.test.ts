import { DEMO_ENTERPRISES, DEMO_USERS } from '../../../src/demo/district';
import { act, codeOf, ISSUE_FIELDS, submit } from '../../helpers/issues';
import type { PolicyAction } from '../../../src/subgraphs/hub/policy';
import { startTestHub, type GqlResponse, type TestHub } from '../../helpers/test-hub';

/** Who may do what (DESIGN §7), illegal transitions, and bad input: each refused with its code, nothing written. */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

const OWN = DEMO_USERS.enterprise.uscc;
const OTHER = DEMO_ENTERPRISES[1].uscc;
const M = {
  accept: `mutation($id: ID!) { acceptIssue(input: { issueId: $id }) { issue { id } } }`,
  start: `mutation($id: ID!) { startIssueWork(input: { issueId: $id }) { issue { id } } }`,
  respond: `mutation($id: ID!) { respondToIssue(input: { issueId: $id, response: "答复" }) { issue { id } } }`,
  resolve: `mutation($id: ID!) { resolveIssue(input: { issueId: $id, resolution: "办结" }) { issue { id } } }`,
  route: `mutation($id: ID!) { routeIssue(input: { issueId: $id, leadDepartment: "market" }) { issue { id } } }`,
  escalate: `mutation($id: ID!) { escalateIssue(input: { issueId: $id, reason: "联席" }) { issue { id } } }`,
  reopen: `mutation($id: ID!) { reopenIssue(input: { issueId: $id, reason: "重办" }) { issue { id } } }`,
  followUp: `mutation($id: ID!) { recordFollowUp(input: { issueId: $id, note: "回访" }) { issue { id } } }`,
  rate: `mutation($i: RateIssueInput!) { rateIssue(input: $i) { issue { id } } }`,
  refer: `mutation($i: ReferIssueInput!) { referIssue(input: $i) { referral { id } } }`,
  acceptReferral: `mutation($id: ID!) { acceptReferral(input: { referralId: $id }) { referral { id } } }`,
  rejectReferral: `mutation($id: ID!) { rejectReferral(input: { referralId: $id, reason: "退回" }) { referral { id } } }`,
};

async function taxIssue() {
  return submit(hub, 'enterprise', { uscc: OWN, title: '发票领用', description: '申请发票增量', category: 'tax_service' });
}
async function timelineLength(id: string) {
  const res = await hub.gql(`query($id: ID!) { issue(id: $id) { timeline { id } } }`, { id }, 'coordinator');
  return res.data.issue.timeline.length;
}
/** A demo user name, or a token for a user of another enterprise. */
async function caller(who: string): Promise<string> {
  return who === 'other-enterprise' ? hub.token('enterprise', { sub: 'u-enterprise-2', uscc: OTHER }) : who;
}
async function expectCode(query: string, variables: Record<string, unknown>, who: string, code: string, message?: RegExp) {
  const res = await hub.gql(query, variables, who);
  expect({ who, code: codeOf(res) }).toEqual({ who, code });
  if (message) expect(res.errors![0].message).toMatch(message);
  expect(JSON.stringify(res.errors)).not.toMatch(/select |insert |update hub|stack/i);
}

/**
 * The permission matrix: a table of the hub's policy (src/subgraphs/hub/policy.ts), one row per
 * policy action tried through the gateway. Each row prepares a request in the state the step
 * needs, has every refused caller try it (FORBIDDEN, with the message when given, nothing
 * written), then the allowed caller(s). The unit table of `may` (policy.test.ts) covers every
 * role × department; this one proves the resolvers and services ask the policy.
 */
type Who = string; // a demo user name, or 'other-enterprise' (an enterprise user of another enterprise)
interface Row {
  action: PolicyAction;
  does: string;
  /** Creates the request (and referral) the step applies to. */
  given: () => Promise<{ issueId: string; referralId?: string }>;
  attempt: (ids: { issueId: string; referralId?: string }, who: string) => Promise<GqlResponse>;
  refused: (Who | [Who, RegExp])[];
  allowed: Who[];
}

const assigned = async () => ({ issueId: (await taxIssue()).id });
const accepted = async () => {
  const { issueId } = await assigned();
  await act.accept(hub, 'tax-officer', issueId);
  return { issueId };
};
const inProgress = async () => {
  const { issueId } = await accepted();
  await act.start(hub, 'tax-officer', issueId);
  return { issueId };
};
const resolved = async () => {
  const { issueId } = await accepted();
  await act.respond(hub, 'tax-officer', issueId);
  await act.resolve(hub, 'tax-officer', issueId);
  return { issueId };
};
const referredToMarket = async () => {
  const { issueId } = await assigned();
  const referral = await act.refer(hub, 'tax-officer', { issueId, toDepartment: 'market', kind: 'TRANSFER', reason: '不属本部门', idempotencyKey: `perm-${issueId}` });
  return { issueId, referralId: referral.id };
};
const mutation = (query: string, vars: (ids: { issueId: string; referralId?: string }) => Record<string, unknown>) => (ids: { issueId: string; referralId?: string }, who: string) => hub.gql(query, vars(ids), who);
const byId = (query: string) => mutation(query, (ids) => ({ id: ids.issueId }));
const byReferral = (query: string) => mutation(query, (ids) => ({ id: ids.referralId }));

const MATRIX: Row[] = [
  { action: 'issue.submit', does: 'submit a request for an enterprise', given: async () => ({ issueId: '' }),
    attempt: (_ids, who) => hub.gql(`mutation($i: SubmitIssueInput!) { submitIssue(input: $i) { issue { id } } }`, { i: { uscc: OTHER, title: 't', description: 'd', category: 'other', channel: who === 'enterprise' ? undefined : 'HOTLINE' } }, who),
    refused: [['enterprise', /only submit requests for their own enterprise/]], allowed: ['tax-officer', 'coordinator'] },
  { action: 'issue.read', does: 'read a request', given: assigned,
    attempt: byId(`query($id: ID!) { issue(id: $id) { id } }`),
    refused: [['market-officer', /belongs to other departments/], ['other-enterprise', /another enterprise's/]], allowed: ['tax-officer', 'enterprise', 'coordinator'] },
  { action: 'issue.work', does: 'sign for a request', given: assigned, attempt: byId(M.accept),
    refused: [['market-officer', /lead department \(tax\)/], ['police-officer', /lead department \(tax\)/], ['coordinator', /lead department \(tax\)/], ['enterprise', /lead department \(tax\)/]], allowed: ['tax-officer'] },
  { action: 'issue.work', does: 'start work', given: accepted, attempt: byId(M.start), refused: [['market-officer', /start work on this request/]], allowed: ['tax-officer'] },
  { action: 'issue.work', does: 'answer', given: accepted, attempt: byId(M.respond), refused: [['market-officer', /answer this request/]], allowed: ['tax-officer'] },
  { action: 'issue.work', does: 'conclude', given: inProgress, attempt: byId(M.resolve), refused: [['market-officer', /conclude this request/]], allowed: ['tax-officer'] },
  { action: 'issue.route', does: 'route', given: assigned, attempt: byId(M.route), refused: ['tax-officer', 'police-admin', 'enterprise'], allowed: ['coordinator'] },
  { action: 'issue.escalate', does: 'escalate', given: assigned, attempt: byId(M.escalate), refused: ['tax-officer', 'police-admin', 'enterprise'], allowed: ['coordinator'] },
  { action: 'issue.refer', does: 'refer', given: assigned,
    attempt: mutation(M.refer, (ids) => ({ i: { issueId: ids.issueId, toDepartment: 'judicial', kind: 'ASSIST', reason: '协查', idempotencyKey: `refer-${ids.issueId}` } })),
    refused: [['police-officer', /lead department \(tax\)/], 'enterprise'], allowed: ['tax-officer'] },
  { action: 'referral.answer', does: 'sign for a referral', given: referredToMarket, attempt: byReferral(M.acceptReferral),
    refused: [['tax-officer', /receiving department \(market\)/], 'judicial-officer', 'coordinator'], allowed: ['market-officer'] },
  { action: 'referral.answer', does: 'send a referral back', given: referredToMarket, attempt: byReferral(M.rejectReferral),
    refused: ['tax-officer', 'judicial-officer', 'coordinator'], allowed: ['market-officer'] },
  { action: 'referral.cancel', does: 'withdraw a referral', given: referredToMarket, attempt: byReferral(`mutation($id: ID!) { cancelReferral(input: { referralId: $id, reason: "撤回" }) { referral { id } } }`),
    refused: [['market-officer', /referring department \(tax\)/]], allowed: ['tax-officer'] },
  { action: 'issue.rate', does: 'rate the answer', given: resolved,
    attempt: mutation(M.rate, (ids) => ({ i: { issueId: ids.issueId, satisfaction: 'SATISFIED' } })),
    refused: ['other-enterprise', 'coordinator', ['tax-officer', /in-person/]], allowed: ['enterprise'] },
  { action: 'issue.rateInPerson', does: 'record an in-person rating', given: resolved,
    attempt: mutation(M.rate, (ids) => ({ i: { issueId: ids.issueId, satisfaction: 'SATISFIED', recordedInPerson: true } })),
    refused: ['market-officer', 'enterprise'], allowed: ['tax-officer'] },
  { action: 'issue.followUp', does: 'record the follow-up visit', given: resolved, attempt: byId(M.followUp),
    refused: [['market-officer', /lead department \(tax\)/], 'enterprise'], allowed: ['tax-officer'] },
  { action: 'issue.reopen', does: 'reopen', given: resolved, attempt: byId(M.reopen),
    refused: [['tax-officer', /administrator/], 'police-admin', 'enterprise'], allowed: ['coordinator'] },
];

describe('permission matrix (a table of the hub policy)', () => {
  test.each(MATRIX.map((row) => [row.action, row.does, row] as const))('%s: %s', async (_action, _does, row) => {
    const ids = await row.given();
    const before = ids.issueId ? await timelineLength(ids.issueId) : 0;
    for (const entry of row.refused) {
      const [who, message] = Array.isArray(entry) ? entry : [entry, undefined];
      const res = await row.attempt(ids, await caller(who));
      expect({ who, code: codeOf(res) }).toEqual({ who, code: 'FORBIDDEN' });
      if (message) expect(res.errors![0].message).toMatch(message);
    }
    if (ids.issueId) expect(await timelineLength(ids.issueId)).toBe(before); // nothing written
    for (const who of row.allowed) {
      const res = await row.attempt(ids, await caller(who));
      expect({ who, errors: res.errors }).toEqual({ who, errors: undefined });
    }
  });

  test('the refusals of reading cover the lists too: a department sees a request once it exchanged a referral about it', async () => {
    const issue = await taxIssue();
    const read = (who: string) => hub.gql(`query($id: ID!) { issue(id: $id) { id } }`, { id: issue.id }, who);
    const marketInbox = await hub.gql(`{ issues(first: 100) { edges { node { id } } } }`, {}, 'market-officer');
    expect(marketInbox.data.issues.edges.map((e: any) => e.node.id)).not.toContain(issue.id);
    await act.refer(hub, 'tax-officer', { issueId: issue.id, toDepartment: 'market', kind: 'ASSIST', reason: '协查', idempotencyKey: `read-${issue.id}` });
    expect((await read('market-officer')).data.issue.id).toBe(issue.id); // now it has a referral about it

    // another enterprise sees its own requests only (other test files may have filed some for it)
    const strangerList = await hub.gql(`{ issues(first: 100) { edges { node { id enterprise { uscc } } } } }`, {}, await caller('other-enterprise'));
    const seen = strangerList.data.issues.edges.map((e: any) => e.node);
    expect(seen.map((n: any) => n.id)).not.toContain(issue.id);
    expect(seen.every((n: any) => n.enterprise.uscc === OTHER)).toBe(true);
  });
});

describe('illegal transitions are CONFLICT, with a reason a person understands', () => {
  test('resolving or answering an unaccepted request', async () => {
    const issue = await taxIssue();
    await expectCode(M.resolve, { id: issue.id }, 'tax-officer', 'CONFLICT', /it is ASSIGNED.*sign for it and work it first/);
    await expectCode(M.respond, { id: issue.id }, 'tax-officer', 'CONFLICT', /ASSIGNED/);
  });

  test('rating an unresolved request; rating twice; following up an open one', async () => {
    const issue = await taxIssue();
    await expectCode(M.rate, { i: { issueId: issue.id, satisfaction: 'SATISFIED' } }, 'enterprise', 'CONFLICT', /only a concluded \(RESOLVED\) request can be rated/);
    await expectCode(M.followUp, { id: issue.id }, 'tax-officer', 'CONFLICT');
    await act.accept(hub, 'tax-officer', issue.id);
    await act.resolve(hub, 'tax-officer', issue.id).catch(() => undefined); // ACCEPTED → resolve is illegal too
    await act.start(hub, 'tax-officer', issue.id);
    await act.resolve(hub, 'tax-officer', issue.id);
    await act.rate(hub, 'enterprise', { issueId: issue.id, satisfaction: 'BASICALLY_SATISFIED' });
    await expectCode(M.rate, { i: { issueId: issue.id, satisfaction: 'SATISFIED' } }, 'enterprise', 'CONFLICT', /already been rated/);
  });

  test('accepting a referral twice; signing an issue twice', async () => {
    const issue = await taxIssue();
    await act.accept(hub, 'tax-officer', issue.id);
    await expectCode(M.accept, { id: issue.id }, 'tax-officer', 'CONFLICT');
    const referral = await act.refer(hub, 'tax-officer', { issueId: issue.id, toDepartment: 'police', kind: 'ASSIST', reason: '协助', idempotencyKey: `twice-${issue.id}` });
    await act.acceptReferral(hub, 'police-officer', referral.id);
    await expectCode(M.acceptReferral, { id: referral.id }, 'police-officer', 'CONFLICT', /ACCEPTED: only a pending referral can be accepted/);
    await expectCode(M.rejectReferral, { id: referral.id }, 'police-officer', 'CONFLICT');
  });
});

describe('bad input is BAD_USER_INPUT or NOT_FOUND, never a 500', () => {
  const submitQ = `mutation($i: SubmitIssueInput!) { submitIssue(input: $i) { issue { id } } }`;
  const base = { uscc: OWN, title: '标题', description: '内容', category: 'other' };

  test('empty, oversized, unknown category, bad USCC', async () => {
    await expectCode(submitQ, { i: { ...base, title: '   ' } }, 'enterprise', 'BAD_USER_INPUT', /title must not be empty/);
    await expectCode(submitQ, { i: { ...base, description: '长'.repeat(5001) } }, 'enterprise', 'BAD_USER_INPUT', /too long: 5001 characters, at most 5000/);
    await expectCode(submitQ, { i: { ...base, category: 'nonsense' } }, 'enterprise', 'BAD_USER_INPUT', /Unknown category "nonsense". Known categories: .*tax_service/);
    await expectCode(submitQ, { i: { ...base, uscc: OWN.slice(0, 17) + (OWN[17] === 'A' ? 'B' : 'A') } }, 'enterprise', 'BAD_USER_INPUT', /check character/);
    await expectCode(submitQ, { i: { ...base, uscc: '91440300708461136T' } }, 'coordinator', 'BAD_USER_INPUT', /channel/);
    await expectCode(submitQ, { i: { ...base, uscc: '91440300708461136T', channel: 'HOTLINE' } }, 'coordinator', 'NOT_FOUND', /No enterprise/);
  });

  test('unknown departments, bad and unknown ids', async () => {
    const issue = await taxIssue();
    await expectCode(M.refer, { i: { issueId: issue.id, toDepartment: 'fire_brigade', kind: 'TRANSFER', reason: 'x', idempotencyKey: `bad-${issue.id}` } }, 'tax-officer', 'BAD_USER_INPUT', /Unknown department "fire_brigade"/);
    await expectCode(`mutation($id: ID!) { routeIssue(input: { issueId: $id, leadDepartment: "nobody" }) { issue { id } } }`, { id: issue.id }, 'coordinator', 'BAD_USER_INPUT', /Unknown department/);
    await expectCode(M.accept, { id: 'abc' }, 'tax-officer', 'BAD_USER_INPUT', /is not an Issue id/);
    await expectCode(M.accept, { id: 'Issue:99999999' }, 'tax-officer', 'NOT_FOUND');
    await expectCode(M.acceptReferral, { id: 'Referral:99999999' }, 'tax-officer', 'NOT_FOUND');
    await expectCode(`query { issue(id: "-1") { id } }`, {}, 'coordinator', 'BAD_USER_INPUT');
    await expectCode(`query { issue(id: "Issue:99999999") { id } }`, {}, 'coordinator', 'NOT_FOUND', /No request with id Issue:99999999/);
    await expectCode(`{ departmentPerformance(from: "2026-02-30", to: "2026-03-01") { departmentCode } }`, {}, 'coordinator', 'BAD_USER_INPUT');
    await expectCode(`{ departmentPerformance(from: "2026-03-02", to: "2026-03-01") { departmentCode } }`, {}, 'coordinator', 'BAD_USER_INPUT');
  });

  test('a refused mutation writes nothing', async () => {
    const issue = await taxIssue();
    const before = await timelineLength(issue.id);
    await hub.gql(M.resolve, { id: issue.id }, 'tax-officer');
    await hub.gql(M.refer, { i: { issueId: issue.id, toDepartment: 'nobody', kind: 'TRANSFER', reason: 'x', idempotencyKey: `nothing-${issue.id}` } }, 'tax-officer');
    const after = await hub.gql(`query($id: ID!) { issue(id: $id) { status timeline { id } referrals { id } } }`, { id: issue.id }, 'coordinator');
    expect(after.data.issue).toMatchObject({ status: 'ASSIGNED', referrals: [] });
    expect(after.data.issue.timeline).toHaveLength(before);
  });
});

export { ISSUE_FIELDS };

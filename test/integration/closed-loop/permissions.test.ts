import { DEMO_ENTERPRISES, DEMO_USERS } from '../../../src/demo/district';
import { act, codeOf, ISSUE_FIELDS, submit } from '../../helpers/issues';
import { startTestHub, type TestHub } from '../../helpers/test-hub';

/** Who may do what (DESIGN §7), illegal transitions, and bad input: each refused with its code, nothing written. */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

const OWN = DEMO_USERS.enterprise.uscc;
const OTHER = DEMO_ENTERPRISES[1].uscc;
const M = {
  accept: `mutation($id: ID!) { acceptIssue(issueId: $id) { id } }`,
  start: `mutation($id: ID!) { startIssueWork(issueId: $id) { id } }`,
  respond: `mutation($id: ID!) { respondToIssue(issueId: $id, response: "答复") { id } }`,
  resolve: `mutation($id: ID!) { resolveIssue(issueId: $id, resolution: "办结") { id } }`,
  route: `mutation($id: ID!) { routeIssue(issueId: $id, leadDepartment: "market") { id } }`,
  escalate: `mutation($id: ID!) { escalateIssue(issueId: $id, reason: "联席") { id } }`,
  reopen: `mutation($id: ID!) { reopenIssue(issueId: $id, reason: "重办") { id } }`,
  followUp: `mutation($id: ID!) { recordFollowUp(issueId: $id, note: "回访") { id } }`,
  rate: `mutation($i: RateIssueInput!) { rateIssue(input: $i) { id } }`,
  refer: `mutation($i: ReferIssueInput!) { referIssue(input: $i) { id } }`,
  acceptReferral: `mutation($id: ID!) { acceptReferral(referralId: $id) { id } }`,
  rejectReferral: `mutation($id: ID!) { rejectReferral(referralId: $id, reason: "退回") { id } }`,
};

async function taxIssue() {
  return submit(hub, 'enterprise', { uscc: OWN, title: '发票领用', description: '申请发票增量', category: 'tax_service' });
}
async function timelineLength(id: string) {
  const res = await hub.gql(`query($id: ID!) { issue(id: $id) { timeline { id } } }`, { id }, 'coordinator');
  return res.data.issue.timeline.length;
}
async function expectCode(query: string, variables: Record<string, unknown>, who: string, code: string, message?: RegExp) {
  const res = await hub.gql(query, variables, who);
  expect({ who, code: codeOf(res) }).toEqual({ who, code });
  if (message) expect(res.errors![0].message).toMatch(message);
  expect(JSON.stringify(res.errors)).not.toMatch(/select |insert |update hub|stack/i);
}

describe('permission matrix', () => {
  test('submitting: enterprises only for themselves', async () => {
    await expectCode(`mutation($i: SubmitIssueInput!) { submitIssue(input: $i) { id } }`, { i: { uscc: OTHER, title: 't', description: 'd', category: 'other' } }, 'enterprise', 'FORBIDDEN');
  });

  test('only the lead department signs, works, answers and concludes', async () => {
    const issue = await taxIssue();
    const before = await timelineLength(issue.id);
    for (const who of ['market-officer', 'police-officer', 'coordinator', 'enterprise']) {
      await expectCode(M.accept, { id: issue.id }, who, 'FORBIDDEN', /lead department \(tax\)/);
    }
    await act.accept(hub, 'tax-officer', issue.id);
    for (const mutation of [M.start, M.respond, M.resolve]) await expectCode(mutation, { id: issue.id }, 'market-officer', 'FORBIDDEN');
    expect(await timelineLength(issue.id)).toBe(before + 1); // only the accept
  });

  test('only coordinators route and escalate', async () => {
    const issue = await taxIssue();
    for (const who of ['tax-officer', 'police-admin', 'enterprise']) {
      await expectCode(M.route, { id: issue.id }, who, 'FORBIDDEN');
      await expectCode(M.escalate, { id: issue.id }, who, 'FORBIDDEN');
    }
  });

  test('only the lead refers; only the receiving department answers; only the referrer withdraws', async () => {
    const issue = await taxIssue();
    const input = { issueId: issue.id, toDepartment: 'market', kind: 'TRANSFER', reason: '不属本部门', idempotencyKey: `perm-${issue.id}` };
    await expectCode(M.refer, { i: { ...input, toDepartment: 'tax' } }, 'police-officer', 'FORBIDDEN', /lead department \(tax\)/);
    await expectCode(M.refer, { i: input }, 'enterprise', 'FORBIDDEN');
    const referral = await act.refer(hub, 'tax-officer', input);
    for (const who of ['tax-officer', 'judicial-officer', 'coordinator']) {
      await expectCode(M.acceptReferral, { id: referral.id }, who, 'FORBIDDEN');
      await expectCode(M.rejectReferral, { id: referral.id }, who, 'FORBIDDEN');
    }
    await expectCode(`mutation($id: ID!) { cancelReferral(referralId: $id, reason: "撤回") { id } }`, { id: referral.id }, 'market-officer', 'FORBIDDEN');
    const cancelled = await hub.gql(`mutation($id: ID!) { cancelReferral(referralId: $id, reason: "撤回") { status } }`, { id: referral.id }, 'tax-officer');
    expect(cancelled.data.cancelReferral.status).toBe('CANCELLED');
  });

  test('only the enterprise rates; an officer of the lead department may record an in-person rating, marked as such', async () => {
    const issue = await taxIssue();
    await act.accept(hub, 'tax-officer', issue.id);
    await act.respond(hub, 'tax-officer', issue.id);
    await act.resolve(hub, 'tax-officer', issue.id);
    const rating = { issueId: issue.id, satisfaction: 'SATISFIED' };
    const otherEnterprise = await hub.token('enterprise', { sub: 'u-enterprise-2', uscc: OTHER });
    await expectCode(M.rate, { i: rating }, otherEnterprise, 'FORBIDDEN');
    await expectCode(M.rate, { i: rating }, 'coordinator', 'FORBIDDEN');
    await expectCode(M.rate, { i: rating }, 'tax-officer', 'FORBIDDEN', /in-person/);
    await expectCode(M.rate, { i: { ...rating, recordedInPerson: true } }, 'market-officer', 'FORBIDDEN');
    const recorded = await act.rate(hub, 'tax-officer', { ...rating, recordedInPerson: true });
    expect(recorded).toMatchObject({ satisfaction: 'SATISFIED', ratingRecordedInPerson: true });
  });

  test('reading: departments see what they lead, assist or exchanged referrals about; enterprises their own', async () => {
    const issue = await taxIssue();
    const read = (who: string) => hub.gql(`query($id: ID!) { issue(id: $id) { id } }`, { id: issue.id }, who);
    expect((await read('tax-officer')).data.issue.id).toBe(issue.id);
    expect((await read('enterprise')).data.issue.id).toBe(issue.id);
    expect((await read('coordinator')).data.issue.id).toBe(issue.id);
    expect(codeOf(await read('market-officer'))).toBe('FORBIDDEN');
    const stranger = await hub.token('enterprise', { sub: 'u-enterprise-2', uscc: OTHER });
    expect(codeOf(await read(stranger))).toBe('FORBIDDEN');

    const marketInbox = await hub.gql(`{ issues(first: 100) { edges { node { id } } } }`, {}, 'market-officer');
    expect(marketInbox.data.issues.edges.map((e: any) => e.node.id)).not.toContain(issue.id);
    await act.refer(hub, 'tax-officer', { issueId: issue.id, toDepartment: 'market', kind: 'ASSIST', reason: '协查', idempotencyKey: `read-${issue.id}` });
    expect((await read('market-officer')).data.issue.id).toBe(issue.id); // now it has a referral about it

    // another enterprise sees its own requests only (other test files may have filed some for it)
    const strangerList = await hub.gql(`{ issues(first: 100) { edges { node { id enterprise { uscc } } } } }`, {}, stranger);
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
  const submitQ = `mutation($i: SubmitIssueInput!) { submitIssue(input: $i) { id } }`;
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
    await expectCode(`mutation($id: ID!) { routeIssue(issueId: $id, leadDepartment: "nobody") { id } }`, { id: issue.id }, 'coordinator', 'BAD_USER_INPUT', /Unknown department/);
    await expectCode(M.accept, { id: 'abc' }, 'tax-officer', 'BAD_USER_INPUT', /not a valid id/);
    await expectCode(M.accept, { id: '99999999' }, 'tax-officer', 'NOT_FOUND');
    await expectCode(M.acceptReferral, { id: '99999999' }, 'tax-officer', 'NOT_FOUND');
    await expectCode(`query { issue(id: "-1") { id } }`, {}, 'coordinator', 'BAD_USER_INPUT');
    await expectCode(`query { issue(id: "99999999") { id } }`, {}, 'coordinator', 'NOT_FOUND', /No request with id 99999999/);
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

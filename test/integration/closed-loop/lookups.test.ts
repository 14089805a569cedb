import { DEMO_ENTERPRISES } from '../../../src/demo/district';
import { act, codeOf, REFERRAL_FIELDS, submit } from '../../helpers/issues';
import { startTestHub, type TestHub } from '../../helpers/test-hub';

/** Lookups by id and number follow one rule (NOT_FOUND when missing), and filters refuse what they cannot mean. */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

const taxRequest = (title: string) =>
  submit(hub, 'enterprise', { uscc: DEMO_ENTERPRISES[0].uscc, title, description: `${title}，发票问题`, category: 'tax_service', channel: 'ONLINE' });

test('issueByNumber finds a request by the number the enterprise was given, under the same access rules', async () => {
  const issue = await taxRequest('发票丢失补开');
  const byNumber = await hub.gql(`query($n: String!) { issueByNumber(number: $n) { id number } }`, { n: issue.number.toLowerCase() }, 'tax-officer');
  expect(byNumber.data.issueByNumber).toEqual({ id: issue.id, number: issue.number });
  expect(codeOf(await hub.gql(`query($n: String!) { issueByNumber(number: $n) { id } }`, { n: issue.number }, 'judicial-officer'))).toBe('FORBIDDEN');
  expect(codeOf(await hub.gql(`{ issueByNumber(number: "SQ-2026-999999999") { id } }`, {}, 'coordinator'))).toBe('NOT_FOUND');
  const bad = await hub.gql(`{ issueByNumber(number: "12345") { id } }`, {}, 'coordinator');
  expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'number' });
});

test('referral(id): its two departments and coordinators see it; others FORBIDDEN; missing NOT_FOUND', async () => {
  const issue = await taxRequest('企业注销涉税事项');
  await act.accept(hub, 'tax-officer', issue.id);
  const referral = await act.refer(hub, 'tax-officer', { issueId: issue.id, toDepartment: 'market', kind: 'ASSIST', reason: '核查营业执照', idempotencyKey: `lookup-${issue.id}` });
  const q = `query($id: ID!) { referral(id: $id) { ${REFERRAL_FIELDS} } }`;
  for (const who of ['tax-officer', 'market-officer', 'coordinator'] as const) {
    expect((await hub.gql(q, { id: referral.id }, who)).data.referral).toMatchObject({ id: referral.id, kind: 'ASSIST' });
  }
  expect(codeOf(await hub.gql(q, { id: referral.id }, 'police-officer'))).toBe('FORBIDDEN');
  expect(codeOf(await hub.gql(q, { id: 'Referral:99999999' }, 'coordinator'))).toBe('NOT_FOUND');
});

test('reusing a referral idempotency key with any difference (the reason too) is CONFLICT; the same request replays', async () => {
  const issue = await taxRequest('出口退税进度');
  await act.accept(hub, 'tax-officer', issue.id);
  const input = { issueId: issue.id, toDepartment: 'market', kind: 'ASSIST', reason: '核查出口资质', idempotencyKey: `key-${issue.id}` };
  const first = await act.refer(hub, 'tax-officer', input);
  expect((await act.refer(hub, 'tax-officer', input)).id).toBe(first.id);
  const other = await hub.gql(`mutation($i: ReferIssueInput!) { referIssue(input: $i) { referral { id } } }`, { i: { ...input, reason: '另一个理由' } }, 'tax-officer');
  expect(codeOf(other)).toBe('CONFLICT');
});

test.each([
  ['issues', `{ issues(filter: { leadDepartment: "fire" }) { totalCount } }`, 'filter.leadDepartment'],
  ['issues', `{ issues(filter: { department: "fire" }) { totalCount } }`, 'filter.department'],
  ['referrals', `{ referrals(filter: { toDepartment: "fire" }) { totalCount } }`, 'filter.toDepartment'],
  ['actionItems', `{ actionItems(filter: { ownerDepartment: "fire" }) { totalCount } }`, 'filter.ownerDepartment'],
])('%s filtered by an unknown department is BAD_USER_INPUT naming the filter, not an empty list', async (_list, query, field) => {
  const res = await hub.gql(query, {}, 'coordinator');
  expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  expect(res.errors?.[0]?.message).toMatch(/Unknown department "fire"/);
});

test('Enterprise and Department carry an id (for clients that normalise by id); statistics name the department', async () => {
  const res = await hub.gql(`query($u: ID!) { enterprise(uscc: $u) { id uscc } departments { id code }
      departmentPerformance(from: "2026-01-01", to: "2026-12-31") { departmentCode department { id nameZh } } }`, { u: DEMO_ENTERPRISES[0].uscc }, 'coordinator');
  expect(res.errors).toBeUndefined();
  expect(res.data.enterprise.id).toBe(`Enterprise:${DEMO_ENTERPRISES[0].uscc}`);
  expect(res.data.departments.every((d: any) => d.id === `Department:${d.code}`)).toBe(true);
  const tax = res.data.departmentPerformance.find((r: any) => r.departmentCode === 'tax');
  expect(tax.department).toEqual({ id: 'Department:tax', nameZh: '税务局' });
});

test('list rows carry working days left (hub time zone) and when the request last changed', async () => {
  const start = hub.clock.now();
  try {
    const issue = await taxRequest('增值税专用发票');
    const q = `query($id: ID!) { issue(id: $id) { workingDaysLeft isOverdue updatedAt replyDeadline } }`;
    const fresh = (await hub.gql(q, { id: issue.id }, 'tax-officer')).data.issue;
    expect(fresh).toMatchObject({ workingDaysLeft: 5, isOverdue: false, updatedAt: start.toISOString() });
    hub.clock.set(new Date(`${fresh.replyDeadline}T02:00:00Z`)); // 10:00 on the last day, Shanghai
    expect((await hub.gql(q, { id: issue.id }, 'tax-officer')).data.issue).toMatchObject({ workingDaysLeft: 0, isOverdue: false });
    hub.clock.advance(3 * 86_400_000);
    const late = (await hub.gql(q, { id: issue.id }, 'tax-officer')).data.issue;
    expect(late.isOverdue).toBe(true);
    expect(late.workingDaysLeft).toBeLessThan(0);
    await act.accept(hub, 'tax-officer', issue.id);
    const answered = (await act.respond(hub, 'tax-officer', issue.id)) as any;
    const after = (await hub.gql(q, { id: answered.id }, 'tax-officer')).data.issue;
    expect(after.workingDaysLeft).toBeNull();
    expect(after.updatedAt).toBe(hub.clock.now().toISOString());
  } finally {
    hub.clock.set(start);
  }
});

test('people are Person { id name department }, not bare user ids', async () => {
  const issue = await taxRequest('研发费用加计扣除');
  await act.accept(hub, 'tax-officer', issue.id);
  const referral = await act.refer(hub, 'tax-officer', { issueId: issue.id, toDepartment: 'market', kind: 'ASSIST', reason: '核查研发机构', idempotencyKey: `person-${issue.id}` });
  await act.acceptReferral(hub, 'market-officer', referral.id);
  const res = await hub.gql(`query($id: ID!) { issue(id: $id) { submittedBy { id name department { code } }
      referrals { createdBy { id name department { code } } answeredBy { id name department { code } } } } }`, { id: issue.id }, 'coordinator');
  expect(res.errors).toBeUndefined();
  expect(res.data.issue.submittedBy).toEqual({ id: 'u-enterprise-1', name: '赵建国', department: null });
  expect(res.data.issue.referrals[0]).toEqual({
    createdBy: { id: 'u-tax-wu', name: '吴明辉', department: { code: 'tax' } },
    answeredBy: { id: 'u-market-sun', name: '孙丽华', department: { code: 'market' } },
  });
});

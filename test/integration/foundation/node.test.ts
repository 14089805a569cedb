import { DEMO_ENTERPRISES } from '../../../src/demo/district';
import { act, codeOf, escalated, ok, submit } from '../../helpers/issues';
import { startTestHub, type TestHub } from '../../helpers/test-hub';
import { collect, wsClient } from '../../helpers/ws';

/**
 * Relay Node: every id is a global id `<Type>:<key>`, node(id) refetches any object with the access
 * rules of its own lookup, and the ids inside events are the same global ids.
 */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

const node = (id: string, who: string) => hub.gql(`query($id: ID!) { node(id: $id) { __typename id } }`, { id }, who);

test('node(id) refetches every kind of object by the id the API gave it, as the same type', async () => {
  const issue = await submit(hub, 'enterprise', { uscc: DEMO_ENTERPRISES[0].uscc, title: '节点查询', description: '发票问题', category: 'tax_service' });
  await act.accept(hub, 'tax-officer', issue.id);
  const referral = await act.refer(hub, 'tax-officer', { issueId: issue.id, toDepartment: 'market', kind: 'ASSIST', reason: '核查', idempotencyKey: `node-${issue.id}` });
  const agendaIssue = await escalated(hub, '节点议题', 'public_security', 1);
  const { meeting } = await ok(hub, `mutation($i: ScheduleJointMeetingInput!) { scheduleJointMeeting(input: $i) { meeting { id agenda { id } } } }`, {
    i: { title: '节点会议', kind: 'AD_HOC', conveningDepartment: 'police', scheduledAt: hub.clock.now().toISOString(), location: '会议室', invitedDepartments: ['tax'], agendaIssueIds: [agendaIssue.id] },
  }, 'coordinator');
  const refs = (await hub.gql(`{ departments { id } issueCategories { id } routingRules { id } workdayCalendarYears { id } }`, {}, 'coordinator')).data;
  const enterprise = await ok(hub, `query($u: ID!) { enterprise(uscc: $u) { id } }`, { u: DEMO_ENTERPRISES[0].uscc }, 'coordinator');
  const expected: [string, string][] = [
    [issue.id, 'Issue'],
    [referral.id, 'Referral'],
    [meeting.id, 'JointMeeting'],
    [meeting.agenda[0].id, 'AgendaItem'],
    [enterprise.id, 'Enterprise'],
    [refs.departments[0].id, 'Department'],
    [refs.issueCategories[0].id, 'IssueCategory'],
    [refs.routingRules[0].id, 'RoutingRule'],
    [refs.workdayCalendarYears[0].id, 'WorkdayCalendarYear'],
  ];
  for (const [id, type] of expected) {
    expect(id.startsWith(`${type}:`)).toBe(true);
    const res = await node(id, 'coordinator');
    expect(res.errors).toBeUndefined();
    expect(res.data.node).toEqual({ __typename: type, id });
  }
  // a fragment on the concrete type reads its fields
  const withFields = await ok(hub, `query($id: ID!) { node(id: $id) { ... on Issue { number status } } }`, { id: issue.id }, 'tax-officer');
  expect(withFields).toEqual({ number: issue.number, status: 'ACCEPTED' });
});

test('node(id) applies the lookup rules of the type: FORBIDDEN, NOT_FOUND, and BAD_USER_INPUT for an id the hub did not make', async () => {
  const issue = await submit(hub, 'enterprise', { uscc: DEMO_ENTERPRISES[0].uscc, title: '节点权限', description: '发票问题', category: 'tax_service' });
  await act.accept(hub, 'tax-officer', issue.id);
  const referral = await act.refer(hub, 'tax-officer', { issueId: issue.id, toDepartment: 'market', kind: 'ASSIST', reason: '核查', idempotencyKey: `node-rules-${issue.id}` });
  expect(codeOf(await node(issue.id, 'judicial-officer'))).toBe('FORBIDDEN'); // as issue(id)
  expect(codeOf(await node(referral.id, 'police-officer'))).toBe('FORBIDDEN'); // as referral(id)
  expect(codeOf(await node(referral.id, 'enterprise'))).toBe('FORBIDDEN'); // referrals are for staff
  expect(codeOf(await node(`Enterprise:${DEMO_ENTERPRISES[1].uscc}`, 'enterprise'))).toBe('FORBIDDEN'); // another enterprise
  expect(codeOf(await node('Issue:99999999', 'coordinator'))).toBe('NOT_FOUND');
  expect(codeOf(await node('Department:nobody', 'coordinator'))).toBe('NOT_FOUND');
  const timeline = await ok(hub, `query($id: ID!) { issue(id: $id) { timeline { id } } }`, { id: issue.id }, 'coordinator');
  expect(timeline.timeline[0].id).toMatch(/^IssueTimelineEntry:\d+$/);
  for (const bad of ['42', 'Issue:abc', 'Issue:-1', 'Nope:1', 'Issue:99999999999', timeline.timeline[0].id, 'x'.repeat(500)]) {
    const res = await node(bad, 'coordinator');
    expect({ bad, code: codeOf(res), field: res.errors?.[0]?.extensions?.field }).toEqual({ bad, code: 'BAD_USER_INPUT', field: 'id' });
  }
  // an id of another type where a request id is expected is BAD_USER_INPUT naming the input field
  const wrongType = await hub.gql(`mutation($i: AcceptIssueInput!) { acceptIssue(input: $i) { issue { id } } }`, { i: { issueId: referral.id } }, 'tax-officer');
  expect(wrongType.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'issueId' });
});

test('events carry the same global ids as the objects they point at', async () => {
  const client = wsClient(hub.url, await hub.token('coordinator'));
  const issue = await submit(hub, 'enterprise', { uscc: DEMO_ENTERPRISES[0].uscc, title: '节点事件', description: '发票问题', category: 'tax_service' });
  const events = collect(client, `subscription($id: ID!) { issueEvents(issueId: $id, after: "0") { cursor type issueId issue { id } } }`, { id: issue.id });
  try {
    const [first] = await events.waitFor(1);
    expect(first.issueId).toBe(issue.id);
    expect(first.issue.id).toBe(issue.id);
  } finally {
    await events.stop();
    await client.dispose();
  }
});

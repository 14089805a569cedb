import { DEMO_ENTERPRISES } from '../../../src/demo/district';
import { act, codeOf, escalated, ok, submit } from '../../helpers/issues';
import { startTestHub, type TestHub } from '../../helpers/test-hub';

/**
 * Relay paging on every connection: `first/after` forward, `last/before` backward, both bounds
 * together, and a complete PageInfo. Backward pages must be the forward order read from the end.
 */
let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub();
  // enough rows on every list for several pages of 2: requests, referrals of them
  for (let n = 0; n < 5; n++) {
    const issue = await submit(hub, 'coordinator', { uscc: DEMO_ENTERPRISES[n % DEMO_ENTERPRISES.length].uscc, title: `分页测试 ${n}`, description: '分页', category: 'tax_service', channel: 'HOTLINE' });
    await act.accept(hub, 'tax-officer', issue.id);
    await act.refer(hub, 'tax-officer', { issueId: issue.id, toDepartment: 'market', kind: 'ASSIST', reason: '协办', idempotencyKey: `paging-${n}` });
  }
  // and a decision with five action items
  const escalatedIssue = await escalated(hub, '分页督办', 'public_security', 0);
  const { meeting } = await ok(hub, `mutation($i: ScheduleJointMeetingInput!) { scheduleJointMeeting(input: $i) { meeting { id agenda { id } } } }`, {
    i: { title: '分页测试会议', kind: 'AD_HOC', conveningDepartment: 'police', scheduledAt: hub.clock.now().toISOString(), location: '会议室', invitedDepartments: ['tax'], agendaIssueIds: [escalatedIssue.id] },
  }, 'coordinator');
  await ok(hub, `mutation($i: StartJointMeetingInput!) { startJointMeeting(input: $i) { meeting { id } } }`, { i: { meetingId: meeting.id } }, 'coordinator');
  await ok(hub, `mutation($i: StartAgendaItemInput!) { startAgendaItem(input: $i) { agendaItem { id } } }`, { i: { agendaItemId: meeting.agenda[0].id } }, 'coordinator');
  const actionItems = Array.from({ length: 5 }, (_, n) => ({ ownerDepartment: n % 2 ? 'tax' : 'police', task: `任务 ${n}`, dueInWorkingDays: 5 }));
  await ok(hub, `mutation($i: RecordDecisionInput!) { recordDecision(input: $i) { agendaItem { id } } }`, { i: { agendaItemId: meeting.agenda[0].id, decision: '分工办理', actionItems } }, 'coordinator');
}, 120_000);
afterAll(() => hub?.stop());

const CONNECTIONS = ['enterprises', 'issues', 'referrals', 'jointMeetings', 'actionItems'];
const page = (connection: string, args: string) =>
  ok(hub, `{ ${connection}(${args}) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`, {}, 'coordinator');

async function all(connection: string, size: number, backward: boolean) {
  const ids: string[] = [];
  let cursor: string | null = null;
  const pages: any[] = [];
  for (;;) {
    const args = backward ? `last: ${size}${cursor ? `, before: "${cursor}"` : ''}` : `first: ${size}${cursor ? `, after: "${cursor}"` : ''}`;
    const p: any = await page(connection, args);
    pages.push(p);
    const got = p.edges.map((e: any) => e.node.id);
    if (backward) ids.unshift(...got);
    else ids.push(...got);
    const more = backward ? p.pageInfo.hasPreviousPage : p.pageInfo.hasNextPage;
    if (!more) break;
    cursor = backward ? p.pageInfo.startCursor : p.pageInfo.endCursor;
  }
  return { ids, pages };
}

test.each(CONNECTIONS)('%s: paging backward with last/before gives the forward order read from the end', async (connection) => {
  const forward = await all(connection, 2, false);
  const backward = await all(connection, 2, true);
  expect(forward.ids.length).toBe(forward.pages[0].totalCount);
  expect(forward.ids.length).toBeGreaterThan(0);
  expect(new Set(forward.ids).size).toBe(forward.ids.length);
  expect(backward.ids).toEqual(forward.ids);
  // PageInfo: cursors are the edges' own; the first forward page has nothing before it
  for (const p of [...forward.pages, ...backward.pages]) {
    if (p.edges.length) {
      expect(p.pageInfo.startCursor).toBe(p.edges[0].cursor);
      expect(p.pageInfo.endCursor).toBe(p.edges[p.edges.length - 1].cursor);
    }
  }
  expect(forward.pages[0].pageInfo.hasPreviousPage).toBe(false);
  expect(backward.pages[0].pageInfo.hasNextPage).toBe(false);
});

test.each(CONNECTIONS)('%s: after and before together bound the page on both sides', async (connection) => {
  const { ids, pages } = await all(connection, 100, false);
  if (ids.length < 3) return expect(ids.length).toBeGreaterThan(0); // too short for a window inside it
  const cursors = pages[0].edges.map((e: any) => e.cursor);
  const inside: any = await page(connection, `first: 100, after: "${cursors[0]}", before: "${cursors[ids.length - 1]}"`);
  expect(inside.edges.map((e: any) => e.node.id)).toEqual(ids.slice(1, -1));
  const lastTwo: any = await page(connection, `last: 2, after: "${cursors[0]}", before: "${cursors[ids.length - 1]}"`);
  expect(lastTwo.edges.map((e: any) => e.node.id)).toEqual(ids.slice(1, -1).slice(-2));
});

test('first and last together, last out of range, or a malformed before are BAD_USER_INPUT naming the argument', async () => {
  const first = await hub.gql(`{ issues(first: 2, last: 2) { totalCount } }`, {}, 'coordinator');
  expect(codeOf(first)).toBe('BAD_USER_INPUT');
  expect(first.errors![0].extensions!.field).toBe('last');
  const range = await hub.gql(`{ referrals(last: 0) { totalCount } }`, {}, 'coordinator');
  expect(range.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'last' });
  const before = await hub.gql(`{ enterprises(last: 2, before: "bm90IGEgY3Vyc29y") { totalCount } }`, {}, 'coordinator');
  expect(before.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'before' });
});

import { DEMO_ENTERPRISES } from '../../../src/demo/district';
import { act, codeOf, escalated, ok, submit } from '../../helpers/issues';
import { rowId, sql } from '../../helpers/sql';
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
const page = (connection: string, args: string, fields = 'id') =>
  ok(hub, `{ ${connection}(${args}) { totalCount edges { cursor node { ${fields} } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`, {}, 'coordinator');

async function all(connection: string, size: number, backward: boolean, extra = '', fields = 'id') {
  const ids: string[] = [];
  let cursor: string | null = null;
  const pages: any[] = [];
  for (;;) {
    const args = backward ? `last: ${size}${cursor ? `, before: "${cursor}"` : ''}` : `first: ${size}${cursor ? `, after: "${cursor}"` : ''}`;
    const p: any = await page(connection, `${args}${extra}`, fields);
    pages.push(p);
    const got = p.edges.map((e: any) => (fields === 'id' ? e.node.id : e.node));
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
  const cursors = pages.flatMap((p: any) => p.edges.map((e: any) => e.cursor));
  // a window of at most 10 items strictly between two cursors (other test files add rows too)
  const end = Math.min(ids.length - 1, 11);
  const inside: any = await page(connection, `first: 100, after: "${cursors[0]}", before: "${cursors[end]}"`);
  expect(inside.edges.map((e: any) => e.node.id)).toEqual(ids.slice(1, end));
  const lastTwo: any = await page(connection, `last: 2, after: "${cursors[0]}", before: "${cursors[end]}"`);
  expect(lastTwo.edges.map((e: any) => e.node.id)).toEqual(ids.slice(1, end).slice(-2));
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

test('issues in REPLY_DEADLINE_FIRST order: nearest deadline first, none last, the same both ways; referrals OLDEST_FIRST reverse NEWEST_FIRST', async () => {
  // spread the deadlines: some earlier, some later, one unknown (its calendar year not loaded)
  const sample: any = await page('issues', 'first: 4');
  const ids = sample.edges.map((e: any) => rowId(e.node.id));
  await sql(`update hub.issue set reply_deadline = case id when $1 then '2026-10-01'::date when $2 then '2027-03-01'::date when $3 then null else reply_deadline end where id = any($4)`, [ids[0], ids[1], ids[2], ids]);
  const forward = await all('issues', 3, false, ', orderBy: REPLY_DEADLINE_FIRST', 'id replyDeadline');
  const backward = await all('issues', 3, true, ', orderBy: REPLY_DEADLINE_FIRST', 'id replyDeadline');
  expect(backward.ids).toEqual(forward.ids);
  const keys = (forward.ids as any[]).map((i) => `${i.replyDeadline ?? '9999-12-31'}|${String(Number(i.id.split(':')[1])).padStart(10, '0')}`);
  expect(keys).toEqual([...keys].sort());
  expect(new Set((forward.ids as any[]).map((i) => i.replyDeadline)).size).toBeGreaterThan(1); // a real test of the order
  // a cursor of one order is refused by another whose key has another shape
  const newest: any = await page('issues', 'first: 1');
  const refused = await hub.gql(`{ issues(orderBy: REPLY_DEADLINE_FIRST, after: "${newest.pageInfo.endCursor}") { totalCount } }`, {}, 'coordinator');
  expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });

  const newestFirst = await all('referrals', 100, false);
  const oldestFirst = await all('referrals', 2, false, ', orderBy: OLDEST_FIRST');
  expect(oldestFirst.ids).toEqual([...newestFirst.ids].reverse());
});

import type { Client } from 'graphql-ws';
import { DEMO_ENTERPRISES } from '../../../src/demo/district';
import { hubCalendar, testCalendarYear } from '../../helpers/calendar';
import { createTestClock } from '../../helpers/clock';
import { act, codeOf, escalated, ok, submit } from '../../helpers/issues';
import { rowId, sql } from '../../helpers/sql';
import { startTestHub, type TestHub } from '../../helpers/test-hub';
import { collect, wsClient } from '../../helpers/ws';

/**
 * Time across the day boundary and the year end: one time zone for "today" (Asia/Shanghai), and
 * deadlines that wait for next year's holiday arrangement instead of being counted late.
 * Years 2039–2041 get test calendar data; 2042 stays unknown until the test loads it.
 */
let hub: TestHub;
const clients: Client[] = [];
// Sunday 23:30 UTC = Monday 07:30 in Shanghai; each test sets the instant it needs
const clock = createTestClock(new Date('2040-06-03T23:30:00Z'));
beforeAll(async () => {
  hub = await startTestHub({ clock });
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await hub?.stop();
});

const M = (q: string) => `mutation($id: ID!) { ${q} }`;

/** An escalated request on an ad-hoc meeting, in session, with its item under discussion. */
async function itemUnderDiscussion(n: number, scheduledAt: string) {
  const issue = await escalated(hub, '工地欠薪', 'labour_dispute', n);
  const meeting = (await ok(hub, `mutation($i: ScheduleJointMeetingInput!) { scheduleJointMeeting(input: $i) { meeting { id agenda { id } } } }`, {
    i: { title: '专题会', kind: 'AD_HOC', conveningDepartment: 'police', scheduledAt, location: '线上', invitedDepartments: [], agendaIssueIds: [issue.id] },
  }, 'coordinator')).meeting;
  await ok(hub, M('startJointMeeting(input: { meetingId: $id }) { meeting { status } }'), { id: meeting.id }, 'coordinator');
  await ok(hub, M('startAgendaItem(input: { agendaItemId: $id }) { agendaItem { status } }'), { id: meeting.agenda[0].id }, 'coordinator');
  return { issue, meeting, itemId: meeting.agenda[0].id };
}
const DECIDE = `mutation($i: RecordDecisionInput!) { recordDecision(input: $i) { agendaItem { actionItems { id dueDate dueDateProblem } } } }`;

test('at 23:30 UTC it is already the next day in Shanghai: the submission day, deadlines and "the past" follow the hub time zone', async () => {
  clock.set('2040-06-03T23:30:00Z');
  const issue = await submit(hub, 'enterprise', { uscc: DEMO_ENTERPRISES[0].uscc, title: '发票申领', description: '发票申领咨询', category: 'tax_service', channel: 'ONLINE' });
  const calendar = await hubCalendar(hub);
  expect(clock.today()).toBe('2040-06-04');
  expect(issue.replyDeadline).toBe(calendar.addWorkingDays('2040-06-04', 5)); // counted from Monday, not Sunday (UTC)
  const [row] = await sql<{ submitted_on: string }>(`select to_char(submitted_on, 'YYYY-MM-DD') as submitted_on from hub.issue where id = $1`, [rowId(issue.id)]);
  expect(row.submitted_on).toBe('2040-06-04');

  const { itemId } = await itemUnderDiscussion(1, '2040-06-05T02:00:00.000Z');
  // "yesterday" in Shanghai is the UTC date of the clock: refused; "today" in Shanghai: accepted
  const past = await hub.gql(DECIDE, { i: { agendaItemId: itemId, decision: '限期处理', actionItems: [{ ownerDepartment: 'judicial', task: '调解', dueDate: '2040-06-03' }] } }, 'coordinator');
  expect(codeOf(past)).toBe('BAD_USER_INPUT');
  const { agendaItem: today } = await ok(hub, DECIDE, { i: { agendaItemId: itemId, decision: '限期处理', actionItems: [{ ownerDepartment: 'judicial', task: '调解', dueDate: '2040-06-04' }] } }, 'coordinator');
  expect(today.actionItems[0].dueDate).toBe('2040-06-04');
});

test('at the year end: deadlines are provisional (Monday–Friday, marked with the reason), none is counted late, and loading the next year recomputes and judges them, each with an event', async () => {
  clock.set('2041-12-31T02:00:00Z'); // Tuesday, the last working day of 2041; 2042 is unknown
  const period = { from: '2041-12-01', to: '2041-12-31' };
  const taxRow = async () =>
    (await ok<any[]>(hub, `query($from: Date!, $to: Date!) { departmentPerformance(from: $from, to: $to) {
        departmentCode received respondedOnTime responseRate replyDeadlineUnknown signOffDeadlineUnknown timelySignOffRate } }`, period, 'coordinator')).find((r) => r.departmentCode === 'tax');

  // a request to tax: reply and sign-off deadlines fall in 2042
  const issue = await submit(hub, 'enterprise', { uscc: DEMO_ENTERPRISES[0].uscc, title: '年末退税', description: '年末退税进度咨询', category: 'tax_service', channel: 'ONLINE' });
  expect(issue.replyDeadline).toBe('2042-01-07'); // Wed 1, Thu 2, Fri 3, Mon 6, Tue 7: weekends only
  expect(issue.replyDeadlineProblem).toMatch(/Provisional.*2042/);
  expect(issue.replyDeadlineProblem).toMatch(/setWorkdayCalendarYear/);
  expect(issue.replyDeadlineProblem).toMatch(/2041/); // the years actually loaded
  await act.accept(hub, 'tax-officer', issue.id);
  const referral = await act.refer(hub, 'tax-officer', { issueId: issue.id, toDepartment: 'market', kind: 'ASSIST', reason: '核查经营情况', idempotencyKey: 'year-end-1' });
  expect(referral.signOffDeadline).toBe('2042-01-01');
  await act.respond(hub, 'tax-officer', issue.id);

  // an action item due in 3 working days: also in 2042
  const { meeting, itemId } = await itemUnderDiscussion(2, '2041-12-31T06:00:00.000Z');
  const { agendaItem: decided } = await ok(hub, DECIDE, { i: { agendaItemId: itemId, decision: '节后处理', actionItems: [{ ownerDepartment: 'judicial', task: '节后调解', dueInWorkingDays: 3 }] } }, 'coordinator');
  expect(decided.actionItems[0]).toMatchObject({ dueDate: '2042-01-03', dueDateProblem: expect.stringMatching(/Provisional.*2042/) });

  // meanwhile the statistics count it apart, never as late
  expect(await taxRow()).toMatchObject({ received: 1, respondedOnTime: 0, replyDeadlineUnknown: 1, responseRate: null, signOffDeadlineUnknown: 1, timelySignOffRate: null });

  // follow what happens next
  const [{ max }] = await sql<{ max: string }>(`select coalesce(max(id), 0)::text as max from hub.event`);
  const client = wsClient(hub.url, await hub.token('coordinator'));
  clients.push(client);
  const issueFeed = collect(client, `subscription($id: ID, $a: String) { issueEvents(issueId: $id, after: $a) { type note actorName } }`, { id: issue.id, a: max });
  const referralFeed = collect(client, `subscription($a: String) { referralEvents(department: "market", after: $a) { type referralId } }`, { a: max });
  const meetingFeed = collect(client, `subscription($id: ID, $a: String) { jointMeetingEvents(meetingId: $id, after: $a) { type actorName detail { ... on ActionItemDueDateSetDetail { actionItemId dueDate } } } }`, { id: meeting.id, a: max });

  const next = testCalendarYear(2042);
  await ok(hub, `mutation($h: [Date!]!, $m: [Date!]!) { setWorkdayCalendarYear(input: { year: 2042, holidays: $h, makeupWorkdays: $m }) { calendarYear { year } } }`, { h: next.holidays, m: next.makeupWorkdays }, 'coordinator');
  const calendar = await hubCalendar(hub);

  const [deadlineSet] = await issueFeed.waitFor(1);
  const replyDeadline = calendar.addWorkingDays('2041-12-31', 5);
  expect(deadlineSet).toMatchObject({ type: 'DEADLINE_SET', actorName: '系统' });
  expect(deadlineSet.note).toContain(replyDeadline);
  const now = await act.getIssue(hub, 'coordinator', issue.id);
  expect(now).toMatchObject({ replyDeadline, replyDeadlineProblem: null });
  expect(now.timeline.map((t: any) => t.action)).toContain('DEADLINE_SET');
  expect(now.referrals[0].signOffDeadline).toBe(calendar.addWorkingDays('2041-12-31', 1));
  expect((await referralFeed.waitFor(1))[0]).toEqual({ type: 'DEADLINE_SET', referralId: referral.id });
  const [dueSet] = await meetingFeed.waitFor(1);
  expect(dueSet).toEqual({ type: 'ACTION_ITEM_DUE_DATE_SET', actorName: '系统', detail: { actionItemId: decided.actionItems[0].id, dueDate: calendar.addWorkingDays('2041-12-31', 3) } });

  // and the request is judged: replied on its (now known) deadline's first day
  expect(await taxRow()).toMatchObject({ received: 1, respondedOnTime: 1, replyDeadlineUnknown: 0, responseRate: 1, signOffDeadlineUnknown: 0, timelySignOffRate: 1 });
});

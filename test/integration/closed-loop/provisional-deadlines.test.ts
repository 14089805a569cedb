import type { Client } from 'graphql-ws';
import { DEMO_ENTERPRISES, DEMO_USERS } from '../../../src/demo/district';
import { ensureTestCalendar, testCalendarYear } from '../../helpers/calendar';
import { act, codeOf, ok } from '../../helpers/issues';
import { rowId, sql } from '../../helpers/sql';
import type { HubRuntime } from '../../../src/subgraphs/hub/events/runtime';
import { startTestHub, type TestHub } from '../../helpers/test-hub';
import { collect, latestCursor, wsClient } from '../../helpers/ws';

/**
 * Provisional deadlines (暂定期限) and the received time of offline requests (来电/来访时间),
 * through the gateway, on the hub's injected clock. 2027 is taken out of the calendar for the
 * first test and loaded by it (with the test arrangement: 1 January a holiday), as an
 * administrator would when the State Council publishes it.
 */
let hub: TestHub;
const clients: Client[] = [];
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await ensureTestCalendar([2027]);
  await hub?.stop();
});

const OWN = DEMO_USERS.enterprise.uscc;
const DUE = 'date provisional reason';
const FIELDS = `id replyDeadline replyDeadlineProblem receivedAt submittedAt
  replyDue { ${DUE} } signOffDue { ${DUE} } leadDepartment { code }
  timeline { action note actorName }
  referrals { id signOffDeadline signOffDue { ${DUE} } }`;
const SUBMIT = `mutation($i: SubmitIssueInput!) { submitIssue(input: $i) { issue { ${FIELDS} } } }`;
const GET = `query($id: ID!) { issue(id: $id) { ${FIELDS} } }`;
const LOAD = `mutation($y: Int!, $h: [Date!]!, $m: [Date!]!) { setWorkdayCalendarYear(input: { year: $y, holidays: $h, makeupWorkdays: $m }) {
  calendarYear { year } deadlinesSet { requests referrals actionItems moved stillProvisional } } }`;

const submitTax = async (who: string, extra: Record<string, unknown> = {}) =>
  (await ok(hub, SUBMIT, { i: { uscc: OWN, title: '年末退税进度', description: '年末退税进度咨询', category: 'tax_service', channel: 'HOTLINE', ...extra } }, who)).issue;

test('at the end of 2026 with 2027 not loaded: every deadline is a provisional date with the remedy; loading 2027 recomputes them, with events over WebSocket', async () => {
  await sql('delete from hub.calendar_year where year = 2027');
  hub.clock.set('2026-12-31T02:00:00.000Z'); // Thursday 10:00 in Shanghai, the last working day 2026's calendar knows

  const issue = await submitTax('enterprise', { channel: 'ONLINE' });
  expect(issue.leadDepartment).toEqual({ code: 'tax' }); // routed by the rules: a sign-off deadline too
  // Fri 1, Mon 4, Tue 5, Wed 6, Thu 7: weekends only, nothing silently guessed
  expect(issue.replyDue).toEqual({ date: '2027-01-07', provisional: true, reason: expect.stringMatching(/Provisional: counted Monday to Friday only.*2027/) });
  expect(issue.replyDue.reason).toMatch(/setWorkdayCalendarYear/);
  expect(issue.replyDue.reason).not.toMatch(/json/i);
  expect(issue.replyDeadline).toBe('2027-01-07'); // the old field still carries the date (and the reason)
  expect(issue.replyDeadlineProblem).toBe(issue.replyDue.reason);
  // the sign-off deadline used to come back null with no reason
  expect(issue.signOffDue).toEqual({ date: '2027-01-01', provisional: true, reason: expect.stringMatching(/2027.*setWorkdayCalendarYear/) });
  expect(issue.timeline[0].note).toMatch(/reply deadline 2027-01-07 is provisional/);

  const referral = (await ok(hub, `mutation($i: ReferIssueInput!) { referIssue(input: $i) { referral { id signOffDeadline signOffDue { ${DUE} } } } }`, {
    i: { issueId: issue.id, toDepartment: 'market', kind: 'ASSIST', reason: '核查经营情况', idempotencyKey: `provisional-${process.pid}` },
  }, 'tax-officer')).referral;
  expect(referral.signOffDue).toEqual({ date: '2027-01-01', provisional: true, reason: expect.stringMatching(/setWorkdayCalendarYear/) });

  // a request answered in time by its provisional deadline is not judged on the guess
  const perf = async () => (await ok<any[]>(hub, `{ departmentPerformance(from: "2026-12-31", to: "2026-12-31") { departmentCode received replyDeadlineUnknown signOffDeadlineUnknown } }`, {}, 'coordinator')).find((r) => r.departmentCode === 'tax');
  expect(await perf()).toMatchObject({ replyDeadlineUnknown: expect.any(Number), signOffDeadlineUnknown: expect.any(Number) });
  const unknownBefore = await perf();
  expect(unknownBefore.replyDeadlineUnknown).toBeGreaterThanOrEqual(1);

  const client = wsClient(hub.url, await hub.token('coordinator'));
  clients.push(client);
  const after = await latestCursor();
  const issueFeed = collect(client, `subscription($id: ID, $a: String) { issueEvents(issueId: $id, after: $a) { type note actorName } }`, { id: issue.id, a: after });
  const referralFeed = collect(client, `subscription($a: String) { referralEvents(department: "market", after: $a) { type referralId } }`, { a: after });

  hub.clock.set('2026-12-31T08:00:00.000Z');
  const next = testCalendarYear(2027); // 1 January a holiday
  const loaded = await ok(hub, LOAD, { y: 2027, h: next.holidays, m: next.makeupWorkdays }, 'coordinator');
  expect(loaded.deadlinesSet.requests).toBeGreaterThanOrEqual(1);
  expect(loaded.deadlinesSet.referrals).toBeGreaterThanOrEqual(1);
  expect(loaded.deadlinesSet.moved).toBeGreaterThanOrEqual(3); // reply, sign-off and the referral's sign-off, at least

  const [event] = await issueFeed.waitFor(1);
  expect(event).toEqual({ type: 'DEADLINE_SET', actorName: '系统', note: expect.stringContaining('reply deadline 2027-01-07 (provisional) → 2027-01-08') });
  expect(event.note).toContain('sign-off deadline 2027-01-01 (provisional) → 2027-01-04');
  expect(await referralFeed.waitUntil((e) => e.referralId === referral.id)).toContainEqual({ type: 'DEADLINE_SET', referralId: referral.id });

  const now = (await ok(hub, GET, { id: issue.id }, 'coordinator'));
  expect(now.replyDue).toEqual({ date: '2027-01-08', provisional: false, reason: null });
  expect(now.replyDeadlineProblem).toBeNull();
  expect(now.signOffDue).toEqual({ date: '2027-01-04', provisional: false, reason: null });
  expect(now.referrals[0].signOffDue).toEqual({ date: '2027-01-04', provisional: false, reason: null });
  expect(now.timeline.map((t: any) => t.action)).toContain('DEADLINE_SET');
  expect((await perf()).replyDeadlineUnknown).toBe(unknownBefore.replyDeadlineUnknown - 1);

  // loading the same year again changes nothing more: no event, nothing counted
  const again = await ok(hub, LOAD, { y: 2027, h: next.holidays, m: next.makeupWorkdays }, 'coordinator');
  expect(again.deadlinesSet).toMatchObject({ requests: 0, referrals: 0, moved: 0 });
});

test('an extension approved on a provisional deadline is provisional too; loading the year recomputes the whole (start + days + extension)', async () => {
  await sql('delete from hub.calendar_year where year = 2027');
  try {
    hub.clock.set('2026-12-28T02:00:00.000Z'); // Monday
    const issue = await submitTax('enterprise', { channel: 'ONLINE' });
    expect(issue.replyDue).toMatchObject({ date: '2027-01-04', provisional: true }); // Tue 29, Wed 30, Thu 31, Fri 1, Mon 4
    const { extension } = await act.requestExtension(hub, 'tax-officer', { issueId: issue.id, workingDays: 3, reason: '需调取跨年度材料' });
    const decided = await act.decideExtension(hub, 'coordinator', { extensionId: extension.id, approve: true });
    expect(decided.extension.deadlineAfter).toBe('2027-01-07');
    const extended = await ok(hub, GET, { id: issue.id }, 'coordinator');
    expect(extended.replyDue).toMatchObject({ date: '2027-01-07', provisional: true, reason: expect.stringMatching(/setWorkdayCalendarYear/) });

    const next = testCalendarYear(2027); // 1 January a holiday
    await ok(hub, LOAD, { y: 2027, h: next.holidays, m: next.makeupWorkdays }, 'coordinator');
    const firm = await ok(hub, `query($id: ID!) { issue(id: $id) { originalReplyDeadline replyDue { ${DUE} } } }`, { id: issue.id }, 'coordinator');
    // 8 working days from Monday 28 December: Tue 29, Wed 30, Thu 31, Mon 4 … Fri 8; the original 5 end on Tue 5
    expect(firm).toEqual({ originalReplyDeadline: '2027-01-05', replyDue: { date: '2027-01-08', provisional: false, reason: null } });
  } finally {
    await ensureTestCalendar([2027]);
  }
});

test('a provisional deadline is overdue once passed and warned about, but never urged automatically until it is firm', async () => {
  hub.clock.set('2026-03-02T02:00:00.000Z'); // Monday
  const issue = await submitTax('enterprise', { channel: 'ONLINE' });
  expect(issue.replyDue.date).toBe('2026-03-09');
  // as if its year had been unknown: the same date, provisional (a known year cannot give one through the API)
  await sql(`update hub.issue set reply_deadline_problem = 'Provisional (test)' where id = $1`, [rowId(issue.id)]);
  hub.clock.set('2026-03-11T02:00:00.000Z'); // Wednesday, past the deadline
  const scan = () => (hub.subgraphs.hub.runtime as HubRuntime).sla.scanNow();
  const seen = () => ok(hub, `query($id: ID!) { issue(id: $id) { isOverdue urgeCount replyDue { provisional } } }`, { id: issue.id }, 'coordinator');
  await scan();
  expect(await seen()).toEqual({ isOverdue: true, urgeCount: 0, replyDue: { provisional: true } });
  const [warning] = await sql<{ payload: any }>(`select payload from hub.event where type = 'REPLY_OVERDUE' and issue_id = $1`, [rowId(issue.id)]);
  expect(warning.payload).toMatchObject({ replyDeadline: '2026-03-09', provisional: true });

  await sql(`update hub.issue set reply_deadline_problem = null where id = $1`, [rowId(issue.id)]); // firm now
  await scan();
  expect(await seen()).toEqual({ isOverdue: true, urgeCount: 1, replyDue: { provisional: false } });
});

describe('receivedAt: a hotline call or visit logged later', () => {
  // Thursday 12 March 2026, 10:00 in Shanghai; the call came on Monday 9 March
  const NOW = '2026-03-12T02:00:00.000Z';
  const MONDAY = '2026-03-09T09:30:00+08:00';
  beforeEach(() => hub.clock.set(NOW));

  test('an officer records when it arrived: deadlines count from then, and the timeline says so', async () => {
    const logged = await submitTax('tax-officer', { receivedAt: MONDAY });
    expect(new Date(logged.receivedAt).toISOString()).toBe(new Date(MONDAY).toISOString());
    expect(logged.submittedAt).toBe(NOW);
    expect(logged.replyDue).toEqual({ date: '2026-03-16', provisional: false, reason: null }); // 5 working days from Monday 9th
    expect(logged.timeline[0].note).toMatch(/channel HOTLINE; received 2026-03-09T01:30:00.000Z \(2026-03-09\), logged later/);

    const asItArrives = await submitTax('tax-officer');
    expect(asItArrives.replyDue.date).toBe('2026-03-19'); // from today
    expect(asItArrives.receivedAt).toBe(asItArrives.submittedAt);
  });

  test.each([
    ['in the future', '2026-03-12T02:00:01.000Z', 'BAD_USER_INPUT'],
    ['more than 3 working days back (Friday 6 March)', '2026-03-06T15:00:00+08:00', 'BAD_USER_INPUT'],
  ])('refused %s', async (_what, receivedAt, code) => {
    const res = await hub.gql(SUBMIT, { i: { uscc: OWN, title: '来电', description: '来电咨询', category: 'tax_service', channel: 'HOTLINE', receivedAt } }, 'tax-officer');
    expect(codeOf(res)).toBe(code);
    expect(res.errors![0].extensions!.field).toBe('receivedAt');
  });

  test('refused for the online window, and FORBIDDEN for an enterprise', async () => {
    const online = await hub.gql(SUBMIT, { i: { uscc: OWN, title: '来电', description: '来电咨询', category: 'tax_service', channel: 'ONLINE', receivedAt: MONDAY } }, 'coordinator');
    expect(codeOf(online)).toBe('BAD_USER_INPUT');
    const enterprise = await hub.gql(SUBMIT, { i: { uscc: OWN, title: '来电', description: '来电咨询', category: 'tax_service', receivedAt: MONDAY } }, 'enterprise');
    expect(codeOf(enterprise)).toBe('FORBIDDEN');
    const other = await hub.gql(SUBMIT, { i: { uscc: DEMO_ENTERPRISES[1].uscc, title: '来电', description: '来电咨询', category: 'tax_service', receivedAt: MONDAY } }, 'enterprise');
    expect(codeOf(other)).toBe('FORBIDDEN');
  });
});

import { DEMO_USERS } from '../../../src/demo/district';
import { emitSlaWarnings } from '../../../src/subgraphs/hub/events/sla-scheduler';
import { hubCalendar } from '../../helpers/calendar';
import { addDays } from '../../helpers/clock';
import { act, ok, submit } from '../../helpers/issues';
import { rowId, sql } from '../../helpers/sql';
import { startTestHub, type TestHub } from '../../helpers/test-hub';

/**
 * One clock for the domain (DESIGN §7): submission time, deadlines, "overdue", statistics and the
 * SLA scan all read the hub's injected clock, never the machine's. The hub is put at a day long
 * past (2025) and moved forward by hand; the machine's date plays no part.
 */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

const DAY = 86_400_000;
const OWN = DEMO_USERS.enterprise.uscc;

test('deadlines, overdue state, statistics and SLA warnings follow the hub clock as it moves', async () => {
  hub.clock.set('2025-03-03T02:00:00.000Z'); // Monday 10:00 in Shanghai
  const dept = `clock_${process.pid}`;
  await ok(hub, `mutation($c: ID!) { saveDepartment(input: { code: $c, nameZh: "时钟局", nameEn: "Clock bureau" }) { department { code } } }`, { c: dept }, 'coordinator');
  const issue = await submit(hub, 'enterprise', { uscc: OWN, title: '时钟测试', description: '时钟测试', category: 'other' });
  await act.route(hub, 'coordinator', issue.id, 'police');
  const calendar = await hubCalendar(hub);
  expect(issue.number).toMatch(/^SQ-2025-/);
  expect(issue.replyDeadline).toBe(calendar.addWorkingDays('2025-03-03', 5)); // 2025-03-10
  const referral = await act.refer(hub, 'police-officer', { issueId: issue.id, toDepartment: dept, kind: 'ASSIST', reason: '协查', idempotencyKey: `clock-${issue.id}` });
  expect(referral.signOffDeadline).toBe(calendar.addWorkingDays('2025-03-03', 1));
  const state = async () => {
    const got = await act.getIssue(hub, 'coordinator', issue.id);
    return { issue: got.isOverdue, referral: got.referrals[0].isOverdue };
  };
  expect(await state()).toEqual({ issue: false, referral: false });
  const overdueIds = async () =>
    (await ok(hub, `{ issues(filter: { overdue: true, leadDepartment: "police" }, first: 100) { edges { node { id } } } }`, {}, 'coordinator')).edges.map((e: any) => e.node.id);
  expect(await overdueIds()).not.toContain(issue.id);

  // the sign-off deadline passes
  hub.clock.advance(2 * DAY);
  expect(await state()).toEqual({ issue: false, referral: true });

  // the reply deadline passes
  hub.clock.set(`${addDays(issue.replyDeadline, 1)}T02:00:00.000Z`);
  expect(await state()).toEqual({ issue: true, referral: true });
  expect(await overdueIds()).toContain(issue.id);
  const perf = await ok(hub, `query($d: Date!) { departmentPerformance(from: $d, to: $d) { departmentCode received openOverdue } }`, { d: '2025-03-03' }, 'coordinator');
  expect(perf.find((r: any) => r.departmentCode === 'police')).toMatchObject({ openOverdue: expect.any(Number) });
  expect(perf.find((r: any) => r.departmentCode === 'police').openOverdue).toBeGreaterThanOrEqual(1);

  // the SLA scan, at the hub's now, finds both
  await emitSlaWarnings(hub.subgraphs.hub.orm, hub.clock.now());
  const warnings = await sql(`select type, occurred_at from hub.event where issue_id = $1 and type in ('REPLY_OVERDUE', 'OVERDUE') order by type`, [rowId(issue.id)]);
  expect(warnings.map((w) => w.type)).toEqual(['OVERDUE', 'REPLY_OVERDUE']);
  for (const w of warnings) expect(new Date(w.occurred_at).toISOString()).toBe(hub.clock.now().toISOString());
});

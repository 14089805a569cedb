import { DEMO_USERS } from '../../../src/demo/district';
import { addDays } from '../../helpers/clock';
import { act, ok, submit } from '../../helpers/issues';
import { rowId, sql } from '../../helpers/sql';
import { startTestHub, type TestHub } from '../../helpers/test-hub';

/**
 * departmentPerformance against figures computed by hand. The requests belong to a department
 * created for this test, so other tests' data cannot move the numbers.
 */
let hub: TestHub;
const DEPT = `perf_${process.pid}`;
let officer: string;
beforeAll(async () => {
  hub = await startTestHub();
  await ok(hub, `mutation($c: ID!) { saveDepartment(input: { code: $c, nameZh: "测试局", nameEn: "Test bureau" }) { department { code } } }`, { c: DEPT }, 'coordinator');
  officer = await hub.token('police-officer', { sub: 'u-perf', name: '测试员', dept: DEPT });
});
afterAll(() => hub?.stop());

async function issueFor(dept: string) {
  const issue = await submit(hub, 'enterprise', { uscc: DEMO_USERS.enterprise.uscc, title: '统计测试', description: '统计测试', category: 'other' });
  await act.route(hub, 'coordinator', issue.id, dept);
  return issue.id as string;
}

test('the rates for a small known dataset', async () => {
  // A: signed, answered, resolved, satisfied
  const a = await issueFor(DEPT);
  await act.accept(hub, officer, a);
  await act.respond(hub, officer, a);
  await act.resolve(hub, officer, a);
  await act.rate(hub, 'enterprise', { issueId: a, satisfaction: 'SATISFIED' });
  // B: signed, answered, resolved, dissatisfied → reopened
  const b = await issueFor(DEPT);
  await act.accept(hub, officer, b);
  await act.respond(hub, officer, b);
  await act.resolve(hub, officer, b);
  await act.rate(hub, 'enterprise', { issueId: b, satisfaction: 'DISSATISFIED' });
  // C: signed and answered only
  const c = await issueFor(DEPT);
  await act.accept(hub, officer, c);
  await act.respond(hub, officer, c);
  // D: never signed, and (moved in time) past its deadline
  const d = await issueFor(DEPT);
  const yesterday = addDays(hub.clock.today(), -1);
  await sql(`update hub.issue set reply_deadline = $2 where id = $1`, [rowId(d), yesterday]);
  // E: signed late (its sign-off deadline moved into the past before signing)
  const e = await issueFor(DEPT);
  await sql(`update hub.issue set sign_off_deadline = $2 where id = $1`, [rowId(e), yesterday]);
  await act.accept(hub, officer, e);
  // referrals to the department: one sent back, one accepted (on police-led requests)
  for (const [i, answer] of (['reject', 'accept'] as const).entries()) {
    const issue = await issueFor('police');
    await act.accept(hub, 'police-officer', issue);
    const r = await act.refer(hub, 'police-officer', { issueId: issue, toDepartment: DEPT, kind: 'ASSIST', reason: '协助', idempotencyKey: `perf-${issue}-${i}` });
    if (answer === 'reject') await act.rejectReferral(hub, officer, r.id, '不属本部门');
    else await act.acceptReferral(hub, officer, r.id);
  }

  const today = hub.clock.today();
  const rows = await ok(hub, `query($f: Date!, $t: Date!) { departmentPerformance(from: $f, to: $t) {
      departmentCode received signedOnTime timelySignOffRate respondedOnTime responseRate resolved resolutionRate
      resolvedOnTime resolvedOnTimeRate rated satisfied satisfactionRate referralsAnswered referralsRejected
      referralRejectionRate reopened reopenRate averageWorkingDaysToReply openOverdue } }`, { f: today, t: today }, 'coordinator');
  const mine = rows.find((r: any) => r.departmentCode === DEPT);
  expect(mine).toEqual({
    departmentCode: DEPT,
    received: 5, // A B C D E
    signedOnTime: 3, // A B C (E late, D never)
    timelySignOffRate: 0.6,
    respondedOnTime: 3, // A B C
    responseRate: 0.6,
    resolved: 2, // A B
    resolutionRate: 0.4,
    resolvedOnTime: 2,
    resolvedOnTimeRate: 1,
    rated: 2,
    satisfied: 1, // A
    satisfactionRate: 0.5,
    referralsAnswered: 2,
    referralsRejected: 1,
    referralRejectionRate: 0.5,
    reopened: 1, // B
    reopenRate: 0.5, // of the resolved
    averageWorkingDaysToReply: 0, // answered the day they came in
    openOverdue: 1, // D
  });

  // a period without these requests: zero counts, rates undefined (null), not 0
  const empty = await ok(hub, `query($f: Date!, $t: Date!) { departmentPerformance(from: $f, to: $t) { departmentCode received responseRate satisfactionRate } }`, { f: addDays(today, -60), t: addDays(today, -30) }, 'coordinator');
  expect(empty.find((r: any) => r.departmentCode === DEPT)).toEqual({ departmentCode: DEPT, received: 0, responseRate: null, satisfactionRate: null });
});

test('the figures are computed in SQL: a fixed number of statements, whatever the data', async () => {
  hub.resetQueryCounts();
  await ok(hub, `{ departmentPerformance(from: "2025-01-01", to: "2026-12-31") { departmentCode received } }`, {}, 'coordinator');
  expect(hub.queryCounts().hub).toBe(2);
});

test('enterprise users may not see the statistics', async () => {
  const res = await hub.gql(`{ departmentPerformance(from: "2026-01-01", to: "2026-12-31") { departmentCode } }`, {}, 'enterprise');
  expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
});

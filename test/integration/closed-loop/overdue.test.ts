import { DEMO_USERS } from '../../../src/demo/district';
import { ensureTestCalendar } from '../../helpers/calendar';
import { act, ok, submit } from '../../helpers/issues';
import { startTestHub, type TestHub } from '../../helpers/test-hub';

/**
 * "Overdue" is one rule per entity (src/subgraphs/hub/overdue.ts): the `isOverdue` field and the
 * `overdue: true | false` list filters must agree, also for rows whose deadline is provisional
 * (their calendar year is not loaded): they are overdue once that date has passed, like any other.
 */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

const DAY = 86_400_000;
const OWN = DEMO_USERS.enterprise.uscc;
/** A year only this file uses; the next one stays unknown to the hub. */
const LAST_KNOWN_YEAR = 2061;

const issueIds = async (overdue: boolean) =>
  (await ok(hub, `query($o: Boolean!, $e: ID!) { issues(filter: { overdue: $o, enterprise: $e }, first: 100) { edges { node { id } } } }`, { o: overdue, e: OWN }, 'coordinator')).edges.map((e: any) => e.node.id);
const referralIds = async (overdue: boolean) =>
  (await ok(hub, `query($o: Boolean!) { referrals(filter: { overdue: $o }, first: 100) { edges { node { id } } } }`, { o: overdue }, 'coordinator')).edges.map((e: any) => e.node.id);

async function referred(title: string, key: string) {
  const issue = await submit(hub, 'enterprise', { uscc: OWN, title, description: title, category: 'other' });
  await act.route(hub, 'coordinator', issue.id, 'police');
  const referral = await act.refer(hub, 'police-officer', { issueId: issue.id, toDepartment: 'market', kind: 'ASSIST', reason: '协查', idempotencyKey: key });
  return { issue: await act.getIssue(hub, 'coordinator', issue.id), referral };
}

test('a pending referral past its sign-off deadline is in the overdue list, and only there', async () => {
  hub.clock.set('2025-03-03T02:00:00.000Z'); // Monday 10:00 in Shanghai
  const { referral } = await referred('逾期签收测试', `overdue-${process.pid}-a`);
  expect(referral.isOverdue).toBe(false);
  expect(await referralIds(false)).toContain(referral.id);
  expect(await referralIds(true)).not.toContain(referral.id);

  hub.clock.advance(2 * DAY);
  const seen = (await act.getIssue(hub, 'coordinator', referral.issue.id)).referrals.find((r: any) => r.id === referral.id);
  expect(seen.isOverdue).toBe(true);
  expect(await referralIds(true)).toContain(referral.id);
  expect(await referralIds(false)).not.toContain(referral.id);
});

test('a provisional deadline (calendar year not loaded) is overdue once passed, like a firm one, and the lists agree', async () => {
  await ensureTestCalendar([LAST_KNOWN_YEAR]);
  hub.clock.set(`${LAST_KNOWN_YEAR}-12-31T02:00:00.000Z`); // the last day the calendar knows: every deadline falls in the next year
  const { issue, referral } = await referred('无期限测试', `overdue-${process.pid}-b`);
  expect(issue.replyDeadline).toMatch(new RegExp(`^${LAST_KNOWN_YEAR + 1}-`));
  expect(referral.signOffDeadline).toMatch(new RegExp(`^${LAST_KNOWN_YEAR + 1}-`));
  expect([issue.isOverdue, referral.isOverdue]).toEqual([false, false]);
  expect(await issueIds(false)).toContain(issue.id);
  expect(await issueIds(true)).not.toContain(issue.id);
  expect(await referralIds(false)).toContain(referral.id);
  expect(await referralIds(true)).not.toContain(referral.id);

  hub.clock.advance(14 * DAY); // past both provisional dates, still in the unknown year
  const later = await act.getIssue(hub, 'coordinator', issue.id);
  expect([later.isOverdue, later.referrals[0].isOverdue]).toEqual([true, true]);
  expect(await issueIds(true)).toContain(issue.id);
  expect(await issueIds(false)).not.toContain(issue.id);
  expect(await referralIds(true)).toContain(referral.id);
  expect(await referralIds(false)).not.toContain(referral.id);
});

import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_ENTERPRISES } from '../../../src/demo/district';
import { departmentPerformanceRowLevel } from '../../../src/subgraphs/hub/performance/performance.reference';
import { departmentPerformance } from '../../../src/subgraphs/hub/performance/performance.service';
import type { HubRuntime } from '../../../src/subgraphs/hub/events/runtime';
import { testCalendarYear } from '../../helpers/calendar';
import { addDays } from '../../helpers/clock';
import { ok } from '../../helpers/issues';
import { rowId, sql } from '../../helpers/sql';
import { startTestHub, type TestHub } from '../../helpers/test-hub';

/**
 * departmentPerformance reads rollups kept by triggers (hub.performance_day + hub.performance_delta);
 * its figures must equal the row-level SQL it replaced (performance.reference.ts) for any period
 * and any day. Random histories through the API (transitions, referrals and their answers,
 * extensions, urgings, ratings, reopenings, merges, a calendar reload) and through raw SQL
 * (provisional deadlines, a request's day moved, its lead changed, requests deleted), compared
 * field by field over random periods, between the steps. The seed is printed on failure.
 */
let hub: TestHub;
let em: () => EntityManager;
const SEED = Number(process.env.ROLLUP_SEED ?? Date.now() % 100000);
let state = SEED;
const random = () => {
  // mulberry32: a seeded generator, so a failing history can be replayed with ROLLUP_SEED
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
const chance = (p: number) => random() < p;

const DEPTS = ['police', 'tax', 'market', 'judicial'] as const;
const OFFICER = { police: 'police-officer', tax: 'tax-officer', market: 'market-officer', judicial: 'judicial-officer' } as const;
type Dept = (typeof DEPTS)[number];
const FIELDS = `departmentCode received signedOnTime signOffDeadlineUnknown timelySignOffRate respondedOnTime replyDeadlineUnknown responseRate
  resolved resolutionRate resolvedOnTime resolvedOnTimeRate rated satisfied satisfactionRate referralsAnswered referralsRejected
  referralRejectionRate reopened reopenRate averageWorkingDaysToReply openOverdue extensionsRequested extensionsApproved urgings`;
const FIRST_DAY = '2026-09-07';

beforeAll(async () => {
  hub = await startTestHub();
  em = () => hub.subgraphs.hub.orm.em.fork() as unknown as EntityManager;
});
afterAll(() => hub?.stop());

/** A mutation that may be refused (a random step is often illegal in the current state): true when it went through. */
async function attempt(query: string, input: Record<string, unknown>, who: string): Promise<any> {
  const res = await hub.gql(query, { input }, who);
  if (res.errors) {
    const code = res.errors[0].extensions?.code;
    if (!['CONFLICT', 'BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND'].includes(code)) throw new Error(JSON.stringify(res.errors));
    return null;
  }
  return Object.values(res.data as object)[0];
}
const step = (name: string, type: string, select = 'issue { id }') => (who: string, input: Record<string, unknown>) =>
  attempt(`mutation($input: ${type}!) { ${name}(input: $input) { ${select} } }`, input, who);
const api = {
  submit: step('submitIssue', 'SubmitIssueInput', 'issue { id leadDepartment { code } }'),
  route: step('routeIssue', 'RouteIssueInput'),
  accept: step('acceptIssue', 'AcceptIssueInput'),
  start: step('startIssueWork', 'StartIssueWorkInput'),
  respond: step('respondToIssue', 'RespondToIssueInput'),
  resolve: step('resolveIssue', 'ResolveIssueInput'),
  rate: step('rateIssue', 'RateIssueInput'),
  reopen: step('reopenIssue', 'ReopenIssueInput'),
  urge: step('urgeIssue', 'UrgeIssueInput'),
  refer: step('referIssue', 'ReferIssueInput', 'referral { id }'),
  acceptReferral: step('acceptReferral', 'AcceptReferralInput', 'referral { id }'),
  rejectReferral: step('rejectReferral', 'RejectReferralInput', 'referral { id }'),
  completeReferral: step('completeReferral', 'CompleteReferralInput', 'referral { id }'),
  cancelReferral: step('cancelReferral', 'CancelReferralInput', 'referral { id }'),
  requestExtension: step('requestExtension', 'RequestExtensionInput', 'extension { id }'),
  decideExtension: step('decideExtension', 'DecideExtensionInput', 'extension { id }'),
  merge: step('mergeIssue', 'MergeIssueInput', 'survivor { id }'),
};

interface Tracked {
  id: string;
  uscc: string;
  lead: Dept | null;
  referrals: { id: string; from: Dept; to: Dept }[];
  extensions: string[];
}
const tracked: Tracked[] = [];
/** The database ids of this file's requests: raw SQL touches only these (the run's database is shared by every test file). */
const mine = () => tracked.map((t) => rowId(t.id));

/** Tests run in a random order: the ones after the history make a small one of their own when it has not run. */
async function ensureOwnRequests() {
  if (tracked.length >= 6) return;
  for (let k = 0; k < 6; k++) {
    const uscc = DEMO_ENTERPRISES[k % 4].uscc;
    const res = await api.submit('coordinator', { uscc, title: `自有诉求 ${k}`, description: '统计汇总测试', category: 'other', channel: 'HOTLINE' });
    const t: Tracked = { id: res.issue.id, uscc, lead: res.issue.leadDepartment?.code ?? null, referrals: [], extensions: [] };
    if (!t.lead && (await api.route('coordinator', { issueId: t.id, leadDepartment: 'market', assistingDepartments: [], reason: '测试' }))) t.lead = 'market';
    if (t.lead) {
      await api.accept(OFFICER[t.lead], { issueId: t.id });
      await api.respond(OFFICER[t.lead], { issueId: t.id, response: '已答复。' });
      await api.resolve(OFFICER[t.lead], { issueId: t.id, resolution: '已办结。' });
    }
    tracked.push(t);
  }
}
let compared = 0;

/** Both ways, every field, for `periods` random periods (and the whole range) at the hub's current time. */
async function compare(periods = 6) {
  const last = addDays(hub.clock.today(), 3);
  const span = (Date.parse(last) - Date.parse(FIRST_DAY)) / 86_400_000;
  const ranges: [string, string][] = [[addDays(FIRST_DAY, -400), addDays(last, 400)]];
  for (let k = 0; k < periods; k++) {
    const a = addDays(FIRST_DAY, Math.floor(random() * span) - 2);
    ranges.push([a, addDays(a, Math.floor(random() * span))]);
  }
  // the SLA scan urges overdue requests on its own: let it catch up with the clock first, so that no
  // automatic urging lands between the two reads below (the clock stands still while they run)
  await (hub.subgraphs.hub.runtime as HubRuntime).sla.scanNow();
  for (const [from, to] of ranges) {
    const viaRollups = await ok<any[]>(hub, `query($f: Date!, $t: Date!) { departmentPerformance(from: $f, to: $t) { ${FIELDS} } }`, { f: from, t: to }, 'coordinator');
    const rowLevel = await departmentPerformanceRowLevel(em(), from, to, hub.clock.now());
    try {
      expect(viaRollups).toEqual(rowLevel);
    } catch (err) {
      throw new Error(`seed ${SEED}, period ${from}..${to}, now ${hub.clock.now().toISOString()}: ${(err as Error).message}`);
    }
    compared++;
  }
}

/** One random step on a random request through the API, by whoever may take it. */
async function randomStep(t: Tracked) {
  const lead = t.lead;
  const officer = lead ? OFFICER[lead] : 'coordinator';
  const roll = random();
  if (!lead || roll < 0.06) {
    const to = pick(DEPTS);
    if (await api.route('coordinator', { issueId: t.id, leadDepartment: to, assistingDepartments: [], reason: '随机' })) t.lead = to;
  } else if (roll < 0.2) await api.accept(officer, { issueId: t.id });
  else if (roll < 0.26) await api.start(officer, { issueId: t.id });
  else if (roll < 0.36) await api.respond(officer, { issueId: t.id, response: '已答复。' });
  else if (roll < 0.44) await api.resolve(officer, { issueId: t.id, resolution: '已办结。' });
  else if (roll < 0.52) await api.rate('coordinator', { issueId: t.id, satisfaction: pick(['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED']), comment: '回访' });
  else if (roll < 0.55) await api.reopen('coordinator', { issueId: t.id, reason: '企业不满意' });
  else if (roll < 0.62) await api.urge('coordinator', { issueId: t.id, note: '请尽快办理。' });
  else if (roll < 0.72) {
    const to = pick(DEPTS.filter((d) => d !== lead));
    const r = await api.refer(officer, { issueId: t.id, toDepartment: to, kind: pick(['ASSIST', 'TRANSFER']), reason: '协助核查', idempotencyKey: `roll-${t.id}-${t.referrals.length}-${SEED}` });
    if (r) t.referrals.push({ id: r.referral.id, from: lead, to });
  } else if (roll < 0.84 && t.referrals.length) {
    const r = pick(t.referrals);
    const answer = random();
    if (answer < 0.35) await api.acceptReferral(OFFICER[r.to], { referralId: r.id });
    else if (answer < 0.6) await api.rejectReferral(OFFICER[r.to], { referralId: r.id, reason: '不属本部门职责' });
    else if (answer < 0.85) await api.completeReferral(OFFICER[r.to], { referralId: r.id, note: '已协助' });
    else await api.cancelReferral(OFFICER[r.from], { referralId: r.id, reason: '无需协助' });
  } else if (roll < 0.92) {
    const e = await api.requestExtension(officer, { issueId: t.id, workingDays: 1 + Math.floor(random() * 5), reason: '需现场核查' });
    if (e) t.extensions.push(e.extension.id);
  } else if (t.extensions.length) {
    const approve = chance(0.6);
    await api.decideExtension('coordinator', { extensionId: pick(t.extensions), approve, ...(approve ? {} : { reason: '理由不足' }) });
  }
}

test('the rollups equal the row-level SQL over random histories and periods', async () => {
  // requests over three weeks, each day some new ones and random steps on older ones
  for (let day = 0; day < 18; day++) {
    hub.clock.set(`${addDays(FIRST_DAY, day)}T0${1 + Math.floor(random() * 8)}:00:00.000Z`);
    for (let k = 0; k < 3; k++) {
      const uscc = pick(DEMO_ENTERPRISES.slice(0, 4)).uscc;
      const res = await api.submit('coordinator', { uscc, title: `随机诉求 ${day}-${k}`, description: '统计汇总测试', category: pick(['other', 'tax_service']), channel: 'HOTLINE' });
      tracked.push({ id: res.issue.id, uscc, lead: res.issue.leadDepartment?.code ?? null, referrals: [], extensions: [] });
    }
    for (let k = 0; k < 10; k++) await randomStep(pick(tracked));
    if (day % 6 === 5) await compare(3);
  }
  // the pending extensions decided (most approved) and referrals answered, so every kind of figure is there
  for (const t of tracked) {
    for (const r of t.referrals) {
      if (chance(0.5)) await api.rejectReferral(OFFICER[r.to], { referralId: r.id, reason: '不属本部门职责' });
      else await api.acceptReferral(OFFICER[r.to], { referralId: r.id });
    }
    for (const e of t.extensions) {
      const approve = chance(0.7);
      await api.decideExtension('coordinator', { extensionId: e, approve, ...(approve ? {} : { reason: '理由不足' }) });
    }
  }
  await compare(3);
  // merges of same-enterprise duplicates
  for (let k = 0; k < 4; k++) {
    const a = pick(tracked);
    const b = pick(tracked.filter((x) => x.uscc === a.uscc && x.id !== a.id));
    if (b) await api.merge('coordinator', { duplicateId: a.id, survivorId: b.id, reason: '同一事项' });
  }
  await compare();

  // a few requests taken all the way to a rating, whatever the seed did, so every kind of figure is there
  for (const t of tracked.filter((x) => x.lead).slice(0, 3)) {
    const officer = OFFICER[t.lead!];
    await api.accept(officer, { issueId: t.id });
    await api.start(officer, { issueId: t.id });
    await api.respond(officer, { issueId: t.id, response: '已答复。' });
    await api.resolve(officer, { issueId: t.id, resolution: '已办结。' });
    await api.rate('coordinator', { issueId: t.id, satisfaction: 'SATISFIED', comment: '回访' });
  }
  await compare(2);

  // later: past many deadlines (open overdue), urgings, more steps
  hub.clock.set('2026-10-20T03:00:00.000Z');
  for (let k = 0; k < 30; k++) await randomStep(pick(tracked));
  await compare();

  // raw SQL writers: provisional deadlines (as when a calendar year is missing), then the
  // calendar reloaded (settles them); a request's day moved, its lead changed, requests deleted
  await sql(`update hub.issue set reply_deadline_problem = 'provisional (test)', sign_off_deadline_problem = case when id % 2 = 0 then 'provisional (test)' end where id % 3 = 0 and id = any($1::int[])`, [mine()]);
  await compare(3);
  const unknown = await departmentPerformanceRowLevel(em(), '2020-01-01', '2030-12-31', hub.clock.now());
  expect(unknown.reduce((n, r) => n + r.replyDeadlineUnknown, 0)).toBeGreaterThan(0);
  const year = testCalendarYear(2026);
  await ok(hub, `mutation($y: Int!, $h: [Date!]!, $m: [Date!]!) { setWorkdayCalendarYear(input: { year: $y, holidays: $h, makeupWorkdays: $m }) { calendarYear { year } } }`, { y: 2026, h: year.holidays, m: year.makeupWorkdays }, 'coordinator');
  await compare(3);
  await sql(`update hub.issue set submitted_on = submitted_on + 2 where id in (select issue_id from hub.referral union select issue_id from hub.issue_extension) and id % 2 = 1 and id = any($1::int[])`, [mine()]);
  await sql(`update hub.issue set lead_department_code = 'tax' where id % 5 = 0 and lead_department_code is not null and id = any($1::int[])`, [mine()]);
  await sql(`update hub.referral set to_department_code = 'judicial' where id % 4 = 0 and to_department_code <> 'judicial' and issue_id = any($1::int[])`, [mine()]);
  await compare(3);
  await sql(`delete from hub.issue where id in (select issue_id from hub.referral where status in ('ACCEPTED', 'REJECTED', 'COMPLETED') and issue_id = any($1::int[]) order by issue_id limit 3)
    and not exists (select 1 from hub.issue d where d.merged_into_id = hub.issue.id or d.split_from_id = hub.issue.id)`, [mine()]).catch(() => {
    // another table may reference the request (an agenda item, an attachment…): then the delete is refused and nothing changes
  });
  await compare();

  // the history was not trivial: every kind of figure is there
  const all = await departmentPerformanceRowLevel(em(), '2020-01-01', '2030-12-31', hub.clock.now());
  const total = (k: string) => all.reduce((n, r: any) => n + (r[k] ?? 0), 0);
  for (const k of ['received', 'signedOnTime', 'respondedOnTime', 'resolved', 'rated', 'satisfied', 'referralsAnswered', 'referralsRejected', 'extensionsRequested', 'extensionsApproved', 'urgings', 'openOverdue']) {
    expect([k, total(k)]).toEqual([k, expect.any(Number)]);
    expect([k, total(k) > 0]).toEqual([k, true]);
  }
  expect((await sql(`select count(*)::int as n from hub.issue where status = 'MERGED'`))[0].n).toBeGreaterThan(0);
  expect(compared).toBeGreaterThan(40);
}, 240_000);

test('readers fold the pending deltas into the day rows without changing the figures', async () => {
  await ensureOwnRequests();
  // a request moved to the next day: its counters leave one day row and join another
  await sql(`update hub.issue set submitted_on = submitted_on + 1 where id = any($1::int[]) and lead_department_code is not null`, [mine()]);
  expect((await sql(`select count(*)::int as n from hub.performance_delta`))[0].n).toBeGreaterThan(0);
  await compare(2);
  // the first read folded everything that was pending
  expect((await sql(`select count(*)::int as n from hub.performance_delta`))[0].n).toBe(0);
  // and the day rows alone are now the exact sums of the source rows
  const rebuilt = await sql(`select department_code, day, received, resolved, referrals_answered, urgings from hub.performance_day
    where received <> 0 or resolved <> 0 or referrals_answered <> 0 or urgings <> 0 order by 1, 2`);
  const fromRows = await sql(`select department_code, day, sum(received)::int as received, sum(resolved)::int as resolved, sum(referrals_answered)::int as referrals_answered, sum(urgings)::int as urgings from (
      select lead_department_code as department_code, submitted_on as day, 1 as received, (resolved_at is not null)::int as resolved, 0 as referrals_answered, 0 as urgings
      from hub.issue where lead_department_code is not null and status <> 'MERGED'
      union all select r.to_department_code, i.submitted_on, 0, 0, (r.status in ('ACCEPTED', 'REJECTED', 'COMPLETED'))::int, 0 from hub.referral r join hub.issue i on i.id = r.issue_id
      union all select u.department_code, i.submitted_on, 0, 0, 0, 1 from hub.issue_urging u join hub.issue i on i.id = u.issue_id where u.department_code is not null
    ) x group by 1, 2 having sum(received) <> 0 or sum(resolved) <> 0 or sum(referrals_answered) <> 0 or sum(urgings) <> 0 order by 1, 2`);
  expect(rebuilt).toEqual(fromRows);
});

test('concurrent writers (one department, one day) and readers: no error, and the figures still exact', async () => {
  hub.clock.set('2026-10-21T03:00:00.000Z');
  const fresh: Tracked[] = [];
  await Promise.all(
    Array.from({ length: 8 }, async (_, k) => {
      const res = await api.submit('coordinator', { uscc: DEMO_ENTERPRISES[k % 4].uscc, title: `并发诉求 ${k}`, description: '统计汇总并发测试', category: 'other', channel: 'HOTLINE' });
      fresh.push({ id: res.issue.id, uscc: DEMO_ENTERPRISES[k % 4].uscc, lead: null, referrals: [], extensions: [] });
    }),
  );
  // every request routed to the same department, on the same day: the rows writers would fight over
  await Promise.all(fresh.map(async (t) => (await api.route('coordinator', { issueId: t.id, leadDepartment: 'market', assistingDepartments: [], reason: '并发' })) && (t.lead = 'market')));
  const reads: Promise<unknown>[] = [];
  await Promise.all(
    fresh.map(async (t, k) => {
      for (let s = 0; s < 6; s++) {
        await randomStep(t);
        if ((k + s) % 3 === 0) reads.push(ok(hub, `{ departmentPerformance(from: "2026-10-21", to: "2026-10-21") { departmentCode received } }`, {}, 'coordinator'));
      }
    }),
  );
  await Promise.all(reads);
  const market = (await ok<any[]>(hub, `{ departmentPerformance(from: "2026-10-21", to: "2026-10-21") { departmentCode received } }`, {}, 'coordinator')).find((r) => r.departmentCode === 'market');
  expect(market.received).toBeGreaterThanOrEqual(1);
  await compare(2);
}, 120_000);

test('inside a read-only transaction (an export, a replica) the same figures, without folding', async () => {
  await ensureOwnRequests();
  // a request moved to the next day: its counters leave one day row and join another
  await sql(`update hub.issue set submitted_on = submitted_on + 1 where id = any($1::int[]) and lead_department_code is not null`, [mine()]);
  const pending = (await sql(`select count(*)::int as n from hub.performance_delta`))[0].n;
  expect(pending).toBeGreaterThan(0);
  const now = hub.clock.now();
  const inside = await em().transactional(async (tx) => {
    await tx.execute('set transaction read only');
    return departmentPerformance(tx as unknown as EntityManager, '2026-01-01', '2026-12-31', now);
  });
  expect(inside).toEqual(await departmentPerformanceRowLevel(em(), '2026-01-01', '2026-12-31', now));
  expect((await sql(`select count(*)::int as n from hub.performance_delta`))[0].n).toBe(pending);
});

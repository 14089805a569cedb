import 'reflect-metadata';
import os from 'node:os';
import { Client as PgClient } from 'pg';
import { PERFORMANCE_BACKFILL } from '../migrations/hub/Migration20261126001500PerformanceRollups';
import { signToken } from '../src/shared/auth';
import * as service from '../src/subgraphs/hub/performance/performance.service';
import { departmentPerformanceRowLevel } from '../src/subgraphs/hub/performance/performance.reference';
import { toHubDate } from '../src/shared/time-zone';
import { dropDatabase, freshDatabase, percentile, pool, startBenchHub } from './harness';

/**
 * departmentPerformance before (row-level SQL over hub.issue, referrals, extensions, urgings) and
 * after (hub.performance_day rollups kept by triggers), through the gateway (issue 17).
 *
 *   npm run build && BENCH_ISSUES=1000000 node dist/bench/performance-rollups.js
 *
 * A scratch database (BENCH_DB, default liaison_bench_perf, dropped at the end unless
 * BENCH_KEEP_DB=1) gets the hub's migrations and demo data, then BENCH_ISSUES (default 200,000)
 * requests made in SQL over three years up to today and 40 departments (skewed: the lead is
 * (r·r mod 40), so a few departments lead far more than others), with their states: the last 60
 * days mostly open, older ones closed except 2% stale open ones, 3% MERGED, on-time flags,
 * ratings, reopenings, 20% provisional deadlines in the last 30 days; 15% of the requests with a
 * referral (answered or not), 5% with an extension, 10% with an urging. Inserted with triggers off,
 * then the rollups are filled by the migration's own backfill statement (timed).
 *
 * The same gateway and hub serve both sides: the hub's `departmentPerformance` export is swapped
 * between the row-level reference and the rollup read between blocks (the resolver calls it
 * through the module's exports). Per period (one year, three years) and round: a block of A
 * (row-level) then B (rollups), order flipped every other round (ABBA), each at concurrency 1 and
 * BENCH_CONCURRENCY (default 16), every request with the next of BENCH_USERS (default 200) distinct
 * officer tokens. Both sides must return identical figures, or the run fails.
 * The SLA scan is off (it would urge the generated overdue requests during the run).
 * Postgres: BENCH_PG (default postgres://postgres@127.0.0.1:5432).
 */
const int = (name: string, dflt: number) => (process.env[name] ? Number.parseInt(process.env[name]!, 10) : dflt);
const ISSUES = int('BENCH_ISSUES', 200_000);
const USERS = int('BENCH_USERS', 200);
const ROUNDS = int('BENCH_ROUNDS', 2);
const CONCURRENCY = int('BENCH_CONCURRENCY', 16);
const A_REQUESTS = int('BENCH_A_REQUESTS', 32); // the row-level side is slow at 1M: fewer samples per block
const B_REQUESTS = int('BENCH_B_REQUESTS', 400);
const DEPTS = 40;
const PG_SERVER = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';
const DB_NAME = process.env.BENCH_DB ?? 'liaison_bench_perf';
const log = (msg: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

const QUERY = `query($f: Date!, $t: Date!) { departmentPerformance(from: $f, to: $t) { departmentCode received signedOnTime signOffDeadlineUnknown timelySignOffRate
  respondedOnTime replyDeadlineUnknown responseRate resolved resolutionRate resolvedOnTime resolvedOnTimeRate rated satisfied satisfactionRate
  referralsAnswered referralsRejected referralRejectionRate reopened reopenRate averageWorkingDaysToReply openOverdue extensionsRequested extensionsApproved urgings } }`;

async function generate(pg: PgClient, today: string) {
  const first = addDays(today, -1095);
  await pg.query(`insert into hub.department (code, name_zh, name_en) select 'b' || lpad(g::text, 2, '0'), '部门' || g, 'Dept ' || g from generate_series(0, ${DEPTS - 1}) g on conflict do nothing`);
  await pg.query(`set session_replication_role = replica`); // triggers off: the backfill fills the rollups below
  await pg.query(`with e as (select array_agg(uscc order by uscc) a from hub.enterprise),
    s as (select g, (g::bigint * 2654435761 % 1000003)::int as r, date '${first}' + (g::bigint * 1096 / ${ISSUES})::int as d from generate_series(1, ${ISSUES}) g)
    insert into hub.issue (number, enterprise_uscc, title, description, category_code, channel, status, lead_department_code, submitted_by, submitted_at, submitted_on,
      sign_off_deadline, sign_off_deadline_problem, reply_deadline, reply_deadline_problem, signed_on_time, responded_at, responded_on_time, reply_working_days,
      resolved_at, resolved_on_time, satisfaction, reopen_count)
    select 'PB-' || lpad(g::text, 9, '0'), e.a[1 + (r % 7) * (r % 13) % array_length(e.a, 1)], '压测 ' || g, 'bench', 'other', 'HOTLINE',
      st::hub.issue_status, 'b' || lpad(((r % 1000) * (r % 1000) % ${DEPTS})::text, 2, '0'), 'bench', d + time '09:00', d,
      d + 1, case when prov then 'provisional (bench)' end, d + 10, case when prov then 'provisional (bench)' end,
      case when st in ('SUBMITTED', 'ASSIGNED') then null else r % 10 <> 0 end,
      case when replied then d + 5 + time '10:00' end, case when replied then r % 8 <> 0 end, case when replied then 2 + r % 9 end,
      case when resolved then d + 8 + time '10:00' end, case when resolved then r % 9 <> 0 end,
      case when resolved and r % 3 = 0 then (array['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'])[1 + r % 7 % 3]::hub.satisfaction end,
      case when r % 37 = 0 then 1 else 0 end
    from s, e,
      lateral (select case when d > date '${today}' - 60 then (array['ASSIGNED', 'ACCEPTED', 'IN_PROGRESS', 'RESPONDED', 'RESOLVED', 'CLOSED', 'SUBMITTED'])[1 + r % 7]
                           when r % 100 < 2 then 'IN_PROGRESS' when r % 100 < 5 then 'MERGED'
                           else (array['CLOSED', 'CLOSED', 'RESOLVED', 'RESPONDED'])[1 + r % 4] end as st,
                      d > date '${today}' - 30 and r % 5 = 0 as prov) x,
      lateral (select st in ('RESPONDED', 'RESOLVED', 'CLOSED') as replied, st in ('RESOLVED', 'CLOSED') as resolved) y`);
  await pg.query(`update hub.issue set lead_department_code = null, status = 'SUBMITTED' where number like 'PB-%' and status = 'SUBMITTED'`);
  await pg.query(`insert into hub.referral (issue_id, from_department_code, to_department_code, kind, reason, status, idempotency_key, created_by, created_at)
    select id, lead_department_code, 'b' || lpad(((id * 11 + 5) % ${DEPTS})::text, 2, '0'), 'ASSIST', 'bench',
      (array['PENDING', 'ACCEPTED', 'REJECTED', 'COMPLETED', 'CANCELLED'])[1 + id % 5]::hub.referral_status, 'bench-' || id, 'bench', submitted_at
    from hub.issue where number like 'PB-%' and id % 100 < 15 and lead_department_code is not null and lead_department_code <> 'b' || lpad(((id * 11 + 5) % ${DEPTS})::text, 2, '0')`);
  await pg.query(`insert into hub.issue_extension (issue_id, working_days, reason, status, department_code, requested_by, requested_at, deadline_before)
    select id, 3, 'bench', (array['PENDING', 'APPROVED', 'APPROVED', 'REFUSED'])[1 + id % 4]::hub.issue_extension_status, lead_department_code, 'bench', submitted_at, reply_deadline
    from hub.issue where number like 'PB-%' and id % 100 between 20 and 24 and lead_department_code is not null`);
  await pg.query(`insert into hub.issue_urging (issue_id, urged_on, at, actor_id, department_code)
    select id, submitted_on + 11, submitted_at + interval '11 days', 'bench', lead_department_code
    from hub.issue where number like 'PB-%' and id % 100 between 30 and 39`);
  await pg.query(`set session_replication_role = origin`);
}

async function main() {
  const databaseUrl = await freshDatabase(PG_SERVER, DB_NAME);
  // the SLA scan off (its first run finds an empty hub): otherwise it spends the run urging the
  // generated overdue requests one transaction each, competing with what is measured
  const b = await startBenchHub(databaseUrl, { env: { SLA_SCAN_INTERVAL_MS: '2000000000' } });
  const pg = new PgClient({ connectionString: databaseUrl });
  await pg.connect();
  const rollups = service.departmentPerformance;
  const exportsOf = service as unknown as Record<string, unknown>;
  const use = (side: 'A' | 'B') => {
    exportsOf.departmentPerformance = side === 'A' ? departmentPerformanceRowLevel : rollups;
  };
  try {
    const today = toHubDate(new Date());
    log(`generating ${ISSUES} requests over three years to ${today}, ${DEPTS} departments`);
    let t = performance.now();
    await generate(pg, today);
    const generateMs = performance.now() - t;
    await pg.query(`delete from hub.performance_day`);
    await pg.query(`delete from hub.performance_delta`);
    t = performance.now();
    await pg.query(PERFORMANCE_BACKFILL);
    const backfillMs = performance.now() - t;
    await pg.query(`vacuum analyze`);
    const [counts] = (await pg.query(`select (select count(*) from hub.issue)::int as issues, (select count(*) from hub.referral)::int as referrals,
      (select count(*) from hub.issue_extension)::int as extensions, (select count(*) from hub.issue_urging)::int as urgings,
      (select count(*) from hub.performance_day)::int as day_rows, pg_size_pretty(pg_total_relation_size('hub.issue')) as issue_size`)).rows;
    log(`generated in ${(generateMs / 1000).toFixed(0)} s, backfill ${(backfillMs / 1000).toFixed(1)} s: ${JSON.stringify(counts)}`);

    const tokens = await Promise.all(Array.from({ length: USERS }, (_, i) => signToken(b.config.jwt, { sub: `bench-officer-${i}`, name: `干部${i}`, dept: `b${String(i % DEPTS).padStart(2, '0')}`, roles: ['OFFICER'] }, '4h')));
    let nextToken = 0;
    const call = async (from: string, to: string) => {
      const token = tokens[nextToken++ % tokens.length];
      const t0 = performance.now();
      const res = await fetch(b.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: QUERY, variables: { f: from, t: to } }) });
      const json = (await res.json()) as { data?: { departmentPerformance: unknown[] }; errors?: unknown };
      if (json.errors || !json.data) throw new Error(`departmentPerformance failed: ${JSON.stringify(json.errors)}`);
      return { ms: performance.now() - t0, data: json.data.departmentPerformance };
    };
    const periods: [string, string, string][] = [
      ['one year', addDays(today, -364), today],
      ['three years', addDays(today, -1095), today],
    ];
    type Samples = { alone: number[]; loaded: number[]; rps: number[] };
    const samples: Record<string, Record<'A' | 'B', Samples>> = {};
    for (const [name, from, to] of periods) {
      samples[name] = { A: { alone: [], loaded: [], rps: [] }, B: { alone: [], loaded: [], rps: [] } };
      // identical figures on both sides, and one warm-up each
      use('A');
      const a = await call(from, to);
      use('B');
      const bb = await call(from, to);
      if (JSON.stringify(a.data) !== JSON.stringify(bb.data)) throw new Error(`${name}: row-level and rollups differ:\n${JSON.stringify(a.data).slice(0, 2000)}\n${JSON.stringify(bb.data).slice(0, 2000)}`);
      log(`${name}: identical figures (${(bb.data as { received: number }[]).reduce((n, r) => n + r.received, 0)} requests received); warm-up A ${a.ms.toFixed(0)} ms, B ${bb.ms.toFixed(0)} ms`);
      for (let round = 0; round < ROUNDS; round++) {
        for (const side of round % 2 ? (['B', 'A'] as const) : (['A', 'B'] as const)) {
          use(side);
          const s = samples[name][side];
          const n = side === 'A' ? A_REQUESTS : B_REQUESTS;
          for (let k = 0; k < Math.max(4, n / 8); k++) s.alone.push((await call(from, to)).ms);
          const t0 = performance.now();
          const ms = await pool(n, CONCURRENCY, async () => (await call(from, to)).ms);
          s.rps.push(n / ((performance.now() - t0) / 1000));
          s.loaded.push(...ms);
          log(`${name} round ${round} ${side}: alone p50 ${percentile(s.alone, 50).toFixed(0)} ms; ${CONCURRENCY} at a time ${s.rps.at(-1)!.toFixed(1)} rps, p99 ${percentile(ms, 99).toFixed(0)} ms`);
        }
      }
    }
    use('B');
    const overdue = service.openOverdueSql(addDays(today, -1095), today, new Date());
    const plan = await b.hub.subgraphs.hub.orm.em.fork().getConnection().execute<{ 'QUERY PLAN': string }[]>(`explain (analyze, buffers, costs off) ${overdue.sql}`, overdue.params);
    const explain = plan.map((r) => r['QUERY PLAN']).join('\n');

    // what the triggers cost a write: 5,000 requests changed in one statement (a counter moves)
    // with the rollup triggers on and off, alternately (ABAB), then one read folds the deltas
    const writes: Record<'on' | 'off', number[]> = { on: [], off: [] };
    const rollupTriggers = ['performance_issue_update'];
    for (let k = 0; k < 4; k++) {
      const side = k % 2 ? 'off' : 'on';
      if (side === 'off') for (const tg of rollupTriggers) await pg.query(`alter table hub.issue disable trigger ${tg}`);
      const t1 = performance.now();
      await pg.query(`update hub.issue set reopen_count = reopen_count + 1 where id in (select id from hub.issue where number like 'PB-%' and lead_department_code is not null order by id limit 5000 offset ${k * 5000})`);
      writes[side].push(performance.now() - t1);
      if (side === 'off') for (const tg of rollupTriggers) await pg.query(`alter table hub.issue enable trigger ${tg}`);
    }
    const [{ pending }] = (await pg.query(`select count(*)::int as pending from hub.performance_delta`)).rows;
    const foldRead = await call(addDays(today, -364), today);
    const [{ left }] = (await pg.query(`select count(*)::int as left from hub.performance_delta`)).rows;
    const oneRead = await call(addDays(today, -364), today);
    console.error(`writes: ${JSON.stringify(writes)}; ${pending} deltas pending; read that folded them ${foldRead.ms.toFixed(0)} ms (left ${left}), next read ${oneRead.ms.toFixed(0)} ms`);

    const f = (xs: number[], p: number) => percentile(xs, p).toFixed(0);
    const med = (xs: number[]) => percentile(xs, 50);
    console.log(`${counts.issues} requests (hub.issue ${counts.issue_size}), ${counts.referrals} referrals, ${counts.extensions} extensions, ${counts.urgings} urgings; ${counts.day_rows} performance_day rows; generated in ${(generateMs / 1000).toFixed(0)} s, rollup backfill ${(backfillMs / 1000).toFixed(1)} s`);
    console.log(`${USERS} distinct officer tokens, ${ROUNDS} rounds (ABBA), concurrency 1 and ${CONCURRENCY}; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}; ${os.cpus().length} cores`);
    console.log();
    console.log(`| period | side | alone p50 / p99 ms | ${CONCURRENCY} at a time p50 / p99 ms | rps (${CONCURRENCY} at a time) | samples alone / loaded |`);
    console.log(`|---|---|---:|---:|---:|---:|`);
    for (const [name] of periods) {
      for (const side of ['A', 'B'] as const) {
        const s = samples[name][side];
        console.log(`| ${name} | ${side === 'A' ? 'A row-level (before)' : 'B rollups (after)'} | ${f(s.alone, 50)} / ${f(s.alone, 99)} | ${f(s.loaded, 50)} / ${f(s.loaded, 99)} | ${med(s.rps).toFixed(1)} | ${s.alone.length} / ${s.loaded.length} |`);
      }
      const [A, B] = [samples[name].A, samples[name].B];
      console.log(`| ${name} | A/B | ${(med(A.alone) / med(B.alone)).toFixed(1)}× | ${(med(A.loaded) / med(B.loaded)).toFixed(1)}× | ${(med(B.rps) / med(A.rps)).toFixed(1)}× | |`);
    }
    console.log();
    console.log(`Writes: 5,000 requests changed in one statement (reopen_count + 1), rollup trigger on: ${writes.on.map((x) => x.toFixed(0)).join(', ')} ms; off: ${writes.off.map((x) => x.toFixed(0)).join(', ')} ms. ${pending} delta rows pending afterwards; the read that folded them took ${foldRead.ms.toFixed(0)} ms (${left} left), the next ${oneRead.ms.toFixed(0)} ms.`);
    console.log();
    console.log(`open overdue (the live part), three years:\n${explain}`);
  } finally {
    use('B');
    await pg.end();
    await b.stop();
    if (process.env.BENCH_KEEP_DB !== '1') await dropDatabase(PG_SERVER, DB_NAME);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

import 'reflect-metadata';
import os from 'node:os';
import { Client as PgClient } from 'pg';
import { ISSUE_DEPARTMENT_BACKFILL } from '../migrations/hub/Migration20261125214500IssueDepartment';
import { signToken } from '../src/shared/auth';
import { dropDatabase, freshDatabase, percentile, startBenchHub } from './harness';

/**
 * An officer's inbox before and after hub.issue_department (issue 17).
 *
 *   npm run build && node dist/bench/inbox.js
 *
 * A scratch database (BENCH_DB, default liaison_bench_inbox, dropped at the end unless
 * BENCH_KEEP_DB=1) gets the hub's migrations and demo data, then BENCH_ISSUES (default 50,000)
 * generated requests over 40 departments (generate_series; every 5th has an assisting department,
 * every 10th a referral to a third one), inserted with triggers off and then filled in by the
 * migration's own backfill (timed). 200 officer identities (5 per department), interleaved: for each
 * officer, the old query (hub.issue with the OR / = ANY / EXISTS rule) and the new one
 * (hub.issue_department join hub.issue), the order flipped every other officer (ABBA). Both must
 * return the same ids. Every 10th officer belongs to a small bureau that leads 50 of the oldest
 * requests only (the old newest-first plan walks the whole table for it). Then the new path through the gateway with 200 distinct tokens.
 * Postgres: BENCH_PG (default postgres://postgres@127.0.0.1:5432).
 */
const int = (name: string, dflt: number) => (process.env[name] ? Number.parseInt(process.env[name]!, 10) : dflt);
const ISSUES = int('BENCH_ISSUES', 50_000);
const OFFICERS = int('BENCH_USERS', 200);
const ROUNDS = int('BENCH_ROUNDS', 3);
const DEPTS = 40;
const PG_SERVER = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';
const DB_NAME = process.env.BENCH_DB ?? 'liaison_bench_inbox';
const log = (msg: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
const dept = (n: number) => `b${String(n % DEPTS).padStart(2, '0')}`;

const RULE = `(i.lead_department_code = $1 or $1 = any(i.assisting_department_codes) or exists (select 1 from hub.referral r where r.issue_id = i.id and (r.to_department_code = $1 or r.from_department_code = $1)))`;
const VIA = `hub.issue_department v join hub.issue i on i.id = v.issue_id`;
const QUERIES: Record<string, { old: string; new: string }> = {
  'NEWEST_FIRST page 1': {
    old: `select i.* from hub.issue i where ${RULE} order by i.id desc limit 21`,
    new: `select i.* from ${VIA} where v.department_code = $1 order by v.issue_id desc limit 21`,
  },
  'NEWEST_FIRST page after id 30,000': {
    old: `select i.* from hub.issue i where ${RULE} and i.id < 30000 order by i.id desc limit 21`,
    new: `select i.* from ${VIA} where v.department_code = $1 and v.issue_id < 30000 and i.id < 30000 order by v.issue_id desc limit 21`,
  },
  'REPLY_DEADLINE_FIRST page 1': {
    old: `select i.* from hub.issue i where ${RULE} order by coalesce(i.reply_deadline, '9999-12-31'::date) asc, i.id asc limit 21`,
    new: `select i.* from ${VIA} where v.department_code = $1 order by v.deadline_key asc, v.issue_id asc limit 21`,
  },
  'totalCount (only when selected)': {
    old: `select count(*) as total from hub.issue i where ${RULE}`,
    new: `select count(*) as total from ${VIA} where v.department_code = $1`,
  },
};

async function main() {
  const databaseUrl = await freshDatabase(PG_SERVER, DB_NAME);
  const b = await startBenchHub(databaseUrl);
  const pg = new PgClient({ connectionString: databaseUrl });
  await pg.connect();
  const timed = async (what: string, sql: string) => {
    const t = performance.now();
    await pg.query(sql);
    const ms = performance.now() - t;
    log(`${what}: ${ms.toFixed(0)} ms`);
    return ms;
  };
  try {
    log(`generating ${ISSUES} requests over ${DEPTS} departments`);
    await pg.query(`insert into hub.department (code, name_zh, name_en) select 'b' || lpad(g::text, 2, '0'), '部门' || g, 'Dept ' || g from generate_series(0, ${DEPTS - 1}) g on conflict do nothing`);
    await pg.query(`set session_replication_role = replica`); // triggers off: the backfill fills the table below
    await pg.query(`with e as (select array_agg(uscc order by uscc) a from hub.enterprise)
      insert into hub.issue (number, enterprise_uscc, title, description, category_code, channel, status, lead_department_code, assisting_department_codes,
        submitted_by, submitted_at, submitted_on, reply_deadline)
      select 'SQ-2019-' || lpad(g::text, 6, '0'), e.a[1 + g % array_length(e.a, 1)], '压测 ' || g, 'bench', 'other', 'HOTLINE', 'ASSIGNED',
        'b' || lpad(((g * 7) % ${DEPTS})::text, 2, '0'),
        case when g % 5 = 0 then array['b' || lpad(((g * 7 + 3) % ${DEPTS})::text, 2, '0')] else '{}' end,
        'bench', timestamptz '2019-01-01' + g * interval '10 minutes', date '2019-01-01' + g / 144,
        case when g % 13 = 0 then null else date '2019-01-01' + g / 144 + 10 + g % 20 end
      from generate_series(1, ${ISSUES}) g, e`);
    await pg.query(`insert into hub.referral (issue_id, from_department_code, to_department_code, kind, reason, status, idempotency_key, created_by, created_at)
      select id, lead_department_code, 'b' || lpad(((id * 11 + 5) % ${DEPTS})::text, 2, '0'), 'TRANSFER', 'bench', 'REJECTED', 'bench-' || id, 'bench', submitted_at
      from hub.issue where number like 'SQ-2019-%' and id % 10 = 0 and lead_department_code <> 'b' || lpad(((id * 11 + 5) % ${DEPTS})::text, 2, '0')`);
    await pg.query(`set session_replication_role = origin`);
    await pg.query(`delete from hub.issue_department`);
    const backfillMs = await timed('backfill (the migration statement)', ISSUE_DEPARTMENT_BACKFILL);
    await pg.query(`analyze`);
    const [{ issues, rows, referrals }] = (await pg.query(`select (select count(*) from hub.issue)::int as issues, (select count(*) from hub.issue_department)::int as rows, (select count(*) from hub.referral)::int as referrals`)).rows;
    log(`${issues} requests, ${referrals} referrals, ${rows} issue_department rows`);

    // what the triggers cost a write: 2,000 more requests inserted with and without them
    const insert = (from: number) => `insert into hub.issue (number, enterprise_uscc, title, description, category_code, channel, status, lead_department_code, assisting_department_codes, submitted_by, submitted_at, submitted_on, reply_deadline)
      select 'SQ-2018-' || lpad(g::text, 6, '0'), (select min(uscc) from hub.enterprise), 't', 'd', 'other', 'HOTLINE', 'ASSIGNED', 'b01', array['b02'], 'bench', now(), current_date, current_date + 10
      from generate_series(${from}, ${from + 1999}) g`;
    await pg.query(`set session_replication_role = replica`);
    const writeOff = await timed('2,000 inserts, triggers off', insert(1));
    await pg.query(`set session_replication_role = origin`);
    const writeOn = await timed('2,000 inserts, triggers on', insert(3001));
    await pg.query(`delete from hub.issue where number like 'SQ-2018-%'`);
    // a small bureau: leads 50 of the oldest requests only (through the triggers)
    await pg.query(`insert into hub.department (code, name_zh, name_en) values ('bsmall', '小部门', 'Small bureau') on conflict do nothing`);
    await pg.query(`update hub.issue set lead_department_code = 'bsmall' where id in (select id from hub.issue where number like 'SQ-2019-%' order by id limit 1000) and id % 20 = 0`);
    await pg.query(`analyze`);

    // interleaved old/new per officer, results compared
    const samples: Record<string, { old: number[]; new: number[] }> = {};
    for (const k of Object.keys(QUERIES)) for (const who of ['', ' (small bureau)']) samples[k + who] = { old: [], new: [] };
    for (let round = 0; round <= ROUNDS; round++) {
      // every 10th officer is of the small bureau, the others of the 40 large departments
      for (let o = 0; o < OFFICERS; o++) {
        const small = o % 10 === 9;
        const d = small ? 'bsmall' : dept(o);
        for (const [name, q] of Object.entries(QUERIES)) {
          const results: Record<string, string> = {};
          for (const side of (o + round) % 2 ? (['new', 'old'] as const) : (['old', 'new'] as const)) {
            const t = performance.now();
            const res = await pg.query(q[side], [d]);
            const ms = performance.now() - t;
            if (round > 0) samples[small ? `${name} (small bureau)` : name][side].push(ms); // round 0 warms up
            results[side] = JSON.stringify(res.rows.map((r) => r.id ?? r.total));
          }
          if (results.old !== results.new) throw new Error(`${name} for ${d}: old and new differ`);
        }
      }
      log(`round ${round}/${ROUNDS} done`);
    }
    const plans: string[] = [];
    for (const [name, d] of [['NEWEST_FIRST page 1', dept(10)], ['REPLY_DEADLINE_FIRST page 1', dept(10)], ['NEWEST_FIRST page 1', 'bsmall']]) {
      for (const side of ['old', 'new'] as const) {
        const res = await pg.query(`explain (analyze, buffers, costs off) ${QUERIES[name][side]}`, [d]);
        plans.push(`EXPLAIN ANALYZE, ${side}, ${name}, department ${d}:\n${res.rows.map((r) => r['QUERY PLAN']).join('\n')}\n`);
      }
    }

    // the new path through the gateway, 200 distinct officer tokens
    const tokens = await Promise.all(Array.from({ length: OFFICERS }, (_, i) => signToken(b.config.jwt, { sub: `bench-officer-${i}`, name: `干部${i}`, dept: i % 10 === 9 ? 'bsmall' : dept(i), roles: ['OFFICER'] }, '4h')));
    const gateway: number[] = [];
    const page = `{ issues(first: 20) { edges { node { id number status replyDeadline } } pageInfo { hasNextPage endCursor } } }`;
    for (let round = 0; round <= ROUNDS; round++) {
      for (const token of tokens) {
        const t = performance.now();
        const res = await fetch(b.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: page }) });
        const json = (await res.json()) as { data?: { issues: { edges: unknown[] } }; errors?: unknown };
        if (json.errors || json.data?.issues.edges.length !== 20) throw new Error(`gateway inbox failed: ${JSON.stringify(json.errors)}`);
        if (round > 0) gateway.push(performance.now() - t);
      }
    }

    const f = (s: number[], p: number) => percentile(s, p).toFixed(2);
    console.log(`${issues} requests, ${referrals} referrals, ${rows} issue_department rows; ${OFFICERS} officers over ${DEPTS} departments; ${ROUNDS} rounds; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    console.log(`backfill ${backfillMs.toFixed(0)} ms; 2,000 inserts: ${writeOff.toFixed(0)} ms without triggers, ${writeOn.toFixed(0)} ms with`);
    console.log();
    console.log(`| query (page of 20 + 1) | old p50 ms | old p95 ms | new p50 ms | new p95 ms | p50 old/new |`);
    console.log(`|---|---:|---:|---:|---:|---:|`);
    for (const [name, s] of Object.entries(samples)) {
      console.log(`| ${name} | ${f(s.old, 50)} | ${f(s.old, 95)} | ${f(s.new, 50)} | ${f(s.new, 95)} | ${(percentile(s.old, 50) / percentile(s.new, 50)).toFixed(1)}× |`);
    }
    console.log();
    console.log(`gateway, issues(first: 20) as ${OFFICERS} distinct officers (new path): p50 ${f(gateway, 50)} ms, p95 ${f(gateway, 95)} ms, ${gateway.length} requests`);
    console.log();
    for (const plan of plans) console.log(plan);
  } finally {
    await pg.end();
    await b.stop();
    if (process.env.BENCH_KEEP_DB !== '1') await dropDatabase(PG_SERVER, DB_NAME);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

import 'reflect-metadata';
import os from 'node:os';
import { DEMO_ENTERPRISES } from '../src/demo/district';
import { signToken } from '../src/shared/auth';
import { SUBGRAPH_NAMES } from '../src/shared/config';
import { dropDatabase, freshDatabase, percentile, startBenchHub, type BenchHub } from './harness';

/**
 * What auditing confidential reads (安全审计) costs the read path, through the gateway.
 *
 *   npm run build && node dist/bench/audit-reads.js
 *
 * Interleaved A/B in one hub: ROUNDS × (phase A: reads audited, phase B: read recording switched off
 * in-process with the bench-only `readsEnabled` switch), the order flipped every round (ABBA...) so
 * drift (caches warming, autovacuum, other load) falls on both sides. Each phase sends REQUESTS
 * requests, CONCURRENCY at a time (closed loop), from USERS distinct tokens (officers of the four
 * departments and coordinators, each its own subject), alternating two queries that read confidential
 * fields: one enterprise's full picture (14 audited fields, some refused for need-to-know) and a page
 * of 20 enterprises with each one's arrears and alert summaries (40 audited fields).
 * Postgres: BENCH_PG (default postgres://postgres@127.0.0.1:5432), database BENCH_DB (default
 * liaison_bench_audit, recreated, dropped at the end unless BENCH_KEEP_DB=1).
 */
const int = (name: string, dflt: number) => (process.env[name] ? Number.parseInt(process.env[name]!, 10) : dflt);
const USERS = int('BENCH_USERS', 200);
const ROUNDS = int('BENCH_ROUNDS', 24);
const REQUESTS = int('BENCH_REQUESTS', 50);
const CONCURRENCY = int('BENCH_CONCURRENCY', 4);
const PG_SERVER = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';
const DB_NAME = process.env.BENCH_DB ?? 'liaison_bench_audit';
const log = (msg: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);

const PICTURE = `query($u: ID!) { enterprise(uscc: $u) { uscc name
  tax { creditRating hasOutstandingArrears arrears { amountYuan } outstandingArrearsYuan }
  police { alertCount alerts { id category } visitCount visits { id date } }
  judicial { litigationCount litigations { id caseNo } mediationCases { id grade } }
  market { registrationStatus penaltyCount penalties { id decidedOn } } } }`;
const PAGE = `{ enterprises(first: 20) { edges { node { uscc name tax { hasOutstandingArrears } police { alertCount } } } } }`;

const DEPARTMENTS = ['police', 'tax', 'market', 'judicial', null] as const;

async function tokens(b: BenchHub): Promise<string[]> {
  return Promise.all(
    Array.from({ length: USERS }, (_, i) => {
      const dept = DEPARTMENTS[i % DEPARTMENTS.length];
      return signToken(b.config.jwt, { sub: `bench-${i}`, name: `用户${i}`, dept, roles: dept ? ['OFFICER'] : ['COORDINATOR'] }, '4h');
    }),
  );
}

async function phase(b: BenchHub, tokenList: string[], offset: number): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        const i = next++;
        const n = offset + i;
        const body = n % 2 ? { query: PAGE } : { query: PICTURE, variables: { u: DEMO_ENTERPRISES[n % DEMO_ENTERPRISES.length].uscc } };
        const started = performance.now();
        const res = await fetch(b.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${tokenList[n % tokenList.length]}` },
          body: JSON.stringify(body),
        });
        const json = (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
        latencies.push(performance.now() - started);
        // need-to-know refusals are expected (partial data); anything else is a failed run
        const bad = (json.errors ?? []).filter((e) => e.extensions?.code !== 'FORBIDDEN');
        if (res.status !== 200 || !json.data || bad.length) throw new Error(`request failed (${res.status}): ${JSON.stringify(json.errors)}`);
      }
    }),
  );
  return latencies;
}

const setReads = (b: BenchHub, on: boolean) => SUBGRAPH_NAMES.forEach((n) => (b.hub.subgraphs[n].audit.trail.readsEnabled = on));

async function auditedReads(b: BenchHub): Promise<number> {
  await Promise.all(SUBGRAPH_NAMES.map((n) => b.hub.subgraphs[n].audit.trail.flush()));
  const em = b.hub.subgraphs.hub.orm.em.fork();
  const [row] = await em.execute(`select (select count(*) from police.audit_log where kind = 'READ') + (select count(*) from tax.audit_log where kind = 'READ')
    + (select count(*) from market.audit_log where kind = 'READ') + (select count(*) from judicial.audit_log where kind = 'READ') as n`);
  return Number(row.n);
}

async function main() {
  const databaseUrl = await freshDatabase(PG_SERVER, DB_NAME);
  const b = await startBenchHub(databaseUrl);
  try {
    const list = await tokens(b);
    log(`warm-up (${USERS} tokens, concurrency ${CONCURRENCY})`);
    await phase(b, list, 0);
    setReads(b, false);
    await phase(b, list, 0);
    const samples = { A: [] as number[], B: [] as number[] };
    const time = { A: 0, B: 0 };
    // CPU of this process (gateway, subgraphs, clients) per phase: less sensitive to other load than latency
    const cpu = { A: 0, B: 0 };
    let rowsA = 0;
    for (let round = 0; round < ROUNDS; round++) {
      for (const side of round % 2 ? (['B', 'A'] as const) : (['A', 'B'] as const)) {
        setReads(b, side === 'A');
        const before = side === 'A' ? await auditedReads(b) : 0;
        const started = performance.now();
        const cpuBefore = process.cpuUsage();
        samples[side].push(...(await phase(b, list, round * REQUESTS)));
        // A's rows are written after its requests: their cost belongs to A
        if (side === 'A') await Promise.all(SUBGRAPH_NAMES.map((n) => b.hub.subgraphs[n].audit.trail.flush()));
        const used = process.cpuUsage(cpuBefore);
        cpu[side] += (used.user + used.system) / 1000;
        time[side] += performance.now() - started;
        if (side === 'A') rowsA += (await auditedReads(b)) - before;
        log(`round ${round + 1}/${ROUNDS} ${side} done`);
      }
    }
    const row = (side: 'A' | 'B', label: string) => {
      const s = samples[side];
      const mean = s.reduce((x, y) => x + y, 0) / s.length;
      return `| ${label} | ${s.length} | ${percentile(s, 50).toFixed(1)} | ${percentile(s, 95).toFixed(1)} | ${percentile(s, 99).toFixed(1)} | ${mean.toFixed(1)} | ${((s.length / time[side]) * 1000).toFixed(0)} | ${(cpu[side] / s.length).toFixed(2)} |`;
    };
    const ratio = (p: number) => percentile(samples.A, p) / percentile(samples.B, p);
    const meanRatio = samples.A.reduce((x, y) => x + y, 0) / samples.A.length / (samples.B.reduce((x, y) => x + y, 0) / samples.B.length);
    console.log(`| phase | requests | p50 ms | p95 ms | p99 ms | mean ms | req/s | Node CPU ms/request |`);
    console.log(`|---|---:|---:|---:|---:|---:|---:|---:|`);
    console.log(row('A', 'A: reads audited'));
    console.log(row('B', 'B: read recording off'));
    console.log();
    console.log(`A/B: p50 ${ratio(50).toFixed(3)}×, p95 ${ratio(95).toFixed(3)}×, mean ${meanRatio.toFixed(3)}×; audit rows written in A: ${rowsA} (${(rowsA / samples.A.length).toFixed(1)} per request); Node CPU ${(cpu.A / cpu.B).toFixed(3)}×; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    const pass = ratio(50) <= 1.1 && meanRatio <= 1.1;
    console.log(pass ? 'PASS: the read path is slowed by at most 10%' : 'FAIL: the read path is slowed by more than 10%');
    process.exitCode = pass ? 0 : 1;
  } finally {
    await b.stop();
    if (process.env.BENCH_KEEP_DB !== '1') await dropDatabase(PG_SERVER, DB_NAME);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

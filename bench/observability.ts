import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { DEMO_ENTERPRISES, DEMO_USERS } from '../src/demo/district';
import { signToken, type TokenClaims } from '../src/shared/auth';
import { createLogger } from '../src/shared/logger';
import { dropDatabase, freshDatabase, percentile, sleep, startBenchHub, type BenchHub } from './harness';

/**
 * What metrics and logs cost at the gateway: the same closed-loop load against two hubs in this
 * process, on one database, interleaved A/B/B/A:
 *
 *   off: no METRICS_PORT (no Prometheus plugin, no collectors), LOG_LEVEL=silent;
 *   on:  METRICS_PORT set (the runtime's Prometheus plugin, the subgraphs' collectors, a scrape
 *        every second as Prometheus would), LOG_LEVEL=info: one JSON line per operation at the
 *        gateway, written to a file.
 *
 *   npm run build && node dist/bench/observability.js
 *
 * BENCH_USERS (200) distinct user tokens, BENCH_CONCURRENCY (10) clients, BENCH_ROUNDS (4) rounds of
 * both arms, BENCH_PHASE_MS (5000) each. Tracing is not part of it (off unless OTEL_EXPORTER_OTLP_ENDPOINT).
 */
const int = (name: string, dflt: number) => (process.env[name] ? Number.parseInt(process.env[name]!, 10) : dflt);
const USERS = int('BENCH_USERS', 200);
const CONCURRENCY = int('BENCH_CONCURRENCY', 10);
const ROUNDS = int('BENCH_ROUNDS', 4);
const PHASE_MS = int('BENCH_PHASE_MS', 5_000);
/** How often the "on" arm is scraped during its phases (Prometheus' default is every 15 s; 1 s here is on the heavy side). */
const SCRAPE_MS = int('BENCH_SCRAPE_MS', 1_000);
const PG_SERVER = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';
const DB_NAME = process.env.BENCH_DB ?? 'liaison_bench_observability';

const log = (msg: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
const fmt = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '–');

/** What ordinary users ask (as bench/limits.ts): an inbox, an enterprise's picture, referrals, who am I. */
const QUERIES = [
  `query Inbox { issues(first: 20) { totalCount edges { node { id number title status replyDeadline isOverdue leadDepartment { code } enterprise { name tax { creditRating } } } } } }`,
  `query Picture($u: ID!) { enterprise(uscc: $u) { name address police { liaisonOfficer { name } } tax { creditRating } market { registrationStatus } } }`,
  `query Referrals { referrals(first: 20) { edges { node { id status kind fromDepartment { code } toDepartment { code } issue { number title } } } } }`,
  `query Me { me { id displayName departmentCode roles } departments { code nameZh } }`,
];
/** light (default): `Me` and `Picture`, where the gateway's own work weighs most; mixed: all four. */
const WORKLOAD = process.env.BENCH_WORKLOAD === 'mixed' ? QUERIES : [QUERIES[3], QUERIES[1]];
const ROLES = ['police-officer', 'tax-officer', 'market-officer', 'judicial-officer', 'coordinator'] as const;

interface Phase {
  arm: 'off' | 'on';
  requests: number;
  errors: number;
  ms: number;
  /** CPU time of this process (hub and clients) during the phase, ms: less sensitive than req/s to what else runs on the machine. */
  cpuMs: number;
  latencies: number[];
}

async function load(b: BenchHub, tokens: string[], ms: number, onTick?: () => void): Promise<Omit<Phase, 'arm'>> {
  const latencies: number[] = [];
  let errors = 0;
  let n = 0;
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  const until = started + ms;
  const ticker = onTick && SCRAPE_MS > 0 ? setInterval(onTick, SCRAPE_MS) : null;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < until) {
        const i = n++;
        const query = WORKLOAD[i % WORKLOAD.length];
        const t0 = performance.now();
        const res = await fetch(b.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[(i * 7919) % tokens.length]}` },
          body: JSON.stringify({ query, variables: query.includes('$u') ? { u: DEMO_ENTERPRISES[i % DEMO_ENTERPRISES.length].uscc } : {} }),
        });
        const body = (await res.json()) as { errors?: unknown[] };
        latencies.push(performance.now() - t0);
        if (res.status !== 200 || body.errors) errors++;
      }
    }),
  );
  if (ticker) clearInterval(ticker);
  const cpu = process.cpuUsage(cpu0);
  return { requests: latencies.length, errors, ms: performance.now() - started, cpuMs: (cpu.user + cpu.system) / 1000, latencies };
}

async function main() {
  const url = await freshDatabase(PG_SERVER, DB_NAME);
  const logFile = path.join(os.tmpdir(), `liaison-bench-operations-${process.pid}.log`);
  log(`database ${DB_NAME}; operation log → ${logFile}`);
  const off = await startBenchHub(url, { env: { METRICS_PORT: '', LOG_LEVEL: 'silent' } });
  // the "on" hub logs at info (subgraphs log only warnings at info: the lines are the gateway's operation lines)
  const on = await startBenchHub(url, { env: { METRICS_PORT: '0', LOG_LEVEL: 'info' }, log: createLogger('info', 'bench', pino.destination({ dest: logFile, sync: true })) });
  const scrapeUrl = on.hub.metricsServer!.url;
  let scrapes = 0;
  const scrape = () => void fetch(scrapeUrl).then((r) => r.text()).then(() => scrapes++);
  try {
    const tokens = await Promise.all(
      Array.from({ length: USERS }, (_, i) => {
        const base = DEMO_USERS[ROLES[i % ROLES.length]] as unknown as TokenClaims;
        return signToken(off.config.jwt, { ...base, roles: [...base.roles], sub: `bench-user-${i}`, name: `用户${i}` }, '4h');
      }),
    );
    log('warm-up');
    await load(off, tokens, 2_000);
    await load(on, tokens, 2_000, scrape);
    // what one scrape costs, alone
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    let bytes = 0;
    for (let i = 0; i < 20; i++) bytes = (await (await fetch(scrapeUrl)).text()).length;
    const c1 = process.cpuUsage(c0);
    const scrapeCost = `one scrape: ${((c1.user + c1.system) / 1000 / 20).toFixed(1)} ms CPU, ${((performance.now() - t0) / 20).toFixed(1)} ms wall, ${(bytes / 1024).toFixed(0)} KiB`;
    log(scrapeCost);
    const phases: Phase[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      // A B B A … so that drift (caches, the machine's other load) falls on both arms alike
      const order: Phase['arm'][] = r % 2 === 0 ? ['off', 'on'] : ['on', 'off'];
      for (const arm of order) {
        await sleep(200);
        const p = await load(arm === 'on' ? on : off, tokens, PHASE_MS, arm === 'on' ? scrape : undefined);
        phases.push({ arm, ...p });
        log(`round ${r + 1} ${arm}: ${(p.requests / (p.ms / 1000)).toFixed(0)} req/s, ${(p.cpuMs / p.requests).toFixed(2)} CPU ms/request, p50 ${fmt(percentile(p.latencies, 50))} ms, errors ${p.errors}`);
      }
    }
    const lines = fs.readFileSync(logFile, 'utf8').split('\n').filter((l) => l.includes('"msg":"operation"')).length;
    const sum = (arm: Phase['arm']) => {
      const ps = phases.filter((p) => p.arm === arm);
      const all = ps.flatMap((p) => p.latencies);
      const rates = ps.map((p) => p.requests / (p.ms / 1000));
      const cpu = ps.reduce((t, p) => t + p.cpuMs, 0) / all.length;
      return { cpu, rps: all.length / (ps.reduce((t, p) => t + p.ms, 0) / 1000), min: Math.min(...rates), max: Math.max(...rates), p50: percentile(all, 50), p99: percentile(all, 99), errors: ps.reduce((t, p) => t + p.errors, 0), n: all.length };
    };
    const a = sum('off');
    const b = sum('on');
    console.log(`\n${process.env.BENCH_WORKLOAD === 'mixed' ? 'mixed' : 'light'} workload, ${USERS} user tokens, ${CONCURRENCY} closed-loop clients, ${ROUNDS} rounds × ${PHASE_MS / 1000} s per arm, interleaved; Node ${process.version}, ${os.cpus().length} CPUs.\n`);
    // each round's two phases ran back to back: their ratio cancels most of the machine's drift
    const paired = (f: (p: Phase) => number) =>
      percentile(
        Array.from({ length: ROUNDS }, (_, r) => {
          const round = phases.slice(r * 2, r * 2 + 2);
          return f(round.find((p) => p.arm === 'on')!) / f(round.find((p) => p.arm === 'off')!);
        }),
        50,
      );
    const rpsRatio = paired((p) => p.requests / p.ms);
    const cpuRatio = paired((p) => p.cpuMs / p.requests);
    console.log('| arm | requests | req/s (phases min–max) | CPU ms / request | p50 ms | p99 ms | errors |');
    console.log('|---|---:|---:|---:|---:|---:|---:|');
    console.log(`| metrics + logs off | ${a.n} | ${a.rps.toFixed(0)} (${a.min.toFixed(0)}–${a.max.toFixed(0)}) | ${a.cpu.toFixed(2)} | ${fmt(a.p50)} | ${fmt(a.p99)} | ${a.errors} |`);
    console.log(`| metrics + logs on | ${b.n} | ${b.rps.toFixed(0)} (${b.min.toFixed(0)}–${b.max.toFixed(0)}) | ${b.cpu.toFixed(2)} | ${fmt(b.p50)} | ${fmt(b.p99)} | ${b.errors} |`);
    console.log(`\non/off, median of the ${ROUNDS} paired rounds: throughput ${(rpsRatio * 100).toFixed(1)}%, CPU per request ${(cpuRatio * 100).toFixed(1)}%. Operation lines written: ${lines}; scrapes: ${scrapes} (every ${SCRAPE_MS / 1000} s; ${scrapeCost}).`);
    fs.rmSync(logFile, { force: true });
  } finally {
    await on.stop();
    await off.stop();
    if (process.env.BENCH_KEEP_DB !== '1') await dropDatabase(PG_SERVER, DB_NAME);
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);

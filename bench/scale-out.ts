import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { createClient, type Client } from 'graphql-ws';
import { Client as PgClient } from 'pg';
import WebSocket from 'ws';
import { startCluster, tierCpu } from './cluster';
import { dropDatabase, freshDatabase, percentile, sleep } from './harness';
import { benchTokens, OPERATIONS, schedule } from './workload';

/**
 * Scale-out benchmark: the same closed-loop workload against 1 hub + 1 gateway and against
 * 3 hub + 2 gateway processes, each tier behind a round-robin proxy (bench/cluster.ts), one
 * process per department subgraph, one PostgreSQL. Reports throughput, p50/p99 and, per tier,
 * the CPU it used (from /proc) and PostgreSQL connections, to show what saturates first.
 *
 *   npm run build && node dist/bench/scale-out.js        (results as markdown on stdout)
 *
 * BENCH_PG (server, default postgres://postgres@127.0.0.1:5432), BENCH_DB (liaison_bench_scale),
 * BENCH_SECONDS (20), BENCH_CONCURRENCY (32), BENCH_USERS (240 distinct tokens),
 * BENCH_SUBSCRIBERS (50 live issueEvents subscriptions), BENCH_TOPOLOGIES ("1x1,3x2": hubs x gateways).
 */
const SERVER = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';
const DB = process.env.BENCH_DB ?? 'liaison_bench_scale';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const WARMUP_SECONDS = 3;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const USERS = Number(process.env.BENCH_USERS ?? 240);
const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 50);
const TOPOLOGIES = (process.env.BENCH_TOPOLOGIES ?? '1x1,3x2').split(',').map((t) => t.split('x').map(Number) as [number, number]);

const log = (m: string) => process.stderr.write(`${m}\n`);


interface Result {
  topology: string;
  requests: number;
  errors: number;
  errorSamples: string[];
  seconds: number;
  latencies: number[];
  cpu: Record<string, number>;
  pg: { maxTotal: number; maxActive: number; meanActive: number; meanLockWaiters: number; maxLockWaiters: number; waits: string };
  eventsDelivered: number;
  perOperation: Record<string, number[]>;
}

async function pgSampler(databaseUrl: string) {
  const client = new PgClient({ connectionString: databaseUrl });
  await client.connect();
  const samples: { total: number; active: number; waiting: number }[] = [];
  const waits = new Map<string, number>();
  let stop = false;
  const loop = (async () => {
    while (!stop) {
      const { rows } = await client.query(
        `select count(*)::int as total, count(*) filter (where state = 'active' and pid <> pg_backend_pid())::int as active,
                (select count(*)::int from pg_locks l where l.locktype = 'advisory' and not l.granted and l.database = (select oid from pg_database where datname = current_database())) as waiting
         from pg_stat_activity where datname = current_database()`,
      );
      samples.push(rows[0]);
      // what the active backends are waiting for (CPU when nothing): tells PostgreSQL's bottleneck
      const w = await client.query(
        `select coalesce(wait_event_type || ':' || wait_event, 'CPU') as w, count(*)::int as n from pg_stat_activity
         where datname = current_database() and state = 'active' and pid <> pg_backend_pid() group by 1`,
      );
      for (const r of w.rows) waits.set(r.w, (waits.get(r.w) ?? 0) + r.n);
      await sleep(250);
    }
  })();
  const backends = async () => (await client.query(`select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`)).rows.map((r) => r.pid as number);
  return {
    backends,
    async stop() {
      stop = true;
      await loop;
      await client.end();
      return {
        maxTotal: Math.max(...samples.map((s) => s.total)),
        maxActive: Math.max(...samples.map((s) => s.active)),
        meanActive: samples.reduce((a, s) => a + s.active, 0) / Math.max(1, samples.length),
        // transactions queued on the outbox order lock (every event-writing transaction takes it)
        meanLockWaiters: samples.reduce((a, s) => a + s.waiting, 0) / Math.max(1, samples.length),
        maxLockWaiters: Math.max(...samples.map((s) => s.waiting)),
        waits: [...waits.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, n]) => `${k} ${Math.round((100 * n) / Math.max(1, [...waits.values()].reduce((a, b) => a + b, 0)))}%`).join(', '),
      };
    },
  };
}

async function run(hubs: number, gateways: number, tokens: string[]): Promise<Result> {
  const topology = `${hubs} hub + ${gateways} gateway`;
  log(`\n== ${topology}: fresh database, starting processes`);
  const databaseUrl = await freshDatabase(SERVER, DB);
  const cluster = await startCluster({ hubs, gateways, databaseUrl, env: { SEED_DEMO_DATA: 'true' } });
  const subscribers: Client[] = [];
  let eventsDelivered = 0;
  try {
    for (let s = 0; s < SUBSCRIBERS; s++) {
      const c = createClient({ url: cluster.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${tokens[s % tokens.length]}` }, retryAttempts: 0 });
      subscribers.push(c);
      c.subscribe({ query: `subscription { issueEvents { cursor type } }` }, { next: () => void eventsDelivered++, error: (e) => log(`subscriber error: ${JSON.stringify(e).slice(0, 200)}`), complete: () => {} });
    }
    let counter = 0;
    let measuring = false;
    let stopAt = 0;
    const latencies: number[] = [];
    const perOperation: Record<string, number[]> = Object.fromEntries(OPERATIONS.map((o) => [o.name, []]));
    let requests = 0;
    let errors = 0;
    const errorSamples: string[] = [];
    const worker = async () => {
      while (performance.now() < stopAt) {
        const i = counter++;
        const op = schedule[i % schedule.length];
        const t0 = performance.now();
        let failed = false;
        try {
          const res = await fetch(cluster.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[i % tokens.length]}` },
            body: JSON.stringify({ query: op.query, variables: op.variables(i) }),
          });
          const body = (await res.json()) as { errors?: unknown[] };
          if (!res.ok || body.errors) {
            failed = true;
            if (errorSamples.length < 5) errorSamples.push(`${res.status} ${JSON.stringify(body.errors ?? body).slice(0, 200)}`);
          }
        } catch (err) {
          failed = true;
          if (errorSamples.length < 5) errorSamples.push((err as Error).message);
        }
        if (measuring) {
          const ms = performance.now() - t0;
          requests++;
          if (failed) errors++;
          latencies.push(ms);
          perOperation[op.name].push(ms);
        }
      }
    };
    log(`   warm-up ${WARMUP_SECONDS} s`);
    stopAt = performance.now() + WARMUP_SECONDS * 1000;
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));

    const sampler = await pgSampler(databaseUrl);
    const pgPids = await sampler.backends();
    const cpuBefore = tierCpu(cluster, pgPids);
    const eventsBefore = eventsDelivered;
    log(`   measuring ${SECONDS} s, ${CONCURRENCY} concurrent clients, ${tokens.length} distinct tokens, ${SUBSCRIBERS} subscribers`);
    measuring = true;
    const started = performance.now();
    stopAt = started + SECONDS * 1000;
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const seconds = (performance.now() - started) / 1000;
    measuring = false;
    const pgPidsAfter = [...new Set([...pgPids, ...(await sampler.backends())])];
    const cpuAfter = tierCpu(cluster, pgPidsAfter);
    const pg = await sampler.stop();
    const cpu = Object.fromEntries(Object.keys(cpuAfter).map((k) => [k, (cpuAfter[k] - (cpuBefore[k] ?? 0)) / seconds]));
    return { topology, requests, errors, errorSamples, seconds, latencies, cpu, pg, eventsDelivered: eventsDelivered - eventsBefore, perOperation };
  } finally {
    await Promise.all(subscribers.map((c) => c.dispose()));
    await cluster.stop();
  }
}

async function main() {
  // many distinct users: per-user state (token verification, rate limit buckets) is exercised as in production
  const tokens = await benchTokens(USERS);
  const load = os.loadavg()[0];
  const results: Result[] = [];
  try {
    for (const [hubs, gateways] of TOPOLOGIES) results.push(await run(hubs, gateways, tokens));
  } finally {
    if (!process.env.BENCH_KEEP_DB) await dropDatabase(SERVER, DB).catch(() => undefined);
  }
  const f = (n: number, d = 0) => n.toFixed(d);
  const lines = [
    `Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), load average ${load.toFixed(2)} at start; Node ${process.version}.`,
    `Workload: ${CONCURRENCY} closed-loop clients for ${SECONDS} s after ${WARMUP_SECONDS} s warm-up, ${USERS} distinct tokens, ${SUBSCRIBERS} live issueEvents subscribers; mix ${OPERATIONS.map((o) => `${o.weight}0% ${o.name}`).join(', ')}.`,
    '',
    '| topology | req/s | p50 ms | p99 ms | errors | events delivered/s |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...results.map((r) => `| ${r.topology} | ${f(r.requests / r.seconds)} | ${f(percentile(r.latencies, 50), 1)} | ${f(percentile(r.latencies, 99), 1)} | ${r.errors} | ${f(r.eventsDelivered / r.seconds)} |`),
    '',
    'p50 / p99 by operation (ms):',
    '',
    `| topology | ${OPERATIONS.map((o) => o.name).join(' | ')} |`,
    `| --- | ${OPERATIONS.map(() => '---:').join(' | ')} |`,
    ...results.map((r) => `| ${r.topology} | ${OPERATIONS.map((o) => `${f(percentile(r.perOperation[o.name], 50), 1)} / ${f(percentile(r.perOperation[o.name], 99), 1)}`).join(' | ')} |`),
    '',
    'CPU used while measuring, in cores (CPU-seconds per second), and CPU-ms per request:',
    '',
    `| topology | ${Object.keys(results[0].cpu).join(' | ')} | total |`,
    `| --- | ${Object.keys(results[0].cpu).map(() => '---:').join(' | ')} | ---: |`,
    ...results.map((r) => {
      const total = Object.values(r.cpu).reduce((a, b) => a + b, 0);
      const rps = r.requests / r.seconds;
      return `| ${r.topology} | ${Object.values(r.cpu).map((c) => `${f(c, 2)} (${f((c / rps) * 1000, 2)} ms)`).join(' | ')} | ${f(total, 2)} |`;
    }),
    '',
    'PostgreSQL connections of the benchmark database, and transactions waiting on the outbox order lock (sampled every 250 ms):',
    '',
    '| topology | max open | max active | mean active | mean / max waiting on the outbox lock | active backends were (share of samples) |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
    ...results.map((r) => `| ${r.topology} | ${r.pg.maxTotal} | ${r.pg.maxActive} | ${f(r.pg.meanActive, 1)} | ${f(r.pg.meanLockWaiters, 1)} / ${r.pg.maxLockWaiters} | ${r.pg.waits} |`),
  ];
  const samples = results.flatMap((r) => r.errorSamples.map((s) => `${r.topology}: ${s}`));
  if (samples.length) lines.push('', 'Error samples:', ...samples.map((s) => `- ${s}`));
  process.stdout.write(`${lines.join('\n')}\n`);
  process.exit(results.every((r) => r.errors === 0) ? 0 : 1);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

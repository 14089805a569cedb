import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startCluster } from './cluster';
import { dropDatabase, freshDatabase, sleep } from './harness';
import { benchTokens, schedule } from './workload';

/**
 * Memory of the hub's Node processes (issue 17): resident set size (VmRSS) of the single-process
 * default (`npm start`: `node dist/src/main.js`, gateway and five subgraphs in one process) and of
 * the six-process layout (`main.js subgraph <name>` ×5 + `main.js gateway`, as docker-compose),
 * idle after start, during and after load bursts through the gateway with many distinct users,
 * and idle again — twice, so that growth across bursts would show.
 *
 *   npm run build && node dist/bench/memory.js        (results as markdown on stdout)
 *
 * BENCH_PG (server, default postgres://postgres@127.0.0.1:5432), BENCH_DB (liaison_bench_memory),
 * BENCH_SETTLE_SECONDS (30: idle before the first sample), BENCH_SECONDS (30 per burst) or
 * BENCH_REQUESTS (a burst of that many requests instead, however long it takes),
 * BENCH_IDLE_SECONDS (90 after each burst), BENCH_CONCURRENCY (16), BENCH_USERS (240 distinct
 * tokens), BENCH_LAYOUTS ("single,six"). PostgreSQL is not counted (the same server for both).
 */
const SERVER = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';
const DB = process.env.BENCH_DB ?? 'liaison_bench_memory';
const SETTLE = Number(process.env.BENCH_SETTLE_SECONDS ?? 30);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const REQUESTS = process.env.BENCH_REQUESTS ? Number(process.env.BENCH_REQUESTS) : null;
const IDLE = Number(process.env.BENCH_IDLE_SECONDS ?? 90);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const USERS = Number(process.env.BENCH_USERS ?? 240);
const LAYOUTS = (process.env.BENCH_LAYOUTS ?? 'single,six').split(',');
const BURSTS = 2;

const log = (m: string) => process.stderr.write(`${m}\n`);
const projectRoot = path.resolve(__dirname, '..', fs.existsSync(path.resolve(__dirname, '..', 'package.json')) ? '' : '..');

/** VmRSS of a process in MiB (Linux /proc); 0 once it is gone. */
function rssMiB(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

interface Layout {
  name: string;
  url: string;
  pids: () => number[];
  processes: () => { name: string; pid: number }[];
  stop(): Promise<void>;
}

/** `npm start` without the build: one process, subgraphs and gateway on free ports. */
async function startSingle(databaseUrl: string): Promise<Layout> {
  const env = { ...process.env, NODE_ENV: 'development', DATABASE_URL: databaseUrl, SEED_DEMO_DATA: 'true', HOST: '127.0.0.1', PORT: '0', SUBGRAPH_PORT_BASE: '0', LOG_LEVEL: 'info' };
  const child: ChildProcess = spawn(process.execPath, ['dist/src/main.js'], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (d: Buffer) => {
      out = (out + d).slice(-100_000);
      const m = /GraphQL \(HTTP \+ WebSocket\): (\S+)/.exec(out);
      if (m) resolve(m[1]);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`main.js exited (${code}):\n${out.slice(-3000)}`)));
  });
  return {
    name: '1 process (npm start)',
    url,
    pids: () => [child.pid!],
    processes: () => [{ name: 'main.js', pid: child.pid! }],
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

async function startSix(databaseUrl: string): Promise<Layout> {
  const cluster = await startCluster({ hubs: 1, gateways: 1, databaseUrl, env: { SEED_DEMO_DATA: 'true' } });
  return {
    name: '6 processes (gateway + 5 subgraphs)',
    url: cluster.url,
    pids: () => cluster.all().map((p) => p.child.pid!),
    processes: () => cluster.all().map((p) => ({ name: p.name, pid: p.child.pid! })),
    stop: () => cluster.stop(),
  };
}

/** Sum of the layout's RSS, sampled every `everyMs` while `during` runs; returns the samples. */
async function sampleWhile(layout: Layout, during: Promise<unknown>, everyMs = 500): Promise<number[]> {
  const samples: number[] = [];
  let done = false;
  during.then(
    () => (done = true),
    () => (done = true),
  );
  while (!done) {
    samples.push(layout.pids().reduce((a, pid) => a + rssMiB(pid), 0));
    await Promise.race([sleep(everyMs), during.catch(() => undefined)]);
  }
  samples.push(layout.pids().reduce((a, pid) => a + rssMiB(pid), 0));
  return samples;
}

/** Closed-loop clients for SECONDS (or REQUESTS): the scale-out mix, each request as one of `tokens`. */
async function burst(url: string, tokens: string[]): Promise<{ requests: number; errors: number; seconds: number }> {
  let counter = 0;
  let requests = 0;
  let errors = 0;
  const started = performance.now();
  const stopAt = started + SECONDS * 1000;
  const more = () => (REQUESTS === null ? performance.now() < stopAt : counter < REQUESTS);
  const worker = async () => {
    while (more()) {
      const i = counter++;
      const op = schedule[i % schedule.length];
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[i % tokens.length]}` },
          body: JSON.stringify({ query: op.query, variables: op.variables(i) }),
        });
        const body = (await res.json()) as { errors?: unknown[] };
        if (!res.ok || body.errors) errors++;
      } catch {
        errors++;
      }
      requests++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { requests, errors, seconds: (performance.now() - started) / 1000 };
}

interface Row {
  layout: string;
  processes: number;
  idle: number;
  /** Each process's idle RSS after start (name → MiB). */
  perProcess: string;
  bursts: { requests: number; errors: number; seconds: number; peak: number; end: number; idleMax: number; idleEnd: number }[];
}

async function measure(start: (url: string) => Promise<Layout>, tokens: string[]): Promise<Row> {
  const databaseUrl = await freshDatabase(SERVER, DB);
  const layout = await start(databaseUrl);
  try {
    log(`== ${layout.name}: settling ${SETTLE} s`);
    const idle = await sampleWhile(layout, sleep(SETTLE * 1000), 1000);
    const perProcess = layout.processes().map((p) => `${p.name} ${rssMiB(p.pid).toFixed(0)}`).join(', ');
    const row: Row = { layout: layout.name, processes: layout.pids().length, idle: idle.at(-1)!, perProcess, bursts: [] };
    for (let b = 1; b <= BURSTS; b++) {
      log(`   burst ${b}: ${REQUESTS === null ? `${SECONDS} s` : `${REQUESTS} requests`}, ${CONCURRENCY} clients, ${tokens.length} distinct tokens`);
      let result = { requests: 0, errors: 0, seconds: 0 };
      const load = sampleWhile(layout, burst(layout.url, tokens).then((r) => (result = r)));
      const during = await load;
      log(`   idle ${IDLE} s`);
      const after = await sampleWhile(layout, sleep(IDLE * 1000), 5000);
      row.bursts.push({ ...result, peak: Math.max(...during), end: during.at(-1)!, idleMax: Math.max(...after), idleEnd: after.at(-1)! });
    }
    return row;
  } finally {
    await layout.stop();
  }
}

async function main() {
  const tokens = await benchTokens(USERS);
  const load = os.loadavg()[0];
  const rows: Row[] = [];
  try {
    if (LAYOUTS.includes('single')) rows.push(await measure(startSingle, tokens));
    if (LAYOUTS.includes('six')) rows.push(await measure(startSix, tokens));
  } finally {
    if (!process.env.BENCH_KEEP_DB) await dropDatabase(SERVER, DB).catch(() => undefined);
  }
  const f = (n: number) => n.toFixed(0);
  const lines = [
    `Machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, load average ${load.toFixed(2)} at start; Node ${process.version}.`,
    `Each burst: ${CONCURRENCY} closed-loop clients, ${REQUESTS === null ? `${SECONDS} s` : `${REQUESTS} requests`}, ${USERS} distinct tokens, the scale-out mix; then ${IDLE} s idle. RSS in MiB, summed over the layout's Node processes.`,
    '',
    `| layout | idle after start | ${Array.from({ length: BURSTS }, (_, i) => `burst ${i + 1}: requests (errors) in s | peak | end of burst | idle max | idle end`).join(' | ')} |`,
    `| --- | ---: | ${Array.from({ length: BURSTS * 5 }, () => '---:').join(' | ')} |`,
    ...rows.map((r) => `| ${r.layout} | ${f(r.idle)} | ${r.bursts.map((b) => `${b.requests} (${b.errors}) in ${f(b.seconds)} | ${f(b.peak)} | ${f(b.end)} | ${f(b.idleMax)} | ${f(b.idleEnd)}`).join(' | ')} |`),
    '',
    'Idle after start, per process (MiB):',
    '',
    ...rows.map((r) => `- ${r.layout}: ${r.perProcess}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  process.exit(0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

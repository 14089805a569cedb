import { fork, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import { DEMO_ENTERPRISES, DEMO_USERS } from '../src/demo/district';
import { signToken, type TokenClaims } from '../src/shared/auth';
import { dropDatabase, freshDatabase, percentile, sleep, startBenchHub, type BenchHub } from './harness';

/**
 * Ordinary users' latency while abusive requests run (issue 8, "Bounded queries"), through the
 * gateway with its default limits. Everything runs in this one Node process on loopback.
 *
 *   npm run build && node --expose-gc dist/bench/limits.js
 *
 * Interleaved A/B: ROUNDS × (quiet phase, abuse phase), each PHASE_MS long. Ordinary traffic is the
 * same in both phases: RATE requests/s (open loop: sent on a timer, whatever the answers do) from
 * USERS distinct user tokens, each a realistic query. In abuse phases the abusers run as well, in a
 * child process (an attacker does not share the gateway's event loop, only the machine), each
 * closed-loop (next request when the previous answer arrives), ABUSE_CONCURRENCY of each kind.
 * RSS: idle after warm-up, peak, and after the run (after a GC when --expose-gc is given).
 * Postgres: BENCH_PG (default postgres://postgres@127.0.0.1:5432), database BENCH_DB (default
 * liaison_bench_limits, recreated, dropped at the end unless BENCH_KEEP_DB=1).
 */

const int = (name: string, dflt: number) => (process.env[name] ? Number.parseInt(process.env[name]!, 10) : dflt);
const USERS = int('BENCH_USERS', 200);
const RATE = int('BENCH_RATE', 10);
const ROUNDS = int('BENCH_ROUNDS', 6);
const PHASE_MS = int('BENCH_PHASE_MS', 5_000);
const ABUSE_CONCURRENCY = int('BENCH_ABUSE_CONCURRENCY', 2);
/** burst (default): every second each abuse kind sends BENCH_BURST requests at once, as the probe did ("ten such at once");
 *  flood: ABUSE_CONCURRENCY closed-loop clients per kind, each sending the next request as soon as the previous is answered. */
const MODE = process.env.BENCH_ABUSE_MODE === 'flood' ? 'flood' : 'burst';
const BURST = int('BENCH_BURST', 10);
/** OS priority the attacker's process runs at (0 = the hub's own): see bench/README "Setup". */
const ABUSER_NICE = int('BENCH_ABUSER_NICE', 10);
const PG_SERVER = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';
const DB_NAME = process.env.BENCH_DB ?? 'liaison_bench_limits';

const log = (msg: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
const fmt = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '–');
const mb = () => process.memoryUsage().rss / 2 ** 20;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

/** What ordinary users ask: an inbox, an enterprise's picture, referrals, who am I. */
const ORDINARY = [
  `{ issues(first: 20) { totalCount edges { node { id number title status replyDeadline isOverdue leadDepartment { code } enterprise { name tax { creditRating } } } } } }`,
  `query($u: ID!) { enterprise(uscc: $u) { name address police { liaisonOfficer { name } } tax { creditRating } market { registrationStatus } } }`,
  `{ referrals(first: 20) { edges { node { id status kind fromDepartment { code } toDepartment { code } issue { number title } } } } }`,
  `{ me { id displayName departmentCode roles } departments { code nameZh } }`,
];
const ROLES = ['police-officer', 'tax-officer', 'market-officer', 'judicial-officer', 'coordinator'] as const;

const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
/** The probe's 9 MB body with 500k directives, sent once with Content-Length and once streamed. */
let huge: Buffer | undefined;
const HUGE = () => (huge ??= Buffer.from(JSON.stringify({ query: `{ me { id ${'@a '.repeat(500_000)}} }`.padEnd(9 * 2 ** 20, ' ') })));

interface Abuse {
  name: string;
  send(b: { url: string }, token: string): Promise<Response>;
}

async function post(url: string, body: BodyInit, token?: string, extra: RequestInit = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body, ...extra });
}

const ABUSES: Abuse[] = [
  { name: '1,000 aliases of issues(first: 100)', send: (b, t) => post(b.url, JSON.stringify({ query: aliases(1000, 'issues(first: 100) { totalCount }') }), t) },
  { name: '2,000 aliases, no token', send: (b) => post(b.url, JSON.stringify({ query: aliases(2000, 'issues(first: 100) { totalCount }') })) },
  { name: '9 MB body, 500k directives (Content-Length)', send: (b, t) => post(b.url, new Uint8Array(HUGE()), t) },
  {
    name: '9 MB body, 500k directives (streamed, no length)',
    send: (b, t) => {
      let offset = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(c) {
          if (offset >= HUGE().length) return c.close();
          c.enqueue(HUGE().subarray(offset, offset + 64 * 1024));
          offset += 64 * 1024;
        },
      });
      return post(b.url, stream, t, { duplex: 'half' } as RequestInit);
    },
  },
  { name: '100×100 fan-out (cost)', send: (b, t) => post(b.url, JSON.stringify({ query: `{ issues(first: 100) { edges { node { timeline { id action note } referrals { id issue { timeline { id } } } } } } }` }), t) },
  {
    name: 'depth 14',
    send: (b, t) => post(b.url, JSON.stringify({ query: `{ issues(first: 100) { edges { node { referrals { issue { referrals { issue { referrals { issue { referrals { issue { referrals { issue { id } } } } } } } } } } } } } }` }), t),
  },
  { name: 'flood of { me } (rate limit)', send: (b, t) => post(b.url, JSON.stringify({ query: '{ me { id } }' }), t) },
];

/** BENCH_ABUSE=0,2 runs only those abuse kinds (indexes into ABUSES), to see what each one costs. */
const SELECTED = process.env.BENCH_ABUSE ? new Set(process.env.BENCH_ABUSE.split(',').map(Number)) : null;

type Outcomes = Record<string, Record<string, number>>;

/** The child process: runs the abusers between 'start' and 'stop', then reports what it got back. */
function abuserProcess() {
  let stop = false;
  process.on('message', async (msg: { type: 'start'; url: string; tokens: string[] } | { type: 'stop' } | { type: 'exit' }) => {
    if (msg.type === 'exit') process.exit(0);
    if (msg.type === 'stop') return void (stop = true);
    stop = false;
    const outcomes: Outcomes = {};
    const latencies: Record<string, number[]> = {};
    const count = (name: string, outcome: string) => ((outcomes[name] ??= {})[outcome] = (outcomes[name][outcome] ?? 0) + 1);
    const runners: Promise<void>[] = [];
    const once = async (abuse: Abuse, token: string) => {
      const started = performance.now();
      try {
        const res = await abuse.send({ url: msg.url }, token);
        const body = (await res.json().catch(() => null)) as { errors?: { extensions?: { code?: string } }[] } | null;
        count(abuse.name, `${res.status} ${body?.errors?.[0]?.extensions?.code ?? (body?.errors ? 'error' : 'data')}`);
      } catch (err) {
        count(abuse.name, `connection closed (${(err as { cause?: { code?: string } }).cause?.code ?? 'error'})`);
      }
      (latencies[abuse.name] ??= []).push(performance.now() - started);
    };
    ABUSES.forEach((abuse, a) => {
      if (SELECTED && !SELECTED.has(a)) return;
      if (MODE === 'burst') {
        runners.push(
          (async () => {
            const inFlight: Promise<void>[] = [];
            while (!stop) {
              for (let i = 0; i < BURST; i++) inFlight.push(once(abuse, msg.tokens[a]));
              await new Promise((r) => setTimeout(r, 1000));
            }
            await Promise.all(inFlight);
          })(),
        );
        return;
      }
      for (let c = 0; c < ABUSE_CONCURRENCY; c++) {
        runners.push(
          (async () => {
            while (!stop) await once(abuse, msg.tokens[a]);
          })(),
        );
      }
    });
    await Promise.all(runners);
    process.send!({ type: 'stopped', outcomes, latencies });
  });
}

interface Sample {
  phase: 'quiet' | 'abuse';
  ms: number;
  ok: boolean;
}

async function main() {
  log(`fresh database ${DB_NAME} on ${PG_SERVER}`);
  const databaseUrl = await freshDatabase(PG_SERVER, DB_NAME);
  const b = await startBenchHub(databaseUrl);
  const limits = b.config.limits;
  const abuser: ChildProcess = fork(__filename, ['abuser'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  // BENCH_ABUSER_NICE: run the attacker below the hub's priority (an attacker's CPU is not the hub's;
  // on one 2-core machine it otherwise competes with the hub for the same cores)
  if (ABUSER_NICE > 0 && abuser.pid) os.setPriority(abuser.pid, ABUSER_NICE);
  try {
    const tokens = await Promise.all(
      Array.from({ length: USERS }, (_, i) => {
        const base = DEMO_USERS[ROLES[i % ROLES.length]] as unknown as TokenClaims;
        return signToken(b.config.jwt, { ...base, roles: [...base.roles], sub: `bench-user-${i}`, name: `用户${i}` }, '4h');
      }),
    );
    // each abuser has an account of its own (a stolen or rogue token): the rate limit sees them apart
    const abuserTokens = await Promise.all(
      ABUSES.map((_, i) => signToken(b.config.jwt, { ...(DEMO_USERS.coordinator as unknown as TokenClaims), roles: ['COORDINATOR'], sub: `bench-abuser-${i}` }, '4h')),
    );

    let n = 0;
    const ordinary = async (): Promise<{ ms: number; ok: boolean }> => {
      const i = n++;
      const query = ORDINARY[i % ORDINARY.length];
      const started = performance.now();
      try {
        const res = await post(b.url, JSON.stringify({ query, variables: { u: DEMO_ENTERPRISES[i % DEMO_ENTERPRISES.length].uscc } }), tokens[(i * 7919) % USERS]);
        const body = (await res.json()) as { errors?: unknown[] };
        return { ms: performance.now() - started, ok: res.status === 200 && !body.errors };
      } catch {
        return { ms: performance.now() - started, ok: false };
      }
    };

    log('warm-up');
    for (let i = 0; i < 200; i++) await ordinary();
    gc();
    await sleep(1000);
    gc();
    const idleRss = mb();
    let peakRss = idleRss;
    const rssTimer = setInterval(() => (peakRss = Math.max(peakRss, mb())), 100);
    log(`idle RSS ${fmt(idleRss)} MB`);

    const samples: Sample[] = [];
    const outcomes = new Map<string, Map<string, number>>();
    const count = (abuse: string, outcome: string) => {
      const m = outcomes.get(abuse) ?? new Map<string, number>();
      m.set(outcome, (m.get(outcome) ?? 0) + 1);
      outcomes.set(abuse, m);
    };
    const abuseLatency = new Map<string, number[]>();

    const phase = async (kind: 'quiet' | 'abuse') => {
      const until = performance.now() + PHASE_MS;
      const pending: Promise<void>[] = [];
      if (kind === 'abuse') abuser.send({ type: 'start', url: b.url, tokens: abuserTokens });
      // open loop: one ordinary request every 1000/RATE ms, answered or not
      const every = 1000 / RATE;
      for (let next = performance.now(); next < until; next += every) {
        const wait = next - performance.now();
        if (wait > 0) await sleep(wait);
        pending.push(ordinary().then((r) => void samples.push({ phase: kind, ...r })));
      }
      if (kind === 'abuse') {
        const stopped = new Promise<{ outcomes: Outcomes; latencies: Record<string, number[]> }>((resolve) => abuser.once('message', resolve as any));
        abuser.send({ type: 'stop' });
        const report = await stopped;
        for (const [name, m] of Object.entries(report.outcomes)) for (const [k, v] of Object.entries(m)) for (let i = 0; i < v; i++) count(name, k);
        for (const [name, l] of Object.entries(report.latencies)) abuseLatency.set(name, [...(abuseLatency.get(name) ?? []), ...l]);
      }
      await Promise.all(pending);
    };

    for (let r = 0; r < ROUNDS; r++) {
      log(`round ${r + 1}/${ROUNDS}: quiet`);
      await phase('quiet');
      log(`round ${r + 1}/${ROUNDS}: abuse`);
      await phase('abuse');
    }
    clearInterval(rssTimer);
    gc();
    await sleep(2000);
    gc();
    const afterRss = mb();

    const row = (kind: 'quiet' | 'abuse') => {
      const v = samples.filter((s) => s.phase === kind);
      const ms = v.map((s) => s.ms);
      return { n: v.length, failed: v.filter((s) => !s.ok).length, p50: percentile(ms, 50), p95: percentile(ms, 95), p99: percentile(ms, 99), max: Math.max(...ms) };
    };
    const quiet = row('quiet');
    const abuse = row('abuse');
    const ratio = abuse.p99 / quiet.p99;
    const rssRatio = afterRss / idleRss;

    console.log(`\n## Ordinary users with and without abuse (${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores, Node ${process.version})\n`);
    console.log(`${USERS} user tokens, ${RATE} requests/s open loop, ${ROUNDS} × (quiet ${PHASE_MS / 1000} s, abuse ${PHASE_MS / 1000} s) interleaved; abusers in a child process at nice ${ABUSER_NICE}, ${MODE === 'burst' ? `each kind sending ${BURST} requests at once every second` : `${ABUSE_CONCURRENCY} closed-loop clients per abuse kind (flood)`}${SELECTED ? ` (only kinds ${[...SELECTED].join(', ')})` : ''}.`);
    console.log(`Limits: ${JSON.stringify({ ...limits, rateLimit: { ...limits.rateLimit, redisUrl: limits.rateLimit.redisUrl ? 'set' : undefined } })}\n`);
    console.log('| phase | requests | failed | p50 ms | p95 ms | p99 ms | max ms |');
    console.log('|---|---:|---:|---:|---:|---:|---:|');
    for (const [name, s] of [['quiet', quiet], ['under abuse', abuse]] as const) {
      console.log(`| ${name} | ${s.n} | ${s.failed} | ${fmt(s.p50)} | ${fmt(s.p95)} | ${fmt(s.p99)} | ${fmt(s.max)} |`);
    }
    console.log(`\np99 under abuse / quiet = **${ratio.toFixed(2)}×** (target ≤ 2×): ${ratio <= 2 ? 'PASS' : 'FAIL'}`);
    console.log(`RSS: idle ${fmt(idleRss)} MB, peak ${fmt(peakRss)} MB, after ${fmt(afterRss)} MB = **${(rssRatio * 100).toFixed(0)}%** of idle (target ≤ 120%): ${rssRatio <= 1.2 ? 'PASS' : 'FAIL'}${(globalThis as { gc?: unknown }).gc ? '' : ' (no --expose-gc: measured without a forced GC)'}\n`);
    console.log('| abusive request | sent | answers | p50 ms |');
    console.log('|---|---:|---|---:|');
    for (const abuseKind of ABUSES) {
      const m = outcomes.get(abuseKind.name) ?? new Map();
      const sent = [...m.values()].reduce((x, y) => x + y, 0);
      console.log(`| ${abuseKind.name} | ${sent} | ${[...m].map(([k, v]) => `${k}: ${v}`).join(', ')} | ${fmt(percentile(abuseLatency.get(abuseKind.name) ?? [], 50))} |`);
    }
    process.exitCode = ratio <= 2 && rssRatio <= 1.2 && quiet.failed + abuse.failed === 0 ? 0 : 1;
  } finally {
    abuser.send({ type: 'exit' });
    await b.stop();
    if (process.env.BENCH_KEEP_DB !== '1') await dropDatabase(PG_SERVER, DB_NAME);
  }
}

if (process.argv[2] === 'abuser') {
  abuserProcess();
} else {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}

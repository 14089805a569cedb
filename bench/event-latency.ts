import os from 'node:os';
import { Client as PgClient } from 'pg';
import type { Client } from 'graphql-ws';
import {
  acceptedTaxIssue,
  dropDatabase,
  freshDatabase,
  ok,
  percentile,
  pool,
  REFER,
  sleep,
  startBenchHub,
  START_WORK,
  subscribe,
  until,
  wsClient,
  type BenchHub,
} from './harness';

/**
 * Event latency and throughput of the hub's subscriptions, end to end through the gateway:
 * mutation over HTTP POST → outbox row committed → NOTIFY → hub event bus → graphql-ws (subgraph →
 * gateway → client). Everything (Postgres aside) runs in this one Node process. See bench/README.md.
 *
 *   npm run build && node dist/bench/event-latency.js
 *
 * Sizes can be shrunk for a trial run: BENCH_N_SINGLE, BENCH_N_FANOUT, BENCH_SUBSCRIBERS,
 * BENCH_M, BENCH_CONCURRENCY. Postgres server: BENCH_PG (default postgres://postgres@127.0.0.1:5432),
 * database BENCH_DB (default liaison_bench, dropped and recreated; dropped at the end unless BENCH_KEEP_DB=1).
 */

const int = (name: string, dflt: number) => (process.env[name] ? Number.parseInt(process.env[name]!, 10) : dflt);
const N_SINGLE = int('BENCH_N_SINGLE', 200);
const N_FANOUT = int('BENCH_N_FANOUT', 50);
const SUBSCRIBERS = int('BENCH_SUBSCRIBERS', 1000);
const M = int('BENCH_M', 300);
const CONCURRENCY = int('BENCH_CONCURRENCY', 8);
const WARMUP = int('BENCH_WARMUP', 5);
const SETUP_CONCURRENCY = 4;
const PG_SERVER = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';
const DB_NAME = process.env.BENCH_DB ?? 'liaison_bench';
const RUN = Date.now().toString(36);

/** BENCH_EXTRA_FIELDS adds fields to the referral events' selection (e.g. "referral { id }": resolved per subscriber). */
const EXTRA_FIELDS = process.env.BENCH_EXTRA_FIELDS ?? '';
const REFERRAL_EVENTS = `subscription { referralEvents(department: "market") { cursor type referralId ${EXTRA_FIELDS} } }`;
const ISSUE_EVENTS = `subscription($after: String) { issueEvents(after: $after) { cursor type issueId } }`;

interface Stat {
  scenario: string;
  metric: string;
  values: number[];
}
const stats: Stat[] = [];
const notes: string[] = [];
const log = (msg: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
const fmt = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '–');

/** Receipt times by key, and a way to wait for a key that may already have arrived. */
class Arrivals {
  readonly at = new Map<string, number>();
  private readonly waiters = new Map<string, () => void>();
  duplicates = 0;
  record(key: string, t: number) {
    if (this.at.has(key)) return void this.duplicates++;
    this.at.set(key, t);
    this.waiters.get(key)?.();
  }
  wait(key: string, ms: number): Promise<number> {
    if (this.at.has(key)) return Promise.resolve(this.at.get(key)!);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no event for ${key} within ${ms} ms`)), ms);
      this.waiters.set(key, () => {
        clearTimeout(timer);
        this.waiters.delete(key);
        resolve(this.at.get(key)!);
      });
    });
  }
}

/** Times one referIssue through the gateway: t_send just before the POST, t_resp once the whole response is read. */
async function timedRefer(b: BenchHub, issueId: string, key: string) {
  const token = await b.token('tax-officer');
  const body = JSON.stringify({ query: REFER, variables: { input: { issueId, toDepartment: 'market', kind: 'ASSIST', reason: '协查', idempotencyKey: key } } });
  const tSend = performance.now();
  const res = await fetch(b.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
  const json = (await res.json()) as any;
  const tResp = performance.now();
  if (json.errors || !json.data?.referIssue?.referral?.id) throw new Error(`referIssue failed (${res.status}): ${JSON.stringify(json.errors)}`);
  return { referralId: String(json.data.referIssue.referral.id), tSend, tResp };
}

async function waitForSubscribers(b: BenchHub, count: number, ms: number) {
  await until(() => b.events.subscriberCount >= count, ms, `${count} subscribers on the hub's event bus (have ${b.events.subscriberCount})`, 50);
}

async function disposeAll(b: BenchHub, clients: Client[], baseline: number) {
  await Promise.all(clients.map((c) => c.dispose()));
  clients.length = 0;
  await until(() => b.events.subscriberCount <= baseline, 60_000, 'subscriptions to close on the hub', 50).catch((err) => notes.push(`cleanup: ${(err as Error).message}`));
}

/** a. One subscriber, N sequential referrals. */
async function singleSubscriber(b: BenchHub) {
  log(`a: setting up ${N_SINGLE + WARMUP} accepted tax issues`);
  const issues = await pool(N_SINGLE + WARMUP, SETUP_CONCURRENCY, () => acceptedTaxIssue(b));
  const baseline = b.events.subscriberCount;
  const client = wsClient(b.url, await b.token('market-officer'));
  const arrivals = new Arrivals();
  const errors: unknown[] = [];
  subscribe(client, REFERRAL_EVENTS, {}, (e, at) => e.type === 'PROPOSED' && arrivals.record(e.referralId, at), (err) => errors.push(err));
  await waitForSubscribers(b, baseline + 1, 10_000);
  await sleep(200);

  const sendToRecv: number[] = [];
  const respToRecv: number[] = [];
  const roundTrip: number[] = [];
  let beforeResponse = 0;
  let sql = 0;
  log(`a: ${WARMUP} warm-up + ${N_SINGLE} timed referrals`);
  for (let i = 0; i < issues.length; i++) {
    const sqlBefore = b.sqlCount();
    const { referralId, tSend, tResp } = await timedRefer(b, issues[i], `bench-a-${RUN}-${i}`);
    const tRecv = await arrivals.wait(referralId, 10_000);
    if (errors.length) throw new Error(`subscription failed: ${JSON.stringify(errors)}`);
    if (i < WARMUP) continue;
    sql += b.sqlCount() - sqlBefore;
    sendToRecv.push(tRecv - tSend);
    respToRecv.push(Math.max(0, tRecv - tResp));
    roundTrip.push(tResp - tSend);
    if (tRecv < tResp) beforeResponse++;
  }
  stats.push({ scenario: 'a. 1 subscriber', metric: 'mutation sent → event received (upper bound of commit → receipt)', values: sendToRecv });
  stats.push({ scenario: 'a. 1 subscriber', metric: 'response → event received', values: respToRecv });
  stats.push({ scenario: 'a. 1 subscriber', metric: 'mutation round-trip (sent → response)', values: roundTrip });
  notes.push(`a: ${beforeResponse} of ${N_SINGLE} events reached the subscriber before the mutation's HTTP response did; ${arrivals.duplicates} duplicate deliveries; ${(sql / N_SINGLE).toFixed(1)} SQL statements (all subgraphs) per referral, mutation and delivery included.`);
  await disposeAll(b, [client], baseline);
}

/** b. SUBSCRIBERS separate graphql-ws clients, N sequential referrals, each waited for at every subscriber. */
async function fanOut(b: BenchHub) {
  log(`b: setting up ${N_FANOUT + WARMUP} accepted tax issues`);
  const issues = await pool(N_FANOUT + WARMUP, SETUP_CONCURRENCY, () => acceptedTaxIssue(b));
  const baseline = b.events.subscriberCount;
  const token = await b.token('market-officer');
  const clients: Client[] = [];
  /** referral id → receipt time at each subscriber (index = subscriber) */
  const receipts = new Map<string, number[]>();
  const counts = new Map<string, number>();
  const waiting: { current: { id: string; resolve: () => void } | null } = { current: null };
  const errors: unknown[] = [];
  let duplicates = 0;
  log(`b: connecting ${SUBSCRIBERS} clients`);
  const t0 = performance.now();
  for (let k = 0; k < SUBSCRIBERS; k++) {
    const client = wsClient(b.url, token);
    clients.push(client);
    subscribe(
      client,
      REFERRAL_EVENTS,
      {},
      (e, at) => {
        if (e.type !== 'PROPOSED') return;
        let row = receipts.get(e.referralId);
        if (!row) receipts.set(e.referralId, (row = new Array(SUBSCRIBERS).fill(NaN)));
        if (!Number.isNaN(row[k])) return void duplicates++;
        row[k] = at;
        const n = (counts.get(e.referralId) ?? 0) + 1;
        counts.set(e.referralId, n);
        const w = waiting.current;
        if (n === SUBSCRIBERS && w && w.id === e.referralId) w.resolve();
      },
      (err) => errors.push(err),
    );
  }
  await waitForSubscribers(b, baseline + SUBSCRIBERS, 180_000);
  const connectMs = performance.now() - t0;
  notes.push(`b: ${SUBSCRIBERS} clients connected and subscribed (registered on the hub's bus) in ${(connectMs / 1000).toFixed(1)} s.`);
  await sleep(500);

  const perPair: number[] = [];
  const last: number[] = [];
  const first: number[] = [];
  const roundTrip: number[] = [];
  let sql = 0;
  log(`b: ${WARMUP} warm-up + ${N_FANOUT} timed referrals to ${SUBSCRIBERS} subscribers`);
  for (let i = 0; i < issues.length; i++) {
    const sqlBefore = b.sqlCount();
    const { referralId, tSend, tResp } = await timedRefer(b, issues[i], `bench-b-${RUN}-${i}`);
    if ((counts.get(referralId) ?? 0) < SUBSCRIBERS) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`referral ${referralId}: only ${counts.get(referralId) ?? 0}/${SUBSCRIBERS} subscribers received it within 60 s; errors: ${JSON.stringify(errors.slice(0, 3))}`)), 60_000);
        waiting.current = { id: referralId, resolve: () => (clearTimeout(timer), resolve()) };
      });
      waiting.current = null;
    }
    if (i < WARMUP) continue;
    sql += b.sqlCount() - sqlBefore;
    const row = receipts.get(referralId)!;
    for (const t of row) perPair.push(t - tSend);
    last.push(Math.max(...row) - tSend);
    first.push(Math.min(...row) - tSend);
    roundTrip.push(tResp - tSend);
  }
  const label = `b. ${SUBSCRIBERS} subscribers`;
  stats.push({ scenario: label, metric: 'mutation sent → event received, every (subscriber, event) pair', values: perPair });
  stats.push({ scenario: label, metric: 'mutation sent → FIRST subscriber received', values: first });
  stats.push({ scenario: label, metric: 'mutation sent → LAST subscriber received (fan-out complete)', values: last });
  stats.push({ scenario: label, metric: 'mutation round-trip (sent → response)', values: roundTrip });
  notes.push(`b: ${errors.length} subscription errors, ${duplicates} duplicate deliveries; ${(sql / N_FANOUT).toFixed(1)} SQL statements (all subgraphs) per referral, mutation and delivery to ${SUBSCRIBERS} subscribers included.`);
  log('b: disconnecting');
  await disposeAll(b, clients, baseline);
}

interface Throughput {
  produced: number;
  committedPerSec: number;
  delivered: number;
  deliveredPerSec: number;
  lastLagMs: number;
  check: string;
  replayPerSec: number;
  replayCheck: string;
}

/** c. M startIssueWork mutations, CONCURRENCY at a time; one coordinator subscriber on issueEvents. */
async function throughput(b: BenchHub): Promise<Throughput> {
  log(`c: setting up ${M} accepted tax issues`);
  const issues = await pool(M, SETUP_CONCURRENCY, () => acceptedTaxIssue(b));
  const ours = new Set(issues);
  const baseline = b.events.subscriberCount;
  const coordinator = await b.token('coordinator');
  const client = wsClient(b.url, coordinator);
  const received: { cursor: bigint; type: string; issueId: string; at: number }[] = [];
  const errors: unknown[] = [];
  subscribe(client, ISSUE_EVENTS, {}, (e, at) => received.push({ cursor: BigInt(e.cursor), type: e.type, issueId: e.issueId, at }), (err) => errors.push(err));
  await waitForSubscribers(b, baseline + 1, 10_000);
  await sleep(300);
  const cursorBefore = b.events.cursor;

  log(`c: ${M} startIssueWork mutations, ${CONCURRENCY} at a time`);
  const sent = new Map<string, { tSend: number; tResp: number }>();
  const tStart = performance.now();
  let failures = 0;
  await pool(M, CONCURRENCY, async (i) => {
    const tSend = performance.now();
    try {
      await ok(b, START_WORK, { id: issues[i] }, 'tax-officer');
      sent.set(issues[i], { tSend, tResp: performance.now() });
    } catch (err) {
      failures++;
      if (failures === 1) notes.push(`c: first failed mutation: ${(err as Error).message.slice(0, 300)}`);
    }
  });
  const tProduced = performance.now();
  const produced = sent.size;
  const mine = () => received.filter((e) => e.type === 'WORK_STARTED' && ours.has(e.issueId));
  await until(() => mine().length >= produced, 60_000, `${produced} WORK_STARTED events at the subscriber (have ${mine().length})`).catch((err) => notes.push(`c: ${(err as Error).message}`));
  await sleep(300); // anything extra (a duplicate) would show up now
  const got = mine();
  const tLast = got.length ? Math.max(...got.map((e) => e.at)) : NaN;

  // the check: delivered == produced, each issue once, arrival order == cursor order == the outbox's order
  const problems: string[] = [];
  if (failures) problems.push(`${failures} mutations failed`);
  if (errors.length) problems.push(`${errors.length} subscription errors`);
  if (got.length !== produced) problems.push(`delivered ${got.length} ≠ produced ${produced}`);
  const distinct = new Set(got.map((e) => e.issueId));
  if (distinct.size !== got.length) problems.push(`${got.length - distinct.size} duplicates`);
  for (let i = 1; i < received.length; i++) {
    if (received[i].cursor <= received[i - 1].cursor) {
      problems.push(`out of order at #${i} (${received[i - 1].cursor} then ${received[i].cursor})`);
      break;
    }
  }
  const db = new PgClient({ connectionString: b.databaseUrl });
  await db.connect();
  const stored = (await db.query(`select id from hub.event where type = 'WORK_STARTED' and issue_id = any($1::int[]) order by id`, [[...sent.keys()].map(Number)])).rows.map((r) => String(r.id));
  await db.end();
  if (stored.join(',') !== got.map((e) => e.cursor.toString()).join(',')) problems.push(`received cursors differ from the ${stored.length} stored outbox rows`);
  const check = problems.length ? `FAIL: ${problems.join('; ')}` : `OK (${got.length}/${produced}, each once, in cursor order, same sequence as hub.event)`;

  const respToRecv = got.map((e) => Math.max(0, e.at - sent.get(e.issueId)!.tResp));
  stats.push({ scenario: `c. ${CONCURRENCY} concurrent writers, 1 subscriber`, metric: 'response → event received (under load)', values: respToRecv });
  stats.push({ scenario: `c. ${CONCURRENCY} concurrent writers, 1 subscriber`, metric: 'mutation round-trip (sent → response, under load)', values: [...sent.values()].map((s) => s.tResp - s.tSend) });
  await disposeAll(b, [client], baseline);

  // the same events again, replayed from the cursor taken before production: delivery not paced by the writers
  log('c: replaying the same events to a new subscriber');
  const replayClient = wsClient(b.url, coordinator);
  const replayed: { cursor: bigint; type: string; issueId: string }[] = [];
  const replayErrors: unknown[] = [];
  const tReplay = performance.now();
  let tReplayLast = NaN;
  subscribe(
    replayClient,
    ISSUE_EVENTS,
    { after: cursorBefore.toString() },
    (e) => {
      replayed.push({ cursor: BigInt(e.cursor), type: e.type, issueId: e.issueId });
      if (e.type === 'WORK_STARTED' && ours.has(e.issueId)) tReplayLast = performance.now();
    },
    (err) => replayErrors.push(err),
  );
  const replayMine = () => replayed.filter((e) => e.type === 'WORK_STARTED' && ours.has(e.issueId));
  await until(() => replayMine().length >= produced, 60_000, 'replay').catch((err) => notes.push(`c replay: ${(err as Error).message}`));
  const rm = replayMine();
  const replayOk = rm.length === produced && new Set(rm.map((e) => e.issueId)).size === rm.length && rm.every((e, i) => i === 0 || e.cursor > rm[i - 1].cursor) && !replayErrors.length;
  await disposeAll(b, [replayClient], baseline);

  return {
    produced,
    committedPerSec: produced / ((tProduced - tStart) / 1000),
    delivered: got.length,
    deliveredPerSec: got.length / ((tLast - tStart) / 1000),
    lastLagMs: tLast - tProduced,
    check,
    replayPerSec: rm.length / ((tReplayLast - tReplay) / 1000),
    replayCheck: replayOk ? 'OK' : `FAIL (${rm.length}/${produced}, ${replayErrors.length} errors)`,
  };
}

function report(t: Throughput, pgVersion: string, startupMs: number) {
  const cpus = os.cpus();
  const out: string[] = [];
  out.push('## Event latency and throughput (through the gateway)', '');
  out.push(`- date: ${new Date().toISOString()}`);
  out.push(`- node ${process.version}, ${os.platform()} ${os.release()} ${os.arch()}`);
  out.push(`- os.cpus().length: ${cpus.length} (${cpus[0]?.model?.trim() ?? 'unknown'}), total memory ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`);
  out.push(`- ${pgVersion}`);
  out.push(`- one host: Postgres, gateway, 5 subgraphs and all clients; gateway, subgraphs and clients in one Node process (hub started in ${(startupMs / 1000).toFixed(1)} s)`);
  if (EXTRA_FIELDS) out.push(`- referral events selection: cursor type referralId ${EXTRA_FIELDS}`);
  out.push(`- sizes: a N=${N_SINGLE}, b N=${N_FANOUT} × ${SUBSCRIBERS} subscribers, c M=${M} at concurrency ${CONCURRENCY}; ${WARMUP} untimed warm-up mutations before a and b`);
  out.push('');
  out.push('### Latency (ms)', '');
  out.push('| scenario | metric | samples | p50 | p95 | p99 | max |');
  out.push('|---|---|---:|---:|---:|---:|---:|');
  for (const s of stats) {
    out.push(`| ${s.scenario} | ${s.metric} | ${s.values.length} | ${fmt(percentile(s.values, 50))} | ${fmt(percentile(s.values, 95))} | ${fmt(percentile(s.values, 99))} | ${fmt(Math.max(...s.values))} |`);
  }
  out.push('');
  out.push(`### Throughput (c: ${M} startIssueWork, ${CONCURRENCY} in flight, 1 coordinator subscriber on issueEvents)`, '');
  out.push('| produced (committed) | committed events/s | delivered | delivered events/s | last event after last response (ms) | check | replay of the same events, events/s |');
  out.push('|---:|---:|---:|---:|---:|---|---:|');
  out.push(`| ${t.produced} | ${t.committedPerSec.toFixed(0)} | ${t.delivered} | ${t.deliveredPerSec.toFixed(0)} | ${fmt(t.lastLagMs)} | ${t.check} | ${t.replayPerSec.toFixed(0)} (${t.replayCheck}) |`);
  out.push('');
  if (notes.length) out.push('### Notes', '', ...notes.map((n) => `- ${n}`), '');
  process.stdout.write(out.join('\n'));
}

async function main() {
  const databaseUrl = await freshDatabase(PG_SERVER, DB_NAME);
  log(`database ${DB_NAME} recreated; starting the hub`);
  const t0 = performance.now();
  // this benchmark measures delivery, not the gateway's rate limit (its writers send ~1,200 requests a minute as one user)
  process.env.RATE_LIMIT_REQUESTS ??= '0';
  const b = await startBenchHub(databaseUrl);
  const startupMs = performance.now() - t0;
  let failed = false;
  try {
    const db = new PgClient({ connectionString: databaseUrl });
    await db.connect();
    const pgVersion = String((await db.query('select version() as v')).rows[0].v).split(' on ')[0];
    await db.end();
    await singleSubscriber(b);
    await fanOut(b);
    const t = await throughput(b);
    report(t, pgVersion, startupMs);
  } catch (err) {
    failed = true;
    console.error(err);
  } finally {
    log('stopping the hub');
    await b.stop().catch((err) => ((failed = true), console.error('hub.stop failed', err)));
    if (process.env.BENCH_KEEP_DB !== '1') {
      await dropDatabase(PG_SERVER, DB_NAME).catch((err) => console.error('dropping the bench database failed', err));
    }
  }
  process.exitCode = failed ? 1 : 0;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

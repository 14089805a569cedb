import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client as PgClient } from 'pg';
import { signToken } from '../src/shared/auth';
import { loadConfig } from '../src/shared/config';
import { cpuSeconds, startCluster, tierCpu, type Cluster } from './cluster';
import { BENCH_DATA_VERSION, benchDatabaseName, parseArgs, prepareBenchDatabase, readBenchDataMark, sizeLabel, type BenchDataMark } from './data';
import { percentile, sleep } from './harness';

/**
 * The province-scale benchmark (issue 17): the production layout (gateway + five subgraph
 * processes, bench/cluster.ts) on bench:data databases of several sizes, measured through the
 * gateway with many distinct officers, the sizes interleaved.
 *
 *   npm run bench -- [--sizes 10000,100000,1000000] [--rounds 3] [--seconds 5] [--concurrency 16]
 *                    [--alone 20] [--users 200] [--only inbox,perf] [--regenerate] [--no-readme]
 *
 * - Data: liaison_bench_<size> on BENCH_PG (bench/data.ts), generated when missing or made by
 *   another version of the generator (`--regenerate` always); the writes this run makes are
 *   deleted at the end, so the next run finds the same data.
 * - One cluster per size, all started before measuring; between blocks the others idle.
 * - Users: `--users` (200) officer tokens, a quarter per department, each request signed with the
 *   next one (the gateway merges identical in-flight requests with the same headers: one token
 *   for everyone would measure that cache).
 * - Per round, every size and every scenario, sizes in alternating order and scenarios rotated,
 *   so drift on a shared machine falls on all alike. Before each block PostgreSQL is drained:
 *   CHECKPOINT, then wait until the database has had no active query and no autovacuum for half a
 *   second. A block: `--alone` requests one at a time (latency of one officer on an idle hub),
 *   then `--concurrency` closed-loop clients for `--seconds` (throughput, latency, errors, and the
 *   CPU each tier spent per request from /proc).
 * - Markdown on stdout and, unless `--no-readme`, between the markers of the "Province scale"
 *   section of bench/README.md.
 */
const args = parseArgs(process.argv.slice(2));
const num = (k: string, dflt: number) => (typeof args.get(k) === 'string' ? Number(String(args.get(k)).replace(/_/g, '')) : dflt);
const SIZES = (typeof args.get('sizes') === 'string' ? String(args.get('sizes')) : '10000,100000,1000000').split(',').map((s) => Number(s.replace(/_/g, '')));
const ROUNDS = num('rounds', 3);
const SECONDS = num('seconds', 5);
const CONCURRENCY = num('concurrency', 16);
const ALONE = num('alone', 20);
const USERS = num('users', 200);
const ONLY = typeof args.get('only') === 'string' ? String(args.get('only')).split(',') : null;
const TIMEOUT_MS = num('timeout', 30_000);
const SERVER = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';
const log = (m: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}\n`);

interface Officer {
  token: string;
  dept: string;
}
interface Params {
  numbers: Record<string, string[]>;
  enterprises: Record<string, string[]>;
  cursors: Record<string, { p10: string | null; p50: string | null; items: number }>;
  writeUsccs: string[];
  jurisdictions: string[];
  today: string;
}
interface Target {
  size: number;
  label: string;
  db: string;
  databaseUrl: string;
  mark: BenchDataMark;
  cluster: Cluster;
  pg: PgClient;
  params: Params;
  maxIssueId: number;
  counts: Record<string, string | number>;
  next: number;
}
interface Request {
  query: string;
  variables: Record<string, unknown>;
}
interface Scenario {
  name: string;
  build: (i: number, o: Officer, t: Target) => Request;
}

const ROW = `id number title status priority submittedAt replyDeadline isOverdue workingDaysLeft urgeCount leadDepartment { code } enterprise { uscc name }`;
const INBOX = `query($f: IssueFilter, $after: String, $o: IssueOrder!) { issues(filter: $f, first: 20, after: $after, orderBy: $o) { edges { node { ${ROW} } } pageInfo { hasNextPage endCursor } } }`;
const INBOX_COUNT = `query($f: IssueFilter, $after: String, $o: IssueOrder!) { issues(filter: $f, first: 20, after: $after, orderBy: $o) { totalCount edges { node { ${ROW} } } pageInfo { hasNextPage endCursor } } }`;
const inbox = (variables: { f?: unknown; after?: string | null; o?: string }, query = INBOX): Request => ({ query, variables: { f: null, after: null, o: 'NEWEST_FIRST', ...variables } });
const PERFORMANCE = `query($f: Date!, $t: Date!) { departmentPerformance(from: $f, to: $t) { departmentCode received signedOnTime timelySignOffRate respondedOnTime responseRate resolved resolutionRate
  resolvedOnTime rated satisfied satisfactionRate referralsAnswered referralRejectionRate reopened averageWorkingDaysToReply openOverdue extensionsRequested extensionsApproved urgings } }`;
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const CATEGORIES = ['tax_service', 'licence', 'public_security', 'labour_dispute', 'other'];

const ALL_SCENARIOS: Scenario[] = [
  { name: 'inbox, first page', build: () => inbox({}) },
  { name: 'inbox, first page + totalCount', build: () => inbox({}, INBOX_COUNT) },
  { name: 'inbox, page 10', build: (_i, o, t) => inbox({ after: t.params.cursors[o.dept].p10 }) },
  { name: 'inbox, page 50', build: (_i, o, t) => inbox({ after: t.params.cursors[o.dept].p50 }) },
  { name: 'inbox, open statuses', build: () => inbox({ f: { status: ['ASSIGNED', 'ACCEPTED', 'IN_PROGRESS', 'REOPENED'] } }) },
  { name: 'inbox, overdue', build: () => inbox({ f: { overdue: true } }) },
  { name: 'inbox, one enterprise', build: (i, o, t) => inbox({ f: { enterprise: pick(t.params.enterprises[o.dept], i) } }) },
  {
    name: 'inbox, 30-day range',
    build: (i, _o, t) => {
      const from = addDays(t.params.today, -30 - ((i * 37) % 1060));
      return inbox({ f: { submittedFrom: from, submittedTo: addDays(from, 29) } });
    },
  },
  { name: 'inbox, deadline order', build: () => inbox({ o: 'REPLY_DEADLINE_FIRST' }) },
  {
    name: 'request by number + timeline',
    build: (i, o, t) => ({
      query: `query($n: String!) { issueByNumber(number: $n) { id number title status replyDeadline leadDepartment { code } enterprise { name }
        timeline { at action actorName departmentCode fromStatus toStatus note } referrals { id kind status toDepartment { code } } } }`,
      variables: { n: pick(t.params.numbers[o.dept], i) },
    }),
  },
  {
    name: 'referral inbox (pending, to me)',
    build: (_i, o) => ({
      query: `query($d: ID!) { referrals(filter: { toDepartment: $d, status: [PENDING] }, first: 20) { edges { node { id kind reason signOffDeadline isOverdue fromDepartment { code } issue { id number title } } } pageInfo { hasNextPage } } }`,
      variables: { d: o.dept },
    }),
  },
  {
    name: 'referrals to/from me, page 1',
    build: () => ({ query: `{ referrals(first: 20) { edges { node { id kind status createdAt fromDepartment { code } toDepartment { code } issue { id number } } } pageInfo { hasNextPage } } }`, variables: {} }),
  },
  { name: 'departmentPerformance, one year', build: (_i, _o, t) => ({ query: PERFORMANCE, variables: { f: addDays(t.params.today, -364), t: t.params.today } }) },
  { name: 'departmentPerformance, three years', build: (_i, _o, t) => ({ query: PERFORMANCE, variables: { f: addDays(t.params.today, -1094), t: t.params.today } }) },
  {
    name: 'enterprises + four departments',
    build: (i, _o, t) => ({
      query: `query($f: EnterpriseFilter) { enterprises(filter: $f, first: 20) { edges { node { uscc name isKeyEnterprise
        police { access alertCount visitCount } tax { access creditRating hasOutstandingArrears } market { access registrationStatus isOnAbnormalList } judicial { access openMediationCases } } } } }`,
      variables: { f: i % 3 === 0 ? null : i % 3 === 1 ? { policeJurisdiction: pick(t.params.jurisdictions, i) } : { isKeyEnterprise: true } },
    }),
  },
  {
    name: 'submitIssue (write)',
    build: (i, _o, t) => ({
      query: `mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { issue { id number status leadDepartment { code } } } }`,
      variables: { input: { uscc: pick(t.params.writeUsccs, i), title: `压测诉求 ${i}`, description: '开票系统故障，影响业务结算，请协助处理。', category: pick(CATEGORIES, i), channel: 'HOTLINE' } },
    }),
  },
];
const SCENARIOS = ALL_SCENARIOS.filter((s) => !ONLY || ONLY.some((o) => s.name.includes(o)));

function pick<T>(xs: T[], i: number): T {
  if (!xs.length) throw new Error('nothing to pick from');
  return xs[i % xs.length];
}

async function call(url: string, req: Request, token: string): Promise<{ ms: number; error: string | null; data?: any }> {
  const t0 = performance.now();
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(req),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const body = (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
    const ms = performance.now() - t0;
    if (!res.ok || body.errors) return { ms, error: `${res.status} ${body.errors?.[0]?.extensions?.code ?? ''} ${body.errors?.[0]?.message ?? JSON.stringify(body)}`.slice(0, 200) };
    return { ms, error: null, data: body.data };
  } catch (err) {
    return { ms: performance.now() - t0, error: (err as Error).name === 'TimeoutError' ? `timeout ${TIMEOUT_MS} ms` : (err as Error).message };
  }
}

/** CHECKPOINT, then waits for the database to be quiet (no active query, no autovacuum) for half a second. */
async function drain(t: Target, maxMs = 60_000): Promise<number> {
  const started = performance.now();
  await t.pg.query('checkpoint');
  let quiet = 0;
  while (quiet < 5 && performance.now() - started < maxMs) {
    const { rows } = await t.pg.query(
      `select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and (state = 'active' or backend_type = 'autovacuum worker')`,
    );
    quiet = rows[0].n ? 0 : quiet + 1;
    await sleep(100);
  }
  return performance.now() - started;
}

const backends = async (t: Target) => (await t.pg.query(`select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`)).rows.map((r) => r.pid as number);

async function prepare(size: number, officers: Officer[]): Promise<Target> {
  const db = benchDatabaseName(size);
  let mark = args.has('regenerate') ? null : await readBenchDataMark(SERVER, db).catch(() => null);
  if (!mark || mark.version !== BENCH_DATA_VERSION || mark.issues !== size) {
    log(`${db}: generating ${size.toLocaleString('en')} requests (npm run bench:data -- --issues ${size})`);
    const r = await prepareBenchDatabase({ serverUrl: SERVER, db, issues: size });
    if (r.problems.length) throw new Error(`${db}: the generated data breaks the rules:\n${r.problems.join('\n')}`);
    mark = r.mark;
  } else log(`${db}: bench data of ${mark.now.slice(0, 10)} (generated in ${mark.seconds} s)`);
  const url = new URL(SERVER);
  url.pathname = `/${db}`;
  const databaseUrl = url.toString();
  const pg = new PgClient({ connectionString: databaseUrl });
  await pg.connect();
  const counts = (
    await pg.query(`select (select count(*) from hub.issue)::int as requests, (select count(*) from hub.enterprise)::int as enterprises, (select count(*) from hub.referral)::int as referrals,
      (select count(*) from hub.issue_timeline)::int as timeline, (select count(*) from hub.event)::int as events, pg_size_pretty(pg_database_size(current_database())) as size`)
  ).rows[0];
  const maxIssueId = Number((await pg.query(`select max(id) as m from hub.issue`)).rows[0].m);
  log(`${db}: starting the production layout (gateway + 5 subgraph processes)`);
  const cluster = await startCluster({ hubs: 1, gateways: 1, databaseUrl, env: { SEED_DEMO_DATA: 'false' } });
  const t: Target = { size, label: sizeLabel(size), db, databaseUrl, mark, cluster, pg, params: null as unknown as Params, maxIssueId, counts, next: 0 };
  const depts = [...new Set(officers.map((o) => o.dept))];
  // what the scenarios ask for, from the data: numbers each department may see, the enterprises it sees most and some others
  const every = Math.max(1, Math.floor(size / 4000));
  const numbers: Record<string, string[]> = Object.fromEntries(depts.map((d) => [d, []]));
  for (const r of (await pg.query(`select v.department_code as d, i.number from hub.issue_department v join hub.issue i on i.id = v.issue_id where v.issue_id % $1 = 0 order by v.issue_id`, [every])).rows) numbers[r.d]?.push(r.number);
  const enterprises: Record<string, string[]> = {};
  for (const d of depts) {
    const top = (await pg.query(`select i.enterprise_uscc as u from hub.issue_department v join hub.issue i on i.id = v.issue_id where v.department_code = $1 group by 1 order by count(*) desc limit 20`, [d])).rows;
    const some = (await pg.query(`select distinct i.enterprise_uscc as u from hub.issue_department v join hub.issue i on i.id = v.issue_id where v.department_code = $1 and v.issue_id % $2 = 0 limit 40`, [d, every * 7])).rows;
    enterprises[d] = [...new Set([...top, ...some].map((r) => r.u))];
  }
  const writeUsccs = (await pg.query(`select uscc from hub.enterprise order by uscc limit 200`)).rows.map((r) => r.uscc);
  const jurisdictions = (await pg.query(`select distinct police_jurisdiction as j from hub.enterprise order by 1`)).rows.map((r) => r.j);
  // cursors of pages 10 and 50 (after items 180 and 980), walked through the API as a client would
  const cursors: Params['cursors'] = {};
  for (const d of depts) {
    const o = officers.find((x) => x.dept === d)!;
    const seen: string[] = [];
    let after: string | null = null;
    while (seen.length < 980) {
      const res = await call(cluster.url, { query: `query($a: String) { issues(first: 100, after: $a) { edges { cursor } pageInfo { hasNextPage endCursor } } }`, variables: { a: after } }, o.token);
      if (res.error) throw new Error(`${db}: walking ${d}'s inbox: ${res.error}`);
      const page = res.data.issues;
      seen.push(...page.edges.map((e: { cursor: string }) => e.cursor));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    cursors[d] = { p10: seen[Math.min(179, seen.length - 1)] ?? null, p50: seen[Math.min(979, seen.length - 1)] ?? null, items: seen.length };
  }
  t.params = { numbers, enterprises, cursors, writeUsccs, jurisdictions, today: mark.now.slice(0, 10) };
  return t;
}

interface Samples {
  alone: number[];
  loaded: number[];
  rps: number[];
  errors: number;
  requests: number;
  errorSamples: Set<string>;
  cpu: Record<string, number>; // CPU seconds per tier, summed over the loaded phases
  drainMs: number[];
}

async function block(t: Target, s: Scenario, officers: Officer[], into: Samples): Promise<void> {
  into.drainMs.push(await drain(t));
  const next = () => officers[t.next++ % officers.length];
  const one = async (i: number) => {
    const o = next();
    const r = await call(t.cluster.url, s.build(i, o, t), o.token);
    into.requests++;
    if (r.error) {
      into.errors++;
      if (into.errorSamples.size < 3) into.errorSamples.add(r.error);
    }
    return r.ms;
  };
  const aloneStart = performance.now();
  for (let k = 0; k < ALONE && performance.now() - aloneStart < 15_000; k++) into.alone.push(await one(t.next));
  const pids = await backends(t);
  const before = tierCpu(t.cluster, []);
  const pgBefore = new Map(pids.map((pid) => [pid, cpuSeconds(pid) ?? 0]));
  const start = performance.now();
  const stopAt = start + SECONDS * 1000;
  let done = 0;
  let last = start;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < stopAt) {
        into.loaded.push(await one(t.next));
        done++;
        last = performance.now();
      }
    }),
  );
  const after = tierCpu(t.cluster, []);
  // PostgreSQL: each backend's own delta (one that ended meanwhile keeps what it had; one that started counts whole)
  after.postgres = 0;
  for (const pid of new Set([...pids, ...(await backends(t))])) after.postgres += (cpuSeconds(pid) ?? pgBefore.get(pid) ?? 0) - (pgBefore.get(pid) ?? 0);
  for (const k of Object.keys(after)) into.cpu[k] = (into.cpu[k] ?? 0) + (after[k] - (k === 'postgres' ? 0 : before[k] ?? 0)) / Math.max(1, done);
  into.rps.push(done / ((last - start) / 1000));
}

async function main() {
  const config = loadConfig({ NODE_ENV: 'development' });
  const depts = ['police', 'market', 'tax', 'judicial'];
  const officers: Officer[] = await Promise.all(
    Array.from({ length: USERS }, async (_, k) => {
      const dept = depts[k % depts.length];
      const sub = `bench-${dept}-${String(Math.floor(k / depts.length) % 50).padStart(2, '0')}${k >= 200 ? `-${k}` : ''}`;
      return { dept, token: await signToken(config.jwt, { sub, name: `干部${k}`, dept, roles: ['OFFICER'] }, '6h') };
    }),
  );
  const loads: number[] = [];
  const loadTimer = setInterval(() => loads.push(os.loadavg()[0]), 5000);
  const loadStart = os.loadavg()[0];
  const targets: Target[] = [];
  const started = new Date();
  try {
    for (const size of SIZES) targets.push(await prepare(size, officers));
    const samples = new Map<string, Samples>();
    const key = (t: Target, s: Scenario) => `${t.label}\u0000${s.name}`;
    for (const t of targets) for (const s of SCENARIOS) samples.set(key(t, s), { alone: [], loaded: [], rps: [], errors: 0, requests: 0, errorSamples: new Set(), cpu: {}, drainMs: [] });
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 ? [...targets].reverse() : targets;
      const scenarios = SCENARIOS.map((_, k) => SCENARIOS[(k + round) % SCENARIOS.length]);
      for (const s of scenarios) {
        for (const t of order) {
          const into = samples.get(key(t, s))!;
          await block(t, s, officers, into);
          log(`round ${round + 1}/${ROUNDS} ${t.label} ${s.name}: alone p50 ${percentile(into.alone.slice(-ALONE), 50).toFixed(0)} ms; ${CONCURRENCY} at a time ${into.rps.at(-1)!.toFixed(1)} rps${into.errors ? `, ${into.errors} errors` : ''} (load ${os.loadavg()[0].toFixed(1)})`);
        }
      }
    }
    clearInterval(loadTimer);
    const report = render(targets, samples, key, started, loadStart, loads);
    process.stdout.write(`${report}\n`);
    if (!args.has('no-readme')) writeReadme(report);
  } finally {
    clearInterval(loadTimer);
    for (const t of targets) {
      await t.cluster.stop().catch(() => undefined);
      // the writes of this run go, so the next run finds the same data (triggers keep the derived tables right)
      await t.pg
        .query(`begin; delete from hub.issue_timeline where issue_id > $1; delete from hub.event where issue_id > $1; delete from hub.issue where id > $1; commit;`.replace(/\$1/g, String(t.maxIssueId)))
        .catch((err) => log(`${t.db}: the requests this run submitted were not removed: ${(err as Error).message}`));
      await t.pg.end();
    }
  }
}

function render(targets: Target[], samples: Map<string, Samples>, key: (t: Target, s: Scenario) => string, started: Date, loadStart: number, loads: number[]): string {
  const f = (x: number) => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x.toFixed(1)) : '–');
  const med = (xs: number[]) => percentile(xs, 50);
  const cmd = `npm run bench -- --sizes ${SIZES.join(',')} --rounds ${ROUNDS} --seconds ${SECONDS} --concurrency ${CONCURRENCY} --alone ${ALONE} --users ${USERS}${ONLY ? ` --only ${ONLY.join(',')}` : ''}`;
  const lines = [
    `Run of ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC: \`${cmd}\``,
    '',
    `Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB; Node ${process.version}; load average ${loadStart.toFixed(1)} at the start, ` +
      `${loads.length ? `${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} (mean ${(loads.reduce((a, b) => a + b, 0) / loads.length).toFixed(1)})` : '?'} while measuring.`,
    `Data: ${targets.map((t) => `**${t.label}**: ${Object.entries(t.counts).map(([k, v]) => `${k} ${typeof v === 'number' ? v.toLocaleString('en') : v}`).join(', ')}`).join('; ')}.`,
    `Each size: gateway + hub + 4 department processes (1 + 1 + 4, LOG_LEVEL=info as in production), one PostgreSQL; ${USERS} distinct officer tokens rotated per request; ${ROUNDS} rounds, sizes interleaved; per block ${ALONE} requests one at a time, then ${CONCURRENCY} closed-loop clients for ${SECONDS} s. Page 10/50 = after the 180th/980th item (cursor walked through the API).`,
    '',
    `| scenario | size | alone p50 / p99 ms | ${CONCURRENCY} at a time: rps | p50 / p99 ms | errors | CPU ms per request: hub / gateway / departments / PostgreSQL |`,
    '|---|---|---:|---:|---:|---:|---|',
  ];
  for (const s of SCENARIOS) {
    for (const t of targets) {
      const x = samples.get(key(t, s))!;
      const cpu = (k: string) => f((x.cpu[k] ?? NaN) * 1000 / Math.max(1, x.rps.length));
      lines.push(`| ${s.name} | ${t.label} | ${f(percentile(x.alone, 50))} / ${f(percentile(x.alone, 99))} | ${f(med(x.rps))} | ${f(percentile(x.loaded, 50))} / ${f(percentile(x.loaded, 99))} | ${x.errors} | ${cpu('hubs')} / ${cpu('gateways')} / ${cpu('departments')} / ${cpu('postgres')} |`);
    }
  }
  if (targets.length > 1) {
    const [a, b] = [targets[0], targets[targets.length - 1]];
    lines.push('', `Largest ÷ smallest (${b.label} ÷ ${a.label}): throughput (≥ 0.8 is the goal at 1M) and one officer's p50:`, '', `| scenario | rps ${b.label} ÷ ${a.label} | alone p50 ${b.label} ÷ ${a.label} |`, '|---|---:|---:|');
    for (const s of SCENARIOS) {
      const [x, y] = [samples.get(key(a, s))!, samples.get(key(b, s))!];
      lines.push(`| ${s.name} | ${(med(y.rps) / med(x.rps)).toFixed(2)} | ${(med(y.alone) / med(x.alone)).toFixed(2)} |`);
    }
  }
  const errors = [...samples.entries()].filter(([, x]) => x.errorSamples.size).map(([k, x]) => `- ${k.replace('\u0000', ' ')}: ${[...x.errorSamples].join(' | ')}`);
  if (errors.length) lines.push('', 'Errors (samples):', ...errors);
  const logged = targets.flatMap((t) => {
    const seen = new Map<string, string>();
    for (const proc of t.cluster.all()) {
      for (const line of proc.output().split('\n')) {
        const m = /"level":(40|50|60)\b.*?"msg":"((?:[^"\\]|\\.)*)"/.exec(line);
        if (m && !seen.has(`${proc.name} ${m[2].slice(0, 80)}`)) seen.set(`${proc.name} ${m[2].slice(0, 80)}`, `- ${t.label} ${proc.name} (${m[1] === '40' ? 'warn' : 'error'}): ${m[2].slice(0, 300)}`);
      }
    }
    return [...seen.values()].slice(0, 8);
  });
  if (logged.length) lines.push('', 'Warnings and errors the processes logged (first of each kind):', ...logged);
  const short = targets.flatMap((t) => Object.entries(t.params.cursors).filter(([, c]) => c.items < 980).map(([d, c]) => `${t.label} ${d} sees ${c.items} requests`));
  if (short.length) lines.push('', `Page 50 fell back to the last page where a department sees fewer than 980 requests: ${short.join(', ')}.`);
  return lines.join('\n');
}

const BEGIN = '<!-- bench:run results (written by npm run bench) -->';
const END = '<!-- /bench:run results -->';
function writeReadme(report: string) {
  const file = path.resolve(__dirname, '..', fs.existsSync(path.resolve(__dirname, '..', 'package.json')) ? '' : '..', 'bench', 'README.md');
  const text = fs.readFileSync(file, 'utf8');
  const block = `${BEGIN}\n${report}\n${END}`;
  const next = text.includes(BEGIN) ? text.slice(0, text.indexOf(BEGIN)) + block + text.slice(text.indexOf(END) + END.length) : `${text.trimEnd()}\n\n# Province scale: \`npm run bench\` (issue 17)\n\n${block}\n`;
  fs.writeFileSync(file, next);
  log(`results written to ${file}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

import fs from 'node:fs';
import type { Client as WsClient } from 'graphql-ws';
import { Client as PgClient } from 'pg';
import { startCluster, type Cluster } from '../../bench/cluster';
import { DEMO_ENTERPRISES, DEMO_USERS, type DemoUserName } from '../../src/demo/district';
import { mintDemoToken } from '../../src/demo/tokens';
import { signToken } from '../../src/shared/auth';
import { loadConfig } from '../../src/shared/config';
import { buildOnce } from '../helpers/build';
import { ensureTestCalendar } from '../helpers/calendar';
import { submit } from '../helpers/issues';
import { rowId, sql } from '../helpers/sql';
import type { GqlResponse, TestHub } from '../helpers/test-hub';
import { until } from '../helpers/wait';
import { collect, latestCursor, wsClient } from '../helpers/ws';

/**
 * More than one copy (README "Running more than one copy"): 3 hub subgraph processes behind a
 * round-robin proxy, 2 gateway processes behind another, one process per department subgraph,
 * one database. Shows that traffic spreads, that an event written on one hub replica reaches a
 * subscriber whose subscription lives on another (each replica LISTENs; the outbox sweep is set
 * to a minute, so only NOTIFY can deliver in time), and that the SLA scan, which every replica
 * runs, emits each warning once even when all three scan the same overdue requests at once.
 */
jest.setTimeout(180_000);
let cluster: Cluster;
const wsClients: WsClient[] = [];
const tokens = new Map<string, string>();
const token = async (user: DemoUserName) => {
  if (!tokens.has(user)) tokens.set(user, await mintDemoToken(loadConfig({ NODE_ENV: 'development' }), user));
  return tokens.get(user)!;
};
/** The test helpers' `hub` (act.*, submit) pointed at one gateway (or the gateway proxy). */
const through = (url: string) =>
  ({
    async gql(query: string, variables: Record<string, unknown> = {}, who?: string) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(who ? { authorization: `Bearer ${await token(who as DemoUserName)}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { ...((await res.json()) as GqlResponse), status: res.status };
    },
  }) as unknown as TestHub;

beforeAll(async () => {
  buildOnce();
  cluster = await startCluster({
    hubs: 3,
    gateways: 2,
    databaseUrl: process.env.DATABASE_URL!,
    // nine processes on one database server (shared with other test runs): small pools
    env: { EVENTS_SWEEP_INTERVAL_MS: '60000', SLA_SCAN_INTERVAL_MS: '300', DB_POOL_MAX: '3' },
  });
  const year = new Date().getFullYear();
  await ensureTestCalendar([year - 1, year, year + 1]);
});
afterAll(async () => {
  await Promise.all(wsClients.map((c) => c.dispose()));
  await cluster?.stop();
});

function newIssue(via: TestHub, title: string) {
  return submit(via, 'coordinator', { uscc: DEMO_ENTERPRISES[0].uscc, title, description: `${title}，多副本测试`, category: 'tax_service', channel: 'HOTLINE' });
}

test('requests through the gateway proxy spread over both gateways and all three hub replicas', async () => {
  const via = through(cluster.url);
  const queries = [
    `query($u: ID!) { enterprise(uscc: $u) { name police { liaisonOfficer { name } } tax { creditRating } } }`,
    `{ issues(first: 5) { edges { node { id status } } } }`,
  ];
  for (let i = 0; i < 12; i++) {
    const res = await via.gql(queries[i % 2], { u: DEMO_ENTERPRISES[i % 3].uscc }, 'coordinator');
    expect(res.errors).toBeUndefined();
  }
  expect(cluster.gatewayProxy.stats.requests.every((n) => n >= 6)).toBe(true);
  expect(cluster.hubProxy.stats.requests.every((n) => n >= 3)).toBe(true);
});

test('a change made through gateway A on one hub replica reaches a subscriber on gateway B whose subscription lives on another replica', async () => {
  const [gatewayA, gatewayB] = cluster.gateways;
  const viaA = through(gatewayA.url);
  // a coordinator of its own: the gateway opens a fresh WebSocket to the hub tier for it (it may
  // share one among subscriptions with the same credentials), so the proxy sees which replica
  const watcher = await signToken(loadConfig({ NODE_ENV: 'development' }).jwt, { ...DEMO_USERS.coordinator, roles: [...DEMO_USERS.coordinator.roles], sub: 'u-scale-out-watcher' });
  const ws = wsClient(gatewayB.url, watcher);
  wsClients.push(ws);
  const upgradesBefore = cluster.hubProxy.upgradeLog.length;
  const sub = collect(ws, `subscription($after: String) { issueEvents(after: $after) { cursor type issueId } }`, { after: await latestCursor() });

  // the first event proves the subscription is live end to end (anything later is not a replay)
  const first = await newIssue(viaA, '多副本-0');
  await sub.waitUntil((e) => e.issueId === first.id);
  const upgrades = cluster.hubProxy.upgradeLog.slice(upgradesBefore);
  expect(upgrades).toHaveLength(1); // gateway B's one WebSocket to the hub tier
  const subscriptionReplica = upgrades[0];

  const crossed: string[] = [];
  for (let i = 1; i <= 6; i++) {
    const before = [...cluster.hubProxy.stats.requests];
    const issue = await newIssue(viaA, `多副本-${i}`);
    const servedBy = cluster.hubProxy.stats.requests.map((n, r) => n - before[r]);
    await sub.waitUntil((e) => e.issueId === issue.id, 10_000);
    if (servedBy[subscriptionReplica] === 0) crossed.push(issue.id);
  }
  // round robin over three replicas: most writes landed on a replica the subscriber is not on
  expect(crossed.length).toBeGreaterThanOrEqual(3);
  const cursors = sub.events.map((e) => BigInt(e.cursor));
  expect(cursors).toEqual([...new Set(cursors)].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
  await sub.stop();
});

/** Local TCP ports of a process's sockets (from /proc): tells which process a PostgreSQL backend serves. */
function localPorts(pid: number): Set<number> {
  const inodes = new Set<string>();
  for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
    try {
      const m = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (m) inodes.add(m[1]);
    } catch {
      /* closed meanwhile */
    }
  }
  const ports = new Set<number>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of fs.readFileSync(table, 'utf8').split('\n').slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f.length > 9 && inodes.has(f[9])) ports.add(parseInt(f[1].split(':')[1], 16));
    }
  }
  return ports;
}

test('every hub replica runs the SLA scan; all three scanning the same overdue requests at once emit each warning once', async () => {
  const via = through(cluster.url);
  const issues = await Promise.all([1, 2, 3].map((i) => newIssue(via, `逾期-${i}`)));
  const ids = issues.map((i) => rowId(i.id)).sort((a, b) => a - b);
  const ws = wsClient(cluster.url, await token('coordinator'));
  wsClients.push(ws);
  const sub = collect(ws, `subscription($after: String) { issueEvents(after: $after) { cursor type issueId } }`, { after: await latestCursor() });

  // Hold the lock every outbox writer takes (src/subgraphs/hub/events/outbox.ts): the scans of all
  // three replicas queue behind it, each already past its read of "today" with the same rows ahead.
  const lock = new PgClient({ connectionString: process.env.DATABASE_URL });
  await lock.connect();
  try {
    await lock.query(`select pg_advisory_lock(hashtext('liaison-hub:outbox-order'))`);
    // time moves for these requests only: their reply deadline is now in the past (逾期)
    await sql(`update hub.issue set reply_deadline = current_date - 10 where id = any($1)`, [ids]);
    const waitingReplicas = async () => {
      const rows = await sql<{ client_port: number }>(
        `select a.client_port from pg_locks l join pg_stat_activity a on a.pid = l.pid
         where l.locktype = 'advisory' and not l.granted and a.datname = current_database()`,
      );
      const ports = new Set(rows.map((r) => r.client_port));
      return cluster.hubs.filter((h) => [...localPorts(h.child.pid!)].some((p) => ports.has(p))).length;
    };
    await until(async () => (await waitingReplicas()) === 3, 'all three hub replicas to be scanning (waiting on the outbox lock)', 15_000, 50);
  } finally {
    await lock.query(`select pg_advisory_unlock(hashtext('liaison-hub:outbox-order'))`).catch(() => undefined);
    await lock.end();
  }

  const overdue = () => sql<{ issue_id: number; n: number }>(
    `select issue_id, count(*)::int as n from hub.event where type = 'REPLY_OVERDUE' and issue_id = any($1) group by issue_id order by issue_id`,
    [ids],
  );
  await until(async () => (await overdue()).length === 3, 'an overdue warning for each request');
  // the queued scans have all run once nobody waits on the lock any more
  await until(async () => (await sql(`select 1 from pg_locks l join pg_database d on d.oid = l.database where l.locktype = 'advisory' and not l.granted and d.datname = current_database()`)).length === 0, 'the queued scans to finish');
  expect(await overdue()).toEqual(ids.map((id) => ({ issue_id: id, n: 1 })));

  // and the subscriber (through the proxy, on whichever replica) hears each warning exactly once
  await sub.waitUntil(() => sub.events.filter((e) => e.type === 'REPLY_OVERDUE').length === 3);
  // a later event marks the end: events arrive in cursor order, so a duplicate would show before it
  const marker = await newIssue(via, '逾期-标记');
  await sub.waitUntil((e) => e.issueId === marker.id);
  expect(sub.events.filter((e) => e.type === 'REPLY_OVERDUE').map((e) => rowId(e.issueId)).sort((a, b) => a - b)).toEqual(ids);
  await sub.stop();
});

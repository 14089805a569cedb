import { loadConfig } from '../../../src/shared/config';
import { createLogger } from '../../../src/shared/logger';
import { startSubgraph, type RunningSubgraph } from '../../../src/shared/subgraph-server';
import { SUBGRAPHS } from '../../../src/subgraphs';
import type { HubRuntime } from '../../../src/subgraphs/hub/events/runtime';
import { EVENTS_CHANNEL } from '../../../src/subgraphs/hub/events/outbox';
import { sql } from '../../helpers/sql';
import { until } from '../../helpers/wait';

/**
 * Behind PgBouncer in transaction mode (the Kubernetes layout in deploy/), LISTEN through the pool
 * never hears a NOTIFY: the hub's listener connects to DATABASE_DIRECT_URL instead, while its
 * queries go through DATABASE_URL. The two URLs are told apart here by their application_name
 * (MikroORM's pool does not pass it on: its sessions are the unnamed ones).
 */
const tag = `${process.pid}_${Date.now()}`;
const withName = (name: string) => {
  const u = new URL(process.env.DATABASE_URL!);
  u.searchParams.set('application_name', `${name}_${tag}`);
  return u.toString();
};
let hub: RunningSubgraph;
afterAll(() => hub?.stop());

test('the hub LISTENs on the direct URL, its queries use the pooled one, and notifications arrive', async () => {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: withName('pooled'), DATABASE_DIRECT_URL: withName('direct') });
  hub = await startSubgraph(SUBGRAPHS.hub, {
    config,
    databaseUrl: config.databaseUrl!,
    directDatabaseUrl: config.databaseDirectUrl,
    host: '127.0.0.1',
    port: 0,
    log: createLogger('silent'),
    seed: null,
  });
  // every session of this test database that LISTENs (files run one at a time: this hub's only):
  // the event bus and the risk watcher (hub/risk), both on the direct URL
  await until(async () => (await sql(`select 1 from pg_stat_activity where datname = current_database() and query ilike 'LISTEN %'`)).length === 2, 'both listeners', 5_000);
  const listening = await sql<{ application_name: string; query: string }>(
    `select application_name, query from pg_stat_activity where datname = current_database() and query ilike 'LISTEN %' order by query`,
  );
  expect(listening.map((s) => [s.application_name, s.query])).toEqual([
    [`direct_${tag}`, 'LISTEN liaison_hub_events'],
    [`direct_${tag}`, 'LISTEN liaison_risk_signals'],
  ]);

  // and that listener is what wakes delivery: a NOTIFY now makes the bus read at once (the safety
  // sweep runs every EVENTS_SWEEP_INTERVAL_MS, 5 s by default, beyond this wait)
  const bus = (hub.runtime as HubRuntime).events;
  const poke = jest.spyOn(bus, 'poke');
  await sql(`select pg_notify($1, '')`, [EVENTS_CHANNEL]);
  await until(() => poke.mock.calls.length > 0, 'the notification to reach the listener', 2_000);
});

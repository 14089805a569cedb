import type { Client } from 'graphql-ws';
import { DEMO_USERS } from '../../../src/demo/district';
import type { HubRuntime } from '../../../src/subgraphs/hub/events/runtime';
import { act, submit } from '../../helpers/issues';
import { startOwnPostgres, type OwnPostgres } from '../../helpers/own-postgres';
import { until } from '../../helpers/wait';
import { startTestHub, type TestHub } from '../../helpers/test-hub';
import { collect, wsClient } from '../../helpers/ws';

/**
 * A PostgreSQL outage of a few seconds under a live subscription: /ready says so while it lasts,
 * and afterwards the event listener LISTENs again by itself, so events arrive at once (not with
 * the safety sweep, which is set to an hour here so that only LISTEN can deliver).
 */
jest.setTimeout(120_000);

let pg: OwnPostgres;
let hub: TestHub;
let client: Client;
beforeAll(async () => {
  pg = await startOwnPostgres('outage');
  process.env.DATABASE_URL = pg.url; // this file only: jest gives each test file its own process.env
  process.env.EVENTS_SWEEP_INTERVAL_MS = String(60 * 60 * 1000);
  hub = await startTestHub();
});
afterAll(async () => {
  await client?.dispose();
  await hub?.stop();
  await pg?.destroy();
});

const status = async (url: string) => (await fetch(url)).status;
const readyUrl = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '/ready');

test('/ready is 503 while the database is down and 200 again after; the listener reconnects and delivers live', async () => {
  const gatewayReady = readyUrl(hub.url);
  const hubReady = readyUrl(hub.subgraphs.hub.url);
  const events = () => (hub.subgraphs.hub.runtime as HubRuntime).events;

  const issue = await submit(hub, 'enterprise', { uscc: DEMO_USERS.enterprise.uscc, title: '发票', description: '发票问题', category: 'tax_service' });
  client = wsClient(hub.url, await hub.token('coordinator'));
  const sub = collect(client, `subscription($id: ID, $after: String) { issueEvents(issueId: $id, after: $after) { type cursor } }`, { id: issue.id, after: '0' });
  await sub.waitFor(1); // replayed: the subscription is up end to end
  expect(await status(gatewayReady)).toBe(200);
  expect(await status(hubReady)).toBe(200);
  expect(await status(readyUrl(hub.subgraphs.tax.url))).toBe(200);
  expect(events().listening).toBe(true);

  await pg.stop();
  await until(async () => (await status(hubReady)) === 503, 'the hub subgraph to report not ready');
  await until(async () => (await status(gatewayReady)) === 503, 'the gateway to report not ready');
  expect(await status(hubReady.replace('/ready', '/health'))).toBe(200); // liveness is not readiness
  await until(() => !events().listening, 'the listener to notice the outage');

  await pg.start();
  await until(async () => (await status(gatewayReady)) === 200, 'the gateway to be ready again', 30_000);
  await until(() => events().listening, 'the event listener to LISTEN again', 30_000);

  await act.accept(hub, 'tax-officer', issue.id);
  await until(() => sub.events.some((e: any) => e.type === 'ACCEPTED'), 'the ACCEPTED event, live', 5_000);
  expect(sub.errors).toEqual([]);
  await sub.stop();
});

import { Client as PgClient } from 'pg';
import { DEMO_USERS } from '../../../src/demo/district';
import type { HubRuntime } from '../../../src/subgraphs/hub/events/runtime';
import { act, submit } from '../../helpers/issues';
import { has, scrape, total, type Sample } from '../../helpers/prometheus';
import { startTestHub, type TestHub } from '../../helpers/test-hub';
import { until } from '../../helpers/wait';
import { collect, wsClient } from '../../helpers/ws';

/**
 * GET /metrics (METRICS_PORT) after real traffic through the gateway: the runtime's Prometheus
 * plugin counts operations, durations and errors by operation and subgraph; the subgraphs report
 * their pools, the outbox lag, live subscribers, the SLA scan and overdue requests per department.
 */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

const metrics = () => scrape(hub.metricsServer!.url);
const runtime = () => hub.subgraphs.hub.runtime as HubRuntime;
const DAY = 86_400_000;

test('/metrics is on its own port, not on the gateway public one', async () => {
  expect(hub.metricsServer).not.toBeNull();
  expect(hub.metricsServer!.port).not.toBe(hub.gateway.port);
  const onPublic = await fetch(new URL('/metrics', hub.url));
  expect(onPublic.status).not.toBe(200);
  expect(await onPublic.text()).not.toMatch(/graphql_envelop_request/);
});

test('gateway counters and durations move by operation and subgraph, errors by code', async () => {
  const before = await metrics();
  const picture = `query EnterprisePicture($u: ID!) { enterprise(uscc: $u) { name police { liaisonOfficer { name } } } }`;
  for (let i = 0; i < 3; i++) {
    const res = await hub.gql(picture, { u: DEMO_USERS.enterprise.uscc }, 'police-officer');
    expect(res.errors).toBeUndefined();
  }
  const missing = await hub.gql(`query MissingIssue { issue(id: "Issue:987654321") { id } }`, {}, 'coordinator');
  expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  const anonymous = await hub.gql(`query Sneaky { me { id } }`, {});
  expect(anonymous.status).toBe(401);
  const after = await metrics();

  const moved = (s: Sample[], name: string, labels: Record<string, string>) => total(s, name, labels) - total(before, name, labels);
  expect(moved(after, 'graphql_envelop_request', { operationName: 'EnterprisePicture', operationType: 'query' })).toBe(3);
  expect(moved(after, 'graphql_envelop_request_duration_count', { operationName: 'EnterprisePicture' })).toBe(3);
  expect(moved(after, 'graphql_yoga_http_duration_count', { operationName: 'EnterprisePicture', statusCode: '200', method: 'POST' })).toBe(3);
  // one call to each of the two subgraphs per operation
  expect(moved(after, 'graphql_gateway_subgraph_execute_duration_count', { subgraphName: 'hub' })).toBeGreaterThanOrEqual(3);
  expect(moved(after, 'graphql_gateway_subgraph_execute_duration_count', { subgraphName: 'police' })).toBeGreaterThanOrEqual(3);
  expect(moved(after, 'graphql_gateway_fetch_duration_count', { statusCode: '200' })).toBeGreaterThanOrEqual(6);
  expect(moved(after, 'graphql_envelop_error_result', { operationName: 'MissingIssue', code: 'NOT_FOUND' })).toBe(1);
  expect(moved(after, 'graphql_gateway_subgraph_execute_errors', { subgraphName: 'hub' })).toBeGreaterThanOrEqual(1);
  // refused before execution: only the code counter sees it
  expect(moved(after, 'liaison_gateway_errors_total', { code: 'UNAUTHENTICATED' })).toBe(1);
  expect(moved(after, 'liaison_gateway_errors_total', { code: 'NOT_FOUND' })).toBe(1);

  // no label holds a URL query, a token or a variable
  const text = await (await fetch(hub.metricsServer!.url)).text();
  expect(text).not.toContain(DEMO_USERS.enterprise.uscc);
  expect(text).not.toMatch(/Bearer|eyJ/);
});

test('subgraph pools, live subscribers and outbox lag', async () => {
  // every subgraph has just used its pool (idle connections are closed after 30 s)
  const five = await hub.gql(
    `query($u: ID!) { enterprise(uscc: $u) { name police { alertCount } market { registrationStatus } tax { creditRating } judicial { openMediationCases } } }`,
    { u: DEMO_USERS.enterprise.uscc },
    'coordinator',
  );
  expect(five.errors).toBeUndefined();
  const now = await metrics();
  for (const subgraph of ['hub', 'police', 'market', 'tax', 'judicial']) {
    expect(has(now, 'liaison_db_pool_connections', { subgraph, state: 'in_use' })).toBe(true);
    expect(total(now, 'liaison_db_pool_connections', { subgraph })).toBeGreaterThan(0); // connections were opened
    expect(total(now, 'liaison_db_pool_waiting', { subgraph })).toBe(0);
    expect(total(now, 'liaison_db_pool_max', { subgraph })).toBe(hub.config.dbPoolMax);
  }

  const base = total(now, 'liaison_event_subscribers', { subgraph: 'hub' });
  const sub = collect(wsClient(hub.url, await hub.token('coordinator')), `subscription { issueEvents { type cursor } }`, {});
  await until(async () => total(await metrics(), 'liaison_event_subscribers', { subgraph: 'hub' }) === base + 1, 'the subscriber to be counted');
  await sub.stop();
  await until(async () => total(await metrics(), 'liaison_event_subscribers', { subgraph: 'hub' }) === base, 'the subscriber to be gone');

  // an outbox row that announces itself to no one (triggers off for this session): this instance lags until it reads it
  expect(total(await metrics(), 'liaison_outbox_lag_events', { subgraph: 'hub' })).toBe(0);
  const pg = new PgClient({ connectionString: process.env.DATABASE_URL });
  await pg.connect();
  try {
    await pg.query(`set session_replication_role = replica`);
    await pg.query(`insert into hub.event (stream, type, departments, payload) values ('SLA', 'METRICS_TEST', '{}', '{}')`);
  } finally {
    await pg.end();
  }
  expect(total(await metrics(), 'liaison_outbox_lag_events', { subgraph: 'hub' })).toBeGreaterThanOrEqual(1);
  await runtime().events.poke();
  expect(total(await metrics(), 'liaison_outbox_lag_events', { subgraph: 'hub' })).toBe(0);
});

test('SLA scan duration and overdue requests per department follow the scans', async () => {
  const issue = await submit(hub, 'enterprise', { uscc: DEMO_USERS.enterprise.uscc, title: '发票开具问题', description: '发票问题，指标测试', category: 'tax_service' });
  expect(issue.leadDepartment.code).toBe('tax');
  await act.accept(hub, 'tax-officer', issue.id);
  const scans = total(await metrics(), 'liaison_sla_scan_duration_seconds_count');

  hub.clock.advance(30 * DAY); // well past the 5-working-day reply deadline
  await runtime().sla.scanNow();
  const late = await metrics();
  expect(total(late, 'liaison_sla_scan_duration_seconds_count')).toBe(scans + 1);
  const overdueTax = total(late, 'liaison_requests_overdue', { department: 'tax' });
  expect(overdueTax).toBeGreaterThanOrEqual(1);
  for (const department of ['police', 'market', 'judicial', 'unassigned']) expect(has(late, 'liaison_requests_overdue', { department })).toBe(true);
  expect(total(late, 'liaison_sla_warnings_emitted_total')).toBeGreaterThanOrEqual(1);

  await act.respond(hub, 'tax-officer', issue.id); // replied: no longer overdue
  await runtime().sla.scanNow();
  expect(total(await metrics(), 'liaison_requests_overdue', { department: 'tax' })).toBe(overdueTax - 1);
  expect(total(await metrics(), 'liaison_sla_scan_failures_total')).toBe(0);
});

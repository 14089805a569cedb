import type { ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_USERS } from '../../src/demo/district';
import { mintDemoToken } from '../../src/demo/tokens';
import { loadConfig } from '../../src/shared/config';
import { buildOnce } from '../helpers/build';
import { startProcess } from '../helpers/processes';
import { until } from '../helpers/wait';

/**
 * Traces across real processes, as deployed: a gateway, the hub and police subgraphs each in its
 * own process (`node dist/src/main.js …`) with OTEL_EXPORTER_OTLP_ENDPOINT pointing at an OTLP/JSON
 * receiver in this test. One query gives one trace: the gateway's spans, each subgraph's HTTP and
 * operation spans, and the pg spans of its SQL under its operation span.
 */
jest.setTimeout(180_000);
const children: ChildProcess[] = [];

interface OtlpSpan {
  service: string;
  scope: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes: Record<string, unknown>;
}
const received: OtlpSpan[] = [];
let receiver: http.Server;
let endpoint = '';

beforeAll(async () => {
  buildOnce();
  receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      if (req.url === '/v1/traces') {
        for (const rs of JSON.parse(body).resourceSpans ?? []) {
          const service = rs.resource?.attributes?.find((a: any) => a.key === 'service.name')?.value?.stringValue;
          for (const ss of rs.scopeSpans ?? []) {
            for (const s of ss.spans ?? []) {
              const attributes = Object.fromEntries((s.attributes ?? []).map((a: any) => [a.key, Object.values(a.value ?? {})[0]]));
              received.push({ service, scope: ss.scope?.name, traceId: s.traceId, spanId: s.spanId, parentSpanId: s.parentSpanId || undefined, name: s.name, attributes });
            }
          }
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', () => resolve()));
  endpoint = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  receiver?.closeAllConnections();
  await new Promise((r) => receiver?.close(r));
});

test('one trace across gateway, hub and police processes, with pg spans under each subgraph operation', async () => {
  const common = {
    ...process.env,
    NODE_ENV: 'development',
    LOG_LEVEL: 'info',
    HOST: '127.0.0.1',
    PORT: '0',
    OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
    OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
    OTEL_BSP_SCHEDULE_DELAY: '100',
  };
  const run = async (args: string[], env: NodeJS.ProcessEnv, ready: RegExp) => (await startProcess(args, { ...common, ...env }, ready, children)).match[1];
  const [hubUrl, policeUrl] = await Promise.all(
    ['hub', 'police'].map((name) => run(['subgraph', name], {}, new RegExp(`subgraph ${name} listening on (http://\\S+/graphql)`))),
  );
  // the query touches only these two; the other subgraphs are not needed
  const nowhere = 'http://127.0.0.1:9/graphql';
  const gatewayUrl = await run(
    ['gateway'],
    { SUBGRAPH_URL_HUB: hubUrl, SUBGRAPH_URL_POLICE: policeUrl, SUBGRAPH_URL_MARKET: nowhere, SUBGRAPH_URL_TAX: nowhere, SUBGRAPH_URL_JUDICIAL: nowhere },
    /gateway listening on (http:\/\/\S+\/graphql)/,
  );

  const token = await mintDemoToken(loadConfig({ NODE_ENV: 'development' }), 'police-officer');
  const res = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: `query TracedPicture($u: ID!) { enterprise(uscc: $u) { name police { liaisonOfficer { name } } } }`, variables: { u: DEMO_USERS.enterprise.uscc } }),
  });
  const body = (await res.json()) as any;
  expect(body.errors).toBeUndefined(); // the subgraphs accepted the signed requests that now carry traceparent
  expect(body.data.enterprise.police.liaisonOfficer.name).toBe('李伟');

  const opSpan = (service: string) => received.find((s) => s.service === service && s.attributes['liaison.subgraph'] && s.attributes['graphql.operation.name'] === 'TracedPicture');
  const isPg = (s: OtlpSpan) => s.attributes['db.system'] === 'postgresql' || s.attributes['db.system.name'] === 'postgresql';
  const complete = () => {
    const hubOp = opSpan('liaison-hub-hub');
    if (!hubOp || !opSpan('liaison-hub-police')) return false;
    const spans = received.filter((s) => s.traceId === hubOp.traceId);
    return spans.some((s) => !s.parentSpanId) && ['liaison-hub-hub', 'liaison-hub-police'].every((service) => spans.some((s) => s.service === service && isPg(s)));
  };
  await until(complete, 'the three processes to export the trace', 30_000);
  const traceId = opSpan('liaison-hub-hub')!.traceId;
  const trace = received.filter((s) => s.traceId === traceId);
  expect(new Set(trace.map((s) => s.service))).toEqual(new Set(['liaison-hub-gateway', 'liaison-hub-hub', 'liaison-hub-police']));

  const byId = new Map(trace.map((s) => [s.spanId, s]));
  const ancestors = (s: OtlpSpan) => {
    const out: OtlpSpan[] = [];
    for (let p = s.parentSpanId && byId.get(s.parentSpanId); p; p = p.parentSpanId ? byId.get(p.parentSpanId) : undefined) out.push(p);
    return out;
  };
  const root = trace.find((s) => !s.parentSpanId)!;
  expect(root.service).toBe('liaison-hub-gateway');
  for (const service of ['liaison-hub-hub', 'liaison-hub-police']) {
    const op = opSpan(service)!;
    // the subgraph's operation span descends from the gateway's root through the gateway's upstream call
    const up = ancestors(op);
    expect(up.at(-1)).toBe(root);
    expect(up.some((s) => s.service === 'liaison-hub-gateway' && s.name === 'http.fetch')).toBe(true);
    // and its SQL is traced below it
    const sql = trace.filter((s) => s.service === service && isPg(s));
    expect(sql.length).toBeGreaterThan(0);
    for (const s of sql) expect(ancestors(s)).toContain(op);
  }
});

import { Writable } from 'node:stream';
import { tracing } from '@opentelemetry/sdk-node';
import { DEMO_USERS } from '../../../src/demo/district';
import { createLogger } from '../../../src/shared/logger';
import { startTracing, stopTracing } from '../../../src/shared/tracing';
import { startTestHub, type TestHub } from '../../helpers/test-hub';
import { until } from '../../helpers/wait';

/**
 * OpenTelemetry with an in-memory exporter, in this process: one operation through the gateway
 * gives one trace holding the gateway's spans (the runtime's OpenTelemetry plugin) and the hub's
 * and police's spans, each subgraph span a child of the gateway span that called it (W3C
 * `traceparent` over HTTP, with the HMAC signature still accepted). The pg spans below the
 * subgraph spans need the pg instrumentation, which jest's module loader bypasses: see
 * test/smoke/traces.test.ts for those, across separate processes.
 */
const exporter = new tracing.InMemorySpanExporter();
let hub: TestHub;
const lines: Record<string, any>[] = [];
beforeAll(async () => {
  startTracing({ serviceName: 'liaison-hub-test', spanProcessors: [new tracing.SimpleSpanProcessor(exporter)], instrument: false });
  const capture = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  hub = await startTestHub({ log: createLogger('debug', 'test-hub', capture), env: { LOG_LEVEL: 'info' } });
});
afterAll(async () => {
  await hub?.stop();
  await stopTracing();
});

test('one trace spans gateway → hub → police, and the logs name it', async () => {
  exporter.reset();
  const res = await hub.gql(`query EnterprisePicture($u: ID!) { enterprise(uscc: $u) { name police { liaisonOfficer { name } } } }`, { u: DEMO_USERS.enterprise.uscc }, 'police-officer');
  expect(res.errors).toBeUndefined();
  expect(res.data.enterprise.police.liaisonOfficer.name).toBe('李伟');

  const subgraphSpan = (name: string) => exporter.getFinishedSpans().find((s) => s.attributes['liaison.subgraph'] === name);
  await until(() => !!subgraphSpan('hub') && !!subgraphSpan('police') && exporter.getFinishedSpans().some((s) => s.instrumentationScope.name === 'gateway' && !s.parentSpanContext), 'the spans to end');
  const spans = exporter.getFinishedSpans();
  const hubSpan = subgraphSpan('hub')!;
  const policeSpan = subgraphSpan('police')!;
  const traceId = hubSpan.spanContext().traceId;
  expect(policeSpan.spanContext().traceId).toBe(traceId);

  const inTrace = spans.filter((s) => s.spanContext().traceId === traceId);
  const byId = new Map(inTrace.map((s) => [s.spanContext().spanId, s]));
  const gatewaySpans = inTrace.filter((s) => s.instrumentationScope.name === 'gateway');
  // the root is the gateway's HTTP span; its GraphQL operation span names the operation
  const root = inTrace.find((s) => !s.parentSpanContext)!;
  expect(root.instrumentationScope.name).toBe('gateway');
  expect(gatewaySpans.some((s) => s.attributes['graphql.operation.name'] === 'EnterprisePicture')).toBe(true);

  // each subgraph span hangs under a gateway span of the same trace (its upstream call), up to the root
  for (const span of [hubSpan, policeSpan]) {
    const parent = byId.get(span.parentSpanContext!.spanId);
    expect(parent?.instrumentationScope.name).toBe('gateway');
    expect(parent?.name).toBe('http.fetch'); // the upstream call, under `subgraph.execute (<name>)`
    let node = parent;
    while (node?.parentSpanContext) node = byId.get(node.parentSpanContext.spanId);
    expect(node).toBe(root);
  }
  expect(hubSpan.attributes['graphql.operation.name']).toBe('EnterprisePicture');

  // the gateway's log line and the subgraphs' lines carry the trace's id
  await until(() => lines.some((l) => l.scope === 'gateway' && l.operation === 'EnterprisePicture'), 'the gateway line');
  expect(lines.find((l) => l.scope === 'gateway' && l.operation === 'EnterprisePicture')!.trace_id).toBe(traceId);
  expect(new Set(lines.filter((l) => l.trace_id === traceId && l.scope !== 'gateway').map((l) => l.scope))).toEqual(new Set(['hub', 'police']));
});

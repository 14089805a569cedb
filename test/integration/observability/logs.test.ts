import fs from 'node:fs';
import { Writable } from 'node:stream';
import { DEMO_USERS } from '../../../src/demo/district';
import { CONSOLE_TRUSTED_DOCUMENTS } from '../../../src/gateway/trusted-documents';
import { createLogger } from '../../../src/shared/logger';
import { startTestHub, type TestHub } from '../../helpers/test-hub';
import { until } from '../../helpers/wait';
import { collect, wsClient } from '../../helpers/ws';

/**
 * One JSON line per operation at the gateway (name, user, department, duration, status, error
 * codes, trace id; never the token or the variables), and the subgraphs' lines for that operation
 * carry the same trace id. Tracing is off here: the ids still travel (W3C `traceparent`).
 */
let hub: TestHub;
const lines: Record<string, any>[] = [];
const raw: string[] = [];
beforeAll(async () => {
  const capture = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) {
        raw.push(line);
        lines.push(JSON.parse(line));
      }
      done();
    },
  });
  hub = await startTestHub({ log: createLogger('debug', 'test-hub', capture), env: { LOG_LEVEL: 'info' } });
});
afterAll(() => hub?.stop());

const PICTURE = `query EnterprisePicture($u: ID!) { enterprise(uscc: $u) { name police { liaisonOfficer { name } } } }`;
const gatewayLine = (pred: (l: any) => boolean) => lines.find((l) => l.scope === 'gateway' && l.msg === 'operation' && pred(l));

async function post(query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  const res = await fetch(hub.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: (await res.json()) as any };
}

test('one gateway line per operation; hub and police lines carry its trace id; no token, no variables', async () => {
  const token = await hub.token('police-officer');
  const uscc = DEMO_USERS.enterprise.uscc;
  const res = await post(PICTURE, { u: uscc }, { authorization: `Bearer ${token}` });
  expect(res.body.errors).toBeUndefined();

  await until(() => !!gatewayLine((l) => l.operation === 'EnterprisePicture'), 'the gateway line');
  const mine = lines.filter((l) => l.scope === 'gateway' && l.operation === 'EnterprisePicture');
  expect(mine).toHaveLength(1);
  const line = mine[0];
  expect(line).toMatchObject({
    level: 30,
    operation: 'EnterprisePicture',
    operationType: 'query',
    userId: DEMO_USERS['police-officer'].sub,
    department: 'police',
    status: 200,
    errorCodes: [],
  });
  expect(line.durationMs).toEqual(expect.any(Number));
  expect(line.trace_id).toMatch(/^[0-9a-f]{32}$/);

  const sameTrace = lines.filter((l) => l.trace_id === line.trace_id && l.scope !== 'gateway');
  expect(new Set(sameTrace.map((l) => l.scope))).toEqual(new Set(['hub', 'police']));

  const all = raw.join('\n');
  expect(all).not.toContain(token);
  expect(all).not.toContain(uscc);
  expect(all).not.toMatch(/Bearer|authorization/i);
});

test('error codes, refusals and a caller-supplied traceparent', async () => {
  const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
  const missing = await post(`query MissingIssue { issue(id: "Issue:987654321") { id } }`, {}, {
    authorization: `Bearer ${await hub.token('coordinator')}`,
    traceparent: `00-${traceId}-00f067aa0ba902b7-01`,
  });
  expect(missing.body.errors[0].extensions.code).toBe('NOT_FOUND');
  await until(() => !!gatewayLine((l) => l.operation === 'MissingIssue'), 'the MissingIssue line');
  expect(gatewayLine((l) => l.operation === 'MissingIssue')).toMatchObject({ errorCodes: ['NOT_FOUND'], department: null, trace_id: traceId });
  expect(lines.some((l) => l.scope === 'hub' && l.trace_id === traceId)).toBe(true);

  const anonymous = await post(`query Sneaky { me { id } }`, {}, {});
  expect(anonymous.status).toBe(401);
  await until(() => !!gatewayLine((l) => l.operation === 'Sneaky'), 'the refused line');
  expect(gatewayLine((l) => l.operation === 'Sneaky')).toMatchObject({ status: 401, userId: null, errorCodes: ['UNAUTHENTICATED'] });
});

test('an operation over the WebSocket is logged once it is set up', async () => {
  const sub = collect(wsClient(hub.url, await hub.token('coordinator')), `subscription LiveIssues { issueEvents { type cursor } }`, {});
  await until(() => !!gatewayLine((l) => l.operation === 'LiveIssues'), 'the subscription line');
  expect(gatewayLine((l) => l.operation === 'LiveIssues')).toMatchObject({
    operationType: 'subscription',
    userId: DEMO_USERS.coordinator.sub,
    transport: 'websocket',
    errorCodes: [],
    trace_id: expect.stringMatching(/^[0-9a-f]{32}$/),
  });
  await sub.stop();
});

test("a trusted document sent by hash, as the console sends a query (GET, no text), is logged under the document's name", async () => {
  const documents = JSON.parse(fs.readFileSync(CONSOLE_TRUSTED_DOCUMENTS(), 'utf8')) as Record<string, string>;
  const [hash] = Object.entries(documents).find(([, text]) => text.startsWith('query Viewer '))!;
  const url = new URL(hub.url);
  url.searchParams.set('extensions', JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }));
  const res = await fetch(url, { headers: { authorization: `Bearer ${await hub.token('tax-officer')}` } });
  expect(res.status).toBe(200);
  await until(() => !!gatewayLine((l) => l.operation === 'Viewer' && l.userId === DEMO_USERS['tax-officer'].sub), 'the gateway line');
  expect(gatewayLine((l) => l.operation === 'Viewer' && l.userId === DEMO_USERS['tax-officer'].sub)).toMatchObject({ operationType: 'query', status: 200, errorCodes: [] });
});

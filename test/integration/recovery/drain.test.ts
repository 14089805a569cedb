import http from 'node:http';
import { DEMO_USERS } from '../../../src/demo/district';
import { WS_CLOSE_SERVICE_RESTART } from '../../../src/shared/shutdown';
import { submit } from '../../helpers/issues';
import { until } from '../../helpers/wait';
import { startTestHub, type TestHub } from '../../helpers/test-hub';
import { collect, wsClient } from '../../helpers/ws';

/**
 * Stopping a hub drains it: /ready turns 503 at once, new requests get 503 + Retry-After, a
 * request already in flight (its body still arriving) is answered in full, and subscriptions are
 * closed with 1012 (Service Restart) so graphql-ws clients reconnect and resume with their cursor.
 */
let hub: TestHub;
let stopped = false;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  if (!stopped) await hub?.stop();
});

const readyUrl = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '/ready');
/** GET on a fresh connection: a pooled keep-alive one may be closed by the drain as it is reused. */
const statusOf = (url: string) =>
  new Promise<number>((resolve, reject) => http.get(url, { agent: false }, (res) => (res.resume(), resolve(res.statusCode!))).on('error', reject));

/** A POST whose body arrives in two parts: in flight until `finish()` sends the rest. */
function slowPost(url: string, token: string, body: string) {
  const bytes = Buffer.from(body);
  const half = Math.floor(bytes.length / 2);
  const req = http.request(url, {
    method: 'POST',
    agent: false,
    headers: { 'content-type': 'application/json', 'content-length': bytes.length, authorization: `Bearer ${token}` },
  });
  const response = new Promise<{ status: number; body: any }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
  req.write(bytes.subarray(0, half));
  return { response, finish: () => req.end(bytes.subarray(half)) };
}

test('stop: ready 503, new requests 503, the in-flight mutation completes, subscriptions closed with 1012', async () => {
  const issue = await submit(hub, 'enterprise', { uscc: DEMO_USERS.enterprise.uscc, title: '停机前', description: '订阅', category: 'tax_service' });
  const sub = collect(wsClient(hub.url, await hub.token('coordinator')), `subscription($id: ID, $after: String) { issueEvents(issueId: $id, after: $after) { type } }`, { id: issue.id, after: '0' });
  await sub.waitFor(1);
  expect(await statusOf(readyUrl(hub.url))).toBe(200);
  expect(await statusOf(readyUrl(hub.subgraphs.hub.url))).toBe(200);

  const mutation = slowPost(hub.url, await hub.token('enterprise'), JSON.stringify({
    query: `mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { issue { id title } } }`,
    variables: { input: { uscc: DEMO_USERS.enterprise.uscc, title: '停机中提交', description: '请求在关闭时仍在途中', category: 'tax_service' } },
  }));
  await until(() => hub.gateway.drainer.inFlight === 1, 'the mutation to be in flight at the gateway');

  stopped = true;
  const stopping = hub.stop(Date.now() + 30_000);
  await until(async () => (await statusOf(readyUrl(hub.url))) === 503, 'the gateway to report draining');
  expect(await statusOf(readyUrl(hub.subgraphs.hub.url))).toBe(503);
  expect(await statusOf(hub.url.replace('/graphql', '/health'))).toBe(200); // liveness unchanged
  const refused = await fetch(hub.url, { method: 'POST', headers: { 'content-type': 'application/json', connection: 'close' }, body: '{"query":"{ __typename }"}' });
  expect(refused.status).toBe(503);
  expect(refused.headers.get('retry-after')).toBe('1');
  expect(((await refused.json()) as any).errors[0].extensions).toEqual({ code: 'SHUTTING_DOWN' });
  expect(sub.errors).toEqual([]); // subscriptions stay until the in-flight requests are done

  mutation.finish();
  const answer = await mutation.response;
  expect(answer.status).toBe(200);
  expect(answer.body.errors).toBeUndefined();
  expect(answer.body.data.submitIssue.issue.title).toBe('停机中提交');

  await stopping;
  await sub.waitForEnd();
  expect((sub.errors[0] as { code: number }).code).toBe(WS_CLOSE_SERVICE_RESTART);
});

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_ENTERPRISES, DEMO_USERS, type DemoUserName } from '../../../src/demo/district';
import { CONSOLE_TRUSTED_DOCUMENTS } from '../../../src/gateway/trusted-documents';
import { startTestHub, type TestHub } from '../../helpers/test-hub';
import { until } from '../../helpers/wait';
import { collect, wsClient } from '../../helpers/ws';

/**
 * Trusted documents (persisted operations): the console's operations, listed by sha256 in
 * console/src/gql/persisted-documents.json, run when sent by hash alone, over HTTP and graphql-ws.
 * With TRUSTED_DOCUMENTS_ONLY nothing else runs; by default both do.
 */
const consoleDocuments = JSON.parse(fs.readFileSync(CONSOLE_TRUSTED_DOCUMENTS(), 'utf8')) as Record<string, string>;
/** The hash of the console's operation called `name`. */
function hashOf(name: string): string {
  const found = Object.entries(consoleDocuments).find(([, text]) => new RegExp(`^(query|mutation|subscription) ${name}\\b`).test(text));
  if (!found) throw new Error(`no console operation ${name}`);
  return found[0];
}
const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

/** A partner front-end's own list (TRUSTED_DOCUMENTS_FILES), in the console's format. */
const PARTNER_DOCUMENT = 'query PartnerEnterpriseName($uscc: ID!) { enterprise(uscc: $uscc) { name } }';
const PARTNER_HASH = createHash('sha256').update(PARTNER_DOCUMENT).digest('hex');

async function post(hub: TestHub, body: Record<string, unknown>, who: DemoUserName | null) {
  const res = await fetch(hub.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(who ? { authorization: `Bearer ${await hub.token(who)}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, ...((await res.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] }) };
}

/** As the console sends a query: GET, the hash in `extensions`, no text. */
async function get(hub: TestHub, params: Record<string, unknown>, who: DemoUserName) {
  const url = new URL(hub.url);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, typeof v === 'string' ? v : JSON.stringify(v));
  const res = await fetch(url, { headers: { authorization: `Bearer ${await hub.token(who)}` } });
  return { status: res.status, ...((await res.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] }) };
}

const enterpriseUscc = DEMO_USERS.enterprise.uscc!;
const submission = (title: string) => ({
  input: { uscc: enterpriseUscc, title, description: `${title}，请协调处理。`, category: 'public_security' },
});

/**
 * A coordinator follows issueEvents (by default the console's subscription, by hash), and the
 * enterprise submits through the console's mutation (by hash): the event arrives. Leaves the hub
 * with the subscriptions it found.
 */
async function subscriptionDelivers(hub: TestHub, subscription: Parameters<typeof collect>[1] = { query: '', extensions: persisted(hashOf('CoordinatorIssueEvents')) }) {
  const before = hub.subscriberCount();
  const client = wsClient(hub.url, await hub.token('coordinator'));
  const events = collect(client, subscription);
  try {
    await until(() => hub.subscriberCount() > before || events.errors.length > 0, 'the subscription');
    expect(events.errors).toEqual([]);
    const title = `夜间厂区有可疑人员 ${Date.now()}`;
    const submitted = await post(hub, { operationName: 'SubmitRequestFromConsole', variables: submission(title), extensions: persisted(hashOf('SubmitRequestFromConsole')) }, 'enterprise');
    expect(submitted.errors).toBeUndefined();
    const issueId = submitted.data.submitIssue.issue.id;
    await events.waitUntil((e: { issueId: string }) => e.issueId === issueId);
  } finally {
    await events.stop();
    await client.dispose();
    await until(() => hub.subscriberCount() <= before, 'the subscription to end');
  }
}

describe('TRUSTED_DOCUMENTS_ONLY=true: only trusted documents run', () => {
  let hub: TestHub;
  let listDir: string;
  beforeAll(async () => {
    listDir = fs.mkdtempSync(path.join(os.tmpdir(), 'liaison-trusted-'));
    const list = path.join(listDir, 'partner.json');
    fs.writeFileSync(list, JSON.stringify({ [PARTNER_HASH]: PARTNER_DOCUMENT }));
    hub = await startTestHub({ env: { TRUSTED_DOCUMENTS_ONLY: 'true', TRUSTED_DOCUMENTS_FILES: list } });
  });
  afterAll(async () => {
    await hub?.stop();
    fs.rmSync(listDir, { recursive: true, force: true });
  });

  test('a console query by its hash runs, by POST and by GET (as the console sends it)', async () => {
    const byPost = await post(hub, { operationName: 'Viewer', extensions: persisted(hashOf('Viewer')) }, 'police-officer');
    expect(byPost.errors).toBeUndefined();
    expect(byPost.data.me).toMatchObject({ __typename: 'Viewer', displayName: DEMO_USERS['police-officer'].name });
    const byGet = await get(hub, { operationName: 'EnterpriseTaxPanel', variables: { uscc: enterpriseUscc }, extensions: persisted(hashOf('EnterpriseTaxPanel')) }, 'police-officer');
    expect(byGet.status).toBe(200);
    expect(byGet.errors).toBeUndefined();
    expect(byGet.data.enterprise.tax).toHaveProperty('creditRating');
  });

  test('any query text is refused with FORBIDDEN, even the exact text of a trusted document', async () => {
    for (const query of ['{ me { id } }', consoleDocuments[hashOf('Viewer')]]) {
      const res = await post(hub, { query }, 'coordinator');
      expect(res.status).toBe(403);
      expect(res.data).toBeUndefined();
      expect(res.errors).toEqual([
        expect.objectContaining({ message: expect.stringMatching(/trusted documents only \(TRUSTED_DOCUMENTS_ONLY\)/), extensions: { code: 'FORBIDDEN', reason: 'TRUSTED_DOCUMENTS_ONLY' } }),
      ]);
    }
  });

  test('a hash that no list holds is PERSISTED_QUERY_NOT_FOUND; a body with neither hash nor text BAD_USER_INPUT', async () => {
    const unknown = createHash('sha256').update('query Nope { me { id } }').digest('hex');
    const res = await post(hub, { extensions: persisted(unknown) }, 'coordinator');
    expect(res.status).toBe(200);
    expect(res.errors).toEqual([expect.objectContaining({ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } })]);
    expect(res.errors![0].message).toContain(unknown);
    // what does not look like a hash is not repeated back
    const odd = await post(hub, { documentId: '<script>' }, 'coordinator');
    expect(odd.errors?.[0]).toMatchObject({ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } });
    expect(odd.errors![0].message).not.toContain('<script>');
    const nothing = await post(hub, { variables: {} }, 'coordinator');
    expect(nothing.status).toBe(400);
    expect(nothing.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  test('a subscription of the console, by hash over graphql-ws, delivers its events', async () => {
    await subscriptionDelivers(hub);
  });

  test('a subscription sent as text over graphql-ws is refused with FORBIDDEN; the connection stays open', async () => {
    const client = wsClient(hub.url, await hub.token('coordinator'));
    let closed = 0;
    client.on('closed', () => void closed++);
    const events = collect(client, 'subscription { issueEvents { cursor } }');
    try {
      await events.waitForEnd();
      expect(events.events).toEqual([]);
      expect(events.errors).toEqual([expect.objectContaining({ extensions: { code: 'FORBIDDEN', reason: 'TRUSTED_DOCUMENTS_ONLY' } })]);
      // the same socket still runs a trusted document
      const viewer = collect(client, { query: '', extensions: persisted(hashOf('Viewer')) }, {}, (data) => data.me);
      expect((await viewer.waitFor(1))[0]).toMatchObject({ roles: ['COORDINATOR'] });
      expect(closed).toBe(0);
    } finally {
      await client.dispose();
    }
  });

  test("a partner's list (TRUSTED_DOCUMENTS_FILES) is trusted too; a token is still needed", async () => {
    const res = await post(hub, { documentId: PARTNER_HASH, variables: { uscc: enterpriseUscc } }, 'market-officer');
    expect(res.errors).toBeUndefined();
    expect(res.data.enterprise.name).toBe(DEMO_ENTERPRISES.find((e) => e.uscc === enterpriseUscc)!.name);
    const anonymous = await post(hub, { documentId: PARTNER_HASH, variables: { uscc: enterpriseUscc } }, null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('by default (TRUSTED_DOCUMENTS_ONLY unset): trusted documents by hash, and any other operation as text', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub?.stop());

  test('a console query by hash and an arbitrary query as text both run', async () => {
    const byHash = await post(hub, { operationName: 'Viewer', extensions: persisted(hashOf('Viewer')) }, 'coordinator');
    expect(byHash.errors).toBeUndefined();
    expect(byHash.data.me.roles).toEqual(['COORDINATOR']);
    const byText = await post(hub, { query: '{ me { roles } }' }, 'coordinator');
    expect(byText.errors).toBeUndefined();
    expect(byText.data.me.roles).toEqual(['COORDINATOR']);
  });

  test('an unknown hash is PERSISTED_QUERY_NOT_FOUND (an automatic-persisted-query client then sends the text, which runs)', async () => {
    const text = '{ me { displayName } }';
    const hash = createHash('sha256').update(text).digest('hex');
    const first = await post(hub, { extensions: persisted(hash) }, 'tax-officer');
    expect(first.errors).toEqual([expect.objectContaining({ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } })]);
    const retried = await post(hub, { query: text, extensions: persisted(hash) }, 'tax-officer');
    expect(retried.errors).toBeUndefined();
    expect(retried.data.me.displayName).toBe(DEMO_USERS['tax-officer'].name);
  });

  test('a subscription of the console by hash delivers its events; one as text too', async () => {
    await subscriptionDelivers(hub);
    await subscriptionDelivers(hub, 'subscription { issueEvents { issueId } }');
  });
});

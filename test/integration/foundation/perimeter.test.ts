import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { DEMO_ENTERPRISES, DEMO_USERS } from '../../../src/demo/district';
import { signContent, SIGNATURE_EXTENSION, subgraphSignedContent } from '../../../src/shared/gateway-signature';
import { callSubgraph } from '../../helpers/subgraph';
import { startTestHub, type TestHub } from '../../helpers/test-hub';

/**
 * The perimeter: subgraphs answer only operations the gateway signed, entity references follow the
 * root fields' rules, and departments see each other's confidential records only as summaries.
 */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

const A = DEMO_ENTERPRISES[0].uscc;
const B = DEMO_ENTERPRISES[1].uscc;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Enterprise { uscc name legalRepresentative address } } }`;
const reps = (...codes: string[]) => ({ r: codes.map((uscc) => ({ __typename: 'Enterprise', uscc })) });
const bearer = async (user: Parameters<TestHub['token']>[0]) => `Bearer ${await hub.token(user)}`;

describe('subgraphs answer only the gateway', () => {
  test('an unsigned request is refused before it runs, with or without a token', async () => {
    hub.resetQueryCounts();
    for (const authorization of [undefined, await bearer('coordinator')]) {
      const res = await callSubgraph(hub, 'hub', { query: ENTITIES, variables: reps(A, B), authorization, signature: 'none' });
      expect(res.status).toBe(403);
      expect(res.body.errors[0].extensions.code).toBe('FORBIDDEN');
      expect(res.body.data).toBeUndefined();
    }
    expect(hub.queryCounts().hub).toBe(0);
  });

  test('a signature made with another secret, for another query or for another token is refused', async () => {
    const coordinator = await bearer('coordinator');
    const wrongSecret = await callSubgraph(hub, 'tax', {
      query: ENTITIES.replace('uscc name legalRepresentative address', 'uscc'),
      variables: reps(A),
      authorization: coordinator,
      signature: { secret: 'x'.repeat(43) },
    });
    expect(wrongSecret.status).toBe(403);

    // a signed body replayed with other variables, or under another caller's token
    const signedFor = async (variables: Record<string, unknown>, authorization: string) => {
      return { [SIGNATURE_EXTENSION]: signContent(hub.config.gatewaySigning.secret, subgraphSignedContent({ query: ENTITIES, variables }, authorization)) };
    };
    const send = async (variables: Record<string, unknown>, authorization: string, extensions: Record<string, unknown>) =>
      fetch(hub.subgraphs.hub.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query: ENTITIES, variables, extensions }),
      });
    const police = await bearer('police-officer');
    expect((await send(reps(A), police, await signedFor(reps(A), police))).status).toBe(200);
    expect((await send(reps(B), police, await signedFor(reps(A), police))).status).toBe(403);
    expect((await send(reps(A), coordinator, await signedFor(reps(A), police))).status).toBe(403);
  });

  test('GET and non-JSON requests to a subgraph are refused', async () => {
    const get = await fetch(`${hub.subgraphs.police.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(get.status).toBe(405);
    const form = await fetch(hub.subgraphs.police.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=%7B__typename%7D',
    });
    expect(form.status).toBe(405);
  });

  test('an unsigned WebSocket subscription straight to the hub subgraph is refused', async () => {
    const client = createClient({
      url: hub.subgraphs.hub.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: await bearer('police-officer') },
      retryAttempts: 0,
    });
    try {
      const outcome = await new Promise<{ errors?: readonly { message: string; extensions?: any }[]; data?: unknown }>((resolve) => {
        client.subscribe(
          { query: `subscription { referralEvents(department: "police") { cursor } }` },
          {
            next: (r) => resolve(r as never),
            error: (e) => resolve({ errors: Array.isArray(e) ? e : [{ message: String(e) }] }),
            complete: () => resolve({}),
          },
        );
      });
      expect(outcome.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(outcome.data).toBeUndefined();
    } finally {
      await client.dispose();
    }
  });
});

describe('entity references follow the root fields’ rules', () => {
  test('_entities with no token is UNAUTHENTICATED for every representation (signed, as if from the gateway)', async () => {
    const res = await callSubgraph(hub, 'hub', { query: ENTITIES, variables: reps(A, B) });
    expect(res.body.errors.map((e: any) => e.extensions.code)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
    expect(res.body.data._entities).toEqual([null, null]);
    expect(JSON.stringify(res.body)).not.toContain(DEMO_ENTERPRISES[0].name);
  });

  test('an enterprise user resolves its own enterprise only; a bad key is BAD_USER_INPUT', async () => {
    const enterprise = await bearer('enterprise');
    const mine = DEMO_USERS.enterprise.uscc!;
    const other = mine === A ? B : A;
    const res = await callSubgraph(hub, 'hub', { query: ENTITIES, variables: reps(mine, other, 'not-a-code'), authorization: enterprise });
    expect(res.body.data._entities[0]).toMatchObject({ uscc: mine });
    expect(res.body.data._entities[1]).toBeNull();
    expect(res.body.data._entities[2]).toBeNull();
    const codes = res.body.errors.map((e: any) => [e.path?.[1], e.extensions.code]);
    expect(codes).toEqual(expect.arrayContaining([[1, 'FORBIDDEN'], [2, 'BAD_USER_INPUT']]));
  });
});

describe('need-to-know between departments (DESIGN §5)', () => {
  /** Each department's confidential fields, with the query that asks for one of them. */
  const CONFIDENTIAL: { owner: string; path: [string, string]; select: string }[] = [
    { owner: 'police', path: ['police', 'visits'], select: 'police { visits { notes } }' },
    { owner: 'police', path: ['police', 'alerts'], select: 'police { alerts { summary } }' },
    { owner: 'market', path: ['market', 'penalties'], select: 'market { penalties { fineYuan } }' },
    { owner: 'tax', path: ['tax', 'arrears'], select: 'tax { arrears { amountYuan } }' },
    { owner: 'tax', path: ['tax', 'outstandingArrearsYuan'], select: 'tax { outstandingArrearsYuan }' },
    // the connections that replace the plain lists above: the same rule
    { owner: 'police', path: ['police', 'visitsConnection'], select: 'police { visitsConnection(first: 5) { edges { node { notes } } } }' },
    { owner: 'police', path: ['police', 'alertsConnection'], select: 'police { alertsConnection(first: 5) { edges { node { summary } } } }' },
    { owner: 'market', path: ['market', 'penaltiesConnection'], select: 'market { penaltiesConnection(first: 5) { edges { node { fine } } } }' },
    { owner: 'tax', path: ['tax', 'arrearsConnection'], select: 'tax { arrearsConnection(first: 5) { edges { node { amount } } } }' },
    // judicial case text is checked per case field (the case list itself is a summary for everyone): test/integration/judicial/
    { owner: 'judicial', path: ['judicial', 'litigations'], select: 'judicial { litigations { caseNo } }' },
  ];
  const OFFICERS = ['police', 'market', 'tax', 'judicial'] as const;
  const SUMMARY = `police { access alertCount visitCount lastVisitedOn liaisonOfficer { name } }
    market { access registrationStatus isOnAbnormalList penaltyCount }
    tax { access creditRating hasOutstandingArrears }
    judicial { access openMediationCases mediationCaseCount litigationCount }`;

  test.each(OFFICERS)('a %s officer: own records in full, others’ confidential fields FORBIDDEN', async (dept) => {
    for (const field of CONFIDENTIAL) {
      const res = await hub.gql(`query($u: ID!) { enterprise(uscc: $u) { uscc ${field.select} } }`, { u: A }, `${dept}-officer` as never);
      const value = res.data?.enterprise?.[field.path[0]]?.[field.path[1]];
      if (field.owner === dept) {
        expect({ field: field.path.join('.'), errors: res.errors }).toEqual({ field: field.path.join('.'), errors: undefined });
        expect(value).not.toBeNull();
      } else {
        expect(res.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([[`enterprise.${field.path.join('.')}`, 'FORBIDDEN']]);
        expect(value).toBeNull();
        expect(res.data.enterprise.uscc).toBe(A); // the rest of the answer still arrives
      }
    }
  });

  test.each(OFFICERS)('a %s officer sees every department’s summary and its access level', async (dept) => {
    const res = await hub.gql(`query($u: ID!) { enterprise(uscc: $u) { ${SUMMARY} } }`, { u: A }, `${dept}-officer` as never);
    expect(res.errors).toBeUndefined();
    for (const owner of OFFICERS) expect(res.data.enterprise[owner].access).toBe(owner === dept ? 'FULL' : 'SUMMARY');
    expect(res.data.enterprise.judicial.mediationCaseCount).toBeGreaterThan(0);
    expect(res.data.enterprise.police.alertCount).toBeGreaterThan(0);
  });

  test('a coordinator sees everything, the enterprise itself all but judicial case text; an enterprise sees no other enterprise', async () => {
    const all = `query($u: ID!) { enterprise(uscc: $u) { ${CONFIDENTIAL.map((c) => c.select).join(' ')} ${SUMMARY} } }`;
    const coordinator = await hub.gql(all, { u: A }, 'coordinator');
    expect(coordinator.errors).toBeUndefined();
    for (const owner of OFFICERS) expect(coordinator.data.enterprise[owner].access).toBe('FULL');

    const mine = DEMO_USERS.enterprise.uscc!;
    const own = await hub.gql(all, { u: mine }, 'enterprise');
    // the judicial bureau shows an enterprise its own cases as summaries only (README, "Judicial")
    expect(own.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([['enterprise.judicial.litigations', 'FORBIDDEN']]);
    for (const owner of OFFICERS) expect(own.data.enterprise[owner].access).toBe(owner === 'judicial' ? 'SUMMARY' : 'FULL');

    const other = await hub.gql(all, { u: mine === A ? B : A }, 'enterprise');
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(other.data?.enterprise ?? null).toBeNull();
  });
});

describe('what the gateway accepts over HTTP', () => {
  const MUTATION = `mutation { saveDepartment(input: { code: "evil", nameZh: "恶意", nameEn: "Evil" }) { department { code } } }`;

  test('a form-encoded or text/plain POST does not run a mutation (415); JSON does reach the hub', async () => {
    const token = await hub.token('coordinator');
    for (const [type, body] of [
      ['application/x-www-form-urlencoded', `query=${encodeURIComponent(MUTATION)}`],
      ['text/plain', JSON.stringify({ query: MUTATION })],
    ]) {
      const res = await fetch(hub.url, { method: 'POST', headers: { 'content-type': type, authorization: `Bearer ${token}` }, body });
      expect([type, res.status]).toEqual([type, 415]);
      expect(((await res.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
    // multipart is the file-upload format (README "Attachments"): only with a header no cross-site
    // form can send, and only as the multipart request spec (an `operations` field)
    const form = `--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n${MUTATION}\r\n--x--`;
    const multipart = (headers: Record<string, string>) =>
      fetch(hub.url, { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=x', ...headers }, body: form }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));
    const noPreflight = await multipart({});
    expect(noPreflight.status).toBe(400);
    expect(noPreflight.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const notTheSpec = await multipart({ authorization: `Bearer ${token}` });
    expect(notTheSpec.body.data).toBeUndefined();
    expect(notTheSpec.body.errors[0].message).toBe('Missing multipart form field "operations"');
    const depts = await hub.gql(`{ departments { code } }`, {}, 'coordinator');
    expect(depts.data.departments.map((d: any) => d.code)).not.toContain('evil');
  });

  test('GET runs queries (GraphQL over HTTP) but never mutations', async () => {
    const token = await hub.token('police-officer');
    const q = await fetch(`${hub.url}?query=${encodeURIComponent('{ me { id } }')}`, {
      headers: { authorization: `Bearer ${token}`, accept: 'application/graphql-response+json' },
    });
    expect(q.status).toBe(200);
    expect(((await q.json()) as any).data.me.id).toBe('u-police-li');
    const m = await fetch(`${hub.url}?query=${encodeURIComponent(MUTATION)}`, { headers: { authorization: `Bearer ${token}` } });
    expect(m.status).toBe(405);
  });

  test('with no CORS_ORIGINS configured, no origin is allowed', async () => {
    const res = await fetch(hub.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });
});

import { SignJWT } from 'jose';
import { DEMO_ENTERPRISES } from '../../../src/demo/district';
import { callSubgraph } from '../../helpers/subgraph';
import { startTestHub, type TestHub } from '../../helpers/test-hub';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

const Q = `query($u: ID!) { enterprise(uscc: $u) { name tax { creditRating } } }`;
const uscc = DEMO_ENTERPRISES[0].uscc;
const codeOf = (res: { errors?: { extensions?: Record<string, any> }[] }) => res.errors?.[0]?.extensions?.code;

test('a bad USCC is BAD_USER_INPUT naming the problem', async () => {
  const wrongCheck = uscc.slice(0, 17) + (uscc[17] === '0' ? '1' : '0');
  const res = await hub.gql(Q, { u: wrongCheck }, 'police-officer');
  expect(codeOf(res)).toBe('BAD_USER_INPUT');
  expect(res.errors![0].message).toMatch(/check character/);

  const short = await hub.gql(Q, { u: uscc.slice(0, 17) }, 'police-officer');
  expect(codeOf(short)).toBe('BAD_USER_INPUT');
  expect(short.errors![0].message).toMatch(/17 characters/);

  const letter = await hub.gql(Q, { u: 'O' + uscc.slice(1) }, 'police-officer');
  expect(codeOf(letter)).toBe('BAD_USER_INPUT');
  expect(letter.errors![0].message).toMatch(/not allowed/);
});

test('no token: UNAUTHENTICATED', async () => {
  const res = await hub.gql(Q, { u: uscc });
  expect(codeOf(res)).toBe('UNAUTHENTICATED');
  expect(res.data?.enterprise ?? null).toBeNull();
});

test('expired token: UNAUTHENTICATED saying it expired', async () => {
  const expired = await hub.token('police-officer', {}, Math.floor(Date.now() / 1000) - 60);
  const res = await hub.gql(Q, { u: uscc }, expired);
  expect(codeOf(res)).toBe('UNAUTHENTICATED');
  expect(res.errors![0].message).toMatch(/expired/);
});

test('token signed with another key: UNAUTHENTICATED', async () => {
  const forged = await new SignJWT({ name: 'Mallory', dept: 'police', roles: ['COORDINATOR'] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('mallory')
    .setIssuer(hub.config.jwt.issuer)
    .setAudience(hub.config.jwt.audience)
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode('not-the-hub-secret-not-the-hub-secret'));
  const res = await hub.gql(Q, { u: uscc }, forged);
  expect(codeOf(res)).toBe('UNAUTHENTICATED');
  expect(res.errors![0].message).toMatch(/signature/);
});

test('a garbage Authorization header: UNAUTHENTICATED', async () => {
  const res = await hub.gql(`{ me { id } }`, {}, 'not-a-jwt');
  expect(codeOf(res)).toBe('UNAUTHENTICATED');
});

test('every subgraph verifies the token itself (a gateway-signed request straight to a department subgraph)', async () => {
  const direct = async (authorization?: string) =>
    (
      await callSubgraph(hub, 'tax', {
        query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Enterprise { tax { creditRating } } } }`,
        variables: { r: [{ __typename: 'Enterprise', uscc }] },
        authorization,
      })
    ).body;
  expect((await direct()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  const ok = await direct(`Bearer ${await hub.token('tax-officer')}`);
  expect(ok.data._entities[0].tax.creditRating).toBe('A');
});

// that unexpected errors never leak SQL or stack traces: error-masking.test.ts (a real database fault)

test('an over-deep query is refused at the gateway with MAX_DEPTH_LIMIT, before any subgraph runs it', async () => {
  const deep = `{ issues(first: 5) { edges { node { referrals { issue { referrals { issue { referrals { issue { referrals { issue { referrals { issue { id } } } } } } } } } } } } } }`;
  hub.resetQueryCounts();
  const res = await hub.gql(deep, {}, 'coordinator');
  expect(codeOf(res)).toBe('MAX_DEPTH_LIMIT');
  expect(res.errors![0].message).toMatch(/depth limit of 12 exceeded, found 14/);
  expect(hub.queryCounts().hub).toBe(0);
  // a realistic deep query (an inbox with federated enterprise fields) is fine
  const inbox = await hub.gql(`{ issues(first: 5) { edges { node { enterprise { police { liaisonOfficer { station { name } } } } } } } }`, {}, 'coordinator');
  expect(inbox.errors).toBeUndefined();
});

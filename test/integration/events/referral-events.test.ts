import type { Client } from 'graphql-ws';
import { DEMO_USERS } from '../../../src/demo/district';
import { act, submit } from '../../helpers/issues';
import { startTestHub, type TestHub } from '../../helpers/test-hub';
import { collect, wsClient } from '../../helpers/ws';

/** Subscriptions through the gateway over graphql-ws, with federated payloads and the same access rules as queries. */
let hub: TestHub;
const clients: Client[] = [];
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await hub?.stop();
});
const client = async (user: Parameters<TestHub['token']>[0] | null, overrides = {}, expiresIn: string | number = '1h') => {
  const c = wsClient(hub.url, user ? await hub.token(user, overrides, expiresIn) : null);
  clients.push(c);
  return c;
};

const REFERRAL_EVENTS = /* GraphQL */ `
  subscription($dept: ID!, $after: String) {
    referralEvents(department: $dept, after: $after) {
      cursor type fromDepartment toDepartment
      referral { kind status reason }
      issue { number enterprise { name tax { creditRating } police { liaisonOfficer { name } } } }
    }
  }
`;

async function acceptedTaxIssue() {
  const issue = await submit(hub, 'enterprise', { uscc: DEMO_USERS.enterprise.uscc, title: '发票', description: '发票问题', category: 'tax_service' });
  await act.accept(hub, 'tax-officer', issue.id);
  return issue;
}

test('a referral made through the gateway reaches the receiving department, federated fields filled', async () => {
  const sub = collect(await client('market-officer'), REFERRAL_EVENTS, { dept: 'market' });
  await new Promise((r) => setTimeout(r, 300)); // subscription established end to end
  const issue = await acceptedTaxIssue();
  await act.refer(hub, 'tax-officer', { issueId: issue.id, toDepartment: 'market', kind: 'TRANSFER', reason: '经营范围', idempotencyKey: `ev-${issue.id}` });
  const [event] = await sub.waitFor(1);
  expect(event).toMatchObject({
    type: 'PROPOSED',
    fromDepartment: 'tax',
    toDepartment: 'market',
    referral: { kind: 'TRANSFER', status: 'PENDING', reason: '经营范围' },
    issue: {
      number: issue.number,
      enterprise: { name: '南京清河精密机械有限公司', tax: { creditRating: 'A' }, police: { liaisonOfficer: { name: '李伟' } } },
    },
  });
  expect(event.cursor).toMatch(/^\d+$/);
  await sub.stop();
});

test('a police officer may not follow the tax department\'s referrals; no token is UNAUTHENTICATED', async () => {
  const forbidden = collect(await client('police-officer'), REFERRAL_EVENTS, { dept: 'tax' });
  await forbidden.waitForEnd();
  expect(JSON.stringify(forbidden.errors)).toMatch(/FORBIDDEN|Only officers of tax/);
  expect(forbidden.events).toEqual([]);

  const anonymous = collect(await client(null), REFERRAL_EVENTS, { dept: 'tax' });
  await anonymous.waitForEnd();
  expect(JSON.stringify(anonymous.errors)).toMatch(/UNAUTHENTICATED|Sign in/);
});

test('an enterprise user sees only events of its own issues', async () => {
  const own = collect(await client('enterprise'), `subscription { issueEvents { type issueId } }`);
  const stranger = collect(await client('enterprise', { sub: 'u-enterprise-9', uscc: '91440300708461136T' }), `subscription { issueEvents { type issueId } }`);
  await new Promise((r) => setTimeout(r, 300));
  const issue = await acceptedTaxIssue();
  const events = await own.waitFor(3); // SUBMITTED, ROUTED, ACCEPTED
  expect(events.map((e: any) => [e.type, e.issueId])).toEqual([
    ['SUBMITTED', issue.id],
    ['ROUTED', issue.id],
    ['ACCEPTED', issue.id],
  ]);
  await new Promise((r) => setTimeout(r, 300));
  expect(stranger.events).toEqual([]);
  await own.stop();
  await stranger.stop();
});

test('a token that expires while connected stops the stream', async () => {
  const sub = collect(await client('tax-officer', {}, '2s'), `subscription { issueEvents { type } }`);
  await sub.waitForEnd(10_000);
  expect(JSON.stringify(sub.errors)).toMatch(/expired/);
});

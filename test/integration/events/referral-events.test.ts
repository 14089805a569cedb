import type { Client } from 'graphql-ws';
import { DEMO_ENTERPRISES, DEMO_USERS } from '../../../src/demo/district';
import { act, submit } from '../../helpers/issues';
import { startTestHub, type TestHub } from '../../helpers/test-hub';
import { collect, latestCursor, wsClient } from '../../helpers/ws';

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
      cursor type fromDepartment { code nameZh } toDepartment { code }
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
  // from the current cursor: nothing that happens after this line can be missed, however long
  // the subscription takes to reach the hub
  const sub = collect(await client('market-officer'), REFERRAL_EVENTS, { dept: 'market', after: await latestCursor() });
  const issue = await acceptedTaxIssue();
  await act.refer(hub, 'tax-officer', { issueId: issue.id, toDepartment: 'market', kind: 'TRANSFER', reason: '经营范围', idempotencyKey: `ev-${issue.id}` });
  // other tests' referrals to market (and their SLA warnings) may be on the stream too
  const ofThisIssue = (e: any) => e.issue?.number === issue.number;
  const event = (await sub.waitUntil(ofThisIssue)).find(ofThisIssue);
  expect(event).toMatchObject({
    type: 'PROPOSED',
    fromDepartment: { code: 'tax', nameZh: '税务局' },
    toDepartment: { code: 'market' },
    referral: { kind: 'TRANSFER', status: 'PENDING', reason: '经营范围' },
    issue: {
      number: issue.number,
      enterprise: { name: '南京清河精密机械有限公司', tax: { creditRating: 'A' }, police: { liaisonOfficer: { name: '李伟' } } },
    },
  });
  expect(event.cursor).toMatch(/^\d+$/);
  expect(sub.errors).toEqual([]);
  await sub.stop();
});

test('a police officer may not follow the tax department\'s referrals; no token is UNAUTHENTICATED', async () => {
  const forbidden = collect(await client('police-officer'), REFERRAL_EVENTS, { dept: 'tax' });
  await forbidden.waitForEnd();
  expect(JSON.stringify(forbidden.errors)).toMatch(/FORBIDDEN/);
  expect(forbidden.events).toEqual([]);

  const anonymous = collect(await client(null), REFERRAL_EVENTS, { dept: 'tax' });
  await anonymous.waitForEnd();
  expect(JSON.stringify(anonymous.errors)).toMatch(/UNAUTHENTICATED/);
  expect(anonymous.events).toEqual([]);
});

test('an enterprise user sees only events of its own issues', async () => {
  const ISSUE_EVENTS = `subscription($after: String) { issueEvents(after: $after) { type issueId } }`;
  const from = await latestCursor();
  const own = collect(await client('enterprise'), ISSUE_EVENTS, { after: from });
  const strangerUscc = DEMO_ENTERPRISES.find((e) => e.uscc !== DEMO_USERS.enterprise.uscc)!.uscc;
  const stranger = collect(await client('enterprise', { sub: 'u-enterprise-stranger', uscc: strangerUscc }), ISSUE_EVENTS, { after: from });
  const issue = await acceptedTaxIssue();
  const events = await own.waitUntil((e: any) => e.issueId === issue.id && e.type === 'ACCEPTED');
  expect(events.filter((e: any) => e.issueId === issue.id).map((e: any) => e.type)).toEqual(['SUBMITTED', 'ROUTED', 'ACCEPTED']);

  // the stranger's stream is live and was all along: a later event of its own enterprise
  // arrives, and nothing of the other enterprise's came before it; no error either
  const theirs = await submit(hub, 'coordinator', { uscc: strangerUscc, title: '咨询', description: '咨询', category: 'other', channel: 'HOTLINE' });
  const seen = await stranger.waitUntil((e: any) => e.issueId === theirs.id);
  expect(stranger.errors).toEqual([]);
  expect(seen.every((e: any) => e.issueId !== issue.id)).toBe(true);
  expect(seen[0]).toEqual({ type: 'SUBMITTED', issueId: theirs.id });
  expect(own.errors).toEqual([]);
  expect(own.events.some((e: any) => e.issueId === theirs.id)).toBe(false);
  await own.stop();
  await stranger.stop();
});

test('a token that expires while connected stops the stream', async () => {
  const sub = collect(await client('tax-officer', {}, '2s'), `subscription { issueEvents { type } }`);
  await sub.waitForEnd(10_000);
  expect(JSON.stringify(sub.errors)).toMatch(/expired/);
});

import type { Client } from 'graphql-ws';
import { DEMO_USERS } from '../../../src/demo/district';
import { stepIssue } from '../../../src/subgraphs/hub/issue/issue-workflow';
import { Issue } from '../../../src/subgraphs/hub/issue/issue.entity';
import { emitSlaWarnings } from '../../../src/subgraphs/hub/events/sla-scheduler';
import { act, submit } from '../../helpers/issues';
import { rowId, sql } from '../../helpers/sql';
import { startTestHub, type TestHub } from '../../helpers/test-hub';
import { addDays } from '../../helpers/clock';
import { until } from '../../helpers/wait';
import { collect, latestCursor, wsClient } from '../../helpers/ws';

/**
 * Nothing lost: events cross instances (LISTEN/NOTIFY), survive disconnects and restarts
 * (cursor replay), exist only for committed transactions, and warnings are emitted once.
 */
let a: TestHub;
let b: TestHub;
const clients: Client[] = [];
beforeAll(async () => {
  [a, b] = await Promise.all([startTestHub(), startTestHub()]);
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await Promise.all([a?.stop(), b?.stop()]);
});
async function client(hub: TestHub, user: Parameters<TestHub['token']>[0] = 'coordinator') {
  const c = wsClient(hub.url, await hub.token(user));
  clients.push(c);
  return c;
}
const ISSUE_EVENTS = `subscription($id: ID, $after: String) { issueEvents(issueId: $id, after: $after) { cursor type toStatus issueId } }`;

async function newIssue(hub: TestHub) {
  return submit(hub, 'enterprise', { uscc: DEMO_USERS.enterprise.uscc, title: '发票', description: '发票问题', category: 'tax_service' });
}

test('a subscriber on instance A receives the events of a mutation made on instance B', async () => {
  const issue = await newIssue(b);
  // the replayed history arrives only once A's live queue is open (it is opened before the replay)
  const sub = collect(await client(a), ISSUE_EVENTS, { id: issue.id, after: '0' });
  await sub.waitFor(2);
  await act.accept(b, 'tax-officer', issue.id);
  await act.start(b, 'tax-officer', issue.id);
  const events = await sub.waitFor(4);
  expect(events.map((e: any) => [e.type, e.toStatus])).toEqual([
    ['SUBMITTED', 'SUBMITTED'],
    ['ROUTED', 'ASSIGNED'],
    ['ACCEPTED', 'ACCEPTED'],
    ['WORK_STARTED', 'IN_PROGRESS'],
  ]);
  await sub.stop();
});

test('resume: after a disconnect, exactly the missed events arrive, in order, then live ones', async () => {
  const issue = await newIssue(a);
  // from the beginning of this issue: SUBMITTED, ROUTED (replayed), then live
  const first = collect(await client(a), ISSUE_EVENTS, { id: issue.id, after: '0' });
  await first.waitFor(2);
  await act.accept(a, 'tax-officer', issue.id);
  const seen = await first.waitFor(3);
  expect(seen.map((e: any) => e.type)).toEqual(['SUBMITTED', 'ROUTED', 'ACCEPTED']);
  const lastCursor = seen[2].cursor;
  await first.stop();

  // M = 3 changes while disconnected, through the other instance
  await act.start(b, 'tax-officer', issue.id);
  await act.respond(b, 'tax-officer', issue.id);
  await act.resolve(b, 'tax-officer', issue.id);

  const resumed = collect(await client(a), ISSUE_EVENTS, { id: issue.id, after: lastCursor });
  const missed = await resumed.waitFor(3);
  expect(missed.map((e: any) => e.type)).toEqual(['WORK_STARTED', 'RESPONDED', 'RESOLVED']);
  expect(missed.map((e: any) => BigInt(e.cursor))).toEqual([...missed.map((e: any) => BigInt(e.cursor))].sort((x, y) => (x < y ? -1 : 1)));
  expect(BigInt(missed[0].cursor)).toBeGreaterThan(BigInt(lastCursor));

  // then live, with no duplicate at the seam
  await act.rate(b, 'enterprise', { issueId: issue.id, satisfaction: 'SATISFIED' });
  // a later event marks the end: events come in cursor order, so a duplicate would show before it
  await act.recordFollowUp(b, 'tax-officer', issue.id);
  const all = await resumed.waitFor(5);
  expect(all.map((e: any) => e.type)).toEqual(['WORK_STARTED', 'RESPONDED', 'RESOLVED', 'RATED', 'CLOSED']);
  expect(resumed.events).toHaveLength(5);
  await resumed.stop();
});

test('restart: the instance that served a subscriber dies and comes back; the client resumes with its cursor and misses nothing', async () => {
  const issue = await newIssue(b);
  let sub = collect(await client(a), ISSUE_EVENTS, { id: issue.id, after: '0' });
  const before = await sub.waitFor(2);
  const cursor = before[1].cursor;

  await a.stop(); // the serving instance goes away (gateway, subgraphs, event bus)
  await sub.waitForEnd();
  await act.accept(b, 'tax-officer', issue.id);
  await act.start(b, 'tax-officer', issue.id);

  a = await startTestHub(); // a new process would do the same: nothing in memory survives
  sub = collect(await client(a), ISSUE_EVENTS, { id: issue.id, after: cursor });
  const after = await sub.waitFor(2);
  expect(after.map((e: any) => e.type)).toEqual(['ACCEPTED', 'WORK_STARTED']);
  await act.respond(b, 'tax-officer', issue.id);
  expect((await sub.waitFor(3))[2].type).toBe('RESPONDED');
  await sub.stop();
});

test('a rolled-back transaction leaves no event; a committed one is delivered', async () => {
  const issue = await newIssue(a);
  const sub = collect(await client(a), ISSUE_EVENTS, { id: issue.id, after: await latestCursor() });
  const orm = a.subgraphs.hub.orm;
  const viewer = { id: 'u-test', displayName: 'Test', department: 'tax', roles: ['OFFICER' as const], uscc: null };
  await expect(
    orm.em.fork().transactional(async (tx) => {
      const row = await tx.findOneOrFail(Issue, rowId(issue.id));
      await stepIssue(tx, row, { actor: viewer, timeline: 'REOPENED', now: a.clock.now(), note: 'rolled back' });
      throw new Error('boom');
    }),
  ).rejects.toThrow('boom');
  expect(await sql(`select id from hub.event where issue_id = $1 and type = 'REOPENED'`, [rowId(issue.id)])).toEqual([]);
  await act.accept(a, 'tax-officer', issue.id);
  // events come in cursor order: a DOOMED event, had it been stored, would arrive before this one
  const [event] = await sub.waitFor(1);
  expect(event.type).toBe('ACCEPTED');
  expect(sub.events.map((e: any) => e.type)).toEqual(['ACCEPTED']);
  await sub.stop();
});

test('SLA warnings are emitted once, however many instances scan at the same time', async () => {
  const issue = await newIssue(a);
  await sql(`update hub.issue set reply_deadline = $2 where id = $1`, [rowId(issue.id), addDays(a.clock.today(), -1)]);
  const sub = collect(await client(a, 'tax-officer'), `subscription($id: ID, $after: String) { issueEvents(issueId: $id, after: $after) { type issueId } }`, {
    id: issue.id,
    after: await latestCursor(),
  });
  const scan = (hub: TestHub) => emitSlaWarnings(hub.subgraphs.hub.orm, hub.clock.now());
  await Promise.all([scan(a), scan(b), scan(a)]);
  await scan(b);
  const rows = await sql(`select type from hub.event where issue_id = $1 and stream = 'SLA'`, [rowId(issue.id)]);
  expect(rows).toEqual([{ type: 'REPLY_OVERDUE' }]);
  // then a later event of the issue: only one warning came before it
  await act.accept(a, 'tax-officer', issue.id);
  const events = await sub.waitFor(2);
  expect(events).toEqual([{ type: 'REPLY_OVERDUE', issueId: issue.id }, { type: 'ACCEPTED', issueId: issue.id }]);
  await sub.stop();
});

test('1,000 concurrent subscribers on one instance all receive an event', async () => {
  const token = await a.token('market-officer');
  const from = await latestCursor();
  const subs = [];
  for (let i = 0; i < 1000; i++) {
    const c = wsClient(a.url, token);
    clients.push(c);
    subs.push(collect(c, `subscription($after: String) { referralEvents(department: "market", after: $after) { type referral { id } } }`, { after: from }));
  }
  // every subscription is registered on the hub's bus before the event happens
  // ~20 s on an idle 2-core machine; more with the whole suite and an embedded server on the same cores
  await until(() => a.subscriberCount() >= 1000, '1,000 subscriptions on the hub\'s event bus', 150_000);

  const issue = await newIssue(a);
  await act.accept(a, 'tax-officer', issue.id);
  const referral = await act.refer(a, 'tax-officer', { issueId: issue.id, toDepartment: 'market', kind: 'ASSIST', reason: '协查', idempotencyKey: `thousand-${issue.id}` });
  const mine = (e: any) => e.type === 'PROPOSED' && e.referral.id === referral.id;
  await Promise.all(subs.map((s) => s.waitUntil(mine, 60_000)));
  const received = subs.filter((s) => s.events.some(mine));
  expect(received).toHaveLength(1000);
  await Promise.all(subs.map((s) => s.stop()));
}, 300_000);

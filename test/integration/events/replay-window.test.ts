import type { Client } from 'graphql-ws';
import { DEMO_USERS } from '../../../src/demo/district';
import type { HubRuntime } from '../../../src/subgraphs/hub/events/runtime';
import { act, submit } from '../../helpers/issues';
import { rowId, sql } from '../../helpers/sql';
import { startTestHub, type TestHub } from '../../helpers/test-hub';
import { collect, wsClient } from '../../helpers/ws';

/**
 * The outbox's replay window: hub.event is partitioned by month, partitions are made ahead by the
 * maintenance step (never by a request), months older than OUTBOX_REPLAY_DAYS are dropped, and a
 * resume cursor whose later events were dropped is refused with a message telling to reload.
 *
 * The hub's clock only moves forward in this file (dropped months do not come back), and each
 * test starts from wherever the clock stands, so the tests run in any order.
 */
let hub: TestHub;
let client: Client;
beforeAll(async () => {
  // no SLA scan besides the one at start: the events of this file are the ones its tests make
  hub = await startTestHub({ env: { SLA_SCAN_INTERVAL_MS: '3600000' } });
  client = wsClient(hub.url, await hub.token('coordinator'));
});
afterAll(async () => {
  await client?.dispose();
  await hub?.stop();
});

const DAY = 86_400_000;
const outbox = () => (hub.subgraphs.hub.runtime as HubRuntime).outbox;
const monthStart = (at: Date, plus = 0) => new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + plus, 1));
const partitionOf = (at: Date) => `hub.event_${at.getUTCFullYear()}_${String(at.getUTCMonth() + 1).padStart(2, '0')}`;
/** Moves the hub's clock forward to `at` (never back). */
function moveTo(at: Date) {
  expect(at.getTime()).toBeGreaterThanOrEqual(hub.clock.now().getTime());
  hub.clock.set(at);
}
const newIssue = () => submit(hub, 'enterprise', { uscc: DEMO_USERS.enterprise.uscc, title: '跨月事件', description: '发票问题', category: 'tax_service' });
/** The issue's events as stored: cursor, type and the partition holding the row. */
const stored = async (issueId: string) =>
  sql<{ id: string; type: string; part: string }>(`select id::text, type, tableoid::regclass::text as part from hub.event where issue_id = $1 order by id`, [rowId(issueId)]);
const ISSUE_EVENTS = `subscription($id: ID, $after: String) { issueEvents(issueId: $id, after: $after) { cursor type } }`;

test('events on both sides of a month boundary land in their months\' partitions and replay in cursor order', async () => {
  moveTo(new Date(Math.max(hub.clock.now().getTime(), monthStart(hub.clock.now(), 1).getTime() - 60_000))); // 23:59 UTC on the month's last day
  await outbox().runNow();
  const issue = await newIssue(); // SUBMITTED, ROUTED in this month
  const before = monthStart(hub.clock.now());
  moveTo(new Date(monthStart(hub.clock.now(), 1).getTime() + 60_000)); // the next month
  await act.accept(hub, 'tax-officer', issue.id);
  await act.start(hub, 'tax-officer', issue.id);

  const rows = await stored(issue.id);
  expect(rows.map((r) => [r.type, r.part])).toEqual([
    ['SUBMITTED', partitionOf(before)],
    ['ROUTED', partitionOf(before)],
    ['ACCEPTED', partitionOf(monthStart(before, 1))],
    ['WORK_STARTED', partitionOf(monthStart(before, 1))],
  ]);
  const sub = collect(client, ISSUE_EVENTS, { id: issue.id, after: String(BigInt(rows[0].id) - 1n) });
  const events = await sub.waitFor(4);
  expect(events.map((e: any) => [e.cursor, e.type])).toEqual(rows.map((r) => [r.id, r.type]));
  await sub.stop();
});

test('a month older than the window is dropped; a cursor before its events must reload; one after them resumes exactly', async () => {
  const replayDays = outbox().replayDays;
  expect(replayDays).toBe(90); // the default
  // the issue's first events in month M1, the next in M2 and M3
  const m1 = monthStart(hub.clock.now(), 1);
  moveTo(new Date(m1.getTime() + DAY));
  await outbox().runNow();
  const issue = await newIssue();
  moveTo(new Date(monthStart(m1, 1).getTime() + DAY));
  await act.accept(hub, 'tax-officer', issue.id);
  moveTo(new Date(monthStart(m1, 2).getTime() + DAY));
  await act.start(hub, 'tax-officer', issue.id);
  const rows = await stored(issue.id);
  expect(rows.map((r) => r.type)).toEqual(['SUBMITTED', 'ROUTED', 'ACCEPTED', 'WORK_STARTED']);
  const routed = BigInt(rows[1].id);

  // M1 ended replayDays ago (and an hour): it goes, M2 stays
  moveTo(new Date(monthStart(m1, 1).getTime() + replayDays * DAY + 3_600_000));
  const done = await outbox().runNow();
  expect(done?.dropped).toContain(partitionOf(m1).slice('hub.'.length));
  expect(done?.dropped).not.toContain(partitionOf(monthStart(m1, 1)).slice('hub.'.length));
  expect(done!.droppedThrough).toBe(routed); // the highest id removed: nothing later was in M1
  expect((await stored(issue.id)).map((r) => r.type)).toEqual(['ACCEPTED', 'WORK_STARTED']);
  const [{ kept }] = await sql<{ kept: string | null }>(`select to_regclass($1)::text as kept from (values (1)) v`, [partitionOf(m1)]);
  expect(kept).toBeNull();

  // a cursor with dropped events after it: refused at the start, telling the client to reload
  for (const stale of [BigInt(rows[0].id) - 1n, routed - 1n]) {
    const refused = collect(client, ISSUE_EVENTS, { id: issue.id, after: String(stale) });
    await refused.waitForEnd();
    const [error] = refused.errors as { message: string; extensions?: Record<string, unknown> }[];
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', reason: 'CURSOR_EXPIRED' });
    expect(error.message).toMatch(/older than the replay window .*90 days.*Reload/);
    expect(refused.events).toEqual([]);
  }

  // the highest removed cursor itself lost nothing after it: exactly the later events, then live ones
  const resumed = collect(client, ISSUE_EVENTS, { id: issue.id, after: String(routed) });
  expect((await resumed.waitFor(2)).map((e: any) => [e.cursor, e.type])).toEqual(rows.slice(2).map((r) => [r.id, r.type]));
  await act.respond(hub, 'tax-officer', issue.id);
  const [, , live] = await resumed.waitFor(3);
  expect(live.type).toBe('RESPONDED');
  expect(resumed.events).toHaveLength(3);
  await resumed.stop();
});

test('a row written for a month without a partition waits in the default partition; maintenance moves it, under concurrent writers, without a request ever running DDL', async () => {
  // far ahead: no partition exists for this month yet
  const far = monthStart(hub.clock.now(), 5);
  moveTo(new Date(far.getTime() + 2 * DAY));
  const early = await newIssue();
  expect(new Set((await stored(early.id)).map((r) => r.part))).toEqual(new Set(['hub.event_default']));

  // maintenance (creating the month's partition and moving the rows in) while writers keep writing
  const [done, ...late] = await Promise.all([outbox().runNow(), ...Array.from({ length: 6 }, () => newIssue())]);
  expect(done?.created).toContain(partitionOf(far).slice('hub.'.length));
  for (const issue of [early, ...late]) {
    const rows = await stored(issue.id);
    expect(rows.map((r) => r.type)).toEqual(['SUBMITTED', 'ROUTED']);
    expect(new Set(rows.map((r) => r.part))).toEqual(new Set([partitionOf(far)]));
  }
  const [{ n }] = await sql<{ n: number }>(`select count(*)::int as n from hub.event_default`);
  expect(n).toBe(0);

  // moved rows keep their cursors: a replay from before them still delivers them, in order
  const rows = await stored(early.id);
  const sub = collect(client, ISSUE_EVENTS, { id: early.id, after: String(BigInt(rows[0].id) - 1n) });
  expect((await sub.waitFor(2)).map((e: any) => e.cursor)).toEqual(rows.map((r) => r.id));
  await sub.stop();
});

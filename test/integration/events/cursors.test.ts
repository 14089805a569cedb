import type { Client } from 'graphql-ws';
import { sql } from '../../helpers/sql';
import { startTestHub, type TestHub } from '../../helpers/test-hub';
import { collect, wsClient } from '../../helpers/ws';

/** Resume cursors: one the hub never handed out is refused instead of silently skipping events. */
let hub: TestHub;
let client: Client;
beforeAll(async () => {
  hub = await startTestHub();
  client = wsClient(hub.url, await hub.token('coordinator'));
});
afterAll(async () => {
  await client?.dispose();
  await hub?.stop();
});

const newest = async () => BigInt((await sql<{ max: string | null }>(`select coalesce(max(id), 0)::text as max from hub.event`))[0].max ?? '0');

test.each([
  ['issueEvents', `subscription($a: String) { issueEvents(after: $a) { cursor } }`],
  ['referralEvents', `subscription($a: String) { referralEvents(department: "police", after: $a) { cursor } }`],
  ['jointMeetingEvents (all meetings)', `subscription($a: String) { jointMeetingEvents(after: $a) { cursor } }`],
])('%s: a cursor beyond the newest event is BAD_USER_INPUT naming "after"', async (_name, query) => {
  const future = collect(client, query, { a: String((await newest()) + 1000n) });
  await future.waitForEnd();
  const [error] = future.errors as { message: string; extensions?: Record<string, unknown> }[];
  expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  expect(error.message).toMatch(/beyond the newest event/);
  expect(future.events).toEqual([]);
});

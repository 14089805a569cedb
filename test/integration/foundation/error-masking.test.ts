import type { Client } from 'graphql-ws';
import { rowId, sql } from '../../helpers/sql';
import { startTestHub, type TestHub } from '../../helpers/test-hub';
import { collect, wsClient } from '../../helpers/ws';

/**
 * A fault nobody handled (here: PostgreSQL failing a statement, its message carrying the SQL) reaches
 * the client as INTERNAL_SERVER_ERROR with a generic message: no SQL, table names or stack trace,
 * over HTTP and over WebSocket (while a subscription is being set up).
 */
let hub: TestHub;
const clients: Client[] = [];
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await hub?.stop();
});

const GENERIC = 'Internal error: the hub could not complete this operation. It has been logged.';
const LEAKS = /select |from "?hub|joint_meeting|meeting_participant|does not exist|relation|stack|\bat [\w.<>]+ \(|node_modules|\.ts:\d+/i;

/** Takes the meeting tables away for the duration of `fn`: every statement on them fails inside PostgreSQL. */
async function withMeetingTablesGone<T>(fn: () => Promise<T>): Promise<T> {
  await sql(`alter table hub.joint_meeting rename to joint_meeting_offline; alter table hub.meeting_participant rename to meeting_participant_offline`);
  try {
    return await fn();
  } finally {
    await sql(`alter table hub.joint_meeting_offline rename to joint_meeting; alter table hub.meeting_participant_offline rename to meeting_participant`);
  }
}

test('HTTP: a database fault is INTERNAL_SERVER_ERROR with a generic message, nothing of the SQL', async () => {
  const res = await withMeetingTablesGone(() => hub.gql(`{ jointMeeting(id: "JointMeeting:1") { id title participants { departmentCode } } }`, {}, 'coordinator'));
  expect(res.errors).toHaveLength(1);
  expect(res.errors![0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  expect(res.errors![0].message).toBe(GENERIC);
  expect(JSON.stringify(res)).not.toMatch(LEAKS);
  // and the hub is fine afterwards
  expect((await hub.gql(`{ jointMeeting(id: "JointMeeting:1") { id } }`, {}, 'coordinator')).errors).toBeUndefined();
});

test('WebSocket: a database fault while setting up a subscription is INTERNAL_SERVER_ERROR, nothing of the SQL', async () => {
  const c = wsClient(hub.url, await hub.token('coordinator'));
  clients.push(c);
  const sub = await withMeetingTablesGone(async () => {
    const s = collect(c, `subscription { jointMeetingEvents(meetingId: "JointMeeting:1") { type } }`);
    await s.waitForEnd();
    return s;
  });
  expect(sub.events).toEqual([]);
  const errors = sub.errors.flatMap((e) => (Array.isArray(e) ? e : [e])) as { message: string; extensions?: { code?: string } }[];
  expect(errors.length).toBeGreaterThan(0);
  expect(errors.map((e) => [e.extensions?.code, e.message])).toEqual(errors.map(() => ['INTERNAL_SERVER_ERROR', GENERIC]));
  expect(JSON.stringify(sub.errors)).not.toMatch(LEAKS);
});

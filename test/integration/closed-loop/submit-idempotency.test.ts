import { randomUUID } from 'node:crypto';
import { DEMO_USERS } from '../../../src/demo/district';
import { codeOf, submit } from '../../helpers/issues';
import { rowId, sql } from '../../helpers/sql';
import { startTestHub, type TestHub } from '../../helpers/test-hub';

/**
 * submitIssue with an idempotency key: a client that lost the answer retries and gets the same
 * request back, with no second timeline entry or event; identical submits racing each other
 * create one request; the key reused for something else is CONFLICT. Keys belong to the user.
 */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

const SUBMIT = `mutation($i: SubmitIssueInput!) { submitIssue(input: $i) { issue { id number title timeline { action } } } }`;
const input = (key: string, title = '发票领用') => ({ uscc: DEMO_USERS.enterprise.uscc, title, description: '发票领用受阻', category: 'tax_service', idempotencyKey: key });
const outboxEvents = async (issueId: string) =>
  (await sql<{ type: string }>(`select type from hub.event where issue_id = $1 order by id`, [rowId(issueId)])).map((r) => r.type);

test('a retry with the same key returns the same request and writes nothing twice', async () => {
  const key = `retry-${randomUUID()}`;
  const first = await submit(hub, 'enterprise', input(key));
  const eventsBefore = await outboxEvents(first.id);
  expect(eventsBefore).toContain('SUBMITTED');

  const again = await submit(hub, 'enterprise', input(key));
  expect(again.id).toBe(first.id);
  expect(again.number).toBe(first.number);
  expect(again.timeline.filter((t: any) => t.action === 'SUBMITTED')).toHaveLength(1);
  expect(await outboxEvents(first.id)).toEqual(eventsBefore);
  expect(await sql(`select id from hub.issue where idempotency_key = $1`, [key])).toHaveLength(1);

  // without a key every submit is a new request, as before
  const { idempotencyKey: _none, ...plain } = input(key);
  const [a, b] = [await submit(hub, 'enterprise', plain), await submit(hub, 'enterprise', plain)];
  expect(new Set([a.id, b.id, first.id]).size).toBe(3);
});

test('the same key for a different request is CONFLICT; another user may use the same key', async () => {
  const key = `reuse-${randomUUID()}`;
  const first = await submit(hub, 'enterprise', input(key));
  const reused = await hub.gql(SUBMIT, { i: input(key, '另一件事') }, 'enterprise');
  expect(codeOf(reused)).toBe('CONFLICT');
  expect(reused.errors![0].message).toMatch(/idempotency key/);

  const colleague = await hub.token('enterprise', { sub: 'u-enterprise-colleague' });
  const theirs = await hub.gql(SUBMIT, { i: input(key) }, colleague);
  expect(theirs.errors).toBeUndefined();
  expect(theirs.data.submitIssue.issue.id).not.toBe(first.id);
});

test('20 identical submits at once with one key create exactly one request', async () => {
  const key = `race-${randomUUID()}`;
  const results = await Promise.all(Array.from({ length: 20 }, () => hub.gql(SUBMIT, { i: input(key) }, 'enterprise')));
  expect(results.filter((r) => r.errors)).toEqual([]);
  const ids = new Set(results.map((r) => r.data.submitIssue.issue.id));
  expect(ids.size).toBe(1);
  expect(await sql(`select id from hub.issue where idempotency_key = $1`, [key])).toHaveLength(1);
  const [id] = [...ids];
  expect((await outboxEvents(id)).filter((t) => t === 'SUBMITTED')).toHaveLength(1);
});


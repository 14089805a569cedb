import type { Client as WsClient } from 'graphql-ws';
import { Client as PgClient } from 'pg';
import { DEMO_USERS } from '../../../src/demo/district';
import { MAX_STRING_LENGTH } from '../../../src/shared/input-guard';
import { ok, submit } from '../../helpers/issues';
import { rowId, sql } from '../../helpers/sql';
import { startTestHub, type GqlResponse, type TestHub } from '../../helpers/test-hub';
import { collect, wsClient } from '../../helpers/ws';

/**
 * Input that cannot be stored as sent is refused with BAD_USER_INPUT naming the argument, never an
 * internal error and never silently changed; cursors are checked; values reach PostgreSQL only as
 * bound parameters.
 */

/** Every statement text and its parameters, as the pg driver received them (the whole process). */
const received: { text: string; values: unknown[] }[] = [];
const originalQuery = PgClient.prototype.query;
beforeAll(() => {
  PgClient.prototype.query = function (this: PgClient, config: any, values?: any, callback?: any) {
    const text = typeof config === 'string' ? config : config?.text;
    if (typeof text === 'string') received.push({ text, values: (Array.isArray(values) ? values : config?.values) ?? [] });
    return (originalQuery as any).call(this, config, values, callback);
  } as typeof PgClient.prototype.query;
});

let hub: TestHub;
const clients: WsClient[] = [];
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  PgClient.prototype.query = originalQuery;
  await Promise.all(clients.map((c) => c.dispose()));
  await hub?.stop();
});

const OWN = DEMO_USERS.enterprise.uscc;
const NUL = 'a\u0000b';
const LONE_HIGH = 'a\ud800b';
const LONE_LOW = '\udc00 trailing';
const BAD_TEXT: [string, string][] = [
  ['a NUL byte', NUL],
  ['a lone high surrogate', LONE_HIGH],
  ['a lone low surrogate', LONE_LOW],
];

function expectRefused(res: GqlResponse, field: string) {
  expect(res.errors).toBeDefined();
  expect(res.errors).toHaveLength(1);
  expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  expect(res.errors![0].message).toContain(field);
  expect(JSON.stringify(res.errors)).not.toMatch(/INTERNAL_SERVER_ERROR|invalid byte sequence|invalid input syntax|0x00|\bsql\b|select /i);
}

/** One operation per argument family the issue names; `value` lands in the named argument. */
const TEXT_ARGUMENTS: { name: string; who: string; field: string; run: (value: string) => Promise<GqlResponse> }[] = [
  {
    name: 'submitIssue input.description',
    who: 'enterprise',
    field: 'input.description',
    run: (v) => hub.gql(`mutation($i: SubmitIssueInput!) { submitIssue(input: $i) { issue { id } } }`, { i: { uscc: OWN, title: '标题', description: v, category: 'other' } }, 'enterprise'),
  },
  {
    name: 'submitIssue input.title',
    who: 'enterprise',
    field: 'input.title',
    run: (v) => hub.gql(`mutation($i: SubmitIssueInput!) { submitIssue(input: $i) { issue { id } } }`, { i: { uscc: OWN, title: v, description: '说明', category: 'other' } }, 'enterprise'),
  },
  {
    name: 'enterprises filter.nameContains',
    who: 'police-officer',
    field: 'filter.nameContains',
    run: (v) => hub.gql(`query($f: EnterpriseFilter) { enterprises(filter: $f) { totalCount } }`, { f: { nameContains: v } }, 'police-officer'),
  },
  {
    name: 'enterprises filter.policeJurisdiction',
    who: 'police-officer',
    field: 'filter.policeJurisdiction',
    run: (v) => hub.gql(`query($f: EnterpriseFilter) { enterprises(filter: $f) { totalCount } }`, { f: { policeJurisdiction: v } }, 'police-officer'),
  },
  {
    name: 'issues filter.category',
    who: 'coordinator',
    field: 'filter.category',
    run: (v) => hub.gql(`query($f: IssueFilter) { issues(filter: $f) { totalCount } }`, { f: { category: v } }, 'coordinator'),
  },
  {
    name: 'issues filter.department',
    who: 'coordinator',
    field: 'filter.department',
    run: (v) => hub.gql(`query($f: IssueFilter) { issues(filter: $f) { totalCount } }`, { f: { department: v } }, 'coordinator'),
  },
  {
    name: 'a routing rule keyword',
    who: 'coordinator',
    field: 'input.keywords[1]',
    run: (v) =>
      hub.gql(`mutation($i: SaveRoutingRuleInput!) { saveRoutingRule(input: $i) { routingRule { id } } }`, { i: { priority: 5, keywords: ['无人机', v], department: 'police', description: 'test' } }, 'coordinator'),
  },
  {
    name: 'jointMeetings filter.seriesKey',
    who: 'coordinator',
    field: 'filter.seriesKey',
    run: (v) => hub.gql(`query($f: JointMeetingFilter) { jointMeetings(filter: $f) { totalCount } }`, { f: { seriesKey: v } }, 'coordinator'),
  },
  {
    name: 'referIssue input.idempotencyKey',
    who: 'tax-officer',
    field: 'input.idempotencyKey',
    run: (v) =>
      hub.gql(`mutation($i: ReferIssueInput!) { referIssue(input: $i) { referral { id } } }`, { i: { issueId: '1', toDepartment: 'market', kind: 'ASSIST', reason: '协办', idempotencyKey: v } }, 'tax-officer'),
  },
  {
    name: 'saveDepartment input.nameZh (an inline input object)',
    who: 'coordinator',
    field: 'input.nameZh',
    run: (v) => hub.gql(`mutation($z: String!) { saveDepartment(input: { code: "test_dept", nameZh: $z, nameEn: "Test" }) { department { code } } }`, { z: v }, 'coordinator'),
  },
  {
    name: 'enterprise(uscc)',
    who: 'coordinator',
    field: 'uscc',
    run: (v) => hub.gql(`query($u: ID!) { enterprise(uscc: $u) { name } }`, { u: v }, 'coordinator'),
  },
];

describe.each(BAD_TEXT)('%s in a text argument is BAD_USER_INPUT naming the argument', (_label, bad) => {
  test.each(TEXT_ARGUMENTS.map((a) => [a.name, a] as const))('%s', async (_name, arg) => {
    expectRefused(await arg.run(bad), arg.field);
  });
});

test('a NUL written as a GraphQL string escape (\\u0000) in the query text is refused too', async () => {
  const res = await hub.gql(`{ enterprises(filter: { nameContains: "a\\u0000b" }) { totalCount } }`, undefined, 'police-officer');
  expectRefused(res, 'filter.nameContains');
});

test(`a string longer than ${MAX_STRING_LENGTH} characters is refused wherever no smaller limit applies`, async () => {
  const long = '长'.repeat(MAX_STRING_LENGTH + 1);
  expectRefused(await hub.gql(`query($f: IssueFilter) { issues(filter: $f) { totalCount } }`, { f: { category: long } }, 'coordinator'), 'filter.category');
  expectRefused(await hub.gql(`query($f: JointMeetingFilter) { jointMeetings(filter: $f) { totalCount } }`, { f: { seriesKey: long } }, 'coordinator'), 'filter.seriesKey');
  // a string at the limit passes the guard (and is then simply not found)
  const atLimit = await hub.gql(`query($f: JointMeetingFilter) { jointMeetings(filter: $f) { totalCount } }`, { f: { seriesKey: 'k'.repeat(MAX_STRING_LENGTH) } }, 'coordinator');
  expect(atLimit.errors).toBeUndefined();
  expect(atLimit.data.jointMeetings.totalCount).toBe(0);
});

test('subscription arguments with a NUL or a lone surrogate are BAD_USER_INPUT naming the argument', async () => {
  const cases: [string, Record<string, unknown>, string][] = [
    [`subscription($d: ID!) { referralEvents(department: $d) { cursor } }`, { d: 'ta\u0000x' }, 'department'],
    [`subscription($d: ID!) { referralEvents(department: $d) { cursor } }`, { d: 'tax\ud800' }, 'department'],
    [`subscription($a: String) { issueEvents(after: $a) { cursor } }`, { a: '1\u00002' }, 'after'],
    [`subscription($m: ID!) { jointMeetingEvents(meetingId: $m) { cursor } }`, { m: '\udfff' }, 'meetingId'],
  ];
  const c = wsClient(hub.url, await hub.token('coordinator'));
  clients.push(c);
  for (const [query, variables, field] of cases) {
    const sub = collect(c, query, variables);
    await sub.waitForEnd(5_000);
    expect(sub.events).toEqual([]);
    expect(sub.errors).toHaveLength(1);
    expect(sub.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
  }
});

describe('malformed cursors are BAD_USER_INPUT naming "after", on every connection', () => {
  const b64 = (text: string) => Buffer.from(text).toString('base64url');
  const MALFORMED: [string, string][] = [
    ['["abc"]', b64('["abc"]')],
    ['[{}]', b64('[{}]')],
    ['[1e400]', b64('[1e400]')],
    ['[-1]', b64('[-1]')],
    ['[1.5]', b64('[1.5]')],
    ['[0]', b64('[0]')],
    ['[2147483648] (beyond int4)', b64('[2147483648]')],
    ['[null]', b64('[null]')],
    ['[]', b64('[]')],
    ['[1,2]', b64('[1,2]')],
    ['{"a":1}', b64('{"a":1}')],
    ['"1"', b64('"1"')],
    ['not JSON', b64('not json at all')],
    ['not base64url', '!!!*'],
    ['a NUL inside the JSON', b64('["a\\u0000b"]')],
    ['a huge cursor', 'A'.repeat(5000)],
  ];
  const CONNECTIONS = ['enterprises', 'issues', 'referrals', 'jointMeetings', 'actionItems'];
  test.each(CONNECTIONS)('%s: every malformed cursor is refused; its own cursors and "" still work', async (connection) => {
    for (const [name, after] of MALFORMED) {
      const res = await hub.gql(`query($a: String) { ${connection}(first: 5, after: $a) { totalCount edges { cursor } } }`, { a: after }, 'coordinator');
      try {
        expectRefused(res, 'after');
      } catch (err) {
        throw new Error(`${connection}(after: ${name}): ${(err as Error).message}`);
      }
    }
    // an empty cursor means "from the start" (clients send it for the first page)
    const first = await hub.gql(`{ ${connection}(first: 1, after: "") { pageInfo { endCursor } } }`, undefined, 'coordinator');
    expect(first.errors).toBeUndefined();
    const endCursor = first.data[connection].pageInfo.endCursor;
    if (endCursor) {
      const next = await hub.gql(`query($a: String) { ${connection}(first: 1, after: $a) { totalCount } }`, { a: endCursor }, 'coordinator');
      expect(next.errors).toBeUndefined();
    }
  });

  test('a string cursor ("abc" — not a USCC) and a number cursor are refused on enterprises', async () => {
    for (const after of [b64('["abc"]'), b64('[1]'), b64(`["${'9'.repeat(18)}x"]`)]) {
      expectRefused(await hub.gql(`query($a: String) { enterprises(after: $a) { totalCount } }`, { a: after }, 'coordinator'), 'after');
    }
  });

  const EVENT_CURSORS: [string, string][] = [
    ['base64url of ["abc"]', b64('["abc"]')],
    ['base64url of [1e400]', b64('[1e400]')],
    ['-1', '-1'],
    ['1.5', '1.5'],
    ['1e400', '1e400'],
    ['beyond bigint (19 digits)', '9999999999999999999'],
    ['20 digits', '99999999999999999999'],
    ['a huge string', '1'.repeat(5000)],
  ];
  const SUBSCRIPTIONS: [string, string, Record<string, unknown>][] = [
    ['referralEvents', `subscription($a: String) { referralEvents(department: "tax", after: $a) { cursor } }`, {}],
    ['issueEvents', `subscription($a: String) { issueEvents(after: $a) { cursor } }`, {}],
    ['jointMeetingEvents', `subscription($a: String) { jointMeetingEvents(meetingId: "JointMeeting:1", after: $a) { cursor } }`, {}],
  ];
  test.each(SUBSCRIPTIONS)('subscription %s: every malformed event cursor is refused', async (name, query, vars) => {
    const c = wsClient(hub.url, await hub.token('coordinator'));
    clients.push(c);
    for (const [label, after] of EVENT_CURSORS) {
      const sub = collect(c, query, { ...vars, a: after });
      await sub.waitForEnd(5_000);
      try {
        expect(sub.events).toEqual([]);
        expect(sub.errors).toHaveLength(1);
        expect(sub.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
      } catch (err) {
        throw new Error(`${name}(after: ${label}): ${(err as Error).message}`);
      }
    }
  });
});

// Chinese, astral emoji (surrogate pairs), a ZWJ family, a flag, combining marks, supplementary CJK,
// quotes, backslashes, SQL and placeholder look-alikes: all must come back exactly as sent.
const TRICKY = '企业诉求：厂区停电😀👩‍👩‍👧🇨🇳 e\u0301 𠀀𪚥 \'"\\ ? ?? $1 :name %_ \u200b\t制表 end';

test('text is stored byte-identical or refused, never changed: non-ASCII round-trips through submitIssue, the issue query and the event payload', async () => {
  const count = async () => (await ok(hub, `{ issues { totalCount } }`, {}, 'enterprise')).totalCount as number;
  const before = await count();
  const refused = await hub.gql(`mutation($i: SubmitIssueInput!) { submitIssue(input: $i) { issue { id } } }`, { i: { uscc: OWN, title: '标题', description: `😀${LONE_HIGH}`, category: 'other' } }, 'enterprise');
  expectRefused(refused, 'input.description');
  expect(await count()).toBe(before); // nothing stored in an altered form

  const TITLE = '标题😀🇨🇳 𠀀';
  const issue = await submit(hub, 'enterprise', { uscc: OWN, title: TITLE, description: TRICKY, category: 'other' });
  expect(issue.title).toBe(TITLE);

  const read = await ok(hub, `query($id: ID!) { issue(id: $id) { title description } }`, { id: issue.id }, 'enterprise');
  expect(read.description).toBe(TRICKY);
  expect(Buffer.from(read.description, 'utf8').equals(Buffer.from(TRICKY, 'utf8'))).toBe(true);
  expect(read.title).toBe(TITLE);
  const [stored] = await sql<{ bytes: Buffer }>(`select convert_to(description, 'UTF8') as bytes from hub.issue where id = $1`, [rowId(issue.id)]);
  expect(stored.bytes.equals(Buffer.from(TRICKY, 'utf8'))).toBe(true);

  // the coordinator's routing reason travels in the ROUTED event's jsonb payload
  await ok(hub, `mutation($id: ID!, $r: String) { routeIssue(input: { issueId: $id, leadDepartment: "police", reason: $r }) { issue { id } } }`, { id: issue.id, r: TRICKY }, 'coordinator');
  const c = wsClient(hub.url, await hub.token('enterprise'));
  clients.push(c);
  const events = collect(c, `subscription($id: ID) { issueEvents(issueId: $id, after: "0") { type note } }`, { id: issue.id });
  const [, routed] = await events.waitFor(2);
  await events.stop();
  expect(routed.type).toBe('ROUTED');
  expect(routed.note.endsWith(`: ${TRICKY}`)).toBe(true);
  const [payload] = await sql<{ note: string }>(`select payload->>'note' as note from hub.event where issue_id = $1 and type = 'ROUTED'`, [rowId(issue.id)]);
  expect(payload.note.endsWith(`: ${TRICKY}`)).toBe(true);
});

test('no SQL statement text carries a user-supplied value: the pg driver receives them only as parameters', async () => {
  const marker = `MARKER-${Date.now().toString(36)}-标记'; select 1; --`;
  received.length = 0;
  const issue = await submit(hub, 'enterprise', { uscc: OWN, title: `T ${marker}`, description: `D ${marker}`, category: 'other' });
  await hub.gql(`query($f: EnterpriseFilter) { enterprises(filter: $f) { totalCount } }`, { f: { nameContains: marker } }, 'police-officer');
  await hub.gql(`query($f: IssueFilter) { issues(filter: $f) { totalCount } }`, { f: { category: marker } }, 'coordinator');
  await hub.gql(`query($f: JointMeetingFilter) { jointMeetings(filter: $f) { totalCount } }`, { f: { seriesKey: marker } }, 'coordinator');
  await ok(hub, `mutation($id: ID!, $r: String) { routeIssue(input: { issueId: $id, leadDepartment: "police", reason: $r }) { issue { id } } }`, { id: issue.id, r: marker }, 'coordinator');
  const page = await ok(hub, `{ issues(first: 1) { pageInfo { endCursor } } }`, {}, 'coordinator');
  await ok(hub, `query($a: String) { issues(first: 1, after: $a) { totalCount } }`, { a: page.pageInfo.endCursor }, 'coordinator');

  const statements = received.filter((r) => !/^(begin|commit|rollback|savepoint|release)/i.test(r.text));
  expect(statements.length).toBeGreaterThan(10);
  const withMarkerInText = statements.filter((r) => r.text.includes('MARKER-'));
  expect(withMarkerInText.map((r) => r.text)).toEqual([]);
  // …yet the values did reach PostgreSQL, as parameters (insert, filters, jsonb payload)
  const withMarkerInValues = statements.filter((r) => r.values.some((v) => typeof v === 'string' && v.includes(marker)));
  expect(withMarkerInValues.length).toBeGreaterThanOrEqual(5);
  // the issue id from the decoded cursor is a parameter too, not text (`where i.id < 123`)
  expect(statements.some((r) => /i\.id < \$\d+/.test(r.text))).toBe(true);
  expect(statements.some((r) => /i\.id < \d/.test(r.text))).toBe(false);
});

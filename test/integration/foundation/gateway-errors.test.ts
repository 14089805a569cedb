import { startTestHub, type TestHub } from '../../helpers/test-hub';

/** Errors the gateway raises itself carry a documented code and nothing internal. */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

test('a malformed JSON body is 400 BAD_USER_INPUT with nothing internal', async () => {
  const res = await fetch(hub.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await hub.token('coordinator')}` },
    body: '{"query": "{ me { id } }"',
  });
  expect(res.status).toBe(400);
  const body = (await res.json()) as any;
  expect(body.errors).toHaveLength(1);
  expect(body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
  expect(JSON.stringify(body)).not.toMatch(/originalError|SyntaxError|position/);
});

test('a bad date written inline is reported as such, not as a variable the client never sent', async () => {
  const res = await hub.gql(`{ departmentPerformance(from: "2026-13-01", to: "2026-12-01") { departmentCode } }`, {}, 'coordinator');
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(res.errors?.[0]?.message).toBe('Expected a date in the form YYYY-MM-DD, got "2026-13-01".');
  expect(JSON.stringify(res)).not.toMatch(/Variable|\$from/);
  // the same date as a variable names the variable the client did send
  const asVariable = await hub.gql(`query($f: Date!) { departmentPerformance(from: $f, to: "2026-12-01") { departmentCode } }`, { f: '2026-13-01' }, 'coordinator');
  expect(asVariable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(asVariable.errors?.[0]?.message).toMatch(/"\$f"/);
});

test.each([
  ['a variable of the wrong type', `query($n: Int) { issues(first: $n) { totalCount } }`, { n: 1099511627776 }, 'BAD_USER_INPUT'],
  ['a missing required input field', `mutation($i: SubmitIssueInput!) { submitIssue(input: $i) { issue { id } } }`, { i: { title: 'x' } }, 'BAD_USER_INPUT'],
  ['an unknown enum value', `{ issues(filter: { status: [NOPE] }) { totalCount } }`, {}, 'GRAPHQL_VALIDATION_FAILED'],
  ['a syntax error', `{ issues(`, {}, 'GRAPHQL_PARSE_FAILED'],
])('%s carries a documented code', async (_what, query, variables, code) => {
  const res = await hub.gql(query, variables, 'coordinator');
  expect(res.errors?.length).toBeGreaterThan(0);
  for (const error of res.errors!) expect(error.extensions?.code).toBe(code);
});

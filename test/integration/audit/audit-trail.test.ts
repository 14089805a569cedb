import { DEMO_ENTERPRISES, DEMO_USERS } from '../../../src/demo/district';
import { verifyChain } from '../../../src/shared/audit/chain';
import { SUBGRAPH_NAMES } from '../../../src/shared/config';
import { act, codeOf, submit } from '../../helpers/issues';
import { rowId, sql } from '../../helpers/sql';
import { startTestHub, type TestHub } from '../../helpers/test-hub';
import { until } from '../../helpers/wait';

/** The audit trail (安全审计, issue 15) through the gateway on real Postgres. */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

const OWN = DEMO_USERS.enterprise.uscc;
const WITH_ARREARS = DEMO_ENTERPRISES.find((e) => e.n % 8 === 5)!.uscc;
const pgQuery = async (q: string, params: unknown[]) => {
  let i = 0;
  return sql(q.replace(/\?/g, () => `$${++i}`), params);
};

/** POST to the gateway with extra headers (a client's own trace id). */
async function gqlWith(headers: Record<string, string>, query: string, who: keyof typeof DEMO_USERS) {
  const token = await hub.token(who);
  const res = await fetch(hub.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as { data?: any; errors?: any[] };
}

test("a referral's whole life leaves one audit row per mutation in the hub, written in the change's own transaction", async () => {
  const issue = await submit(hub, 'enterprise', { uscc: OWN, title: '审计测试：发票领用', description: '申请增加专用发票领用数量（审计）。', category: 'tax_service' });
  await act.accept(hub, 'tax-officer', issue.id);
  // signing twice fails inside the transaction (illegal transition): rolled back, refusal recorded apart
  const again = await hub.gql(`mutation($id: ID!) { acceptIssue(input: { issueId: $id }) { issue { id } } }`, { id: issue.id }, 'tax-officer');
  expect(codeOf(again)).toBe('CONFLICT');
  const referral = await act.refer(hub, 'tax-officer', { issueId: issue.id, toDepartment: 'police', kind: 'TRANSFER', reason: '涉嫌冒领发票', idempotencyKey: `audit-${issue.id}` });
  // market may not answer a referral addressed to the police: refused, and recorded as refused
  const refused = await hub.gql(`mutation($id: ID!) { acceptReferral(input: { referralId: $id }) { referral { id } } }`, { id: referral.id }, 'market-officer');
  expect(codeOf(refused)).toBe('FORBIDDEN');
  await act.acceptReferral(hub, 'police-officer', referral.id);
  await act.respond(hub, 'police-officer', issue.id, '机密答复文本：已立案调查');
  await act.resolve(hub, 'police-officer', issue.id);
  await act.rate(hub, 'enterprise', { issueId: issue.id, satisfaction: 'SATISFIED' });

  const rows = await sql(
    `select seq, operation, result, user_id, user_name, department, roles, uscc, request_number, entities, client_address, trace_id, xmin::text as tx, a::text as whole
       from hub.audit_log a where kind = 'MUTATION' and (request_number = $1 or entities like $2 or entities like $3) order by seq`,
    [issue.number, `%"issueId":"${issue.id}"%`, `%"referralId":"${referral.id}"%`],
  );
  expect(rows.map((r) => [r.operation, r.result, r.user_id])).toEqual([
    ['Mutation.submitIssue', 'OK', DEMO_USERS.enterprise.sub],
    ['Mutation.acceptIssue', 'OK', DEMO_USERS['tax-officer'].sub],
    ['Mutation.acceptIssue', 'CONFLICT', DEMO_USERS['tax-officer'].sub],
    ['Mutation.referIssue', 'OK', DEMO_USERS['tax-officer'].sub],
    ['Mutation.acceptReferral', 'FORBIDDEN', DEMO_USERS['market-officer'].sub],
    ['Mutation.acceptReferral', 'OK', DEMO_USERS['police-officer'].sub],
    ['Mutation.respondToIssue', 'OK', DEMO_USERS['police-officer'].sub],
    ['Mutation.resolveIssue', 'OK', DEMO_USERS['police-officer'].sub],
    ['Mutation.rateIssue', 'OK', DEMO_USERS.enterprise.sub],
  ]);
  for (const r of rows) {
    // the enterprise, when the mutation got as far as loading the request (the market officer's did not)
    expect(r.uscc).toBe(r.result === 'FORBIDDEN' ? null : OWN);
    expect(r.client_address).toBe('127.0.0.1');
    expect(r.trace_id).toMatch(/^[0-9a-f]{32}$/);
    // never the token, never the text typed into the form
    expect(r.whole).not.toMatch(/eyJ|机密答复文本|冒领发票/);
  }
  const applied = rows.filter((r) => r.result === 'OK');
  expect(applied.every((r) => r.request_number === issue.number)).toBe(true);
  expect(rows[2]).toMatchObject({ request_number: issue.number, entities: JSON.stringify({ args: { issueId: issue.id } }) });
  expect(JSON.parse(rows[4].entities)).toEqual({ args: { referralId: referral.id } });
  expect(rows[5]).toMatchObject({ user_name: DEMO_USERS['police-officer'].name, department: 'police', roles: 'OFFICER' });
  expect(JSON.parse(rows[5].entities)).toMatchObject({ args: { referralId: referral.id }, Referral: [String(rowId(referral.id))], Issue: [String(rowId(issue.id))] });
  // same transaction: each applied row was written by the transaction that wrote its timeline step
  const steps = await sql(`select xmin::text as tx from hub.issue_timeline where issue_id = $1`, [rowId(issue.id)]);
  const stepTransactions = new Set(steps.map((s) => s.tx));
  for (const r of applied) expect(stepTransactions.has(r.tx)).toBe(true);
  // the refusals were written on their own
  expect(stepTransactions.has(rows[2].tx)).toBe(false);
  expect(stepTransactions.has(rows[4].tx)).toBe(false);
});

test('the tax subgraph records who read arrears and with what access; a police officer reading the summary is recorded as such', async () => {
  const traceId = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
  // one trace id per operation in logs, traces and audit rows: the caller's W3C traceparent
  const policeTraceId = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';
  const full = await gqlWith({ traceparent: `00-${traceId}-0102030405060708-01` }, `{ enterprise(uscc: "${WITH_ARREARS}") { tax { arrears { amountYuan } outstandingArrearsYuan } } }`, 'tax-officer');
  expect(full.errors).toBeUndefined();
  expect(full.data.enterprise.tax.arrears.length).toBeGreaterThan(0);
  const police = await gqlWith({ traceparent: `00-${policeTraceId}-0102030405060708-01` }, `{ enterprise(uscc: "${WITH_ARREARS}") { tax { hasOutstandingArrears arrears { amountYuan } } } }`, 'police-officer');
  expect(police.data.enterprise.tax.hasOutstandingArrears).toBe(true);
  expect(police.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

  const reads = () => sql(`select operation, field, access, result, user_id, department, roles, uscc, trace_id from tax.audit_log where kind = 'READ' and trace_id in ($1, $2) order by seq`, [traceId, policeTraceId]);
  await until(async () => (await reads()).length >= 4, 'the batched read rows');
  const rows = await reads();
  expect(rows.map((r) => [r.trace_id === traceId ? 'tax' : 'police', r.operation, r.access, r.result])).toEqual(
    expect.arrayContaining([
      ['tax', 'TaxProfile.arrears', 'FULL', 'OK'],
      ['tax', 'TaxProfile.outstandingArrearsYuan', 'FULL', 'OK'],
      ['police', 'TaxProfile.hasOutstandingArrears', 'SUMMARY', 'OK'],
      ['police', 'TaxProfile.arrears', 'SUMMARY', 'FORBIDDEN'],
    ]),
  );
  expect(rows).toHaveLength(4);
  const policeRow = rows.find((r) => r.operation === 'TaxProfile.hasOutstandingArrears')!;
  expect(policeRow).toMatchObject({ field: 'tax.arrears', user_id: DEMO_USERS['police-officer'].sub, department: 'police', roles: 'OFFICER', uscc: WITH_ARREARS });
  // fields nobody marked confidential leave no rows: a credit rating is public within the hub
  await hub.gql(`{ enterprise(uscc: "${WITH_ARREARS}") { tax { creditRating } } }`, {}, 'police-officer');
  await hub.subgraphs.tax.audit.trail.flush();
  const ratingReads = await sql(`select count(*)::int as n from tax.audit_log where operation = 'TaxProfile.creditRating'`);
  expect(ratingReads[0].n).toBe(0);
});

test('auditTrail and its CSV export answer auditors only, page through every trail, and are themselves audited', async () => {
  // reads in the police and tax chains, whatever ran before (tests run in random order)
  await hub.gql(`{ enterprise(uscc: "${WITH_ARREARS}") { police { alerts { id } alertCount } } }`, {}, 'tax-officer');
  await hub.gql(`{ enterprise(uscc: "${WITH_ARREARS}") { tax { hasOutstandingArrears arrears { amountYuan } } } }`, {}, 'police-officer');
  await Promise.all(SUBGRAPH_NAMES.map((n) => hub.subgraphs[n].audit.trail.flush()));

  const query = `query($f: AuditTrailFilter, $first: Int, $after: String) { auditTrail(filter: $f, first: $first, after: $after) {
    totalCount edges { cursor node { id source seq at kind operation field userId department roles access uscc result traceId hash prevHash } } pageInfo { hasNextPage endCursor } } }`;
  for (const who of ['coordinator', 'police-admin', 'enterprise'] as const) {
    expect(codeOf(await hub.gql(query, {}, who))).toBe('FORBIDDEN');
    expect(codeOf(await hub.gql(`{ auditTrailCsv }`, {}, who))).toBe('FORBIDDEN');
  }
  // anonymous callers are turned away at the gateway, before any subgraph
  expect(codeOf(await hub.gql(query, {}))).toBe('UNAUTHENTICATED');

  const filter = { enterprise: WITH_ARREARS, kind: 'READ', sources: ['TAX', 'POLICE'] };
  const first = await hub.gql(query, { f: filter, first: 2 }, 'auditor');
  expect(first.errors).toBeUndefined();
  const page1 = first.data.auditTrail;
  expect(page1.edges).toHaveLength(2);
  expect(page1.pageInfo.hasNextPage).toBe(true);
  const all: any[] = [...page1.edges];
  let after = page1.pageInfo.endCursor;
  for (let guard = 0; after && guard < 20; guard++) {
    const next = (await hub.gql(query, { f: filter, first: 2, after }, 'auditor')).data.auditTrail;
    all.push(...next.edges);
    after = next.pageInfo.hasNextPage ? next.pageInfo.endCursor : null;
  }
  const ids = all.map((e) => e.node.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids.length).toBe(page1.totalCount);
  expect(new Set(all.map((e) => e.node.source))).toEqual(new Set(['TAX', 'POLICE']));
  // newest first
  const times = all.map((e) => Date.parse(e.node.at));
  expect([...times].sort((a, b) => b - a)).toEqual(times);

  const refusals = (await hub.gql(query, { f: { result: 'FORBIDDEN', department: 'police', sources: ['TAX'] } }, 'auditor')).data.auditTrail;
  expect(refusals.edges.length).toBeGreaterThan(0);
  expect(refusals.edges.every((e: any) => e.node.result === 'FORBIDDEN' && e.node.department === 'police' && e.node.source === 'TAX')).toBe(true);

  const csv = await hub.gql(`query($f: AuditTrailFilter) { auditTrailCsv(filter: $f, first: 50) }`, { f: filter }, 'auditor');
  const lines = csv.data.auditTrailCsv.trim().split('\r\n');
  expect(lines[0]).toBe('source,seq,at,kind,operation,field,userId,userName,department,roles,access,uscc,requestNumber,entities,result,clientAddress,forwardedFor,traceId,prevHash,hash');
  expect(lines.length - 1).toBe(page1.totalCount);

  // every auditor query, allowed or refused, is in the hub's chain
  const audits = await sql(`select operation, result, user_id from hub.audit_log where kind = 'AUDIT' order by seq`);
  expect(audits).toEqual(expect.arrayContaining([
    { operation: 'Query.auditTrail', result: 'OK', user_id: DEMO_USERS.auditor.sub },
    { operation: 'Query.auditTrailCsv', result: 'OK', user_id: DEMO_USERS.auditor.sub },
    { operation: 'Query.auditTrail', result: 'FORBIDDEN', user_id: DEMO_USERS.coordinator.sub },
  ]));
  // an auditor sees no department records: the role is not staff
  expect(codeOf(await hub.gql(`{ enterprise(uscc: "${WITH_ARREARS}") { tax { arrears { amountYuan } } } }`, {}, 'auditor'))).toBe('FORBIDDEN');
});

test('after all of it, every chain verifies', async () => {
  await Promise.all(SUBGRAPH_NAMES.map((n) => hub.subgraphs[n].audit.trail.flush()));
  for (const schema of SUBGRAPH_NAMES) {
    const report = await verifyChain(pgQuery, schema);
    expect({ schema, ok: report.ok, problem: report.problem }).toEqual({ schema, ok: true, problem: null });
  }
});

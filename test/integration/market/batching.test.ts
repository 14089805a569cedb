import { DEMO_ENTERPRISES } from '../../../src/demo/district';
import { startTestHub, type TestHub } from '../../helpers/test-hub';

/**
 * No N+1 in the market and tax subgraphs: a page of 50 enterprises with every list, count and risk
 * signal of both departments costs a fixed number of SQL statements per subgraph (one per kind of
 * record), the same as a page of 5. The gateway's cost limit is raised for this file only: the
 * whole picture of 50 enterprises in one query is over the default (5,000) by design.
 */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub({ env: { MAX_QUERY_COST: '50000' } });
});
afterAll(() => hub?.stop());

const PAGE = `query($first: Int!) { enterprises(first: $first) { edges { node { uscc
  market { registrationStatus isOnAbnormalList penaltyCount openComplaintCount abnormalListings { id removedOn } penaltiesConnection(first: 2) { edges { node { id fine status } } }
    inspections(first: 2) { edges { node { id result } } } complaints(first: 2) { edges { node { id status } } }
    riskSignals { category level observedAt detail } }
  tax { creditRating creditRatings { year rating revisions { id rating } } hasOutstandingArrears outstandingArrears missedFilingCount
    arrearsConnection(first: 2) { edges { node { id amount } } } filings(first: 2) { edges { node { id period status } } } riskSignals { category level observedAt detail } }
} } } }`;

async function countFor(first: number) {
  hub.resetQueryCounts();
  const res = await hub.gql(PAGE, { first }, 'coordinator');
  expect(res.errors).toBeUndefined();
  expect(res.data.enterprises.edges).toHaveLength(first);
  return { counts: hub.queryCounts(), nodes: res.data.enterprises.edges.map((e: any) => e.node) };
}

test('50 enterprises with every market and tax list and summary: one statement per kind of record, the same as for 5', async () => {
  const large = await countFor(50);
  // market: registration, listings, penalty count, open complaints, signals and their rules, penalties page, inspections page, complaints page
  // tax: ratings, revisions, outstanding arrears (count and sum), missed filings, signals and their rules, arrears page, filings page
  expect(large.counts).toMatchObject({ hub: 1, market: 9, tax: 8 });
  const small = await countFor(5);
  expect(small.counts).toMatchObject({ hub: 1, market: 9, tax: 8 });

  // the batches really resolved every enterprise's own records
  const { nodes } = large;
  expect(nodes.filter((n: any) => n.tax.filings.edges.length === 2).length).toBe(50);
  expect(nodes.filter((n: any) => n.market.inspections.edges.length > 0).length).toBeGreaterThan(5);
  expect(nodes.filter((n: any) => n.market.riskSignals.length > 0).length).toBeGreaterThan(5);
  expect(nodes.filter((n: any) => n.tax.riskSignals.length > 0).length).toBeGreaterThan(5);
  expect(nodes.filter((n: any) => n.tax.creditRatings.some((r: any) => r.revisions.length > 0)).length).toBeGreaterThan(3);
  expect(nodes.filter((n: any) => n.market.abnormalListings.some((l: any) => l.removedOn)).length).toBeGreaterThan(3);
});

test('penalties and arrears page per enterprise as the deprecated plain lists hold them; counts and sums without loading rows', async () => {
  const M = DEMO_ENTERPRISES[7].uscc;
  const today = hub.clock.today();
  for (const [n, decidedOn] of [[1, today], [2, today], [3, '2026-01-15']] as const) {
    const res = await hub.gql(`mutation($i: RecordPenaltyInput!) { recordPenalty(input: $i) { penalty { id } } }`, { i: { uscc: M, decisionNo: `清市监罚〔P〕${n}号`, decidedOn, violation: '未按规定公示', fine: `${n}000.10` } }, 'market-officer');
    expect(res.errors).toBeUndefined();
  }
  const owed: string[] = [];
  for (const [amount, since] of [['0.10', '2026-03-01'], ['0.20', '2026-03-01'], ['1234.56', '2025-11-30']]) {
    const res = await hub.gql(`mutation($i: RecordTaxArrearsInput!) { recordTaxArrears(input: $i) { arrears { id } } }`, { i: { uscc: M, taxType: '印花税', amount, since } }, 'tax-officer');
    expect(res.errors).toBeUndefined();
    owed.push(res.data.recordTaxArrears.arrears.id);
  }
  await hub.gql(`mutation($i: SettleTaxArrearsInput!) { settleTaxArrears(input: $i) { arrears { id } } }`, { i: { arrearsId: owed[2], settledOn: today } }, 'tax-officer');

  const walk = async (dept: 'market' | 'tax', field: string, who: string) => {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: any = await hub.gql(`query($u: ID!, $a: String) { enterprise(uscc: $u) { ${dept} { ${field}(first: 2, after: $a) { edges { node { id } } pageInfo { hasNextPage endCursor } } } } }`, { u: M, a: after }, who);
      expect(res.errors).toBeUndefined();
      const page = res.data.enterprise[dept][field];
      ids.push(...page.edges.map((e: any) => e.node.id));
      if (!page.pageInfo.hasNextPage) return ids;
      after = page.pageInfo.endCursor;
    }
  };
  const lists = (await hub.gql(`query($u: ID!) { enterprise(uscc: $u) { market { penaltyCount penalties { id decidedOn } } tax { hasOutstandingArrears outstandingArrears outstandingArrearsYuan arrears { id amount settledOn } } } }`, { u: M }, 'coordinator')).data.enterprise;
  expect(lists.market.penalties.length).toBeGreaterThanOrEqual(3);
  expect(await walk('market', 'penaltiesConnection', 'market-officer')).toEqual(lists.market.penalties.map((p: any) => p.id));
  expect(await walk('tax', 'arrearsConnection', 'tax-officer')).toEqual(lists.tax.arrears.map((a: any) => a.id));
  expect(lists.market.penaltyCount).toBe(lists.market.penalties.length);
  // what is still owed, summed exactly to the fen in SQL (0.10 + 0.20 is 0.30, not 0.30000000000000004)
  const open = lists.tax.arrears.filter((a: any) => a.settledOn === null).map((a: any) => a.amount);
  const fen = open.reduce((sum: number, a: string) => sum + Math.round(Number(a) * 100), 0);
  expect(lists.tax.outstandingArrears).toBe(`${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`);
  expect(lists.tax.outstandingArrearsYuan).toBe(Number(lists.tax.outstandingArrears));
  expect(lists.tax.hasOutstandingArrears).toBe(true);

  // need-to-know as for the lists they replace: another department gets null with FORBIDDEN, the counts
  const other = await hub.gql(`query($u: ID!) { enterprise(uscc: $u) { market { penaltyCount penaltiesConnection { totalCount } } tax { hasOutstandingArrears arrearsConnection { totalCount } } } }`, { u: M }, 'police-officer');
  expect(other.data.enterprise).toEqual({ market: { penaltyCount: lists.market.penaltyCount, penaltiesConnection: null }, tax: { hasOutstandingArrears: true, arrearsConnection: null } });
  expect(other.errors!.map((e) => [e.extensions!.code, e.path!.join('.')]).sort()).toEqual([
    ['FORBIDDEN', 'enterprise.market.penaltiesConnection'],
    ['FORBIDDEN', 'enterprise.tax.arrearsConnection'],
  ]);
  // an enterprise that owes nothing: "0.00", false
  const none = (await hub.gql(`query($u: ID!) { enterprise(uscc: $u) { tax { hasOutstandingArrears outstandingArrears } } }`, { u: DEMO_ENTERPRISES[54].uscc }, 'tax-officer')).data.enterprise.tax;
  expect(none).toEqual({ hasOutstandingArrears: false, outstandingArrears: '0.00' });
});

test('a second page of each enterprise’s filings is one more statement, not one per enterprise', async () => {
  const first = await hub.gql(`{ enterprises(first: 50) { edges { node { tax { filings(first: 1) { pageInfo { endCursor } } } } } } }`, {}, 'coordinator');
  expect(first.errors).toBeUndefined();
  const cursor = first.data.enterprises.edges[0].node.tax.filings.pageInfo.endCursor;
  hub.resetQueryCounts();
  const next = await hub.gql(`query($a: String) { enterprises(first: 50) { edges { node { uscc tax { filings(first: 5, after: $a) { edges { node { period } } totalCount } } } } } }`, { a: cursor }, 'coordinator');
  expect(next.errors).toBeUndefined();
  // the page and its totalCount: two statements for all 50
  expect(hub.queryCounts().tax).toBe(2);
  // the seed's three monthly filings of every enterprise: after the newest (August), July and June
  const seeded = next.data.enterprises.edges.find((e: any) => e.node.uscc === DEMO_ENTERPRISES[10].uscc).node.tax.filings;
  expect(seeded.edges.map((e: any) => e.node.period)).toEqual(['2026-07', '2026-06']);
  expect(seeded.totalCount).toBe(3);
});

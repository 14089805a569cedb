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
  market { registrationStatus isOnAbnormalList penaltyCount openComplaintCount abnormalListings { id removedOn } penalties { id fine status }
    inspections(first: 2) { edges { node { id result } } } complaints(first: 2) { edges { node { id status } } }
    riskSignals { category level observedAt detail } }
  tax { creditRating creditRatings { year rating revisions { id rating } } hasOutstandingArrears outstandingArrears missedFilingCount
    arrears { id amount } filings(first: 2) { edges { node { id period status } } } riskSignals { category level observedAt detail } }
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
  // market: registration, listings, penalties, open complaints, signals and their rules, inspections page, complaints page
  // tax: ratings, revisions, arrears, missed filings, signals and their rules, filings page
  expect(large.counts).toMatchObject({ hub: 1, market: 8, tax: 7 });
  const small = await countFor(5);
  expect(small.counts).toMatchObject({ hub: 1, market: 8, tax: 7 });

  // the batches really resolved every enterprise's own records
  const { nodes } = large;
  expect(nodes.filter((n: any) => n.tax.filings.edges.length === 2).length).toBe(50);
  expect(nodes.filter((n: any) => n.market.inspections.edges.length > 0).length).toBeGreaterThan(5);
  expect(nodes.filter((n: any) => n.market.riskSignals.length > 0).length).toBeGreaterThan(5);
  expect(nodes.filter((n: any) => n.tax.riskSignals.length > 0).length).toBeGreaterThan(5);
  expect(nodes.filter((n: any) => n.tax.creditRatings.some((r: any) => r.revisions.length > 0)).length).toBeGreaterThan(3);
  expect(nodes.filter((n: any) => n.market.abnormalListings.some((l: any) => l.removedOn)).length).toBeGreaterThan(3);
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

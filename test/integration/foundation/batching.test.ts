import { SUBGRAPH_NAMES } from '../../../src/shared/config';
import { emitSlaWarnings } from '../../../src/subgraphs/hub/events/sla-scheduler';
import { startTestHub, type TestHub } from '../../helpers/test-hub';

/**
 * No N+1: a page of enterprises with one field from every department costs a bounded number of
 * SQL statements per subgraph (one batch each), the same for 5 items as for 50.
 */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

const PAGE = /* GraphQL */ `
  query Page($first: Int!) {
    enterprises(first: $first) {
      edges {
        node {
          uscc
          police { liaisonOfficer { name } }
          market { registrationStatus }
          tax { creditRating }
          judicial { openMediationCases }
        }
      }
    }
  }
`;

async function countFor(first: number) {
  hub.resetQueryCounts();
  const res = await hub.gql(PAGE, { first }, 'coordinator');
  expect(res.errors).toBeUndefined();
  expect(res.data.enterprises.edges).toHaveLength(first);
  return { counts: hub.queryCounts(), edges: res.data.enterprises.edges };
}

test('50 enterprises with a field from every department: one batch per subgraph', async () => {
  const { counts, edges } = await countFor(50);
  // hub: the page only (no totalCount selected); each department: one IN (...) query for all 50
  expect(counts).toEqual({ hub: 1, police: 1, market: 1, tax: 1, judicial: 1 });
  // the batch really resolved every item
  expect(edges.every((e: any) => e.node.market.registrationStatus && e.node.tax.creditRating)).toBe(true);
  expect(edges.filter((e: any) => e.node.police.liaisonOfficer).length).toBeGreaterThan(20);
});

test('totalCount costs one count statement, and only when selected', async () => {
  hub.resetQueryCounts();
  const without = await hub.gql(`{ enterprises(first: 5) { edges { node { uscc } } } }`, {}, 'coordinator');
  expect(without.errors).toBeUndefined();
  expect(hub.queryCounts().hub).toBe(1);
  hub.resetQueryCounts();
  const withTotal = await hub.gql(`{ enterprises(first: 5) { totalCount edges { node { uscc } } } }`, {}, 'coordinator');
  expect(withTotal.errors).toBeUndefined();
  expect(withTotal.data.enterprises.totalCount).toBeGreaterThan(5);
  expect(hub.queryCounts().hub).toBe(2);
});

test('the statement count does not grow with the page size', async () => {
  const small = await countFor(5);
  const large = await countFor(50);
  for (const name of SUBGRAPH_NAMES) expect(large.counts[name]).toBe(small.counts[name]);
});

test('work no request asked for (SLA scan, event bus) is not counted against requests', async () => {
  hub.resetQueryCounts();
  await emitSlaWarnings(hub.subgraphs.hub.orm, hub.clock.now());
  await (hub.subgraphs.hub.runtime as unknown as { events: { poke(): Promise<void> } }).events.poke();
  expect(hub.queryCounts().hub).toBe(0);
});

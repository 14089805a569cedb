import { DEMO_ENTERPRISES } from '../../../src/demo/district';
import { act, ok, submit } from '../../helpers/issues';
import { startTestHub, type TestHub } from '../../helpers/test-hub';

/** An inbox page of 50 requests with enterprise and department fields: bounded SQL, independent of page size. */
let hub: TestHub;
const DEPT = `inbox_${process.pid}`;
beforeAll(async () => {
  hub = await startTestHub();
  await ok(hub, `mutation($c: ID!) { saveDepartment(input: { code: $c, nameZh: "收件测试", nameEn: "Inbox test" }) { department { code } } }`, { c: DEPT }, 'coordinator');
  for (let i = 0; i < 50; i++) {
    const issue = await submit(hub, 'coordinator', {
      uscc: DEMO_ENTERPRISES[i % DEMO_ENTERPRISES.length].uscc, title: `收件箱 ${i}`, description: '批量测试', category: 'other', channel: 'HOTLINE',
    });
    await act.route(hub, 'coordinator', issue.id, DEPT, i % 2 ? ['tax'] : []);
  }
}, 120_000);
afterAll(() => hub?.stop());

const INBOX = /* GraphQL */ `
  query Inbox($dept: ID!, $first: Int!) {
    issues(filter: { leadDepartment: $dept }, first: $first) {
      totalCount
      edges { node {
        number status isOverdue
        enterprise { name tax { creditRating } police { liaisonOfficer { name } } }
        leadDepartment { nameZh } assistingDepartments { code } category { nameZh }
        timeline { action } referrals { id }
      } }
    }
  }
`;

async function countsFor(first: number) {
  hub.resetQueryCounts();
  const res = await hub.gql(INBOX, { dept: DEPT, first }, 'coordinator');
  expect(res.errors).toBeUndefined();
  expect(res.data.issues.edges).toHaveLength(first);
  return { counts: hub.queryCounts(), edges: res.data.issues.edges };
}

test('50 requests: one batch per field kind in the hub, one per department subgraph', async () => {
  const { counts, edges } = await countsFor(50);
  // hub: page + total, enterprises, departments, categories, timelines, referrals
  expect(counts).toEqual({ hub: 7, police: 1, market: 0, tax: 1, judicial: 0 });
  expect(edges.every((e: any) => e.node.enterprise.name && e.node.enterprise.tax.creditRating && e.node.timeline.length === 2)).toBe(true);
  expect(edges.filter((e: any) => e.node.assistingDepartments.length === 1)).toHaveLength(25);
});

test('an issues page without totalCount is ONE statement; with it, one more (the count)', async () => {
  const page = (total: boolean) => hub.gql(`query($d: ID!) { issues(filter: { leadDepartment: $d }, first: 10) { ${total ? 'totalCount' : ''} edges { node { number } } } }`, { d: DEPT }, 'coordinator');
  hub.resetQueryCounts();
  const without = await page(false);
  expect(without.errors).toBeUndefined();
  expect(without.data.issues.edges).toHaveLength(10);
  expect(hub.queryCounts().hub).toBe(1);
  hub.resetQueryCounts();
  const withTotal = await page(true);
  expect(withTotal.data.issues.totalCount).toBe(50);
  expect(hub.queryCounts().hub).toBe(2);
});

test('the statement count does not depend on the page size', async () => {
  const small = await countsFor(5);
  const large = await countsFor(50);
  expect(large.counts).toEqual(small.counts);
});

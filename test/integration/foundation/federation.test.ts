import { DEMO_ENTERPRISES, DEMO_USERS, demoLiaisonOfficer } from '../../../src/demo/district';
import { startTestHub, type TestHub } from '../../helpers/test-hub';

/** One query, five subgraphs: the gateway plans it across five separately served subgraphs. */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

const FIRST = DEMO_ENTERPRISES[0];

const FULL_PICTURE = /* GraphQL */ `
  query FullPicture($uscc: ID!) {
    enterprise(uscc: $uscc) {
      uscc
      name
      isKeyEnterprise
      police { liaisonOfficer { name badge station { name } } alertCount }
      market { registrationStatus isOnAbnormalList }
      tax { creditRating creditRatingYear }
      judicial { openMediationCases mediationCases { grade status } }
    }
  }
`;

test('one query returns real data from all five subgraphs', async () => {
  // a coordinator sees every department's records in full (need-to-know: see perimeter.test.ts)
  const res = await hub.gql(FULL_PICTURE, { uscc: FIRST.uscc }, 'coordinator');
  expect(res.errors).toBeUndefined();
  expect(res.data.enterprise).toEqual({
    uscc: FIRST.uscc,
    name: '南京清河精密机械有限公司',
    isKeyEnterprise: true,
    police: { liaisonOfficer: { name: '李伟', badge: '320102001', station: { name: '城东派出所警企联络站' } }, alertCount: 1 },
    market: { registrationStatus: 'ACTIVE', isOnAbnormalList: false },
    tax: { creditRating: 'A', creditRatingYear: 2025 },
    judicial: {
      openMediationCases: 2,
      mediationCases: expect.arrayContaining([
        { grade: 'COMMUNITY', status: 'OPEN' },
        { grade: 'STREET', status: 'OPEN' },
      ]),
    },
  });
});

test('department records differ per enterprise (not a constant answer)', async () => {
  const revoked = DEMO_ENTERPRISES[13];
  const res = await hub.gql(
    `query($u: ID!) { enterprise(uscc: $u) { market { registrationStatus } tax { creditRating } police { liaisonOfficer { name } } judicial { openMediationCases } } }`,
    { u: revoked.uscc },
    'tax-officer',
  );
  expect(res.errors).toBeUndefined();
  expect(res.data.enterprise.market.registrationStatus).toBe('REVOKED');
  expect(res.data.enterprise.tax.creditRating).toBe('C');
  expect(res.data.enterprise.judicial.openMediationCases).toBe(0);
  expect(res.data.enterprise.police.liaisonOfficer.name).toBe(demoLiaisonOfficer(revoked)!.name);
});

test('me returns the caller from the token', async () => {
  const res = await hub.gql(`{ me { id displayName departmentCode roles department { code nameZh } } }`, {}, 'police-officer');
  expect(res.data.me).toEqual({
    id: DEMO_USERS['police-officer'].sub,
    displayName: '李伟',
    departmentCode: 'police',
    roles: ['OFFICER'],
    department: { code: 'police', nameZh: '公安分局' },
  });
});

test('departments are data', async () => {
  const res = await hub.gql(`{ departments { code nameEn } }`, {}, 'coordinator');
  const codes = res.data.departments.map((d: { code: string }) => d.code);
  // other test files add departments of their own: the four built-in ones are always there, in code order
  expect(codes).toEqual(expect.arrayContaining(['judicial', 'market', 'police', 'tax']));
  expect(codes).toEqual([...codes].sort());
});

test('enterprises is a cursor connection with stable order and no overlap between pages', async () => {
  const page = `query($after: String) { enterprises(first: 25, after: $after) { totalCount edges { cursor node { uscc } } pageInfo { hasNextPage endCursor } } }`;
  const seen: string[] = [];
  let after: string | null = null;
  let pages = 0;
  do {
    const res: any = await hub.gql(page, { after }, 'coordinator');
    expect(res.errors).toBeUndefined();
    const conn = res.data.enterprises;
    expect(conn.totalCount).toBe(DEMO_ENTERPRISES.length);
    seen.push(...conn.edges.map((e: any) => e.node.uscc));
    after = conn.pageInfo.hasNextPage ? conn.pageInfo.endCursor : null;
    pages++;
  } while (after);
  expect(pages).toBe(3);
  expect(seen).toEqual([...DEMO_ENTERPRISES.map((e) => e.uscc)].sort());
});

test('enterprise filters narrow the list', async () => {
  const res = await hub.gql(`{ enterprises(first: 100, filter: { nameContains: "分公司", isKeyEnterprise: true }) { totalCount edges { node { name isKeyEnterprise } } } }`, {}, 'coordinator');
  const expected = DEMO_ENTERPRISES.filter((e) => e.name.includes('分公司') && e.isKeyEnterprise).length;
  expect(res.data.enterprises.totalCount).toBe(expected);
  expect(res.data.enterprises.edges.every((e: any) => e.node.isKeyEnterprise && e.node.name.includes('分公司'))).toBe(true);
});

test('enterprise users see only their own enterprise', async () => {
  const own = await hub.gql(`query($u: ID!) { enterprise(uscc: $u) { name tax { creditRating } } }`, { u: DEMO_USERS.enterprise.uscc }, 'enterprise');
  expect(own.errors).toBeUndefined();
  expect(own.data.enterprise.name).toBe(FIRST.name);

  const other = await hub.gql(`query($u: ID!) { enterprise(uscc: $u) { name } }`, { u: DEMO_ENTERPRISES[1].uscc }, 'enterprise');
  expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');

  const list = await hub.gql(`{ enterprises(first: 100) { totalCount edges { node { uscc } } } }`, {}, 'enterprise');
  expect(list.data.enterprises.totalCount).toBe(1);
  expect(list.data.enterprises.edges[0].node.uscc).toBe(FIRST.uscc);
});

test('an unknown but valid USCC is NOT_FOUND; a page size out of range is BAD_USER_INPUT', async () => {
  const unknown = await hub.gql(`{ enterprise(uscc: "91440300708461136T") { name } }`, {}, 'coordinator');
  expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  const big = await hub.gql(`{ enterprises(first: 1000) { totalCount } }`, {}, 'coordinator');
  expect(big.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  const badCursor = await hub.gql(`{ enterprises(first: 5, after: "nonsense") { totalCount } }`, {}, 'coordinator');
  expect(badCursor.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
});

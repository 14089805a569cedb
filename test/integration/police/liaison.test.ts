import { DEMO_ENTERPRISES, DEMO_UNCOVERED_KEY_ENTERPRISE, demoLiaisonOfficer } from '../../../src/demo/district';
import { ASSIGNMENT_FIELDS, codeOf, police } from '../../helpers/issues';
import { startTestHub, type TestHub } from '../../helpers/test-hub';

/**
 * 一企一警 through the gateway: assign, reassign with a reason (history kept), end; the officer's
 * portfolio and the station's coverage. Uses demo branch offices (n ≥ 30) no other test relies on.
 */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

// QH-CD key enterprise whose demo officer is 王芳 (320102002); 李伟 (320102001) is police-officer's account
const E = DEMO_ENTERPRISES[33];
const WANG = 'Officer:320102002';
const LI = 'Officer:320102001';
const OTHER_STATION = 'Officer:320102003'; // QH-CX

const HISTORY = `query($u: ID!) { enterprise(uscc: $u) { police { liaisonOfficer { id } liaisonHistory { ${ASSIGNMENT_FIELDS} } } } }`;
const MINE = `query($after: String) { myEnterprises(first: 100, after: $after) { totalCount edges { node { from officer { id } enterprise { uscc name } } } pageInfo { hasNextPage endCursor } } }`;
const COVERAGE = `query($code: ID!, $first: Int, $after: String) { stationCoverage(code: $code, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id enterprise { uscc name } station { code } liaisonOfficer { id } liaisonSince } } } }`;

async function allCoverage(code: string, who = 'police-officer') {
  const nodes: any[] = [];
  let after: string | null = null;
  for (;;) {
    const res: any = await hub.gql(COVERAGE, { code, first: 7, after }, who);
    expect(res.errors).toBeUndefined();
    const c: any = res.data.stationCoverage;
    nodes.push(...c.edges.map((e: any) => e.node));
    if (!c.pageInfo.hasNextPage) return { nodes, totalCount: c.totalCount };
    after = c.pageInfo.endCursor;
  }
}

test('assign → reassign (reason required, history kept) → end, on the hub clock', async () => {
  expect(demoLiaisonOfficer(E)!.badge).toBe('320102002');
  const today = hub.clock.today();

  // reassigning without a reason is refused and changes nothing
  const noReason = await hub.gql(`mutation($i: AssignLiaisonOfficerInput!) { assignLiaisonOfficer(input: $i) { assignment { id } } }`, { i: { uscc: E.uscc, officerId: LI } }, 'police-admin');
  expect(codeOf(noReason)).toBe('BAD_USER_INPUT');
  expect(noReason.errors![0].extensions!.field).toBe('reason');
  // an officer of another station's jurisdiction, or the current officer again: CONFLICT
  expect(codeOf(await hub.gql(`mutation($i: AssignLiaisonOfficerInput!) { assignLiaisonOfficer(input: $i) { assignment { id } } }`, { i: { uscc: E.uscc, officerId: OTHER_STATION, reason: '调整' } }, 'police-admin'))).toBe('CONFLICT');
  expect(codeOf(await hub.gql(`mutation($i: AssignLiaisonOfficerInput!) { assignLiaisonOfficer(input: $i) { assignment { id } } }`, { i: { uscc: E.uscc, officerId: WANG, reason: '重复' } }, 'police-admin'))).toBe('CONFLICT');
  // unknown officer, malformed id, enterprise not on a register
  expect(codeOf(await hub.gql(`mutation($i: AssignLiaisonOfficerInput!) { assignLiaisonOfficer(input: $i) { assignment { id } } }`, { i: { uscc: E.uscc, officerId: 'Officer:999999', reason: 'x' } }, 'police-admin'))).toBe('NOT_FOUND');
  expect(codeOf(await hub.gql(`mutation($i: AssignLiaisonOfficerInput!) { assignLiaisonOfficer(input: $i) { assignment { id } } }`, { i: { uscc: E.uscc, officerId: 'Station:QH-CD', reason: 'x' } }, 'police-admin'))).toBe('BAD_USER_INPUT');
  expect(codeOf(await hub.gql(`mutation($i: AssignLiaisonOfficerInput!) { assignLiaisonOfficer(input: $i) { assignment { id } } }`, { i: { uscc: DEMO_ENTERPRISES[35].uscc, officerId: WANG, reason: 'x' } }, 'police-admin'))).toBe('NOT_FOUND');
  // only police administrators assign: not an officer, not a coordinator
  for (const who of ['police-officer', 'coordinator', 'market-officer']) {
    expect(codeOf(await hub.gql(`mutation($i: AssignLiaisonOfficerInput!) { assignLiaisonOfficer(input: $i) { assignment { id } } }`, { i: { uscc: E.uscc, officerId: LI, reason: '调整' } }, who))).toBe('FORBIDDEN');
  }

  const reassigned = await police.assign(hub, 'police-admin', { uscc: E.uscc, officerId: LI, reason: '  王芳调任，改由李伟联络  ' });
  expect(reassigned).toMatchObject({ from: today, to: null, isCurrent: true, reason: '王芳调任，改由李伟联络', officer: { id: LI }, enterprise: { uscc: E.uscc } });
  expect(reassigned.id).toMatch(/^LiaisonAssignment:\d+$/);

  let res = await hub.gql(HISTORY, { u: E.uscc }, 'police-officer');
  expect(res.errors).toBeUndefined();
  expect(res.data.enterprise.police.liaisonOfficer.id).toBe(LI);
  const [now, before] = res.data.enterprise.police.liaisonHistory;
  expect(res.data.enterprise.police.liaisonHistory).toHaveLength(2);
  expect(now.id).toBe(reassigned.id);
  expect(before).toMatchObject({ officer: { id: WANG }, to: today, isCurrent: false, endReason: '王芳调任，改由李伟联络' });

  // the history is police (and coordinator) business: another department gets FORBIDDEN at that path
  const market = await hub.gql(HISTORY, { u: E.uscc }, 'market-officer');
  expect(codeOf(market)).toBe('FORBIDDEN');
  expect(market.data.enterprise.police.liaisonOfficer.id).toBe(LI);
  expect(market.data.enterprise.police.liaisonHistory).toBeNull();

  // ending needs a reason; then the enterprise has no officer, and ending again is a CONFLICT
  expect(codeOf(await hub.gql(`mutation { endLiaisonAssignment(input: { uscc: "${E.uscc}", reason: " " }) { assignment { id } } }`, {}, 'police-admin'))).toBe('BAD_USER_INPUT');
  const ended = await police.end(hub, 'police-admin', { uscc: E.uscc, reason: '企业迁出辖区' });
  expect(ended).toMatchObject({ id: reassigned.id, to: today, isCurrent: false, endReason: '企业迁出辖区' });
  expect(codeOf(await hub.gql(`mutation { endLiaisonAssignment(input: { uscc: "${E.uscc}", reason: "再次" }) { assignment { id } } }`, {}, 'police-admin'))).toBe('CONFLICT');

  res = await hub.gql(HISTORY, { u: E.uscc }, 'coordinator');
  expect(res.errors).toBeUndefined();
  expect(res.data.enterprise.police.liaisonOfficer).toBeNull();
  expect(res.data.enterprise.police.liaisonHistory.map((a: any) => [a.officer.id, a.isCurrent])).toEqual([[LI, false], [WANG, false]]);

  // a first assignment after the end needs no reason
  const again = await police.assign(hub, 'police-admin', { uscc: E.uscc, officerId: WANG });
  expect(again).toMatchObject({ officer: { id: WANG }, reason: null, isCurrent: true });
});

test("myEnterprises: the calling officer's current portfolio, paged", async () => {
  // the demo portfolio of 李伟, less the enterprises the other tests of this file reassign (any order)
  const reassignedElsewhere = new Set([E.uscc, DEMO_ENTERPRISES[42].uscc]);
  const mine = DEMO_ENTERPRISES.filter((e) => demoLiaisonOfficer(e)?.badge === '320102001' && !reassignedElsewhere.has(e.uscc)).map((e) => e.uscc);
  expect(mine.length).toBeGreaterThan(2);
  const target = DEMO_ENTERPRISES[39]; // QH-CD, demo officer 王芳
  expect(demoLiaisonOfficer(target)!.badge).toBe('320102002');
  await police.assign(hub, 'police-admin', { uscc: target.uscc, officerId: LI, reason: '王芳休假期间由李伟联络' });

  const res = await hub.gql(MINE, {}, 'police-officer');
  expect(res.errors).toBeUndefined();
  const usccs = res.data.myEnterprises.edges.map((e: any) => e.node.enterprise.uscc);
  expect(usccs).toContain(target.uscc);
  for (const u of mine) expect(usccs).toContain(u);
  expect(usccs).toEqual([...usccs].sort());
  expect(res.data.myEnterprises.edges.every((e: any) => e.node.officer.id === LI && e.node.enterprise.name)).toBe(true);

  // paging by two reaches the same list
  const paged: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: any = await hub.gql(`query($after: String) { myEnterprises(first: 2, after: $after) { edges { node { enterprise { uscc } } } pageInfo { hasNextPage endCursor } } }`, { after }, 'police-officer');
    paged.push(...page.data.myEnterprises.edges.map((e: any) => e.node.enterprise.uscc));
    if (!page.data.myEnterprises.pageInfo.hasNextPage) break;
    after = page.data.myEnterprises.pageInfo.endCursor;
  }
  expect(paged).toEqual(usccs);

  // a police user without an officer record, and other departments, have no portfolio
  expect(codeOf(await hub.gql(MINE, {}, 'police-admin'))).toBe('FORBIDDEN');
  expect(codeOf(await hub.gql(MINE, {}, 'tax-officer'))).toBe('FORBIDDEN');
  expect(codeOf(await hub.gql(MINE, { after: 'not-a-cursor' }, 'police-officer'))).toBe('BAD_USER_INPUT');
});

test("stationCoverage lists the station's key enterprises, those without an officer too", async () => {
  const uncovered = DEMO_ENTERPRISES[DEMO_UNCOVERED_KEY_ENTERPRISE];
  const station = uncovered.station;
  const expected = DEMO_ENTERPRISES.filter((e) => e.isKeyEnterprise && e.station === station).map((e) => e.uscc).sort();

  const { nodes, totalCount } = await allCoverage(station);
  expect(totalCount).toBe(expected.length);
  expect(nodes.map((n) => n.enterprise.uscc)).toEqual(expected);
  const entry = nodes.find((n) => n.enterprise.uscc === uncovered.uscc);
  expect(entry).toMatchObject({ id: `KeyEnterprise:${uncovered.uscc}`, liaisonOfficer: null, liaisonSince: null, station: { code: station } });
  expect(entry.enterprise.name).toBe(uncovered.name);
  const covered = nodes.find((n) => n.enterprise.uscc === DEMO_ENTERPRISES[DEMO_UNCOVERED_KEY_ENTERPRISE - 3].uscc);
  expect(covered.liaisonOfficer).not.toBeNull();

  // coordinators read it; other departments do not; unknown station is NOT_FOUND
  expect((await hub.gql(COVERAGE, { code: station, first: 1 }, 'coordinator')).errors).toBeUndefined();
  expect(codeOf(await hub.gql(COVERAGE, { code: station }, 'market-officer'))).toBe('FORBIDDEN');
  expect(codeOf(await hub.gql(COVERAGE, { code: 'QH-XX' }, 'police-officer'))).toBe('NOT_FOUND');
});

test('stationCoverage of 50 enterprises takes a fixed number of SQL statements in the police subgraph', async () => {
  hub.resetQueryCounts();
  const res = await hub.gql(COVERAGE, { code: 'QH-CD', first: 50 }, 'police-officer');
  expect(res.errors).toBeUndefined();
  expect(res.data.stationCoverage.edges.length).toBeGreaterThan(10);
  const many = hub.queryCounts().police;
  hub.resetQueryCounts();
  await hub.gql(COVERAGE, { code: 'QH-CD', first: 2 }, 'police-officer');
  expect(hub.queryCounts().police).toBe(many);
  // station check, page, count; then one batch for current assignments (officer joined), one for stations
  expect(many).toBe(5);
});

test('two administrators reassigning the same enterprise at once: one wins, the other gets CONFLICT, one current row', async () => {
  const target = DEMO_ENTERPRISES[42]; // QH-CD, demo officer 李伟
  expect(demoLiaisonOfficer(target)!.badge).toBe('320102001');
  const assign = `mutation($i: AssignLiaisonOfficerInput!) { assignLiaisonOfficer(input: $i) { assignment { id } } }`;
  const results = await Promise.all(
    ['甲', '乙', '丙'].map((who) => hub.gql(assign, { i: { uscc: target.uscc, officerId: WANG, reason: `调整（${who}）` } }, 'police-admin')),
  );
  expect(results.map((r) => (r.errors ? codeOf(r) : 'OK')).sort()).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
  const res = await hub.gql(HISTORY, { u: target.uscc }, 'police-admin');
  expect(res.data.enterprise.police.liaisonHistory.map((a: any) => [a.officer.id, a.isCurrent])).toEqual([[WANG, true], [LI, false]]);
});

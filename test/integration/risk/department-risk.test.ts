import type { Client } from 'graphql-ws';
import { DEMO_ENTERPRISES } from '../../../src/demo/district';
import { codeOf, ok } from '../../helpers/issues';
import { sql } from '../../helpers/sql';
import { startTestHub, type TestHub } from '../../helpers/test-hub';
import { until } from '../../helpers/wait';
import type { SignalRefresh } from '../../../src/shared/risk-refresh';
import { toHubDate } from '../../../src/shared/time-zone';
import { collect, latestCursor, wsClient } from '../../helpers/ws';

/**
 * The judicial, tax and market signals wired into the cross-department risk assessment (维稳风险评估):
 * a write in the department materialises its signals in the write's transaction, the hub hears the
 * NOTIFY, reassesses and emits riskEvents; the signals reach `riskAssessment` through federation,
 * details only for their department and coordinators. Every department materialises the seed's
 * records at start (the test right below). The other tests each take an enterprise the seed leaves
 * without any signal (18, 20, 36, 38, 41, 46, 48, 59: asserted where a test starts from it), and no
 * other test touches it.
 */
let hub: TestHub;
const clients: Client[] = [];
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await hub?.stop();
});
const client = async (user: Parameters<TestHub['token']>[0], overrides = {}) => {
  const c = wsClient(hub.url, await hub.token(user, overrides));
  clients.push(c);
  return c;
};

const RISK_EVENTS = /* GraphQL */ `
  subscription($after: String) { riskEvents(after: $after) { cursor type fromLevel toLevel departments enterprise { uscc } } }
`;
const ASSESSMENT = /* GraphQL */ `
  query($u: ID!) { enterprise(uscc: $u) { uscc riskAssessment { level signals { department category level observedAt details } } } }
`;
const LEVEL_ONLY = /* GraphQL */ `
  query($u: ID!) { enterprise(uscc: $u) { uscc riskAssessment { level signals { department category level observedAt } } } }
`;
const storedLevel = async (u: string) => (await sql<{ rank: number }>('select rank from hub.risk_assessment where uscc = $1', [u]))[0]?.rank ?? 0;

const CASE = 'id grade status';
const openCase = (input: Record<string, unknown>) =>
  ok(hub, `mutation($i: OpenMediationCaseInput!) { openMediationCase(input: $i) { mediationCase { ${CASE} } } }`, { i: input }, 'judicial-officer');
const escalate = (id: string, reason: string) =>
  ok(hub, `mutation($i: EscalateMediationCaseInput!) { escalateMediationCase(input: $i) { mediationCase { ${CASE} } } }`, { i: { mediationCaseId: id, reason } }, 'judicial-officer');
const closeCase = (id: string, outcome: string, note: string) =>
  ok(hub, `mutation($i: CloseMediationCaseInput!) { closeMediationCase(input: $i) { mediationCase { ${CASE} } } }`, { i: { mediationCaseId: id, outcome, note } }, 'judicial-officer');
const litigate = (input: Record<string, unknown>) =>
  ok(hub, `mutation($i: RecordLitigationInput!) { recordLitigation(input: $i) { litigation { id } } }`, { i: input }, 'judicial-officer');

/** An assessment in brief: its level and its signals (department, category, level), sorted. */
const brief = (a: { level: string; signals: { department: string; category: string; level: string }[] }) =>
  [a.level, a.signals.map((s) => [s.department, s.category, s.level]).sort((x, y) => x.join().localeCompare(y.join()))];

test('the seed\'s records are risk signals as soon as the hub has started: each level in the demo, read at once, stored and on the agenda after the hub hears', async () => {
  const e = (n: number) => DEMO_ENTERPRISES[n].uscc;
  // each department materialised them at start (the seed writes records, not signals): no write, rule change or refresh pass needed
  const expected: [number, string, string[][], number][] = [
    // tax: rated D on re-rating, 100,500 yuan of VAT owed since March, July and August not filed
    [23, 'HIGH', [['tax', 'ARREARS_OUTSTANDING', 'HIGH'], ['tax', 'CREDIT_RATING', 'HIGH'], ['tax', 'MISSED_FILINGS', 'MEDIUM']], 3],
    // police: five alerts in 90 days
    [24, 'HIGH', [['police', 'REPEATED_ALERTS', 'HIGH']], 3],
    // market: on the abnormal-operation list (未按规定报送年度报告)
    [54, 'MEDIUM', [['market', 'ABNORMAL_LISTING', 'MEDIUM']], 2],
    // judicial: a dispute under community mediation (村居调解)
    [27, 'LOW', [['judicial', 'OPEN_MEDIATION', 'LOW']], 1],
    // nothing that signals
    [3, 'NONE', [], 0],
  ];
  for (const [n, level, signals] of expected) {
    expect([n, ...brief((await ok(hub, LEVEL_ONLY, { u: e(n) }, 'coordinator')).riskAssessment)]).toEqual([n, level, signals]);
  }
  await until(async () => {
    for (const [n, , , rank] of expected) if ((await storedLevel(e(n))) !== rank) return false;
    return true;
  }, 'the hub stored the seed\'s levels');
  const agenda = async (vars: Record<string, unknown>) =>
    (await ok(hub, `query($l: RiskLevel, $d: ID) { enterprisesAtRisk(level: $l, department: $d, first: 100) { edges { node { enterprise { uscc } } } } }`, vars, 'coordinator')).edges.map((x: any) => x.node.enterprise.uscc);
  expect(await agenda({ l: 'HIGH', d: 'tax' })).toContain(e(23));
  expect(await agenda({ l: 'MEDIUM', d: 'market' })).toContain(e(54));
  expect(await agenda({ l: 'LOW', d: 'judicial' })).toContain(e(27));
  expect(await agenda({ l: 'LOW' })).not.toContain(e(3));
});

describe('judicial', () => {
  const J = DEMO_ENTERPRISES[18].uscc;

  test('a mediation case escalates two grades and fails into litigation: the level follows, coordinators hear each rise, a tax officer sees the level but not the case text', async () => {
    const start = await latestCursor();
    const coordinator = collect(await client('coordinator'), RISK_EVENTS, { after: start });
    const judicialSub = collect(await client('judicial-officer'), RISK_EVENTS, { after: start });
    const taxSub = collect(await client('tax-officer'), RISK_EVENTS, { after: start });
    const ofJ = (e: any) => e.enterprise.uscc === J;
    expect((await ok(hub, LEVEL_ONLY, { u: J }, 'coordinator')).riskAssessment).toEqual({ level: 'NONE', signals: [] });

    const { mediationCase: c } = await openCase({ enterpriseUscc: J, category: 'CONTRACT', subject: '货款结算纠纷，供应商聚集讨要', description: '机密案情' });
    expect(c.grade).toBe('COMMUNITY');
    // the signal is in the read at once: the bureau wrote it in the case's transaction
    expect((await ok(hub, ASSESSMENT, { u: J }, 'coordinator')).riskAssessment).toMatchObject({ level: 'LOW', signals: [{ department: 'judicial', category: 'OPEN_MEDIATION', level: 'LOW' }] });
    await coordinator.waitUntil((e) => ofJ(e) && e.toLevel === 'LOW');

    await escalate(c.id, '村居调解未果，移交镇街');
    await coordinator.waitUntil((e) => ofJ(e) && e.toLevel === 'MEDIUM');
    await escalate(c.id, '镇街调解未果，移交区县');
    await coordinator.waitUntil((e) => ofJ(e) && e.toLevel === 'HIGH');
    // failed: a FAILED_MEDIATION signal at MEDIUM, a fall (stored silently)
    await closeCase(c.id, 'FAILED', '双方分歧过大，调解不成');
    await until(async () => (await storedLevel(J)) === 2, 'the level falls to MEDIUM');
    expect((await ok(hub, ASSESSMENT, { u: J }, 'coordinator')).riskAssessment.signals).toMatchObject([{ department: 'judicial', category: 'FAILED_MEDIATION', level: 'MEDIUM' }]);
    // into litigation: LITIGATION at HIGH, a rise again
    await litigate({ mediationCaseId: c.id, caseNo: '(2026)苏0102民初9333号', court: '清河区人民法院', role: 'DEFENDANT', cause: '买卖合同纠纷', filedOn: hub.clock.today() });
    const seen = (await coordinator.waitUntil(() => coordinator.events.filter(ofJ).length >= 4)).filter(ofJ);
    expect(seen.map((e) => [e.fromLevel, e.toLevel, e.departments])).toEqual([
      ['NONE', 'LOW', ['judicial']], ['LOW', 'MEDIUM', ['judicial']], ['MEDIUM', 'HIGH', ['judicial']], ['MEDIUM', 'HIGH', ['judicial']],
    ]);
    // the judicial bureau hears them too (it has the signal); tax, without a signal for J, does not
    await judicialSub.waitUntil((e) => e.cursor === seen[3].cursor);
    expect(judicialSub.events.filter(ofJ).map((e) => e.cursor)).toEqual(seen.map((e) => e.cursor));
    expect(taxSub.events.filter(ofJ)).toEqual([]);

    // need-to-know: the coordinator and the bureau read the case text; a tax officer the level and category only
    const full = (await ok(hub, ASSESSMENT, { u: J }, 'judicial-officer')).riskAssessment;
    expect(full).toMatchObject({ level: 'HIGH', signals: [{ department: 'judicial', category: 'LITIGATION', level: 'HIGH' }] });
    expect(full.signals[0].details).toContain('买卖合同纠纷');
    const taxView = await hub.gql(ASSESSMENT, { u: J }, 'tax-officer');
    expect(taxView.data.enterprise.riskAssessment).toMatchObject({ level: 'HIGH', signals: [{ department: 'judicial', category: 'LITIGATION', level: 'HIGH', details: null }] });
    expect(codeOf(taxView)).toBe('FORBIDDEN');
    expect(JSON.stringify(taxView)).not.toContain('买卖合同纠纷');
    expect((await ok(hub, LEVEL_ONLY, { u: J }, 'tax-officer')).riskAssessment.level).toBe('HIGH');
    // the enterprise itself sees none of it
    expect(codeOf(await hub.gql(LEVEL_ONLY, { u: J }, 'enterprise'))).toBe('FORBIDDEN');
    // the bureau's own field keeps working (computed from its records)
    const own = (await ok(hub, `query($u: ID!) { enterprise(uscc: $u) { judicial { riskSignals { category level } } } }`, { u: J }, 'coordinator')).judicial.riskSignals;
    expect(own).toEqual([{ category: 'LITIGATION', level: 'HIGH' }]);
    for (const s of [coordinator, judicialSub, taxSub]) {
      expect(s.errors).toEqual([]);
      await s.stop();
    }
  });
});

test('as time passes, a failed mediation leaves its window: the judicial refresh drops the signal and the hub lowers the level', async () => {
  const U = DEMO_ENTERPRISES[20].uscc;
  expect(await storedLevel(U)).toBe(0);
  const { mediationCase: c } = await openCase({ enterpriseUscc: U, category: 'LEASE', subject: '厂房租金纠纷' });
  await closeCase(c.id, 'FAILED', '出租方拒绝调解');
  await until(async () => (await storedLevel(U)) === 2, 'FAILED_MEDIATION: MEDIUM');
  const refresher = hub.subgraphs.judicial.runtime as unknown as SignalRefresh;
  const start = hub.clock.now();
  try {
    hub.clock.advance(179 * 86_400_000);
    await refresher.refresh();
    expect(await storedLevel(U)).toBe(2); // still inside the 180 days
    hub.clock.advance(2 * 86_400_000);
    expect(await refresher.refresh()).toBeGreaterThanOrEqual(1);
    await until(async () => (await storedLevel(U)) === 0, 'the level falls');
  } finally {
    hub.clock.set(start);
    await refresher.refresh(); // every enterprise's judicial signals as of today again
  }
});

describe('judicial rules as data', () => {
  const R = DEMO_ENTERPRISES[41].uscc;
  const SET = `mutation($i: SetJudicialRiskRulesInput!) { setJudicialRiskRules(input: $i) { signalsChanged rules { id condition level windowDays updatedByName } } }`;
  const set = async (who: string, rules: object[]) => hub.gql(SET, { i: { rules } }, who);

  test('a judicial administrator changes a level and the outcome follows; other departments (their administrators too) and coordinators are FORBIDDEN; bad rules BAD_USER_INPUT', async () => {
    const admin = await hub.token('judicial-officer', { roles: ['DEPT_ADMIN'] });
    expect(await storedLevel(R)).toBe(0);
    await litigate({ enterpriseUscc: R, caseNo: '(2026)苏0102民初9441号', court: '清河区人民法院', role: 'DEFENDANT', cause: '租赁合同纠纷', filedOn: hub.clock.today() });
    expect((await ok(hub, LEVEL_ONLY, { u: R }, 'coordinator')).riskAssessment).toMatchObject({ level: 'MEDIUM', signals: [{ department: 'judicial', category: 'LITIGATION', level: 'MEDIUM' }] });

    for (const who of ['judicial-officer', 'coordinator', 'tax-officer', 'enterprise']) {
      expect(codeOf(await set(who, [{ condition: 'LITIGATION_DEFENDANT', level: 'HIGH' }]))).toBe('FORBIDDEN');
    }
    expect(codeOf(await set(await hub.token('tax-officer', { roles: ['DEPT_ADMIN'] }), [{ condition: 'LITIGATION_DEFENDANT', level: 'HIGH' }]))).toBe('FORBIDDEN');
    const bad = async (rules: object[], field: string) => {
      const res = await set(admin, rules);
      expect([codeOf(res), res.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', field]);
    };
    await bad([{ condition: 'FAILED', level: 'HIGH', windowDays: 0 }], 'rules[0].windowDays');
    await bad([{ condition: 'FAILED', level: 'HIGH' }], 'rules[0].windowDays');
    await bad([{ condition: 'OPEN_STREET', level: 'LOW' }, { condition: 'LITIGATION_DEFENDANT', level: 'LOW', windowDays: 30 }], 'rules[1].windowDays');
    await bad([{ condition: 'OPEN_STREET', level: 'LOW' }, { condition: 'OPEN_STREET', level: 'HIGH' }], 'rules[1].condition');
    expect((await ok(hub, LEVEL_ONLY, { u: R }, 'coordinator')).riskAssessment.level).toBe('MEDIUM'); // nothing was applied

    try {
      const start = await latestCursor();
      const coordinator = collect(await client('coordinator'), RISK_EVENTS, { after: start });
      const done = await set(admin, [{ condition: 'LITIGATION_DEFENDANT', level: 'HIGH' }]);
      expect(done.errors).toBeUndefined();
      expect(done.data.setJudicialRiskRules.rules).toContainEqual({ id: 'JudicialRiskRule:LITIGATION_DEFENDANT', condition: 'LITIGATION_DEFENDANT', level: 'HIGH', windowDays: null, updatedByName: '郑晓东' });
      expect(done.data.setJudicialRiskRules.rules).toHaveLength(9);
      expect(done.data.setJudicialRiskRules.signalsChanged).toBeGreaterThanOrEqual(1);
      expect((await ok(hub, LEVEL_ONLY, { u: R }, 'coordinator')).riskAssessment.level).toBe('HIGH');
      await coordinator.waitUntil((e) => e.enterprise.uscc === R && e.toLevel === 'HIGH');
      await coordinator.stop();
      // the bureau's own field reads the same rules
      expect((await ok(hub, `query($u: ID!) { enterprise(uscc: $u) { judicial { riskSignals { category level } } } }`, { u: R }, 'coordinator')).judicial.riskSignals).toEqual([{ category: 'LITIGATION', level: 'HIGH' }]);
      expect((await ok(hub, `{ judicialRiskRules { condition level } }`, {}, 'coordinator')).find((r: any) => r.condition === 'LITIGATION_DEFENDANT').level).toBe('HIGH');
      expect(codeOf(await hub.gql(`{ judicialRiskRules { condition } }`, {}, 'tax-officer'))).toBe('FORBIDDEN');
    } finally {
      expect((await set(admin, [{ condition: 'LITIGATION_DEFENDANT', level: 'MEDIUM' }])).errors).toBeUndefined();
      await until(async () => (await storedLevel(R)) === 2, 'back to MEDIUM');
    }
  });
});

describe('tax', () => {
  const T = DEMO_ENTERPRISES[36].uscc;

  test('tax arrears raise the level: the tax bureau and coordinators hear it, the amount stays with the bureau; settling lowers it', async () => {
    const start = await latestCursor();
    const coordinator = collect(await client('coordinator'), RISK_EVENTS, { after: start });
    const taxSub = collect(await client('tax-officer'), RISK_EVENTS, { after: start });
    const ofT = (e: any) => e.enterprise.uscc === T;
    expect((await ok(hub, ASSESSMENT, { u: T }, 'coordinator')).riskAssessment).toEqual({ level: 'NONE', signals: [] });

    const { arrears } = await ok(hub, `mutation($i: RecordTaxArrearsInput!) { recordTaxArrears(input: $i) { arrears { id } } }`,
      { i: { uscc: T, taxType: '企业所得税', amount: '150000.00', since: '2026-01-15' } }, 'tax-officer');
    const read = (await ok(hub, ASSESSMENT, { u: T }, 'tax-officer')).riskAssessment;
    expect(read.level).toBe('HIGH');
    const signal = read.signals.find((s: any) => s.department === 'tax' && s.category === 'ARREARS_OUTSTANDING');
    expect(signal).toMatchObject({ level: 'HIGH', observedAt: '2026-01-15T00:00:00.000Z' });
    expect(signal.details).toContain('150000.00 yuan');
    const [raised] = (await coordinator.waitUntil(ofT)).filter(ofT);
    expect(raised).toMatchObject({ type: 'RISK_RAISED', toLevel: 'HIGH' });
    expect(raised.departments).toContain('tax');
    await taxSub.waitUntil((e) => e.cursor === raised.cursor);

    // another department: the level and the category, not the amount
    const other = await hub.gql(ASSESSMENT, { u: T }, 'market-officer');
    expect(other.data.enterprise.riskAssessment.signals.find((s: any) => s.department === 'tax')).toMatchObject({ category: 'ARREARS_OUTSTANDING', level: 'HIGH', details: null });
    expect(JSON.stringify(other.data)).not.toContain('150000.00 yuan');

    // settled: the signal goes, the level falls (silently)
    await ok(hub, `mutation($i: SettleTaxArrearsInput!) { settleTaxArrears(input: $i) { arrears { id } } }`, { i: { arrearsId: arrears.id, settledOn: hub.clock.today() } }, 'tax-officer');
    await until(async () => (await storedLevel(T)) < 3, 'the level falls');
    expect((await ok(hub, ASSESSMENT, { u: T }, 'coordinator')).riskAssessment.signals.filter((s: any) => s.category === 'ARREARS_OUTSTANDING')).toEqual([]);
    for (const s of [coordinator, taxSub]) {
      expect(s.errors).toEqual([]);
      await s.stop();
    }
  });
  test('a tax administrator lowers the large-arrears amount and the level follows; others FORBIDDEN; bad rules BAD_USER_INPUT', async () => {
    const U = DEMO_ENTERPRISES[38].uscc;
    const SET = `mutation($i: SetTaxRiskRulesInput!) { setTaxRiskRules(input: $i) { signalsChanged rules { id condition level threshold updatedByName } } }`;
    const set = async (who: string, rules: object[]) => hub.gql(SET, { i: { rules } }, who);
    const admin = await hub.token('tax-officer', { roles: ['DEPT_ADMIN'] });
    expect(await storedLevel(U)).toBe(0);
    await ok(hub, `mutation($i: RecordTaxArrearsInput!) { recordTaxArrears(input: $i) { arrears { id } } }`, { i: { uscc: U, taxType: '印花税', amount: '30000.00', since: '2026-02-01' } }, 'tax-officer');
    const taxLevel = async () => (await ok(hub, LEVEL_ONLY, { u: U }, 'coordinator')).riskAssessment.signals.find((s: any) => s.category === 'ARREARS_OUTSTANDING')?.level;
    expect(await taxLevel()).toBe('MEDIUM');

    for (const who of ['tax-officer', 'coordinator', 'judicial-officer', await hub.token('market-officer', { roles: ['DEPT_ADMIN'] })]) {
      expect(codeOf(await set(who, [{ condition: 'ARREARS_LARGE', level: 'HIGH', threshold: 20000 }]))).toBe('FORBIDDEN');
    }
    const bad = async (rules: object[], field: string) => {
      const res = await set(admin, rules);
      expect([codeOf(res), res.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', field]);
    };
    await bad([{ condition: 'ARREARS_LARGE', level: 'HIGH', threshold: 0 }], 'rules[0].threshold');
    await bad([{ condition: 'ARREARS_LARGE', level: 'HIGH' }], 'rules[0].threshold');
    await bad([{ condition: 'RATING_D', level: 'HIGH', threshold: 3 }], 'rules[0].threshold');
    await bad([{ condition: 'RATING_C', level: 'LOW' }, { condition: 'RATING_C', level: 'HIGH' }], 'rules[1].condition');
    expect(await taxLevel()).toBe('MEDIUM');

    try {
      const done = await set(admin, [{ condition: 'ARREARS_LARGE', level: 'HIGH', threshold: 20000 }]);
      expect(done.errors).toBeUndefined();
      expect(done.data.setTaxRiskRules.rules).toContainEqual({ id: 'TaxRiskRule:ARREARS_LARGE', condition: 'ARREARS_LARGE', level: 'HIGH', threshold: 20000, updatedByName: '吴明辉' });
      expect(await taxLevel()).toBe('HIGH');
      await until(async () => (await storedLevel(U)) === 3, 'the hub stores HIGH');
      // the bureau's own field reads the same rules
      expect((await ok(hub, `query($u: ID!) { enterprise(uscc: $u) { tax { riskSignals { category level } } } }`, { u: U }, 'coordinator')).tax.riskSignals).toContainEqual({ category: 'ARREARS_OUTSTANDING', level: 'HIGH' });
      expect(codeOf(await hub.gql(`{ taxRiskRules { condition } }`, {}, 'market-officer'))).toBe('FORBIDDEN');
    } finally {
      expect((await set(admin, [{ condition: 'ARREARS_LARGE', level: 'HIGH', threshold: 100000 }])).errors).toBeUndefined();
    }
    expect(await taxLevel()).toBe('MEDIUM');
  });
});

describe('market', () => {
  const M = DEMO_ENTERPRISES[59].uscc;

  test('an abnormal listing raises the level: market supervision and coordinators hear it, the reason stays with them; removal lowers it', async () => {
    const start = await latestCursor();
    const coordinator = collect(await client('coordinator'), RISK_EVENTS, { after: start });
    const marketSub = collect(await client('market-officer'), RISK_EVENTS, { after: start });
    const ofM = (e: any) => e.enterprise.uscc === M;
    const before = (await ok(hub, LEVEL_ONLY, { u: M }, 'coordinator')).riskAssessment;
    expect(before).toEqual({ level: 'NONE', signals: [] });

    await ok(hub, `mutation($i: AddToAbnormalListInput!) { addToAbnormalList(input: $i) { listing { id } } }`,
      { i: { uscc: M, date: hub.clock.today(), reason: '通过登记的住所无法联系（机密）' } }, 'market-officer');
    const read = (await ok(hub, ASSESSMENT, { u: M }, 'market-officer')).riskAssessment;
    expect(read.level).toBe('MEDIUM');
    expect(read.signals.find((s: any) => s.department === 'market')).toMatchObject({ category: 'ABNORMAL_LISTING', level: 'MEDIUM' });
    expect(read.signals.find((s: any) => s.department === 'market').details).toContain('无法联系');
    const [raised] = (await coordinator.waitUntil(ofM)).filter(ofM);
    expect(raised).toMatchObject({ type: 'RISK_RAISED', fromLevel: before.level, toLevel: 'MEDIUM', departments: ['market'] });
    await marketSub.waitUntil((e) => e.cursor === raised.cursor);

    const other = await hub.gql(ASSESSMENT, { u: M }, 'police-officer');
    expect(other.data.enterprise.riskAssessment.signals.find((s: any) => s.department === 'market')).toMatchObject({ category: 'ABNORMAL_LISTING', level: 'MEDIUM', details: null });
    expect(JSON.stringify(other.data)).not.toContain('无法联系');

    await ok(hub, `mutation($i: RemoveFromAbnormalListInput!) { removeFromAbnormalList(input: $i) { listing { id } } }`,
      { i: { uscc: M, date: hub.clock.today(), reason: '已补报年报并恢复联系' } }, 'market-officer');
    await until(async () => (await storedLevel(M)) === 0, 'the level falls');
    for (const s of [coordinator, marketSub]) {
      expect(s.errors).toEqual([]);
      await s.stop();
    }
  });
  test('a market administrator makes the abnormal listing HIGH and the level follows; others FORBIDDEN; bad rules BAD_USER_INPUT', async () => {
    const U = DEMO_ENTERPRISES[46].uscc;
    const SET = `mutation($i: SetMarketRiskRulesInput!) { setMarketRiskRules(input: $i) { signalsChanged rules { id condition level threshold updatedByName } } }`;
    const set = async (who: string, rules: object[]) => hub.gql(SET, { i: { rules } }, who);
    const admin = await hub.token('market-officer', { roles: ['DEPT_ADMIN'] });
    expect(await storedLevel(U)).toBe(0);
    await ok(hub, `mutation($i: AddToAbnormalListInput!) { addToAbnormalList(input: $i) { listing { id } } }`, { i: { uscc: U, date: hub.clock.today(), reason: '未按规定报送年度报告' } }, 'market-officer');
    const marketLevel = async () => (await ok(hub, LEVEL_ONLY, { u: U }, 'coordinator')).riskAssessment.signals.find((s: any) => s.category === 'ABNORMAL_LISTING')?.level;
    expect(await marketLevel()).toBe('MEDIUM');

    for (const who of ['market-officer', 'coordinator', 'tax-officer', await hub.token('police-officer', { roles: ['DEPT_ADMIN'] })]) {
      expect(codeOf(await set(who, [{ condition: 'ABNORMAL_LISTING', level: 'HIGH' }]))).toBe('FORBIDDEN');
    }
    const bad = async (rules: object[], field: string) => {
      const res = await set(admin, rules);
      expect([codeOf(res), res.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', field]);
    };
    await bad([{ condition: 'ABNORMAL_LISTING', level: 'HIGH', threshold: 2 }], 'rules[0].threshold');
    await bad([{ condition: 'COMPLAINTS', level: 'LOW', threshold: 0 }], 'rules[0].threshold');
    await bad([{ condition: 'PENALTIES', level: 'LOW' }], 'rules[0].threshold');
    await bad([{ condition: 'ABNORMAL_LISTING', level: 'LOW' }, { condition: 'ABNORMAL_LISTING', level: 'HIGH' }], 'rules[1].condition');
    expect(await marketLevel()).toBe('MEDIUM');

    try {
      const done = await set(admin, [{ condition: 'ABNORMAL_LISTING', level: 'HIGH' }]);
      expect(done.errors).toBeUndefined();
      expect(done.data.setMarketRiskRules.rules).toContainEqual({ id: 'MarketRiskRule:ABNORMAL_LISTING', condition: 'ABNORMAL_LISTING', level: 'HIGH', threshold: null, updatedByName: '孙丽华' });
      expect(done.data.setMarketRiskRules.rules).toHaveLength(9);
      expect(await marketLevel()).toBe('HIGH');
      await until(async () => (await storedLevel(U)) === 3, 'the hub stores HIGH');
      expect((await ok(hub, `query($u: ID!) { enterprise(uscc: $u) { market { riskSignals { category level } } } }`, { u: U }, 'coordinator')).market.riskSignals).toContainEqual({ category: 'ABNORMAL_LISTING', level: 'HIGH' });
      expect(codeOf(await hub.gql(`{ marketRiskRules { condition } }`, {}, 'tax-officer'))).toBe('FORBIDDEN');
    } finally {
      expect((await set(admin, [{ condition: 'ABNORMAL_LISTING', level: 'MEDIUM' }])).errors).toBeUndefined();
    }
    expect(await marketLevel()).toBe('MEDIUM');
  });
  test('a market administrator edits the complaint windows and the signal follows; a window out of range or on a condition without one is BAD_USER_INPUT', async () => {
    const U = DEMO_ENTERPRISES[48].uscc;
    const SET = `mutation($i: SetMarketRiskRulesInput!) { setMarketRiskRules(input: $i) { signalsChanged rules { condition level threshold windowDays } } }`;
    const admin = await hub.token('market-officer', { roles: ['DEPT_ADMIN'] });
    const set = async (rules: object[]) => hub.gql(SET, { i: { rules } }, admin);
    const complaintRules = async () =>
      (await ok(hub, `{ marketRiskRules { condition threshold windowDays } }`, {}, 'market-officer')).filter((r: any) => r.condition.startsWith('COMPLAINTS'));
    const signal = async () => (await ok(hub, ASSESSMENT, { u: U }, 'market-officer')).riskAssessment.signals.find((s: any) => s.category === 'COMPLAINTS');
    expect(await storedLevel(U)).toBe(0);
    expect(await complaintRules()).toEqual([
      { condition: 'COMPLAINTS', threshold: 1, windowDays: 90 }, { condition: 'COMPLAINTS_MORE', threshold: 3, windowDays: 90 }, { condition: 'COMPLAINTS_MANY', threshold: 10, windowDays: 90 },
    ]);
    const daysAgo = (d: number) => toHubDate(new Date(hub.clock.now().getTime() - d * 86_400_000));
    for (const [d, subject] of [[50, '虚假宣传'], [45, '价格欺诈'], [40, '预付卡退费纠纷']] as const) {
      await ok(hub, `mutation($i: RecordComplaintInput!) { recordComplaint(input: $i) { complaint { id } } }`, { i: { uscc: U, receivedOn: daysAgo(d), subject, details: `消费者投诉：${subject}。` } }, 'market-officer');
    }
    expect(await signal()).toMatchObject({ level: 'MEDIUM', observedAt: `${daysAgo(40)}T00:00:00.000Z`, details: '3 complaints in 90 days, 3 open' });
    await until(async () => (await storedLevel(U)) === 2, 'three complaints in 90 days: MEDIUM');

    const bad = async (rules: object[], field: string) => {
      const res = await set(rules);
      expect([codeOf(res), res.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', field]);
    };
    await bad([{ condition: 'ABNORMAL_LISTING', level: 'MEDIUM', windowDays: 30 }], 'rules[0].windowDays');
    await bad([{ condition: 'COMPLAINTS', level: 'LOW', threshold: 1, windowDays: 0 }], 'rules[0].windowDays');
    await bad([{ condition: 'COMPLAINTS', level: 'LOW', threshold: 1 }, { condition: 'PENALTIES', level: 'LOW', threshold: 1, windowDays: 3661 }], 'rules[1].windowDays');
    expect(codeOf(await hub.gql(SET, { i: { rules: [{ condition: 'COMPLAINTS', level: 'LOW', threshold: 1, windowDays: 30 }] } }, 'market-officer'))).toBe('FORBIDDEN');
    expect(await signal()).toMatchObject({ level: 'MEDIUM' }); // nothing was applied

    try {
      // each rule counts within its own window: the LOW rule 42 days (one complaint), the others 30 (none)
      const narrowed = await set([
        { condition: 'COMPLAINTS', level: 'LOW', threshold: 1, windowDays: 42 },
        { condition: 'COMPLAINTS_MORE', level: 'MEDIUM', threshold: 3, windowDays: 30 },
        { condition: 'COMPLAINTS_MANY', level: 'HIGH', threshold: 10, windowDays: 30 },
      ]);
      expect(narrowed.errors).toBeUndefined();
      expect(narrowed.data.setMarketRiskRules.signalsChanged).toBeGreaterThanOrEqual(1);
      expect(await signal()).toMatchObject({ level: 'LOW', details: '1 complaint in 42 days, 1 open' });
      await until(async () => (await storedLevel(U)) === 1, 'one complaint in 42 days: LOW');
      // a window left out is kept; 30 days for the LOW rule too: no complaint counts, no signal
      const kept = await set([{ condition: 'COMPLAINTS', level: 'LOW', threshold: 1, windowDays: 30 }, { condition: 'COMPLAINTS_MORE', level: 'MEDIUM', threshold: 3 }]);
      expect(kept.errors).toBeUndefined();
      expect(kept.data.setMarketRiskRules.rules.filter((r: any) => r.condition.startsWith('COMPLAINTS')).map((r: any) => r.windowDays)).toEqual([30, 30, 30]);
      expect(await signal()).toBeUndefined();
      await until(async () => (await storedLevel(U)) === 0, 'no complaint in 30 days: the level falls');
    } finally {
      const restored = await set([
        { condition: 'COMPLAINTS', level: 'LOW', threshold: 1, windowDays: 90 },
        { condition: 'COMPLAINTS_MORE', level: 'MEDIUM', threshold: 3, windowDays: 90 },
        { condition: 'COMPLAINTS_MANY', level: 'HIGH', threshold: 10, windowDays: 90 },
      ]);
      expect(restored.errors).toBeUndefined();
    }
    expect(await signal()).toMatchObject({ level: 'MEDIUM', details: '3 complaints in 90 days, 3 open' });
    await until(async () => (await storedLevel(U)) === 2, 'back to MEDIUM');
  });
});

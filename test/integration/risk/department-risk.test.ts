import type { Client } from 'graphql-ws';
import { DEMO_ENTERPRISES } from '../../../src/demo/district';
import { codeOf, ok } from '../../helpers/issues';
import { sql } from '../../helpers/sql';
import { startTestHub, type TestHub } from '../../helpers/test-hub';
import { until } from '../../helpers/wait';
import type { SignalRefresh } from '../../../src/shared/risk-refresh';
import { collect, latestCursor, wsClient } from '../../helpers/ws';

/**
 * The judicial, tax and market signals wired into the cross-department risk assessment (维稳风险评估):
 * a write in the department materialises its signals in the write's transaction, the hub hears the
 * NOTIFY, reassesses and emits riskEvents; the signals reach `riskAssessment` through federation,
 * details only for their department and coordinators. Enterprises 33 (judicial), 52 (tax) and 59
 * (market): no seeded records of that department that signal, and no other test touches them.
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

describe('judicial', () => {
  const J = DEMO_ENTERPRISES[33].uscc;

  test('a mediation case escalates two grades and fails into litigation: the level follows, coordinators hear each rise, a tax officer sees the level but not the case text', async () => {
    const start = await latestCursor();
    const coordinator = collect(await client('coordinator'), RISK_EVENTS, { after: start });
    const judicialSub = collect(await client('judicial-officer'), RISK_EVENTS, { after: start });
    const taxSub = collect(await client('tax-officer'), RISK_EVENTS, { after: start });
    const ofJ = (e: any) => e.enterprise.uscc === J;

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
  const U = DEMO_ENTERPRISES[29].uscc;
  const before = new Set((await sql<{ uscc: string }>('select distinct uscc from judicial.risk_signal')).map((r) => r.uscc));
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
    // the refresh materialises every enterprise's judicial records, the seed's too: keep the others' levels as they were
    await sql('delete from judicial.risk_signal where uscc <> all($1::text[])', [[...before]]);
  }
});

describe('judicial rules as data', () => {
  const R = DEMO_ENTERPRISES[41].uscc;
  const SET = `mutation($i: SetJudicialRiskRulesInput!) { setJudicialRiskRules(input: $i) { signalsChanged rules { id condition level windowDays updatedByName } } }`;
  const set = async (who: string, rules: object[]) => hub.gql(SET, { i: { rules } }, who);

  test('a judicial administrator changes a level and the outcome follows; other departments (their administrators too) and coordinators are FORBIDDEN; bad rules BAD_USER_INPUT', async () => {
    const admin = await hub.token('judicial-officer', { roles: ['DEPT_ADMIN'] });
    const before = new Set((await sql<{ uscc: string }>('select distinct uscc from judicial.risk_signal')).map((r) => r.uscc));
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
      // a rule change materialises every enterprise's judicial records, the seed's too: keep the others' levels as they were
      await sql('delete from judicial.risk_signal where uscc <> all($1::text[]) and uscc <> $2', [[...before], R]);
      await until(async () => (await storedLevel(R)) === 2, 'back to MEDIUM');
    }
  });
});

describe('tax', () => {
  const T = DEMO_ENTERPRISES[52].uscc;

  test('tax arrears raise the level: the tax bureau and coordinators hear it, the amount stays with the bureau; settling lowers it', async () => {
    const start = await latestCursor();
    const coordinator = collect(await client('coordinator'), RISK_EVENTS, { after: start });
    const taxSub = collect(await client('tax-officer'), RISK_EVENTS, { after: start });
    const ofT = (e: any) => e.enterprise.uscc === T;
    expect((await ok(hub, ASSESSMENT, { u: T }, 'coordinator')).riskAssessment.signals.filter((s: any) => s.department === 'tax')).toEqual([]);

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
    const U = DEMO_ENTERPRISES[26].uscc;
    const SET = `mutation($i: SetTaxRiskRulesInput!) { setTaxRiskRules(input: $i) { signalsChanged rules { id condition level threshold updatedByName } } }`;
    const set = async (who: string, rules: object[]) => hub.gql(SET, { i: { rules } }, who);
    const admin = await hub.token('tax-officer', { roles: ['DEPT_ADMIN'] });
    const before = new Set((await sql<{ uscc: string }>('select distinct uscc from tax.risk_signal')).map((r) => r.uscc));
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
      // a rule change materialises every taxpayer's records, the seed's too: keep the others' levels as they were
      await sql('delete from tax.risk_signal where uscc <> all($1::text[]) and uscc <> $2', [[...before], U]);
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
    expect(before.signals.filter((s: any) => s.department === 'market')).toEqual([]);

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
    const U = DEMO_ENTERPRISES[32].uscc;
    const SET = `mutation($i: SetMarketRiskRulesInput!) { setMarketRiskRules(input: $i) { signalsChanged rules { id condition level threshold updatedByName } } }`;
    const set = async (who: string, rules: object[]) => hub.gql(SET, { i: { rules } }, who);
    const admin = await hub.token('market-officer', { roles: ['DEPT_ADMIN'] });
    const before = new Set((await sql<{ uscc: string }>('select distinct uscc from market.risk_signal')).map((r) => r.uscc));
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
      // a rule change materialises every enterprise's market records, the seed's too: keep the others' levels as they were
      await sql('delete from market.risk_signal where uscc <> all($1::text[]) and uscc <> $2', [[...before], U]);
    }
    expect(await marketLevel()).toBe('MEDIUM');
  });
});

import type { Client } from 'graphql-ws';
import { DEMO_ENTERPRISES, DEMO_USERS } from '../../../src/demo/district';
import { codeOf, ok, police, submit } from '../../helpers/issues';
import { Client as PgClient } from 'pg';
import type { HubRuntime } from '../../../src/subgraphs/hub/events/runtime';
import { reassess } from '../../../src/subgraphs/hub/risk/risk-assessor';
import type { SignalRefresh } from '../../../src/shared/risk-refresh';
import { sql } from '../../helpers/sql';
import { callSubgraph } from '../../helpers/subgraph';
import { startTestHub, type TestHub } from '../../helpers/test-hub';
import { until } from '../../helpers/wait';
import { collect, latestCursor, wsClient } from '../../helpers/ws';

/**
 * Cross-department risk assessment (维稳风险评估) through the gateway: police alerts raise police
 * signals by the police's rules, the hub reassesses on the notification and emits riskEvents, the
 * signals are assembled through federation (@requires) under need-to-know, the rules are the
 * police administrators' data, and enterprisesAtRisk serves the joint meeting's agenda.
 * The safety nets: the sweep catches a lost notification, concurrent reassessments emit one event
 * per rise, the police refresh lets alerts age out of the windows. One file: a rule change rewrites
 * every enterprise's police signals, so the tests that change them must not run beside the others.
 * Each test sets up its own enterprise (npm test shuffles them): demo enterprises 3, 9, 10, 16, 30,
 * 34 and 51, key enterprises the seed leaves without any signal (NONE, asserted where a test starts
 * from it), and 37, whose police signals no other test touches. Every department materialises the
 * seed's signals at start: the police put 24, 28 (HIGH) and 25 (MEDIUM) at risk by alerts; 6 is
 * HIGH by its wage-arrears mediation case (judicial) and request (the hub's own signal). See also
 * department-risk.test.ts.
 */
let hub: TestHub;
const clients: Client[] = [];
beforeAll(async () => {
  hub = await startTestHub();
  // the departments materialised the seed's signals as they started; every assessment settled before the tests read them
  await runtime().risk.sweepNow();
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

const A = DEMO_ENTERPRISES[3].uscc;
const B = DEMO_ENTERPRISES[9].uscc;
const C = DEMO_ENTERPRISES[10].uscc;
const D = DEMO_ENTERPRISES[51].uscc;
const uscc = (n: number) => DEMO_ENTERPRISES[n].uscc;

const RISK_EVENTS = /* GraphQL */ `
  subscription($after: String) {
    riskEvents(after: $after) { cursor type occurredAt fromLevel toLevel departments enterprise { uscc name riskAssessment { level signals { department category level } } } }
  }
`;
const ASSESSMENT = /* GraphQL */ `
  query($u: ID!) { enterprise(uscc: $u) { uscc riskAssessment { level signals { department category level observedAt details } } } }
`;
const AT_RISK = /* GraphQL */ `
  query($level: RiskLevel, $department: ID, $first: Int, $after: String) {
    enterprisesAtRisk(level: $level, department: $department, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { level departments enterprise { uscc name } } }
    }
  }
`;
const SET_RULES = `mutation($i: SetPoliceRiskRulesInput!) { setPoliceRiskRules(input: $i) { signalsChanged rules { id category alertCategory minSeverity threshold windowDays level updatedByName } } }`;
const DEFAULT_RULES = [
  { category: 'REPEATED_ALERTS', threshold: 3, windowDays: 90, level: 'MEDIUM' },
  { category: 'REPEATED_ALERTS', threshold: 5, windowDays: 90, level: 'HIGH' },
  { category: 'SEVERE_ALERTS', minSeverity: 'HIGH', threshold: 1, windowDays: 90, level: 'MEDIUM' },
  { category: 'SEVERE_ALERTS', minSeverity: 'CRITICAL', threshold: 1, windowDays: 365, level: 'HIGH' },
];

const runtime = () => hub.subgraphs.hub.runtime as HubRuntime;
const daysAgo = (d: number) => new Date(hub.clock.now().getTime() - d * 86_400_000).toISOString();
const alert = (who: string, u: string, d: number, severity = 'LOW', summary = `第${d}天前的警情`) =>
  police.recordAlert(hub, who, { uscc: u, occurredAt: daysAgo(d), category: 'DISPUTE', severity, summary });
const storedLevel = async (u: string) => (await sql<{ rank: number }>('select rank from hub.risk_assessment where uscc = $1', [u]))[0]?.rank ?? 0;
const atRisk = async (vars: Record<string, unknown>, who = 'coordinator') => (await ok(hub, AT_RISK, vars, who)) as any;
/** The code of the error a refused subscription ended with. */
const codeOfEnd = (sub: { errors: unknown[] }) => (sub.errors[0] as { extensions?: { code?: string } } | undefined)?.extensions?.code;
const statementsOf = (name: 'police' | 'hub') => hub.subgraphs[name].queries.statements;
const usccsOf = (conn: any): string[] => conn.edges.map((e: any) => e.node.enterprise.uscc);

test('repeated police alerts raise the level: coordinators and the police hear it, a department without signals does not; a cursor replays it', async () => {
  const start = await latestCursor();
  const coordinator = collect(await client('coordinator'), RISK_EVENTS, { after: start });
  const policeSub = collect(await client('police-officer'), RISK_EVENTS, { after: start });
  const judicialSub = collect(await client('judicial-officer'), RISK_EVENTS, { after: start });
  expect((await hub.gql(ASSESSMENT, { u: B }, 'coordinator')).data.enterprise.riskAssessment).toEqual({ level: 'NONE', signals: [] });

  // two alerts: below the default threshold (3 in 90 days), nothing to assess
  await alert('police-officer', A, 40);
  await alert('police-officer', A, 20);
  expect((await hub.gql(ASSESSMENT, { u: A }, 'coordinator')).data.enterprise.riskAssessment).toEqual({ level: 'NONE', signals: [] });
  // the third: REPEATED_ALERTS at MEDIUM, at once in the read (the police write it in the alert's transaction)
  await alert('police-officer', A, 2, 'LOW', '工人聚集讨薪，现场秩序混乱');
  const read = (await hub.gql(ASSESSMENT, { u: A }, 'coordinator')).data.enterprise.riskAssessment;
  expect(read).toMatchObject({ level: 'MEDIUM', signals: [{ department: 'police', category: 'REPEATED_ALERTS', level: 'MEDIUM', observedAt: daysAgo(2) }] });
  expect(read.signals[0].details).toContain('工人聚集讨薪');

  const ofA = (e: any) => e.enterprise.uscc === A;
  const [raised] = (await coordinator.waitUntil(ofA)).filter(ofA);
  expect(raised).toMatchObject({ type: 'RISK_RAISED', fromLevel: 'NONE', toLevel: 'MEDIUM', departments: ['police'], occurredAt: hub.clock.now().toISOString() });
  expect(raised.enterprise.riskAssessment).toEqual({ level: 'MEDIUM', signals: [{ department: 'police', category: 'REPEATED_ALERTS', level: 'MEDIUM' }] });

  // a wage-arrears request routed to judicial: the hub's own signal, for judicial (the marker for the judicial subscriber)
  await submit(hub, 'coordinator', { uscc: B, title: '拖欠工资三个月，老板失联', description: '工人反映企业拖欠工资，负责人已联系不上。', category: 'labour_dispute', channel: 'HOTLINE' });
  const ofB = (e: any) => e.enterprise.uscc === B;
  const judicialSeen = await judicialSub.waitUntil(ofB);
  expect(judicialSeen.filter(ofB)[0]).toMatchObject({ fromLevel: 'NONE', toLevel: 'HIGH', departments: ['judicial'] }); // 失联/跑路: HIGH
  // events arrive in cursor order: judicial, without signals for A, never heard of A's rise (it came first)
  expect(judicialSeen.filter(ofA)).toEqual([]);

  // no rise, no event: a fourth alert keeps A at MEDIUM; the fifth makes it HIGH
  await alert('police-officer', A, 1);
  await alert('police-admin', A, 0);
  const policeSeen = await policeSub.waitUntil((e) => ofA(e) && e.toLevel === 'HIGH');
  expect(policeSeen.filter(ofA).map((e) => [e.fromLevel, e.toLevel])).toEqual([['NONE', 'MEDIUM'], ['MEDIUM', 'HIGH']]);
  expect(policeSeen.filter(ofB)).toEqual([]); // the police have no signal for B
  await coordinator.waitUntil((e) => ofA(e) && e.toLevel === 'HIGH');
  const seenByCoordinator = coordinator.events.filter((e) => ofA(e) || ofB(e));
  expect(seenByCoordinator.map((e) => [e.enterprise.uscc, e.toLevel])).toEqual([[A, 'MEDIUM'], [B, 'HIGH'], [A, 'HIGH']]);
  expect(await storedLevel(A)).toBe(3);

  // resume: from the start, the same three; from the first, the other two — same cursors
  const replay = collect(await client('coordinator'), RISK_EVENTS, { after: start });
  await replay.waitUntil((e) => e.cursor === seenByCoordinator[2].cursor);
  expect(replay.events.filter((e) => ofA(e) || ofB(e)).map((e) => e.cursor)).toEqual(seenByCoordinator.map((e) => e.cursor));
  const resumed = collect(await client('coordinator'), RISK_EVENTS, { after: seenByCoordinator[0].cursor });
  await resumed.waitUntil((e) => e.cursor === seenByCoordinator[2].cursor);
  expect(resumed.events.filter((e) => ofA(e) || ofB(e)).map((e) => e.cursor)).toEqual(seenByCoordinator.slice(1).map((e) => e.cursor));
  for (const s of [coordinator, policeSub, judicialSub, replay, resumed]) {
    expect(s.errors).toEqual([]);
    await s.stop();
  }
});

test('riskEvents: enterprises and auditors are FORBIDDEN, a cursor never handed out is BAD_USER_INPUT', async () => {
  for (const who of ['enterprise', 'auditor'] as const) {
    const sub = collect(await client(who), RISK_EVENTS, {});
    await sub.waitForEnd();
    expect([who, codeOfEnd(sub)]).toEqual([who, 'FORBIDDEN']);
  }
  const bad = collect(await client('coordinator'), RISK_EVENTS, { after: '999999999999' });
  await bad.waitForEnd();
  expect(codeOfEnd(bad)).toBe('BAD_USER_INPUT');
  const notACursor = collect(await client('coordinator'), RISK_EVENTS, { after: 'abc' });
  await notACursor.waitForEnd();
  expect(codeOfEnd(notACursor)).toBe('BAD_USER_INPUT');
});

/**
 * D: a wage-arrears request led by judicial (its owner gone: HIGH) and three police alerts (MEDIUM),
 * set up once for whichever of the tests using it runs first (npm test shuffles the tests).
 */
let twoDepartments: Promise<void> | null = null;
const withSignalsFromTwoDepartments = () =>
  (twoDepartments ??= (async () => {
    expect((await hub.gql(ASSESSMENT, { u: D }, 'coordinator')).data.enterprise.riskAssessment).toEqual({ level: 'NONE', signals: [] });
    await submit(hub, 'coordinator', { uscc: D, title: '拖欠工资三个月，老板失联', description: '工人反映企业拖欠工资，负责人已联系不上。', category: 'labour_dispute', channel: 'HOTLINE' });
    for (const d of [30, 12, 4]) await alert('police-officer', D, d, 'MEDIUM', '讨薪人员堵塞厂区大门');
    await until(async () => (await storedLevel(D)) === 3, 'D assessed');
  })());

test('need-to-know: level and category for every department, details for the own department and coordinators, nothing for the enterprise', async () => {
  await withSignalsFromTwoDepartments();
  const detailsErrors = (res: any) => (res.errors ?? []).map((e: any) => [e.extensions.code, e.path.join('.')]);
  const expectSignals = (res: any) => {
    expect(res.data.enterprise.riskAssessment.level).toBe('HIGH');
    // highest level first: judicial HIGH (失联), police MEDIUM
    expect(res.data.enterprise.riskAssessment.signals.map((s: any) => [s.department, s.category, s.level])).toEqual([
      ['judicial', 'WAGE_ARREARS_REQUESTS', 'HIGH'],
      ['police', 'REPEATED_ALERTS', 'MEDIUM'],
    ]);
    return res.data.enterprise.riskAssessment.signals.map((s: any) => s.details);
  };
  const path = (i: number) => `enterprise.riskAssessment.signals.${i}.details`;

  const coordinator = await hub.gql(ASSESSMENT, { u: D }, 'coordinator');
  const [wage, alerts] = expectSignals(coordinator);
  expect(coordinator.errors).toBeUndefined();
  expect(wage).toContain('拖欠工资三个月');
  expect(alerts).toContain('讨薪人员堵塞厂区大门');

  for (const who of ['police-officer', 'police-admin']) {
    const res = await hub.gql(ASSESSMENT, { u: D }, who);
    expect(expectSignals(res)).toEqual([null, alerts]);
    expect(detailsErrors(res)).toEqual([['FORBIDDEN', path(0)]]);
  }
  const judicial = await hub.gql(ASSESSMENT, { u: D }, 'judicial-officer');
  expect(expectSignals(judicial)).toEqual([wage, null]);
  expect(detailsErrors(judicial)).toEqual([['FORBIDDEN', path(1)]]);
  for (const who of ['tax-officer', 'market-officer']) {
    const res = await hub.gql(ASSESSMENT, { u: D }, who);
    expect(expectSignals(res)).toEqual([null, null]);
    expect(detailsErrors(res)).toEqual([['FORBIDDEN', path(0)], ['FORBIDDEN', path(1)]]);
    expect(JSON.stringify(res.data)).not.toMatch(/讨薪|拖欠/);
  }
  // the enterprise itself: its own enterprise is readable, its risk assessment is not
  const own = await hub.gql(ASSESSMENT, { u: DEMO_USERS.enterprise.uscc }, 'enterprise');
  expect(own.data.enterprise).toEqual({ uscc: DEMO_USERS.enterprise.uscc, riskAssessment: null });
  expect(detailsErrors(own)).toEqual([['FORBIDDEN', 'enterprise.riskAssessment']]);
  expect(codeOf(await hub.gql(ASSESSMENT, { u: D }, 'enterprise'))).toBe('FORBIDDEN');
  const auditor = await hub.gql(ASSESSMENT, { u: D }, 'auditor');
  expect(auditor.data?.enterprise?.riskAssessment ?? null).toBeNull();
  expect(codeOf(auditor)).toBe('FORBIDDEN');
});

test('_entities references apply the same rules: the police filter details at the source, the hub refuses them again', async () => {
  await withSignalsFromTwoDepartments();
  const bearer = async (who: Parameters<TestHub['token']>[0]) => `Bearer ${await hub.token(who)}`;
  const POLICE_ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Enterprise { policeRiskSignals { department category level details } } } }`;
  const police = async (who: Parameters<TestHub['token']>[0]) =>
    (await callSubgraph(hub, 'police', { query: POLICE_ENTITIES, variables: { r: [{ __typename: 'Enterprise', uscc: D }] }, authorization: await bearer(who) })).body;
  expect((await police('police-officer')).data._entities[0].policeRiskSignals[0]).toMatchObject({ category: 'REPEATED_ALERTS', details: expect.stringContaining('讨薪') });
  expect((await police('coordinator')).data._entities[0].policeRiskSignals[0].details).toContain('讨薪');
  expect((await police('tax-officer')).data._entities[0].policeRiskSignals).toEqual([{ department: 'police', category: 'REPEATED_ALERTS', level: 'MEDIUM', details: null }]);
  expect((await police('enterprise')).data._entities[0]?.policeRiskSignals ?? []).toEqual([]);

  // a representation carrying details (as a forged one would) is not echoed to a department without the right
  const forged = { __typename: 'Enterprise', uscc: D, policeRiskSignals: [{ department: 'police', category: 'REPEATED_ALERTS', level: 'MEDIUM', observedAt: daysAgo(1), details: '机密' }] };
  const HUB_ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Enterprise { riskAssessment { level signals { department category details } } } } }`;
  const viaHub = async (who: Parameters<TestHub['token']>[0], r: unknown[]) => (await callSubgraph(hub, 'hub', { query: HUB_ENTITIES, variables: { r }, authorization: await bearer(who) })).body;
  const tax = await viaHub('tax-officer', [forged]);
  expect(tax.data._entities[0].riskAssessment.signals.find((s: any) => s.department === 'police')).toEqual({ department: 'police', category: 'REPEATED_ALERTS', details: null });
  expect(tax.errors.map((e: any) => e.extensions.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  // nor can a police signal be passed off as the caller's department's; a malformed one is dropped
  const disguised = { ...forged, policeRiskSignals: [{ ...forged.policeRiskSignals[0], department: 'tax' }, { ...forged.policeRiskSignals[0], observedAt: 'yesterday' }] };
  const asTax = await viaHub('tax-officer', [disguised]);
  expect(asTax.data._entities[0].riskAssessment.signals.filter((s: any) => s.category === 'REPEATED_ALERTS')).toEqual([{ department: 'police', category: 'REPEATED_ALERTS', details: null }]);
  expect(JSON.stringify(asTax.data)).not.toContain('机密');
  const own = await viaHub('enterprise', [{ ...forged, uscc: DEMO_USERS.enterprise.uscc }]);
  expect(own.data._entities[0]?.riskAssessment ?? null).toBeNull();
  expect(own.errors.map((e: any) => e.extensions.code)).toEqual(['FORBIDDEN']);
});

test('police administrators edit the police rules: the outcome changes; everyone else is FORBIDDEN; bad rules are BAD_USER_INPUT', async () => {
  await alert('police-officer', C, 10);
  await alert('police-officer', C, 5);
  expect((await hub.gql(ASSESSMENT, { u: C }, 'coordinator')).data.enterprise.riskAssessment.level).toBe('NONE');
  const start = await latestCursor();
  const coordinator = collect(await client('coordinator'), RISK_EVENTS, { after: start });

  try {
    // two alerts in 30 days are HIGH; no SEVERE_ALERTS rule any more
    const set = await ok(hub, SET_RULES, { i: { rules: [{ category: 'REPEATED_ALERTS', threshold: 2, windowDays: 30, level: 'HIGH' }] } }, 'police-admin');
    expect(set.rules).toEqual([
      { id: expect.stringMatching(/^PoliceRiskRule:\d+$/), category: 'REPEATED_ALERTS', alertCategory: null, minSeverity: 'LOW', threshold: 2, windowDays: 30, level: 'HIGH', updatedByName: '周国栋' },
    ]);
    expect(set.signalsChanged).toBeGreaterThan(0);
    expect((await hub.gql(ASSESSMENT, { u: C }, 'coordinator')).data.enterprise.riskAssessment).toMatchObject({ level: 'HIGH', signals: [{ category: 'REPEATED_ALERTS', level: 'HIGH' }] });
    await coordinator.waitUntil((e) => e.enterprise.uscc === C && e.toLevel === 'HIGH');
    // 28 was HIGH by a critical fire alone: no such rule now, so off the HIGH list
    await until(async () => (await storedLevel(uscc(28))) === 0, '28 reassessed under the new rules');
    expect(usccsOf(await atRisk({ level: 'HIGH', first: 100 }))).toEqual(expect.arrayContaining([C]));
    expect(usccsOf(await atRisk({ level: 'HIGH', first: 100 }))).not.toContain(uscc(28));
    expect((await ok(hub, `{ policeRiskRules { id } }`, {}, 'police-officer')).length).toBe(1);

    // the police rules are the police administrators' only
    const attempt = { i: { rules: DEFAULT_RULES } };
    for (const who of ['police-officer', 'market-officer', 'tax-officer', 'judicial-officer', 'coordinator', 'enterprise', 'auditor'] as const) {
      expect([who, codeOf(await hub.gql(SET_RULES, attempt, who))]).toEqual([who, 'FORBIDDEN']);
    }
    for (const dept of ['market', 'tax', 'judicial']) {
      const admin = await hub.token('market-officer', { dept, roles: ['DEPT_ADMIN', 'OFFICER'], sub: `u-${dept}-admin` });
      expect([dept, codeOf(await hub.gql(SET_RULES, attempt, admin))]).toEqual([dept, 'FORBIDDEN']);
    }
    expect(codeOf(await hub.gql(`{ policeRiskRules { id } }`, {}, 'tax-officer'))).toBe('FORBIDDEN');

    const bad = async (rules: unknown[]) => {
      const res = await hub.gql(SET_RULES, { i: { rules } }, 'police-admin');
      return [codeOf(res), res.errors?.[0]?.extensions?.field ?? null];
    };
    const rule = DEFAULT_RULES[0];
    expect(await bad([{ ...rule, threshold: 0 }])).toEqual(['BAD_USER_INPUT', 'rules[0].threshold']);
    expect(await bad([rule, { ...rule, windowDays: 4000 }])).toEqual(['BAD_USER_INPUT', 'rules[1].windowDays']);
    expect(await bad([{ ...rule, level: 'NONE' }])).toEqual(['BAD_USER_INPUT', 'rules[0].level']);
    expect(await bad([rule, { ...rule }])).toEqual(['BAD_USER_INPUT', 'rules[1]']);
    expect(await bad(Array.from({ length: 51 }, (_, i) => ({ ...rule, threshold: i + 1 })))).toEqual(['BAD_USER_INPUT', 'rules']);
    expect((await bad([{ ...rule, category: 'ARSON' }]))[0]).toBe('BAD_USER_INPUT');
    expect((await ok(hub, `{ policeRiskRules { threshold windowDays } }`, {}, 'coordinator'))).toEqual([{ threshold: 2, windowDays: 30 }]);

  } finally {
    // back to the defaults: 28 is HIGH again, C (two alerts) is not at risk; every enterprise settled before the next test
    await ok(hub, SET_RULES, { i: { rules: DEFAULT_RULES } }, 'police-admin');
    await until(async () => (await storedLevel(uscc(28))) === 3 && (await storedLevel(C)) === 0, 'reassessed under the default rules');
    await runtime().risk.sweepNow();
  }
  expect(coordinator.errors).toEqual([]);
  await coordinator.stop();
});

test('enterprisesAtRisk: by level and department, highest first, keyset pages; bad arguments refused', async () => {
  await until(async () => (await storedLevel(uscc(6))) === 3 && (await storedLevel(uscc(25))) === 2, 'the seed assessed');
  const high = await atRisk({ level: 'HIGH', first: 100 });
  expect(usccsOf(high)).toEqual(expect.arrayContaining([uscc(24), uscc(28)]));
  expect(usccsOf(high)).not.toContain(uscc(25));
  expect(high.edges.every((e: any) => e.node.level === 'HIGH')).toBe(true);
  expect(high.totalCount).toBe(high.edges.length);

  const all = await atRisk({ first: 100 });
  const levels = all.edges.map((e: any) => e.node.level);
  expect(levels).toEqual([...levels].sort((a: string, b: string) => ['HIGH', 'MEDIUM', 'LOW'].indexOf(a) - ['HIGH', 'MEDIUM', 'LOW'].indexOf(b)));
  expect(usccsOf(all)).toEqual(expect.arrayContaining([uscc(25), uscc(6)]));

  const judicial = await atRisk({ department: 'judicial', first: 100 }, 'tax-officer');
  expect(usccsOf(judicial)).toEqual(expect.arrayContaining([uscc(6)]));
  expect(usccsOf(judicial)).not.toContain(uscc(24));
  expect(judicial.edges.every((e: any) => e.node.departments.includes('judicial'))).toBe(true);
  const policeMedium = await atRisk({ level: 'MEDIUM', department: 'police', first: 100 }, 'police-officer');
  expect(usccsOf(policeMedium)).toEqual(expect.arrayContaining([uscc(24), uscc(25), uscc(28)]));
  expect(usccsOf(policeMedium)).not.toContain(uscc(6));

  // pages of two: the same list, no repeats, no gaps (keyset: an enterprise other tests put at risk meanwhile may join, nothing shifts)
  const paged: string[] = [];
  let after: string | null = null;
  do {
    const page: any = await atRisk({ first: 2, after });
    paged.push(...usccsOf(page));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  expect(new Set(paged).size).toBe(paged.length);
  expect(paged.filter((u) => usccsOf(all).includes(u))).toEqual(usccsOf(all));

  const refused = async (vars: Record<string, unknown>, who = 'coordinator') => {
    const res = await hub.gql(AT_RISK, vars, who);
    return [codeOf(res), res.errors?.[0]?.extensions?.field ?? null];
  };
  expect(await refused({ level: 'NONE' })).toEqual(['BAD_USER_INPUT', 'level']);
  expect(await refused({ department: 'fire' })).toEqual(['BAD_USER_INPUT', 'department']);
  expect(await refused({ after: 'bm90IGEgY3Vyc29y' })).toEqual(['BAD_USER_INPUT', 'after']);
  expect(await refused({ first: 101 })).toEqual(['BAD_USER_INPUT', 'first']);
  expect((await refused({}, 'enterprise'))[0]).toBe('FORBIDDEN');
  expect((await refused({}, 'auditor'))[0]).toBe('FORBIDDEN');
});

test('concurrent alerts on one enterprise: each sees the others, one signal row, the right count', async () => {
  const u = uscc(37);
  hub.resetQueryCounts();
  await Promise.all([1, 2, 3, 4, 5].map((d) => alert(d % 2 ? 'police-officer' : 'police-admin', u, d)));
  const [signal] = (await sql<{ level: string; details: string }>('select level, details from police.risk_signal where uscc = $1', [u]));
  expect(signal.level).toBe('HIGH');
  expect(signal.details).toMatch(/^5 alert\(s\)/);
  expect(statementsOf('police').some((q) => /for update/i.test(q))).toBe(true);
});

const raisedEvents = async (u: string) => (await sql(`select * from hub.event where stream = 'RISK' and enterprise_uscc = $1`, [u])).length;

/** A police signal written without firing the table's triggers: as if the NOTIFY had been lost. */
async function silentSignal(uscc: string, level: string) {
  const client = new PgClient({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query('set session_replication_role = replica');
    await client.query(`insert into police.risk_signal (uscc, category, level, observed_at, details) values ($1, 'SEVERE_ALERTS', $2, now(), 'silent')`, [uscc, level]);
  } finally {
    await client.end();
  }
}

test('a signal whose notification was lost is assessed by the sweep, with its event', async () => {
  const u = DEMO_ENTERPRISES[30].uscc;
  expect(await storedLevel(u)).toBe(0);
  const before = await raisedEvents(u); // the agenda test may have raised it before
  await silentSignal(u, 'HIGH'); // nobody is told (another test hub starting meanwhile may sweep it up first: still one event)
  await runtime().risk.sweepNow();
  expect(await storedLevel(u)).toBe(3);
  expect(await raisedEvents(u)).toBe(before + 1);
  // the notified path for the cleanup: the row goes, the level falls, no event for a fall
  await sql(`delete from police.risk_signal where details = 'silent' and uscc = $1`, [u]);
  await until(async () => (await storedLevel(u)) === 0, 'the level falls');
  expect(await raisedEvents(u)).toBe(before + 1);
});

test('instances reassessing the same enterprise at once emit one event per rise', async () => {
  const u = DEMO_ENTERPRISES[16].uscc;
  expect(await storedLevel(u)).toBe(0);
  const before = await raisedEvents(u);
  await silentSignal(u, 'MEDIUM');
  const { orm } = hub.subgraphs.hub;
  const now = hub.clock.now();
  const results = await Promise.all([reassess(orm.em, [u], now), reassess(orm.em, [u], now), reassess(orm.em, null, now)]);
  expect(results.reduce((n, r) => n + r.raised, 0)).toBe(1);
  expect(await storedLevel(u)).toBe(2);
  expect(await raisedEvents(u)).toBe(before + 1);
  await sql(`delete from police.risk_signal where details = 'silent' and uscc = $1`, [u]);
  await until(async () => (await storedLevel(u)) === 0, 'the level falls');
});

test('as time passes, alerts leave the window: the police refresh drops the signal and the hub lowers the level', async () => {
  const u = DEMO_ENTERPRISES[34].uscc;
  expect(await storedLevel(u)).toBe(0);
  const start = hub.clock.now();
  const ago = (d: number) => new Date(start.getTime() - d * 86_400_000).toISOString();
  for (const d of [85, 80, 75]) {
    await police.recordAlert(hub, 'police-officer', { uscc: u, occurredAt: ago(d), category: 'PUBLIC_ORDER', severity: 'LOW', summary: '门前聚集' });
  }
  await until(async () => (await storedLevel(u)) === 2, 'three alerts in 90 days: MEDIUM');
  const refresher = hub.subgraphs.police.runtime as SignalRefresh;
  try {
    hub.clock.advance(10 * 86_400_000); // the oldest alert is now 95 days old: two left in the window
    expect(await refresher.refresh([u])).toBe(1);
    await until(async () => (await storedLevel(u)) === 0, 'the level falls');
    expect(await refresher.refresh([u])).toBe(0); // nothing more to change
  } finally {
    hub.clock.set(start);
  }
});

test('the agenda of 50 enterprises with their federated assessments costs the same statements as 2', async () => {
  // 50 more enterprises with a police signal, written as the police would (a LOW severe-alerts signal)
  const bulk = DEMO_ENTERPRISES.map((e) => e.uscc);
  await sql(
    `insert into police.risk_signal (uscc, category, level, observed_at, details) select u, 'SEVERE_ALERTS', 'LOW', $2, 'bulk-test' from unnest($1::text[]) u on conflict do nothing`,
    [bulk, hub.clock.now()],
  );
  try {
    await until(async () => (await atRisk({ level: 'LOW', first: 1 })).totalCount >= 50, '50 enterprises assessed');
    const AGENDA = `query($first: Int) { enterprisesAtRisk(first: $first) { edges { node { level departments enterprise { uscc name riskAssessment { level signals { department category level } } } } } } }`;
    const cost = async (first: number) => {
      hub.resetQueryCounts();
      const res = await hub.gql(AGENDA, { first }, 'coordinator');
      expect(res.errors).toBeUndefined();
      expect(res.data.enterprisesAtRisk.edges).toHaveLength(first);
      return hub.queryCounts();
    };
    // the reassessments and events the bulk insert set off are done before anything is counted
    await runtime().risk.sweepNow();
    await cost(2);
    const two = await cost(2);
    const fifty = await cost(50);
    expect(fifty).toEqual(two);
    // hub: the page, its enterprises, and for riskAssessment (@requires) the referenced enterprises and the hub's own signals; police: one batch of signals
    expect(fifty.police).toBe(1);
    expect(fifty.judicial).toBe(1); // its materialised signals, one batch
    expect(fifty.tax).toBe(1);
    expect(fifty.market).toBe(1);
    expect(fifty.hub).toBe(4);
  } finally {
    await sql(`delete from police.risk_signal where details = 'bulk-test'`);
    await runtime().risk.sweepNow(); // every level back before the next test
  }
});

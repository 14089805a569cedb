import { DEMO_ENTERPRISES } from '../../../src/demo/district';
import { addDays } from '../../helpers/clock';
import { ALERT_FIELDS, codeOf, police, TRAINING_FIELDS } from '../../helpers/issues';
import { startTestHub, type TestHub } from '../../helpers/test-hub';

/**
 * Alerts (警情) and safety trainings (安全培训): written by the police only, alerts read per
 * need-to-know (details for the police, counts by category and severity for everyone else), visit
 * intervals and the due lists of stations and officers, and the statement count of those lists.
 * Uses demo enterprises 45, 51 and 57 (QH-CD), one per test.
 */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

const E = DEMO_ENTERPRISES[45];
const ALERT = `mutation($i: RecordAlertInput!) { recordAlert(input: $i) { alert { id } } }`;
const TRAINING = `mutation($i: RecordSafetyTrainingInput!) { recordSafetyTraining(input: $i) { training { id } } }`;
const PROFILE = `query($u: ID!) { enterprise(uscc: $u) { police { access alertCount alertTally { category severity count latestOn } alerts { ${ALERT_FIELDS} } safetyTrainings { ${TRAINING_FIELDS} } } } }`;
const OTHERS = ['market-officer', 'tax-officer', 'judicial-officer'] as const;

test('police record alerts with category and severity; other departments see counts, not details', async () => {
  const now = hub.clock.now();
  const twoHoursAgo = new Date(now.getTime() - 2 * 3600_000).toISOString();
  const before = (await hub.gql(PROFILE, { u: E.uscc }, 'police-officer')).data.enterprise.police;
  const alert = await police.recordAlert(hub, 'police-officer', { uscc: E.uscc, occurredAt: twoHoursAgo, category: 'THEFT', severity: 'HIGH', summary: ' 仓库铜材被盗约两吨，已立案侦查 ' });
  expect(alert).toMatchObject({ occurredAt: twoHoursAgo, category: 'THEFT', severity: 'HIGH', summary: '仓库铜材被盗约两吨，已立案侦查', recordedAt: now.toISOString(), recordedByName: '李伟' });
  expect(alert.id).toMatch(/^Alert:\d+$/);
  // an administrator without an officer record may record alerts too
  await police.recordAlert(hub, 'police-admin', { uscc: E.uscc, occurredAt: twoHoursAgo, category: 'THEFT', severity: 'HIGH', summary: '同一仓库再次失窃' });

  for (const who of ['police-officer', 'coordinator']) {
    const res = await hub.gql(PROFILE, { u: E.uscc }, who);
    expect(res.errors).toBeUndefined();
    expect(res.data.enterprise.police.alerts[1]).toEqual(alert);
    expect(res.data.enterprise.police.alertCount).toBe(before.alertCount + 2);
  }
  const today = hub.clock.today();
  for (const who of OTHERS) {
    const res = await hub.gql(PROFILE, { u: E.uscc }, who);
    expect(res.data.enterprise.police.access).toBe('SUMMARY');
    expect(res.data.enterprise.police.alerts).toBeNull();
    expect(res.errors!.map((e) => [e.extensions!.code, e.path!.join('.')])).toEqual([['FORBIDDEN', 'enterprise.police.alerts']]);
    // the summary: counts by category and severity, most severe first
    expect(res.data.enterprise.police.alertTally[0]).toEqual({ category: 'THEFT', severity: 'HIGH', count: 2, latestOn: toShanghaiDay(twoHoursAgo) });
    expect(res.data.enterprise.police.alertCount).toBe(before.alertCount + 2);
    expect(JSON.stringify(res.data)).not.toContain('铜材');
  }
  expect(today >= toShanghaiDay(twoHoursAgo)).toBe(true);
});

test('alerts: bad values are BAD_USER_INPUT, other departments FORBIDDEN, nothing written', async () => {
  const valid = { uscc: E.uscc, occurredAt: hub.clock.now().toISOString(), category: 'FRAUD', severity: 'MEDIUM', summary: '冒充客服诈骗' };
  const count = async () => (await hub.gql(PROFILE, { u: E.uscc }, 'police-officer')).data.enterprise.police.alertCount;
  const before = await count();
  for (const who of [...OTHERS, 'coordinator', 'enterprise']) {
    expect([who, codeOf(await hub.gql(ALERT, { i: valid }, who))]).toEqual([who, 'FORBIDDEN']);
  }
  const bad = async (i: Record<string, unknown>) => {
    const res = await hub.gql(ALERT, { i: { ...valid, ...i } }, 'police-officer');
    return [codeOf(res), res.errors?.[0]?.extensions?.field ?? null];
  };
  expect(await bad({ occurredAt: new Date(hub.clock.now().getTime() + 60_000).toISOString() })).toEqual(['BAD_USER_INPUT', 'occurredAt']);
  expect(await bad({ summary: '  ' })).toEqual(['BAD_USER_INPUT', 'summary']);
  expect(await bad({ summary: 'x'.repeat(2_001) })).toEqual(['BAD_USER_INPUT', 'summary']);
  expect((await bad({ category: 'ARSON' }))[0]).toBe('BAD_USER_INPUT');
  expect((await bad({ severity: 'EXTREME' }))[0]).toBe('BAD_USER_INPUT');
  expect(await bad({ uscc: '91320102XXXXXXXXXX' })).toEqual(['BAD_USER_INPUT', 'uscc']);
  expect((await bad({ uscc: DEMO_ENTERPRISES[44].uscc }))[0]).toBe('NOT_FOUND'); // not on a register
  expect(await count()).toBe(before);
});

test('safety trainings: recorded by the police, visible to every department; bad values and other departments refused', async () => {
  const today = hub.clock.today();
  const training = await police.recordTraining(hub, 'police-officer', { uscc: E.uscc, date: addDays(today, -3), topic: ' 反电信网络诈骗宣传 ', attendeeCount: 45 });
  expect(training).toMatchObject({ date: addDays(today, -3), topic: '反电信网络诈骗宣传', attendeeCount: 45, recordedByName: '李伟' });
  expect(training.id).toMatch(/^SafetyTraining:\d+$/);
  for (const who of ['market-officer', 'coordinator', 'police-admin']) {
    const res = await hub.gql(`query($u: ID!) { enterprise(uscc: $u) { police { safetyTrainings { id topic } } } }`, { u: E.uscc }, who);
    expect(res.errors).toBeUndefined();
    expect(res.data.enterprise.police.safetyTrainings[0]).toEqual({ id: training.id, topic: '反电信网络诈骗宣传' });
  }
  const valid = { uscc: E.uscc, date: today, topic: '消防演练', attendeeCount: 30 };
  for (const who of [...OTHERS, 'coordinator', 'enterprise']) {
    expect([who, codeOf(await hub.gql(TRAINING, { i: valid }, who))]).toEqual([who, 'FORBIDDEN']);
  }
  const bad = async (i: Record<string, unknown>) => {
    const res = await hub.gql(TRAINING, { i: { ...valid, ...i } }, 'police-officer');
    return [codeOf(res), res.errors?.[0]?.extensions?.field ?? null];
  };
  expect(await bad({ date: addDays(today, 1) })).toEqual(['BAD_USER_INPUT', 'date']);
  expect(await bad({ attendeeCount: 0 })).toEqual(['BAD_USER_INPUT', 'attendeeCount']);
  expect(await bad({ attendeeCount: 10_001 })).toEqual(['BAD_USER_INPUT', 'attendeeCount']);
  expect(await bad({ topic: '' })).toEqual(['BAD_USER_INPUT', 'topic']);
  expect(await bad({ topic: 'a\u0000b' })).toEqual(['BAD_USER_INPUT', 'input.topic']); // the argument guard, before any resolver
  const list = await hub.gql(`query($u: ID!) { enterprise(uscc: $u) { police { safetyTrainings { id } } } }`, { u: E.uscc }, 'police-officer');
  expect(list.data.enterprise.police.safetyTrainings.filter((t: any) => t.id === training.id)).toHaveLength(1);
  expect(list.data.enterprise.police.safetyTrainings.length).toBeLessThanOrEqual(2); // the demo's (if any) and this one
});

const STATION_DUE = `query($code: ID, $officer: ID, $dueBy: Date, $first: Int, $after: String) { visitsDue(station: $code, officerId: $officer, dueBy: $dueBy, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { enterprise { uscc } nextVisitDue visitIntervalDays liaisonOfficer { id } } } } }`;

test('visit intervals: administrators set them, the due day moves; station and officer lists in due order, paged', async () => {
  const E2 = DEMO_ENTERPRISES[51];
  const today = hub.clock.today();
  const far = addDays(today, 400);
  const SET = `mutation($i: SetVisitIntervalInput!) { setVisitInterval(input: $i) { keyEnterprise { nextVisitDue visitIntervalDays lastVisitedOn } } }`;
  for (const who of ['police-officer', 'coordinator', ...OTHERS]) {
    expect([who, codeOf(await hub.gql(SET, { i: { uscc: E2.uscc, intervalDays: 30 } }, who))]).toEqual([who, 'FORBIDDEN']);
  }
  expect(codeOf(await hub.gql(SET, { i: { uscc: E2.uscc, intervalDays: 3 } }, 'police-admin'))).toBe('BAD_USER_INPUT');
  expect(codeOf(await hub.gql(SET, { i: { uscc: DEMO_ENTERPRISES[44].uscc, intervalDays: 30 } }, 'police-admin'))).toBe('NOT_FOUND');
  // a monthly rhythm for this enterprise: due a month after its last visit
  const set = await hub.gql(SET, { i: { uscc: E2.uscc, intervalDays: 30 } }, 'police-admin');
  expect(set.errors).toBeUndefined();
  const entry = set.data.setVisitInterval.keyEnterprise;
  expect(entry).toMatchObject({ visitIntervalDays: 30, nextVisitDue: addDays(entry.lastVisitedOn, 30) });

  // the station's list, every page in (nextVisitDue, uscc) order
  const nodes: any[] = [];
  let after: string | null = null;
  for (;;) {
    const res: any = await hub.gql(STATION_DUE, { code: 'QH-CD', dueBy: far, first: 4, after }, 'coordinator');
    expect(res.errors).toBeUndefined();
    nodes.push(...res.data.visitsDue.edges.map((e: any) => e.node));
    if (!res.data.visitsDue.pageInfo.hasNextPage) break;
    after = res.data.visitsDue.pageInfo.endCursor;
  }
  const keys = nodes.map((n) => `${n.nextVisitDue}/${n.enterprise.uscc}`);
  expect(keys).toEqual([...keys].sort());
  expect(nodes.length).toBeGreaterThan(10);
  expect(nodes.find((n) => n.enterprise.uscc === E2.uscc)).toMatchObject({ visitIntervalDays: 30, nextVisitDue: entry.nextVisitDue });

  // an officer's portfolio: only their current enterprises
  const wang = await hub.gql(STATION_DUE, { officer: 'Officer:320102002', dueBy: far, first: 100 }, 'police-officer');
  expect(wang.data.visitsDue.edges.length).toBeGreaterThan(3);
  expect(wang.data.visitsDue.edges.every((e: any) => e.node.liaisonOfficer?.id === 'Officer:320102002')).toBe(true);

  // who may ask: police and coordinators; only an officer has an "own" list
  expect(codeOf(await hub.gql(STATION_DUE, { code: 'QH-CD' }, 'market-officer'))).toBe('FORBIDDEN');
  expect(codeOf(await hub.gql(STATION_DUE, {}, 'coordinator'))).toBe('FORBIDDEN');
  expect(codeOf(await hub.gql(STATION_DUE, {}, 'police-admin'))).toBe('FORBIDDEN');
  expect(codeOf(await hub.gql(STATION_DUE, { code: 'NOPE' }, 'police-officer'))).toBe('NOT_FOUND');
  expect(codeOf(await hub.gql(STATION_DUE, { officer: 'Officer:x' }, 'police-officer'))).toBe('BAD_USER_INPUT');
  expect(codeOf(await hub.gql(STATION_DUE, { code: 'QH-CD', after: 'bm90LWEtY3Vyc29y' }, 'police-officer'))).toBe('BAD_USER_INPUT');
});

test('visits, alerts and trainings page per enterprise, both ways, as the deprecated plain lists hold them; counts without loading rows', async () => {
  const P = DEMO_ENTERPRISES[57];
  const today = hub.clock.today();
  const at = (hoursAgo: number) => new Date(hub.clock.now().getTime() - hoursAgo * 3600_000).toISOString();
  for (const [date, notes] of [[addDays(today, -2), '走访一'], [addDays(today, -1), '走访二'], [today, '走访三']]) {
    await police.recordVisit(hub, 'police-officer', { uscc: P.uscc, date, peopleMet: '厂长', notes, problemsFound: [] });
  }
  // two alerts at the same instant: the id breaks the tie, so no page repeats or skips one
  for (const [occurredAt, summary] of [[at(30), '较早警情'], [at(3), '同时警情甲'], [at(3), '同时警情乙']]) {
    await police.recordAlert(hub, 'police-officer', { uscc: P.uscc, occurredAt, category: 'DISPUTE', severity: 'LOW', summary });
  }
  for (const topic of ['消防安全', '反诈骗宣传', '防汛演练']) await police.recordTraining(hub, 'police-officer', { uscc: P.uscc, date: today, topic, attendeeCount: 20 });

  const LISTS = `query($u: ID!) { enterprise(uscc: $u) { police { visitCount lastVisitedOn alertCount alertTally { count }
    visits { id date } alerts { id occurredAt } safetyTrainings { id date } } } }`;
  const lists = (await hub.gql(LISTS, { u: P.uscc }, 'police-officer')).data.enterprise.police;
  expect(lists.visits.length).toBeGreaterThanOrEqual(3);
  const walk = async (field: string, node: string, backward = false) => {
    const ids: string[] = [];
    let cursor: string | null = null;
    for (;;) {
      const args: string = backward ? `last: 2${cursor ? `, before: "${cursor}"` : ''}` : `first: 2${cursor ? `, after: "${cursor}"` : ''}`;
      const res = await hub.gql(`query($u: ID!) { enterprise(uscc: $u) { police { ${field}(${args}) { edges { node { ${node} } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } } }`, { u: P.uscc }, 'police-officer');
      expect(res.errors).toBeUndefined();
      const page = res.data.enterprise.police[field];
      const got = page.edges.map((e: any) => e.node.id);
      if (backward) ids.unshift(...got);
      else ids.push(...got);
      if (!(backward ? page.pageInfo.hasPreviousPage : page.pageInfo.hasNextPage)) return ids;
      cursor = backward ? page.pageInfo.startCursor : page.pageInfo.endCursor;
    }
  };
  for (const [field, list, node] of [['visitsConnection', 'visits', 'id date'], ['alertsConnection', 'alerts', 'id occurredAt'], ['safetyTrainingsConnection', 'safetyTrainings', 'id date']]) {
    const all = lists[list].map((r: any) => r.id);
    expect([field, await walk(field, node)]).toEqual([field, all]);
    expect([field, await walk(field, node, true)]).toEqual([field, all]);
  }
  // newest first: today's visit, the two simultaneous alerts (the later id first), the trainings of today
  expect(lists.visits[0].date).toBe(today);
  expect(lists.alerts.slice(0, 2).map((a: any) => a.occurredAt)).toEqual([at(3), at(3)]);
  // the summaries agree with the records, without loading them
  expect(lists.visitCount).toBe(lists.visits.length);
  expect(lists.lastVisitedOn).toBe(today);
  expect(lists.alertCount).toBe(lists.alerts.length);
  expect(lists.alertTally.reduce((n: number, t: any) => n + t.count, 0)).toBe(lists.alertCount);

  // need-to-know as for the lists they replace: visits and alerts FULL only, trainings for everyone
  const other = await hub.gql(`query($u: ID!) { enterprise(uscc: $u) { police { visitCount visitsConnection(first: 1) { edges { node { id } } }
    alertsConnection(first: 1) { edges { node { id } } } safetyTrainingsConnection(first: 1) { totalCount } } } }`, { u: P.uscc }, 'market-officer');
  expect(other.data.enterprise.police).toEqual({ visitCount: lists.visitCount, visitsConnection: null, alertsConnection: null, safetyTrainingsConnection: { totalCount: lists.safetyTrainings.length } });
  expect(other.errors!.map((e) => [e.extensions!.code, e.path!.join('.')]).sort()).toEqual([
    ['FORBIDDEN', 'enterprise.police.alertsConnection'],
    ['FORBIDDEN', 'enterprise.police.visitsConnection'],
  ]);
  // a cursor of another list, or none at all, is BAD_USER_INPUT
  const visitCursor = (await hub.gql(`query($u: ID!) { enterprise(uscc: $u) { police { visitsConnection(first: 1) { pageInfo { endCursor } } } } }`, { u: P.uscc }, 'police-officer')).data.enterprise.police.visitsConnection.pageInfo.endCursor;
  for (const after of [visitCursor, 'bm90LWEtY3Vyc29y']) {
    const res = await hub.gql(`query($u: ID!, $a: String) { enterprise(uscc: $u) { police { alertsConnection(first: 1, after: $a) { edges { node { id } } } } } }`, { u: P.uscc, a: after }, 'police-officer');
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
  }
});

test('50 enterprises with their police records, and a station due list: a fixed number of police statements', async () => {
  const PAGE = `query($first: Int!) { enterprises(first: $first) { edges { node { uscc police { liaisonOfficer { name } visitCount lastVisitedOn alertCount alertTally { category count }
    visitsConnection(first: 2) { edges { node { id date } } } alertsConnection(first: 2) { edges { node { id } } } safetyTrainingsConnection(first: 2) { edges { node { topic } } } } } } } }`;
  const countFor = async (first: number) => {
    hub.resetQueryCounts();
    const res = await hub.gql(PAGE, { first }, 'coordinator');
    expect(res.errors).toBeUndefined();
    expect(res.data.enterprises.edges).toHaveLength(first);
    return { police: hub.queryCounts().police, edges: res.data.enterprises.edges };
  };
  const fifty = await countFor(50);
  // one batch each: assignments (officer joined), visit figures, alert figures, and a page of visits, alerts and trainings
  expect(fifty.police).toBe(6);
  expect((await countFor(2)).police).toBe(6);
  expect(fifty.edges.filter((e: any) => e.node.police.alertTally.length > 0).length).toBeGreaterThan(5);
  expect(fifty.edges.filter((e: any) => e.node.police.visitsConnection.edges.length > 0).length).toBeGreaterThan(5);
  expect(fifty.edges.filter((e: any) => e.node.police.alertsConnection.edges.length > 0).length).toBeGreaterThan(5);
  expect(fifty.edges.filter((e: any) => e.node.police.safetyTrainingsConnection.edges.length > 0).length).toBeGreaterThan(5);

  const DUE = `query($first: Int!) { visitsDue(station: "QH-CD", dueBy: "2099-12-31", first: $first) { edges { node { enterprise { uscc } station { code } liaisonOfficer { name } liaisonSince visitOverdue } } } }`;
  hub.resetQueryCounts();
  const many = await hub.gql(DUE, { first: 50 }, 'coordinator');
  expect(many.errors).toBeUndefined();
  const manyCount = hub.queryCounts().police;
  hub.resetQueryCounts();
  await hub.gql(DUE, { first: 2 }, 'coordinator');
  expect(hub.queryCounts().police).toBe(manyCount);
  // station check, the page, then one batch for current assignments and one for stations
  expect(manyCount).toBe(4);
});

/** The day of an instant in the hub's zone (Asia/Shanghai, +08:00, no daylight saving). */
function toShanghaiDay(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

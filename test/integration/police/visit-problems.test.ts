import { DEMO_ENTERPRISES, demoLiaisonOfficer } from '../../../src/demo/district';
import { addDays } from '../../helpers/clock';
import { act, codeOf, police } from '../../helpers/issues';
import { callSubgraph } from '../../helpers/subgraph';
import { startTestHub, type TestHub } from '../../helpers/test-hub';

/**
 * 走访发现问题 → 诉求: an officer visits, finds problems, and each becomes a routed hub request in one
 * step, linked both ways (Issue.originVisit resolved by the police, Visit.issues by the hub); the
 * visit-due list moves; the police follow a request they raised in summary once it is routed to
 * another department. Uses demo enterprises 45, 48, 52 and 54, one per test.
 */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

const E = DEMO_ENTERPRISES[48];
const REPORT = `mutation($i: ReportVisitProblemInput!) { reportVisitProblem(input: $i) { replayed issue { id } } }`;
const DUE = `query($dueBy: Date, $after: String) { visitsDue(dueBy: $dueBy, first: 100, after: $after) {
  edges { node { id enterprise { uscc } nextVisitDue lastVisitedOn visitOverdue visitIntervalDays } } pageInfo { hasNextPage endCursor } } }`;
const OVERDUE = `{ overdueVisits(first: 100) { edges { node { enterprise { uscc } nextVisitDue visitOverdue } } } }`;
const ISSUE = `query($id: ID!) { issue(id: $id) { id number channel status leadDepartment { code } enterprise { uscc }
  originVisit { id date officer { name } enterprise { uscc } notes problemsFound issues { id } } } }`;
const VISIT_ISSUES = `query($u: ID!) { enterprise(uscc: $u) { police { visits { id issues { id number leadDepartment { code } } } } } }`;

async function due(who: string, dueBy?: string) {
  const res = await hub.gql(DUE, { dueBy }, who);
  expect(res.errors).toBeUndefined();
  return res.data.visitsDue.edges.map((e: any) => e.node);
}

test('an officer visits and finds problems: each becomes a routed request linked both ways, and the visit-due list changes', async () => {
  expect(demoLiaisonOfficer(E)!.name).toBe('李伟');
  const today = hub.clock.today();

  // before: the demo visit of months ago leaves E overdue in 李伟's own list
  const before = (await due('police-officer')).find((n: any) => n.enterprise.uscc === E.uscc);
  expect(before).toMatchObject({ visitOverdue: true, visitIntervalDays: 90 });
  expect(before.nextVisitDue < today).toBe(true);
  const overdue0 = (await hub.gql(OVERDUE, {}, 'police-officer')).data.overdueVisits.edges.map((e: any) => e.node.enterprise.uscc);
  expect(overdue0).toContain(E.uscc);

  const visit = await police.recordVisit(hub, 'police-officer', {
    uscc: E.uscc,
    date: today,
    peopleMet: '总经理、工会主席',
    notes: '了解企业用工和安防情况。',
    problemsFound: ['分包商拖欠工人工资三个月，工人准备集体讨薪', '仓库夜间多次发生电缆被盗'],
  });

  // the due list moved: no longer due or overdue; due again a quarter from today
  expect((await due('police-officer')).map((n: any) => n.enterprise.uscc)).not.toContain(E.uscc);
  expect((await hub.gql(OVERDUE, {}, 'police-officer')).data.overdueVisits.edges.map((e: any) => e.node.enterprise.uscc)).not.toContain(E.uscc);
  const later = (await due('police-officer', addDays(today, 90))).find((n: any) => n.enterprise.uscc === E.uscc);
  expect(later).toMatchObject({ lastVisitedOn: today, nextVisitDue: addDays(today, 90), visitOverdue: false });

  // problem 1 (wages) → routed by the rules to judicial; problem 2 (theft) → police
  const wages = await police.reportProblem(hub, 'police-officer', { visitId: visit.id, problemIndex: 0, category: 'labour_dispute' });
  expect(wages.replayed).toBe(false);
  expect(wages.issue).toMatchObject({
    channel: 'VISIT',
    status: 'ASSIGNED',
    leadDepartment: { code: 'judicial' },
    enterprise: { uscc: E.uscc },
    category: { code: 'labour_dispute' },
    originVisit: { id: visit.id, date: today, officer: { name: '李伟' } },
  });
  expect(wages.issue.title).toBe('分包商拖欠工人工资三个月，工人准备集体讨薪');
  expect(wages.issue.routingExplanation).toMatch(/司法/);
  expect(wages.issue.timeline[0]).toMatchObject({ action: 'SUBMITTED', departmentCode: 'police', actorName: '李伟' });
  expect(wages.issue.timeline[0].note).toContain(`raised on visit ${visit.id} (problem 1)`);
  const theft = await police.reportProblem(hub, 'police-officer', { visitId: visit.id, problemIndex: 1, category: 'public_security', title: '仓库电缆被盗', priority: 'HIGH' });
  expect(theft.issue).toMatchObject({ title: '仓库电缆被盗', leadDepartment: { code: 'police' }, status: 'ASSIGNED' });

  // a retry returns the same request; the same problem in another category is CONFLICT
  const retry = await police.reportProblem(hub, 'police-officer', { visitId: visit.id, problemIndex: 0, category: 'labour_dispute' });
  expect(retry).toMatchObject({ replayed: true, issue: { id: wages.issue.id, number: wages.issue.number } });
  expect(codeOf(await hub.gql(REPORT, { i: { visitId: visit.id, problemIndex: 0, category: 'other' } }, 'police-officer'))).toBe('CONFLICT');

  // the lead department's inbox shows it
  const inbox = await hub.gql(`{ issues(filter: { department: "judicial" }, first: 20) { edges { node { id channel } } } }`, {}, 'judicial-officer');
  expect(inbox.data.issues.edges.map((e: any) => e.node.id)).toContain(wages.issue.id);

  // issue → visit (resolved by the police): the judicial officer sees the summary, not the police's notes
  const asJudicial = await hub.gql(ISSUE, { id: wages.issue.id }, 'judicial-officer');
  expect(asJudicial.data.issue.originVisit).toMatchObject({ id: visit.id, date: today, officer: { name: '李伟' }, enterprise: { uscc: E.uscc }, notes: null, problemsFound: null });
  expect(asJudicial.errors!.map((e) => [e.extensions!.code, e.path!.join('.')]).sort()).toEqual([
    ['FORBIDDEN', 'issue.originVisit.notes'],
    ['FORBIDDEN', 'issue.originVisit.problemsFound'],
  ]);
  expect(JSON.stringify(asJudicial)).not.toContain('了解企业用工');
  // … and from the visit back to the requests it may see
  expect(asJudicial.data.issue.originVisit.issues.map((i: any) => i.id)).toEqual([wages.issue.id]);

  // the enterprise itself sees its request and where it came from (its own records: FULL)
  const own = await hub.gql(ISSUE, { id: wages.issue.id }, await hub.token('enterprise', { uscc: E.uscc }));
  expect(own.errors).toBeUndefined();
  expect(own.data.issue.originVisit).toMatchObject({ id: visit.id, problemsFound: visit.problemsFound });
  expect(own.data.issue.originVisit.issues.map((i: any) => i.id)).toEqual([wages.issue.id, theft.issue.id]);
  // another enterprise: FORBIDDEN on the request, as for any other
  expect(codeOf(await hub.gql(ISSUE, { id: wages.issue.id }, 'enterprise'))).toBe('FORBIDDEN');

  // visit → requests (the hub's field on the police's entity): coordinators see both; the police the one they lead
  const coordinator = await hub.gql(VISIT_ISSUES, { u: E.uscc }, 'coordinator');
  const fromVisit = coordinator.data.enterprise.police.visits.find((v: any) => v.id === visit.id);
  expect(fromVisit.issues.map((i: any) => [i.id, i.leadDepartment.code])).toEqual([
    [wages.issue.id, 'judicial'],
    [theft.issue.id, 'police'],
  ]);
  // the police raised both: the one they lead in full, the one routed to judicial in summary (the next test)
  const officer = await hub.gql(VISIT_ISSUES.replace('leadDepartment { code }', 'leadDepartment { code } access'), { u: E.uscc }, 'police-officer');
  expect(officer.errors).toBeUndefined();
  expect(officer.data.enterprise.police.visits.find((v: any) => v.id === visit.id).issues.map((i: any) => [i.id, i.access])).toEqual([
    [wages.issue.id, 'SUMMARY'],
    [theft.issue.id, 'FULL'],
  ]);
  // older visits raised nothing
  expect(fromVisit && coordinator.data.enterprise.police.visits.filter((v: any) => v.id !== visit.id).every((v: any) => v.issues.length === 0)).toBe(true);
});

test('reporting a visit problem: police officers only; bad ids, indexes and categories refused; nothing half-written', async () => {
  const today = hub.clock.today();
  const E2 = DEMO_ENTERPRISES[54];
  const visit = await police.recordVisit(hub, 'police-officer', { uscc: E2.uscc, date: today, peopleMet: '厂长', notes: '例行走访', problemsFound: ['厂区东门外路灯损坏，夜间治安隐患'] });
  const valid = { visitId: visit.id, problemIndex: 0, category: 'public_security' };
  for (const who of ['market-officer', 'tax-officer', 'judicial-officer', 'coordinator', 'enterprise', 'auditor']) {
    expect([who, codeOf(await hub.gql(REPORT, { i: valid }, who))]).toEqual([who, 'FORBIDDEN']);
  }
  expect(codeOf(await hub.gql(REPORT, { i: valid }))).toBe('UNAUTHENTICATED');
  const bad = async (i: Record<string, unknown>) => {
    const res = await hub.gql(REPORT, { i: { ...valid, ...i } }, 'police-officer');
    return [codeOf(res), res.errors?.[0]?.extensions?.field];
  };
  expect(await bad({ visitId: 'Issue:1' })).toEqual(['BAD_USER_INPUT', 'visitId']);
  expect(await bad({ visitId: 'Visit:99999999999' })).toEqual(['BAD_USER_INPUT', 'visitId']);
  expect(await bad({ problemIndex: 1 })).toEqual(['BAD_USER_INPUT', 'problemIndex']);
  expect(await bad({ problemIndex: -1 })).toEqual(['BAD_USER_INPUT', 'problemIndex']);
  expect(await bad({ category: 'no_such_category' })).toEqual(['BAD_USER_INPUT', 'category']);
  expect(await bad({ title: 'x'.repeat(201) })).toEqual(['BAD_USER_INPUT', 'title']);
  expect((await bad({ visitId: 'Visit:2000000000' }))[0]).toBe('NOT_FOUND');
  // nothing was written by the refusals
  const issues = await hub.gql(VISIT_ISSUES, { u: E2.uscc }, 'coordinator');
  expect(issues.data.enterprise.police.visits.find((v: any) => v.id === visit.id).issues).toEqual([]);

  // three identical reports at once (a double tap, a retry): one request
  const results = await Promise.all([1, 2, 3].map(() => hub.gql(REPORT, { i: valid }, 'police-officer')));
  expect(results.every((r) => !r.errors)).toBe(true);
  expect(new Set(results.map((r) => r.data.reportVisitProblem.issue.id)).size).toBe(1);
  expect(results.filter((r) => !r.data.reportVisitProblem.replayed)).toHaveLength(1);
});

test('a page of requests with their origin visits: one batch of visit references in the police, whatever the page size', async () => {
  // its own enterprise and visit: tests in a file run in a random order
  const E3 = DEMO_ENTERPRISES[52];
  const visit = await police.recordVisit(hub, 'police-officer', {
    uscc: E3.uscc,
    date: hub.clock.today(),
    peopleMet: '厂长',
    notes: '例行走访。',
    problemsFound: ['厂区门口夜间照明不足', '员工反映通勤班车拥挤'],
  });
  for (const problemIndex of [0, 1]) await police.reportProblem(hub, 'police-officer', { visitId: visit.id, problemIndex, category: 'other' });
  const PAGE = `query($first: Int!) { issues(filter: { enterprise: "${E3.uscc}" }, first: $first) { edges { node { id originVisit { id date officer { name } issues { id } } } } } }`;
  const countFor = async (first: number) => {
    hub.resetQueryCounts();
    const res = await hub.gql(PAGE, { first }, 'coordinator');
    expect(res.errors).toBeUndefined();
    return { counts: hub.queryCounts(), nodes: res.data.issues.edges.map((e: any) => e.node) };
  };
  const all = await countFor(50);
  expect(all.nodes.filter((n: any) => n.originVisit).length).toBe(2);
  // police: the visits (one IN list) and their officers; hub: the page, then requests by visit and their referrals
  expect(all.counts.police).toBe(2);
  const one = await countFor(1);
  expect(one.counts.police).toBe(all.counts.police);
  expect(one.counts.hub).toBe(all.counts.hub);
});

test('a request raised on a visit and routed to market: the police follow it in summary (status, department, deadline, title), not its handling', async () => {
  const E4 = DEMO_ENTERPRISES[45];
  const visit = await police.recordVisit(hub, 'police-officer', {
    uscc: E4.uscc,
    date: hub.clock.today(),
    peopleMet: '行政主管',
    notes: '走访了解经营情况。',
    problemsFound: ['营业执照年报逾期未报，企业不清楚补报流程'],
  });
  const { issue } = await police.reportProblem(hub, 'police-officer', { visitId: visit.id, problemIndex: 0, category: 'licence' });
  expect(issue).toMatchObject({ leadDepartment: { code: 'market' }, status: 'ASSIGNED' });

  const VISIT = `query($u: ID!) { enterprise(uscc: $u) { police { visitsConnection(first: 5) { edges { node { id
    issues { id number access status title description replyDeadline isOverdue leadDepartment { code } } } } } } } }`;
  const fromVisit = async (who: string) => {
    const res = await hub.gql(VISIT, { u: E4.uscc }, who);
    expect(res.errors).toBeUndefined();
    return res.data.enterprise.police.visitsConnection.edges.find((e: any) => e.node.id === visit.id).node.issues;
  };
  const ONE = (fields: string) => `query($id: ID!) { issue(id: $id) { ${fields} } }`;

  // routed to market: the officer who recorded the visit still sees it, in summary, as it moves on
  let [seen] = await fromVisit('police-officer');
  expect(seen).toMatchObject({ id: issue.id, access: 'SUMMARY', status: 'ASSIGNED', leadDepartment: { code: 'market' }, title: issue.title, replyDeadline: issue.replyDeadline });
  expect(seen.description).toContain('营业执照年报逾期未报');
  // departments with no part in it see nothing of it, as before
  for (const who of ['tax-officer', 'judicial-officer']) expect([who, codeOf(await hub.gql(ONE('id status'), { id: issue.id }, who))]).toEqual([who, 'FORBIDDEN']);
  await act.accept(hub, 'market-officer', issue.id);
  expect((await fromVisit('police-officer'))[0]).toMatchObject({ access: 'SUMMARY', status: 'ACCEPTED', leadDepartment: { code: 'market' } });

  // market transfers it to tax (移交), which answers: the police follow every step
  const referral = await act.refer(hub, 'market-officer', { issueId: issue.id, toDepartment: 'tax', kind: 'TRANSFER', reason: '涉及税务登记变更', idempotencyKey: `visit-summary-${issue.id}` });
  await act.acceptReferral(hub, 'tax-officer', referral.id);
  await act.respond(hub, 'tax-officer', issue.id, '已指导企业补报年报并办理税务变更（内部处理意见：免予处罚）。');
  [seen] = await fromVisit('police-officer');
  expect(seen).toMatchObject({ access: 'SUMMARY', status: 'RESPONDED', leadDepartment: { code: 'tax' } });

  // … but not how the departments handle it: null with FORBIDDEN at each path, empty lists; the rest arrives
  const DETAILS = `id access status submittedBy { name } originVisit { id } timeline { action departmentCode toStatus note }
    response resolution routingExplanation attachments { id } extensions { id } meetingHistory { id } referrals { id }`;
  const details = await hub.gql(ONE(DETAILS), { id: issue.id }, 'police-officer');
  expect(details.data.issue).toMatchObject({
    access: 'SUMMARY', status: 'RESPONDED', submittedBy: { name: '李伟' }, originVisit: { id: visit.id },
    response: null, resolution: null, routingExplanation: null, attachments: [], extensions: [], meetingHistory: [], referrals: [],
  });
  // the timeline's steps (the status changes, which department, when) are the summary; their notes are not
  const timeline = details.data.issue.timeline;
  expect(timeline.filter((t: any) => t.toStatus).map((t: any) => t.toStatus)).toEqual(expect.arrayContaining(['ASSIGNED', 'ACCEPTED', 'RESPONDED']));
  expect(timeline.find((t: any) => t.toStatus === 'RESPONDED')).toMatchObject({ action: 'RESPONDED', departmentCode: 'tax' });
  expect(timeline.every((t: any) => t.note === null)).toBe(true);
  const paths = details.errors!.map((e) => [e.extensions!.code, e.path!.join('.')]);
  expect(paths).toEqual(expect.arrayContaining([['FORBIDDEN', 'issue.response'], ['FORBIDDEN', 'issue.resolution'], ['FORBIDDEN', 'issue.routingExplanation'], ['FORBIDDEN', 'issue.timeline.0.note']]));
  expect(paths.every(([code]) => code === 'FORBIDDEN')).toBe(true);
  expect(JSON.stringify(details)).not.toContain('免予处罚');
  expect(JSON.stringify(details)).not.toContain('税务登记变更');
  // the same rule by number, by node id, and from the request back through its visit
  const byNumber = await hub.gql(`query($n: String!) { issueByNumber(number: $n) { id access response } }`, { n: issue.number }, 'police-officer');
  expect(byNumber.data.issueByNumber).toEqual({ id: issue.id, access: 'SUMMARY', response: null });
  const node = await hub.gql(`query($id: ID!) { node(id: $id) { ... on Issue { access status } } }`, { id: issue.id }, 'police-officer');
  expect(node.data.node).toEqual({ access: 'SUMMARY', status: 'RESPONDED' });
  const back = await hub.gql(ONE('originVisit { issues { id access status } }'), { id: issue.id }, 'police-officer');
  expect(back.errors).toBeUndefined();
  expect(back.data.issue.originVisit.issues).toEqual([{ id: issue.id, access: 'SUMMARY', status: 'RESPONDED' }]);

  // a police officer of another station: the police department raised it (visits are police records, FULL for every police officer)
  const otherStation = await hub.token('police-officer', { sub: 'u-police-zhang', name: '张强' });
  expect((await fromVisit(otherStation))[0]).toMatchObject({ id: issue.id, access: 'SUMMARY', status: 'RESPONDED' });
  // the departments working it (tax leads, market referred it) and coordinators: in full
  for (const who of ['tax-officer', 'market-officer', 'coordinator']) {
    const full = await hub.gql(ONE('access response timeline { note }'), { id: issue.id }, who);
    expect([who, full.errors]).toEqual([who, undefined]);
    expect(full.data.issue).toMatchObject({ access: 'FULL', response: expect.stringContaining('免予处罚') });
  }
  // a department with no part in it: FORBIDDEN, and not on the visit's list
  expect(codeOf(await hub.gql(ONE('id status'), { id: issue.id }, 'judicial-officer'))).toBe('FORBIDDEN');

  // entity references (`_entities`, as the gateway sends them) apply the same rule
  const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Issue { id access status response } ... on Visit { issues { id access } } } }`;
  const representations = [{ __typename: 'Issue', id: issue.id }, { __typename: 'Visit', id: visit.id }];
  const call = async (who: 'police-officer' | 'judicial-officer') =>
    (await callSubgraph(hub, 'hub', { query: entities, variables: { r: representations }, authorization: `Bearer ${await hub.token(who)}` })).body;
  const asPolice = await call('police-officer');
  expect(asPolice.data._entities).toEqual([{ id: issue.id, access: 'SUMMARY', status: 'RESPONDED', response: null }, { issues: [{ id: issue.id, access: 'SUMMARY' }] }]);
  expect(asPolice.errors.map((e: any) => [e.extensions.code, e.path.join('.')])).toEqual([['FORBIDDEN', '_entities.0.response']]);
  const asJudicial = await call('judicial-officer');
  expect(asJudicial.data._entities).toEqual([null, { issues: [] }]);
  expect(asJudicial.errors.map((e: any) => e.extensions.code)).toEqual(['FORBIDDEN']);

  // following in summary is reading, not working: the police cannot take a step on it
  expect(codeOf(await hub.gql(`mutation($i: AcceptIssueInput!) { acceptIssue(input: $i) { issue { id } } }`, { i: { issueId: issue.id } }, 'police-officer'))).toBe('FORBIDDEN');
});

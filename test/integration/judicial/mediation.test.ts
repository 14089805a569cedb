import { DEMO_ENTERPRISES, DEMO_USERS } from '../../../src/demo/district';
import { addDays } from '../../helpers/clock';
import { act, codeOf, submit } from '../../helpers/issues';
import { callSubgraph } from '../../helpers/subgraph';
import { startTestHub, type TestHub } from '../../helpers/test-hub';
import { until } from '../../helpers/wait';

/**
 * Graded mediation (分级调解) through the gateway: the case workflow and its timeline, litigation
 * from a failed case, the link with a hub request both ways, need-to-know, and the risk signals.
 */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

// enterprises no other test counts judicial records of (0 and 13 are asserted elsewhere)
const E = DEMO_ENTERPRISES[21];
const F = DEMO_ENTERPRISES[23];

const CASE = /* GraphQL */ `id caseNo grade status category openedOn gradeSince closedOn access subject description parties closingNote
  enterprise { uscc } issue { id }
  timeline { id action fromGrade grade status note actorName }
  litigation { id caseNo court role cause filedOn pending }`;
const SUMMARY_CASE = `id caseNo grade status category openedOn gradeSince closedOn access`;

const open = (who: string, input: Record<string, unknown>, fields = CASE) =>
  hub.gql(`mutation($i: OpenMediationCaseInput!) { openMediationCase(input: $i) { mediationCase { ${fields} } } }`, { i: input }, who);
const escalate = (who: string, id: string, reason = '下级调解未果') =>
  hub.gql(`mutation($i: EscalateMediationCaseInput!) { escalateMediationCase(input: $i) { mediationCase { ${CASE} } } }`, { i: { mediationCaseId: id, reason } }, who);
const close = (who: string, id: string, outcome: 'SETTLED' | 'FAILED', note = '双方未达成一致') =>
  hub.gql(`mutation($i: CloseMediationCaseInput!) { closeMediationCase(input: $i) { mediationCase { ${CASE} } } }`, { i: { mediationCaseId: id, outcome, note } }, who);
const litigate = (who: string, input: Record<string, unknown>) =>
  hub.gql(`mutation($i: RecordLitigationInput!) { recordLitigation(input: $i) { litigation { id caseNo role pending } mediationCase { ${CASE} } } }`, { i: input }, who);
const SIGNALS = `query($u: ID!) { enterprise(uscc: $u) { judicial { openMediationCases riskSignals { category level observedAt sourceId detail } } } }`;

async function signals(uscc: string, who = 'judicial-officer') {
  const res = await hub.gql(SIGNALS, { u: uscc }, who);
  expect(res.errors).toBeUndefined();
  return res.data.enterprise.judicial.riskSignals as { category: string; level: string; observedAt: string; sourceId: string; detail: string }[];
}
const data = (res: any) => {
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return Object.values(res.data as object)[0] as any;
};

test('a case opened for a hub request escalates two grades, fails into litigation, with its timeline and signals', async () => {
  const today = hub.clock.today();
  // a dispute request: routed to the judicial bureau by the rule for 劳资纠纷, so its officer may see it
  const request = await submit(hub, 'coordinator', { uscc: E.uscc, title: '员工集体讨要拖欠工资', description: '企业拖欠12名员工两个月工资，员工要求调解。', category: 'labour_dispute', channel: 'HOTLINE' });
  expect(request.leadDepartment.code).toBe('judicial');
  expect(await signals(E.uscc)).toEqual([]);

  const opened = data(await open('judicial-officer', {
    enterpriseUscc: E.uscc, issueId: request.id, category: 'WAGE_ARREARS', subject: ' 拖欠两个月工资 ', description: '企业称资金周转困难。', parties: '王某等12名员工',
  })).mediationCase;
  expect(opened).toMatchObject({
    grade: 'COMMUNITY', status: 'OPEN', category: 'WAGE_ARREARS', openedOn: today, gradeSince: today, closedOn: null, access: 'FULL',
    subject: '拖欠两个月工资', parties: '王某等12名员工', enterprise: { uscc: E.uscc }, issue: { id: request.id }, litigation: null,
    timeline: [{ action: 'OPENED', fromGrade: null, grade: 'COMMUNITY', status: 'OPEN', note: null, actorName: DEMO_USERS['judicial-officer'].name }],
  });
  expect(opened.id).toMatch(/^MediationCase:\d+$/);
  expect(opened.caseNo).toBe(`司调〔${today.slice(0, 4)}〕${opened.id.split(':')[1]}号`);
  // an open wage-arrears dispute is a HIGH signal from the start
  expect(await signals(E.uscc)).toEqual([{ category: 'WAGE_ARREARS', level: 'HIGH', observedAt: today, sourceId: opened.id, detail: expect.stringContaining('拖欠两个月工资') }]);

  hub.clock.advance(24 * 3600_000);
  const street = data(await escalate('judicial-officer', opened.id, '村居调解未果，涉及人数较多')).mediationCase;
  expect(street).toMatchObject({ grade: 'STREET', status: 'OPEN', gradeSince: addDays(today, 1) });
  const district = data(await escalate('judicial-officer', opened.id, '街道调解未果')).mediationCase;
  expect(district.grade).toBe('DISTRICT');
  // no grade above the district
  const third = await escalate('judicial-officer', opened.id);
  expect(codeOf(third)).toBe('CONFLICT');
  expect(third.errors![0].message).toMatch(/district/);

  const failed = data(await close('judicial-officer', opened.id, 'FAILED', '企业无力支付，员工拟起诉')).mediationCase;
  expect(failed).toMatchObject({ status: 'FAILED', grade: 'DISTRICT', closedOn: addDays(today, 1), closingNote: '企业无力支付，员工拟起诉' });
  // closing twice, escalating a closed case
  expect(codeOf(await close('judicial-officer', opened.id, 'SETTLED', '补签协议'))).toBe('CONFLICT');
  expect(codeOf(await escalate('judicial-officer', opened.id))).toBe('CONFLICT');

  const filed = data(await litigate('judicial-officer', { mediationCaseId: opened.id, caseNo: '(2026)苏0102民初9001号', court: '清河区人民法院', role: 'DEFENDANT', cause: '劳动报酬纠纷', filedOn: addDays(today, 1) }));
  expect(filed.litigation).toMatchObject({ caseNo: '(2026)苏0102民初9001号', role: 'DEFENDANT', pending: true });
  expect(filed.mediationCase.litigation).toEqual({ id: filed.litigation.id, caseNo: '(2026)苏0102民初9001号', court: '清河区人民法院', role: 'DEFENDANT', cause: '劳动报酬纠纷', filedOn: addDays(today, 1), pending: true });
  expect(filed.mediationCase.timeline.map((s: any) => [s.action, s.fromGrade, s.grade, s.status, s.note])).toEqual([
    ['OPENED', null, 'COMMUNITY', 'OPEN', null],
    ['ESCALATED', 'COMMUNITY', 'STREET', 'OPEN', '村居调解未果，涉及人数较多'],
    ['ESCALATED', 'STREET', 'DISTRICT', 'OPEN', '街道调解未果'],
    ['FAILED', null, 'DISTRICT', 'FAILED', '企业无力支付，员工拟起诉'],
    ['LITIGATION_FILED', null, 'DISTRICT', 'FAILED', '清河区人民法院 (2026)苏0102民初9001号'],
  ]);
  // one lawsuit per case
  expect(codeOf(await litigate('judicial-officer', { mediationCaseId: opened.id, caseNo: 'X2', court: '清河区人民法院', role: 'DEFENDANT', cause: '劳动报酬纠纷', filedOn: today }))).toBe('CONFLICT');

  // the signals now: the failed wage dispute and the lawsuit it became, both HIGH
  const after = await signals(E.uscc);
  expect(after.map((s) => [s.category, s.level, s.observedAt, s.sourceId])).toEqual(
    expect.arrayContaining([
      ['WAGE_ARREARS', 'HIGH', addDays(today, 1), opened.id],
      ['LITIGATION', 'HIGH', addDays(today, 1), filed.litigation.id],
    ]),
  );
  expect(after).toHaveLength(2);

  // linked both ways: the request lists the case, the case names the request (resolved by the hub)
  const fromHub = await hub.gql(`query($id: ID!) { issue(id: $id) { id title mediationCases { id status grade } } }`, { id: request.id }, 'judicial-officer');
  expect(fromHub.errors).toBeUndefined();
  expect(fromHub.data.issue.mediationCases).toEqual([{ id: opened.id, status: 'FAILED', grade: 'DISTRICT' }]);
  const fromCase = await hub.gql(`query($id: ID!) { mediationCase(id: $id) { id issue { id title leadDepartment { code } } } }`, { id: opened.id }, 'judicial-officer');
  expect(fromCase.errors).toBeUndefined();
  expect(fromCase.data.mediationCase.issue).toEqual({ id: request.id, title: '员工集体讨要拖欠工资', leadDepartment: { code: 'judicial' } });
  // the hub resolves the link under its own rule: a tax officer sees the case summary, not the judicial bureau's request
  const taxView = await hub.gql(`query($id: ID!) { mediationCase(id: $id) { grade issue { title } } }`, { id: opened.id }, 'tax-officer');
  expect(taxView.data.mediationCase).toEqual({ grade: 'DISTRICT', issue: null });
  // the gateway reports the hub's refusal of the reference at the fields it asked for
  expect(taxView.errors!.map((e) => [e.path!.join('.'), e.extensions!.code])).toEqual([['mediationCase.issue.title', 'FORBIDDEN']]);
});

test('a tax officer sees the case summary and the signals, never the case text; the enterprise sees status, no signals', async () => {
  const c = data(await open('judicial-officer', { enterpriseUscc: F.uscc, category: 'CONTRACT', subject: '货款结算争议', description: '供应商主张欠付货款38万元。', parties: '某供应商' })).mediationCase;

  const tax = await hub.gql(`query($id: ID!) { mediationCase(id: $id) { ${SUMMARY_CASE} description parties timeline { id } } }`, { id: c.id }, 'tax-officer');
  expect(tax.data.mediationCase).toMatchObject({ id: c.id, grade: 'COMMUNITY', status: 'OPEN', category: 'CONTRACT', access: 'SUMMARY', description: null, parties: null, timeline: null });
  expect(tax.errors!.map((e) => [e.path!.join('.'), e.extensions!.code]).sort()).toEqual([
    ['mediationCase.description', 'FORBIDDEN'], ['mediationCase.parties', 'FORBIDDEN'], ['mediationCase.timeline', 'FORBIDDEN'],
  ]);
  expect(JSON.stringify(tax)).not.toContain('38万元');

  // the same through the enterprise: the list is a summary, the signals carry level and category only
  const profile = await hub.gql(
    `query($u: ID!) { enterprise(uscc: $u) { judicial { access mediationCases { ${SUMMARY_CASE} } riskSignals { category level observedAt sourceId } } } }`,
    { u: F.uscc },
    'tax-officer',
  );
  expect(profile.errors).toBeUndefined();
  expect(profile.data.enterprise.judicial.access).toBe('SUMMARY');
  expect(profile.data.enterprise.judicial.mediationCases).toContainEqual(expect.objectContaining({ id: c.id, status: 'OPEN' }));
  expect(profile.data.enterprise.judicial.riskSignals).toContainEqual({ category: 'OPEN_MEDIATION', level: 'LOW', observedAt: hub.clock.today(), sourceId: c.id });
  const detail = await hub.gql(SIGNALS, { u: F.uscc }, 'tax-officer');
  expect(detail.errors!.every((e) => e.extensions!.code === 'FORBIDDEN' && e.path!.at(-1) === 'detail')).toBe(true);
  expect(JSON.stringify(detail.data)).not.toContain('货款结算争议');

  // a coordinator sees it all
  const coordinator = await hub.gql(`query($id: ID!) { mediationCase(id: $id) { access description } }`, { id: c.id }, 'coordinator');
  expect(coordinator.errors).toBeUndefined();
  expect(coordinator.data.mediationCase).toEqual({ access: 'FULL', description: '供应商主张欠付货款38万元。' });

  // the enterprise itself (a user of F; the demo's enterprise user is another's): its own cases' status, no case text, no risk signals
  const fUser = await hub.token('enterprise', { uscc: F.uscc });
  const asEnterprise = await hub.gql(`query($id: ID!) { mediationCase(id: $id) { status access description } }`, { id: c.id }, fUser);
  expect(asEnterprise.data.mediationCase).toEqual({ status: 'OPEN', access: 'SUMMARY', description: null });
  expect(codeOf(asEnterprise)).toBe('FORBIDDEN');
  const ownSignals = await hub.gql(`query($u: ID!) { enterprise(uscc: $u) { judicial { openMediationCases riskSignals { level } } } }`, { u: F.uscc }, fUser);
  expect(ownSignals.data.enterprise.judicial).toEqual({ openMediationCases: expect.any(Number), riskSignals: null });
  expect(codeOf(ownSignals)).toBe('FORBIDDEN');
  // another enterprise's user sees nothing of it
  expect(codeOf(await hub.gql(`query($id: ID!) { mediationCase(id: $id) { status } }`, { id: c.id }, 'enterprise'))).toBe('FORBIDDEN');
  // lookups: unknown and malformed ids
  expect(codeOf(await hub.gql(`{ mediationCase(id: "MediationCase:999999") { id } }`, {}, 'judicial-officer'))).toBe('NOT_FOUND');
  expect(codeOf(await hub.gql(`{ mediationCase(id: "Issue:1") { id } }`, {}, 'judicial-officer'))).toBe('BAD_USER_INPUT');
});

test('only judicial officers write judicial data: other departments, coordinators and enterprises are FORBIDDEN, nothing is written', async () => {
  const c = data(await open('judicial-officer', { enterpriseUscc: F.uscc, category: 'LEASE', subject: '场地租赁争议' })).mediationCase;
  const count = async () => (await hub.gql(`query($u: ID!) { enterprise(uscc: $u) { judicial { mediationCaseCount litigationCount legalAidRequests { id } } } }`, { u: F.uscc }, 'coordinator')).data.enterprise.judicial;
  const before = await count();
  const writes: [string, string, Record<string, unknown>][] = [
    ['openMediationCase', 'OpenMediationCaseInput', { enterpriseUscc: F.uscc, category: 'OTHER', subject: 'x' }],
    ['escalateMediationCase', 'EscalateMediationCaseInput', { mediationCaseId: c.id, reason: 'x' }],
    ['closeMediationCase', 'CloseMediationCaseInput', { mediationCaseId: c.id, outcome: 'SETTLED', note: 'x' }],
    ['recordLitigation', 'RecordLitigationInput', { enterpriseUscc: F.uscc, caseNo: 'x', court: 'x', role: 'PLAINTIFF', cause: 'x', filedOn: hub.clock.today() }],
    ['recordLegalAidRequest', 'RecordLegalAidRequestInput', { enterpriseUscc: F.uscc, applicant: 'x', category: 'OTHER', matter: 'x' }],
    ['decideLegalAidRequest', 'DecideLegalAidRequestInput', { legalAidRequestId: 'LegalAidRequest:1', grant: true }],
    ['concludeLitigation', 'ConcludeLitigationInput', { litigationId: 'Litigation:1', outcome: 'WITHDRAWN', concludedOn: hub.clock.today() }],
  ];
  for (const who of ['tax-officer', 'market-officer', 'police-officer', 'police-admin', 'coordinator', 'enterprise', 'auditor']) {
    for (const [name, type, input] of writes) {
      const res = await hub.gql(`mutation($i: ${type}!) { ${name}(input: $i) { __typename } }`, { i: input }, who);
      expect([who, name, codeOf(res)]).toEqual([who, name, 'FORBIDDEN']);
    }
  }
  expect(await count()).toEqual(before);
  const still = await hub.gql(`query($id: ID!) { mediationCase(id: $id) { grade status } }`, { id: c.id }, 'judicial-officer');
  expect(still.data.mediationCase).toEqual({ grade: 'COMMUNITY', status: 'OPEN' });
  // no token at all
  expect(codeOf(await hub.gql(`mutation($i: OpenMediationCaseInput!) { openMediationCase(input: $i) { __typename } }`, { i: writes[0][2] }))).toBe('UNAUTHENTICATED');
});

test('bad values are BAD_USER_INPUT naming the field; illegal steps are CONFLICT', async () => {
  const valid = { enterpriseUscc: F.uscc, category: 'OTHER', subject: '邻里纠纷' };
  const refused = async (input: Record<string, unknown>) => {
    const res = await open('judicial-officer', input, 'id');
    return [codeOf(res), res.errors?.[0]?.extensions?.field];
  };
  expect(await refused({ ...valid, subject: '   ' })).toEqual(['BAD_USER_INPUT', 'subject']);
  expect(await refused({ ...valid, subject: 'x'.repeat(201) })).toEqual(['BAD_USER_INPUT', 'subject']);
  expect(await refused({ ...valid, description: 'a\u0000b' })).toEqual(['BAD_USER_INPUT', 'input.description']);
  expect(await refused({ ...valid, parties: 'a\ud800b' })).toEqual(['BAD_USER_INPUT', 'input.parties']);
  expect(await refused({ ...valid, description: 'x'.repeat(5_001) })).toEqual(['BAD_USER_INPUT', 'description']);
  expect(await refused({ ...valid, enterpriseUscc: '91320102XXXXXXXXXX' })).toEqual(['BAD_USER_INPUT', 'enterpriseUscc']);
  expect(await refused({ ...valid, issueId: 'Referral:3' })).toEqual(['BAD_USER_INPUT', 'issueId']);
  expect(await refused({ ...valid, openedOn: addDays(hub.clock.today(), 1) })).toEqual(['BAD_USER_INPUT', 'openedOn']);
  expect((await refused({ ...valid, category: 'GOSSIP' }))[0]).toBe('BAD_USER_INPUT');

  // a case number already taken (the demo's first case) is CONFLICT, not a fault
  const taken = await open('judicial-officer', { ...valid, caseNo: '清调〔2026〕0001号' }, 'id');
  expect([codeOf(taken), taken.errors?.[0]?.message]).toEqual(['CONFLICT', 'That case number is already used by another record.']);

  const c = data(await open('judicial-officer', valid, 'id')).mediationCase;
  expect(codeOf(await escalate('judicial-officer', c.id, ' '))).toBe('BAD_USER_INPUT');
  expect(codeOf(await escalate('judicial-officer', 'MediationCase:abc'))).toBe('BAD_USER_INPUT');
  expect(codeOf(await escalate('judicial-officer', 'MediationCase:999999'))).toBe('NOT_FOUND');
  expect(codeOf(await close('judicial-officer', c.id, 'SETTLED', ''))).toBe('BAD_USER_INPUT');
  // litigation only from a failed case
  const early = await litigate('judicial-officer', { mediationCaseId: c.id, caseNo: 'X', court: '法院', role: 'PLAINTIFF', cause: '纠纷', filedOn: hub.clock.today() });
  expect(codeOf(early)).toBe('CONFLICT');
  data(await close('judicial-officer', c.id, 'SETTLED', '双方和解'));
  expect(codeOf(await litigate('judicial-officer', { mediationCaseId: c.id, caseNo: 'X', court: '法院', role: 'PLAINTIFF', cause: '纠纷', filedOn: hub.clock.today() }))).toBe('CONFLICT');
  expect(codeOf(await litigate('judicial-officer', { caseNo: 'X', court: '法院', role: 'PLAINTIFF', cause: '纠纷', filedOn: hub.clock.today() }))).toBe('BAD_USER_INPUT');
  expect(codeOf(await litigate('judicial-officer', { enterpriseUscc: F.uscc, caseNo: 'X', court: '法院', role: 'PLAINTIFF', cause: '纠纷', filedOn: addDays(hub.clock.today(), 1) }))).toBe('BAD_USER_INPUT');

  // a lawsuit without a mediation behind it: the enterprise sues, a LOW signal
  const suit = data(await litigate('judicial-officer', { enterpriseUscc: F.uscc, caseNo: '(2026)苏0102民初7001号', court: '清河区人民法院', role: 'PLAINTIFF', cause: '承揽合同纠纷', filedOn: hub.clock.today() }));
  expect(suit.mediationCase).toBeNull();
  expect(await signals(F.uscc)).toContainEqual(expect.objectContaining({ category: 'LITIGATION', level: 'LOW', sourceId: suit.litigation.id }));
});

test('a lawsuit is concluded once (judgment, settled in court, withdrawn): the case timeline says so and it stops signalling, in the assessment too', async () => {
  // an enterprise with no judicial records of its own in the seed, which no other test here touches
  const H = DEMO_ENTERPRISES[39];
  const today = hub.clock.today();
  const conclude = (who: string, input: Record<string, unknown>) =>
    hub.gql(
      `mutation($i: ConcludeLitigationInput!) { concludeLitigation(input: $i) {
        litigation { id pending outcome concludedOn conclusionNote }
        mediationCase { id status timeline { action status note } } } }`,
      { i: input },
      who,
    );
  const ASSESSMENT = `query($u: ID!) { enterprise(uscc: $u) { riskAssessment { level signals { department category level } } } }`;
  const judicialInAssessment = async () =>
    (await hub.gql(ASSESSMENT, { u: H.uscc }, 'coordinator')).data.enterprise.riskAssessment.signals.filter((s: any) => s.department === 'judicial');

  // a failed mediation gone to court, and a lawsuit without one
  const c = data(await open('judicial-officer', { enterpriseUscc: H.uscc, category: 'CONTRACT', subject: '设备采购款纠纷' }, 'id')).mediationCase;
  data(await close('judicial-officer', c.id, 'FAILED', '供应商坚持起诉'));
  const fromCase = data(await litigate('judicial-officer', { mediationCaseId: c.id, caseNo: '(2026)苏0102民初9401号', court: '清河区人民法院', role: 'DEFENDANT', cause: '买卖合同纠纷', filedOn: addDays(today, -20) })).litigation;
  const own = data(await litigate('judicial-officer', { enterpriseUscc: H.uscc, caseNo: '(2026)苏0102民初9402号', court: '清河区人民法院', role: 'PLAINTIFF', cause: '承揽合同纠纷', filedOn: addDays(today, -10) })).litigation;
  // open litigation counts: HIGH (it grew out of the failed mediation) and LOW (the enterprise sues)
  expect((await signals(H.uscc)).map((s) => [s.category, s.level, s.sourceId])).toEqual([
    ['LITIGATION', 'HIGH', fromCase.id],
    ['LITIGATION', 'LOW', own.id],
  ]);
  await until(async () => (await judicialInAssessment()).length === 2, 'both lawsuits in the risk assessment');

  // bad values first: nothing changes
  const refused = async (input: Record<string, unknown>) => {
    const res = await conclude('judicial-officer', { litigationId: fromCase.id, outcome: 'JUDGMENT', concludedOn: today, ...input });
    return [codeOf(res), res.errors?.[0]?.extensions?.field];
  };
  expect(await refused({ concludedOn: addDays(today, 1) })).toEqual(['BAD_USER_INPUT', 'concludedOn']);
  expect(await refused({ concludedOn: addDays(today, -21) })).toEqual(['BAD_USER_INPUT', 'concludedOn']);
  expect(await refused({ note: 'x'.repeat(2_001) })).toEqual(['BAD_USER_INPUT', 'note']);
  expect(await refused({ note: 'a\u0000b' })).toEqual(['BAD_USER_INPUT', 'input.note']);
  expect(await refused({ litigationId: c.id })).toEqual(['BAD_USER_INPUT', 'litigationId']);
  expect((await refused({ outcome: 'APPEALED' }))[0]).toBe('BAD_USER_INPUT');
  expect((await refused({ litigationId: 'Litigation:999999' }))[0]).toBe('NOT_FOUND');
  // only the judicial bureau concludes
  for (const who of ['tax-officer', 'market-officer', 'police-officer', 'coordinator', 'enterprise']) {
    expect([who, codeOf(await conclude(who, { litigationId: fromCase.id, outcome: 'WITHDRAWN', concludedOn: today }))]).toEqual([who, 'FORBIDDEN']);
  }
  expect(await signals(H.uscc)).toHaveLength(2);

  // judgment: the lawsuit from the failed case is concluded, its case's timeline says so, its signal is gone
  const judged = data(await conclude('judicial-officer', { litigationId: fromCase.id, outcome: 'JUDGMENT', concludedOn: addDays(today, -1), note: ' 判决企业支付货款 ' }));
  expect(judged.litigation).toEqual({ id: fromCase.id, pending: false, outcome: 'JUDGMENT', concludedOn: addDays(today, -1), conclusionNote: '判决企业支付货款' });
  expect(judged.mediationCase.timeline.at(-1)).toEqual({ action: 'LITIGATION_CONCLUDED', status: 'FAILED', note: '清河区人民法院 (2026)苏0102民初9401号：判决结案；判决企业支付货款' });
  expect((await signals(H.uscc)).map((s) => [s.category, s.level, s.sourceId])).toEqual([['LITIGATION', 'LOW', own.id]]);
  // an illegal step: a concluded lawsuit is not concluded again (whatever the outcome)
  const again = await conclude('judicial-officer', { litigationId: fromCase.id, outcome: 'WITHDRAWN', concludedOn: today });
  expect(codeOf(again)).toBe('CONFLICT');
  expect(again.errors![0].message).toMatch(/concluded once/);

  // withdrawn, without a note and without a mediation behind it: no timeline, no signal left
  const withdrawn = data(await conclude('judicial-officer', { litigationId: own.id, outcome: 'WITHDRAWN', concludedOn: today }));
  expect(withdrawn).toEqual({ litigation: { id: own.id, pending: false, outcome: 'WITHDRAWN', concludedOn: today, conclusionNote: null }, mediationCase: null });
  expect(await signals(H.uscc)).toEqual([]);
  // the hub hears the change and reassesses: no judicial signal for H any more
  await until(async () => (await judicialInAssessment()).length === 0, 'the concluded lawsuits leave the risk assessment');

  // the record keeps both, concluded; other departments see the count, not the lawsuits
  const profile = `query($u: ID!) { enterprise(uscc: $u) { judicial { litigationCount litigations { id pending outcome concludedOn } } } }`;
  const asJudicial = (await hub.gql(profile, { u: H.uscc }, 'judicial-officer')).data.enterprise.judicial;
  expect(asJudicial.litigationCount).toBe(2);
  expect(asJudicial.litigations).toEqual(expect.arrayContaining([
    { id: fromCase.id, pending: false, outcome: 'JUDGMENT', concludedOn: addDays(today, -1) },
    { id: own.id, pending: false, outcome: 'WITHDRAWN', concludedOn: today },
  ]));
  const asTax = await hub.gql(profile, { u: H.uscc }, 'tax-officer');
  expect(asTax.data.enterprise.judicial).toEqual({ litigationCount: 2, litigations: null });
  expect(codeOf(asTax)).toBe('FORBIDDEN');
});

test('the demo: an earlier lawsuit of DEMO_ENTERPRISES[11] was concluded by judgment and does not signal', async () => {
  const L = `query($u: ID!) { enterprise(uscc: $u) { judicial { litigations { caseNo pending outcome concludedOn conclusionNote } riskSignals { category sourceId } } } }`;
  const judicial = (await hub.gql(L, { u: DEMO_ENTERPRISES[11].uscc }, 'coordinator')).data.enterprise.judicial;
  expect(judicial.litigations).toContainEqual({ caseNo: '(2025)苏0102民初5120号', pending: false, outcome: 'JUDGMENT', concludedOn: '2025-12-15', conclusionNote: '判决被告支付货款及利息' });
  expect(judicial.riskSignals.filter((s: any) => s.category === 'LITIGATION')).toHaveLength(1);
});

test('a case is opened for a request only if the hub lets the officer see it, and for the same enterprise', async () => {
  // a licence question led by market supervision: not the judicial bureau's to see
  const licence = await submit(hub, 'coordinator', { uscc: F.uscc, title: '营业执照变更争议', description: '股东之间对变更登记有争议。', category: 'licence', channel: 'HOTLINE' });
  expect(licence.leadDepartment.code).toBe('market');
  const input = { enterpriseUscc: F.uscc, issueId: licence.id, category: 'OTHER', subject: '股东争议' };
  const refused = await open('judicial-officer', input, 'id');
  expect(codeOf(refused)).toBe('FORBIDDEN');
  expect(refused.errors![0].message).toContain(licence.id);
  // once market asks the judicial bureau to assist (协办), the hub shows it the request: now it may
  await act.accept(hub, 'market-officer', licence.id);
  await act.refer(hub, 'market-officer', { issueId: licence.id, toDepartment: 'judicial', kind: 'ASSIST', reason: '股东纠纷需调解', idempotencyKey: `judicial-${licence.id}` });
  const opened = await open('judicial-officer', input, 'id issue { id title }');
  expect(opened.errors).toBeUndefined();
  expect(opened.data.openMediationCase.mediationCase.issue).toEqual({ id: licence.id, title: '营业执照变更争议' });
  // the request of another enterprise, and one that does not exist
  const wrong = await open('judicial-officer', { ...input, enterpriseUscc: E.uscc }, 'id');
  expect([codeOf(wrong), wrong.errors![0].extensions!.field]).toEqual(['BAD_USER_INPUT', 'enterpriseUscc']);
  expect(codeOf(await open('judicial-officer', { ...input, issueId: 'Issue:999999' }, 'id'))).toBe('NOT_FOUND');
});

test('one open case per hub request; a second officer racing to open it gets CONFLICT', async () => {
  const request = await submit(hub, 'coordinator', { uscc: F.uscc, title: '劳务费纠纷请求调解', description: '包工头与企业就劳务费结算产生争议。', category: 'labour_dispute', channel: 'HOTLINE' });
  const input = { enterpriseUscc: F.uscc, issueId: request.id, category: 'LABOUR', subject: '劳务费结算' };
  const results = await Promise.all([open('judicial-officer', input, 'id'), open('judicial-officer', input, 'id')]);
  expect(results.map(codeOf).sort()).toEqual(['CONFLICT', undefined]);
  const cases = await hub.gql(`query($id: ID!) { issue(id: $id) { mediationCases { id status } } }`, { id: request.id }, 'coordinator');
  expect(cases.data.issue.mediationCases).toHaveLength(1);
});

test('concurrent steps on one case: one escalation to the district and one closing win, the others are CONFLICT', async () => {
  const c = data(await open('judicial-officer', { enterpriseUscc: F.uscc, category: 'CONTRACT', grade: 'STREET', subject: '工程款争议' }, 'id grade')).mediationCase;
  expect(c.grade).toBe('STREET');
  const escalations = await Promise.all([escalate('judicial-officer', c.id, '甲'), escalate('judicial-officer', c.id, '乙')]);
  expect(escalations.map(codeOf).sort()).toEqual(['CONFLICT', undefined]);
  const closings = await Promise.all([close('judicial-officer', c.id, 'SETTLED', '和解'), close('judicial-officer', c.id, 'FAILED', '未和解')]);
  expect(closings.map(codeOf).sort()).toEqual(['CONFLICT', undefined]);
  const after = await hub.gql(`query($id: ID!) { mediationCase(id: $id) { grade status timeline { action } } }`, { id: c.id }, 'judicial-officer');
  expect(after.data.mediationCase.grade).toBe('DISTRICT');
  expect(after.data.mediationCase.timeline.map((s: any) => s.action)).toEqual(['OPENED', 'ESCALATED', expect.stringMatching(/^(SETTLED|FAILED)$/)]);
});

test('legal aid (法律援助): recorded, decided once; refusing needs a reason; other departments see the status only', async () => {
  const record = (input: Record<string, unknown>) =>
    hub.gql(`mutation($i: RecordLegalAidRequestInput!) { recordLegalAidRequest(input: $i) { legalAidRequest { id status category receivedOn applicant matter enterprise { uscc } } } }`, { i: input }, 'judicial-officer');
  const decide = (input: Record<string, unknown>, who = 'judicial-officer') =>
    hub.gql(`mutation($i: DecideLegalAidRequestInput!) { decideLegalAidRequest(input: $i) { legalAidRequest { id status decidedOn decisionReason } } }`, { i: input }, who);
  const req = data(await record({ enterpriseUscc: F.uscc, applicant: '陈某', category: 'WAGE_ARREARS', matter: '追索工资' })).legalAidRequest;
  expect(req).toMatchObject({ status: 'RECEIVED', category: 'WAGE_ARREARS', receivedOn: hub.clock.today(), applicant: '陈某', enterprise: { uscc: F.uscc } });
  expect(req.id).toMatch(/^LegalAidRequest:\d+$/);

  expect(codeOf(await decide({ legalAidRequestId: req.id, grant: false }))).toBe('BAD_USER_INPUT');
  const refusedAid = data(await decide({ legalAidRequestId: req.id, grant: false, reason: '不符合经济困难标准' })).legalAidRequest;
  expect(refusedAid).toEqual({ id: req.id, status: 'REFUSED', decidedOn: hub.clock.today(), decisionReason: '不符合经济困难标准' });
  expect(codeOf(await decide({ legalAidRequestId: req.id, grant: true }))).toBe('CONFLICT');
  expect(codeOf(await decide({ legalAidRequestId: 'LegalAidRequest:999999', grant: true }))).toBe('NOT_FOUND');
  expect(codeOf(await record({ enterpriseUscc: F.uscc, applicant: '', category: 'OTHER', matter: 'x' }))).toBe('BAD_USER_INPUT');

  const market = await hub.gql(`query($u: ID!) { enterprise(uscc: $u) { judicial { legalAidRequests { id status applicant } } } }`, { u: F.uscc }, 'market-officer');
  const seen = market.data.enterprise.judicial.legalAidRequests.find((r: any) => r.id === req.id);
  expect(seen).toEqual({ id: req.id, status: 'REFUSED', applicant: null });
  expect(market.errors!.every((e) => e.extensions!.code === 'FORBIDDEN')).toBe(true);

  const list = await hub.gql(`{ legalAidRequests(filter: { status: REFUSED }, first: 5) { edges { node { id status } } } }`, {}, 'judicial-officer');
  expect(list.data.legalAidRequests.edges.map((e: any) => e.node.id)).toContain(req.id);
  expect(codeOf(await hub.gql(`{ legalAidRequests { edges { node { id } } } }`, {}, 'market-officer'))).toBe('FORBIDDEN');
});

test('the work list is a connection filtered by status and grade; bad cursors are BAD_USER_INPUT', async () => {
  const page = await hub.gql(`{ mediationCases(filter: { status: OPEN }, first: 2) { totalCount edges { cursor node { id status } } pageInfo { hasNextPage endCursor } } }`, {}, 'coordinator');
  expect(page.errors).toBeUndefined();
  expect(page.data.mediationCases.edges).toHaveLength(2);
  expect(page.data.mediationCases.edges.every((e: any) => e.node.status === 'OPEN')).toBe(true);
  expect(page.data.mediationCases.pageInfo.hasNextPage).toBe(true);
  const next = await hub.gql(`query($a: String) { mediationCases(filter: { status: OPEN }, first: 2, after: $a) { edges { node { id } } } }`, { a: page.data.mediationCases.pageInfo.endCursor }, 'coordinator');
  const ids = [...page.data.mediationCases.edges, ...next.data.mediationCases.edges].map((e: any) => e.node.id);
  expect(new Set(ids).size).toBe(4);
  expect(codeOf(await hub.gql(`{ mediationCases(after: "bm90LWEtY3Vyc29y") { edges { node { id } } } }`, {}, 'judicial-officer'))).toBe('BAD_USER_INPUT');
  expect(codeOf(await hub.gql(`{ mediationCases { edges { node { id } } } }`, {}, 'tax-officer'))).toBe('FORBIDDEN');
});

test('entity references apply the same rules: no token is UNAUTHENTICATED, an enterprise sees only its own cases of a request', async () => {
  // its own enterprise: a case on E would show in the first test's signals when this one runs first
  const G = DEMO_ENTERPRISES[45];
  const request = await submit(hub, 'coordinator', { uscc: G.uscc, title: '加班费争议调解', description: '员工要求支付加班费。', category: 'labour_dispute', channel: 'HOTLINE' });
  data(await open('judicial-officer', { enterpriseUscc: G.uscc, issueId: request.id, category: 'LABOUR', subject: '加班费' }, 'id'));
  const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Issue { id mediationCases { status category } } } }`;
  const r = [{ __typename: 'Issue', id: request.id }];
  const anonymous = await callSubgraph(hub, 'judicial', { query, variables: { r } });
  expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  const tax = await callSubgraph(hub, 'judicial', { query, variables: { r }, authorization: `Bearer ${await hub.token('tax-officer')}` });
  expect(tax.body.data._entities[0].mediationCases).toEqual([{ status: 'OPEN', category: 'LABOUR' }]);
  // the enterprise user of another enterprise: the case is not listed
  const other = await callSubgraph(hub, 'judicial', { query, variables: { r }, authorization: `Bearer ${await hub.token('enterprise')}` });
  expect(other.body.data._entities[0].mediationCases).toEqual([]);
  const bad = await callSubgraph(hub, 'judicial', { query, variables: { r: [{ __typename: 'Issue', id: 'Issue:x' }] }, authorization: `Bearer ${await hub.token('tax-officer')}` });
  expect(bad.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
});

describe('no N+1: the judicial fields of a page of enterprises', () => {
  const PAGE = /* GraphQL */ `
    query Page($first: Int!) {
      enterprises(first: $first) {
        edges { node { uscc judicial {
          access openMediationCases mediationCaseCount litigationCount
          mediationCases { id grade status category openedOn description litigation { id } }
          litigations { id }
          riskSignals { category level observedAt detail }
        } } }
      }
    }`;
  const SUMMARY = /* GraphQL */ `
    query Page($first: Int!) {
      enterprises(first: $first) {
        edges { node { uscc judicial { access openMediationCases mediationCases { id grade status category openedOn } legalAidRequests { status } riskSignals { category level observedAt } } } }
      }
    }`;

  async function judicialStatements(query: string, first: number, who: string) {
    hub.resetQueryCounts();
    const res = await hub.gql(query, { first }, who);
    expect(res.errors).toBeUndefined();
    expect(res.data.enterprises.edges).toHaveLength(first);
    return { count: hub.queryCounts().judicial, edges: res.data.enterprises.edges };
  }

  test('50 enterprises cost the same few statements as 5, in full (coordinator) and as a summary (tax officer)', async () => {
    const small = await judicialStatements(PAGE, 5, 'coordinator');
    const large = await judicialStatements(PAGE, 50, 'coordinator');
    // cases and litigation by enterprise, lawsuits by case: one batch each; the risk rules once
    expect(large.count).toBe(small.count);
    expect(large.count).toBeLessThanOrEqual(4);
    // the batches really resolved: the demo's first enterprise has its two open cases
    const first = large.edges.find((e: any) => e.node.uscc === DEMO_ENTERPRISES[0].uscc).node.judicial;
    expect(first.openMediationCases).toBe(2);
    expect(first.mediationCases).toHaveLength(2);
    expect(large.edges.filter((e: any) => e.node.judicial.riskSignals.length > 0).length).toBeGreaterThan(10);

    // the case timelines (a list in a list: fewer enterprises, within the cost limit) are one more batch
    const TIMELINES = `query($first: Int!) { enterprises(first: $first) { edges { node { uscc judicial { mediationCases { id timeline { action } } } } } } }`;
    const few = await judicialStatements(TIMELINES, 2, 'coordinator');
    const more = await judicialStatements(TIMELINES, 20, 'coordinator');
    expect([few.count, more.count]).toEqual([2, 2]);
    expect(more.edges.flatMap((e: any) => e.node.judicial.mediationCases).every((c: any) => c.timeline.length >= 1)).toBe(true);

    const taxSmall = await judicialStatements(SUMMARY, 5, 'tax-officer');
    const taxLarge = await judicialStatements(SUMMARY, 50, 'tax-officer');
    expect(taxLarge.count).toBe(taxSmall.count);
    expect(taxLarge.count).toBeLessThanOrEqual(4);
  });
});

test('the demo: the hub\'s wage dispute lists the case opened for it, at the street grade, with legal aid asked', async () => {
  const res = await hub.gql(
    `{ issue(id: "Issue:4") { title enterprise { uscc } mediationCases { caseNo grade status category issue { id } legalAidRequests { status applicant } timeline { action } } } }`,
    {},
    'judicial-officer',
  );
  expect(res.errors).toBeUndefined();
  expect(res.data.issue).toEqual({
    title: '拖欠农民工工资引发纠纷',
    enterprise: { uscc: DEMO_ENTERPRISES[6].uscc },
    mediationCases: [{
      caseNo: '清调〔2026〕0601号', grade: 'STREET', status: 'OPEN', category: 'WAGE_ARREARS', issue: { id: 'Issue:4' },
      legalAidRequests: [{ status: 'RECEIVED', applicant: '王某等23名农民工' }], timeline: [{ action: 'OPENED' }, { action: 'ESCALATED' }],
    }],
  });
});

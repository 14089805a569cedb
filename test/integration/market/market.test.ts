import { DEMO_ENTERPRISES, demoUscc } from '../../../src/demo/district';
import { addDays } from '../../helpers/clock';
import { codeOf, ok } from '../../helpers/issues';
import { startTestHub, type TestHub } from '../../helpers/test-hub';

/** Market supervision (市场监管) as a working system: its writes, state machines, need-to-know and risk signals, through the gateway. */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

const INSPECTION = 'id date inspector result notes recordedAt';
const COMPLAINT = 'id receivedOn subject details status handlingSince closedOn outcome isOpen';
const LISTING = 'id listedOn reason removedOn removalReason isCurrent';
const PENALTY = 'id decisionNo decidedOn violation fine status statusChangedOn statusNote';

const M = {
  recordInspection: (who: string, i: object) => hub.gql(`mutation($i: RecordInspectionInput!) { recordInspection(input: $i) { inspection { ${INSPECTION} } } }`, { i }, who),
  recordComplaint: (who: string, i: object) => hub.gql(`mutation($i: RecordComplaintInput!) { recordComplaint(input: $i) { complaint { ${COMPLAINT} } } }`, { i }, who),
  changeComplaintStatus: (who: string, i: object) => hub.gql(`mutation($i: ChangeComplaintStatusInput!) { changeComplaintStatus(input: $i) { complaint { ${COMPLAINT} } } }`, { i }, who),
  addToAbnormalList: (who: string, i: object) => hub.gql(`mutation($i: AddToAbnormalListInput!) { addToAbnormalList(input: $i) { listing { ${LISTING} } } }`, { i }, who),
  removeFromAbnormalList: (who: string, i: object) => hub.gql(`mutation($i: RemoveFromAbnormalListInput!) { removeFromAbnormalList(input: $i) { listing { ${LISTING} } } }`, { i }, who),
  recordPenalty: (who: string, i: object) => hub.gql(`mutation($i: RecordPenaltyInput!) { recordPenalty(input: $i) { penalty { ${PENALTY} } } }`, { i }, who),
  changePenaltyStatus: (who: string, i: object) => hub.gql(`mutation($i: ChangePenaltyStatusInput!) { changePenaltyStatus(input: $i) { penalty { ${PENALTY} } } }`, { i }, who),
};
const data = (res: { data?: any; errors?: unknown }) => {
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return Object.values(res.data as object)[0] as any;
};
const fieldOf = (res: { errors?: { extensions?: Record<string, any> }[] }) => res.errors?.[0]?.extensions?.field?.replace(/^input\./, '');
const profile = (uscc: string, select: string, who: string) => hub.gql(`query($u: ID!) { enterprise(uscc: $u) { market { ${select} } } }`, { u: uscc }, who);

test('inspections: recorded by a market officer, listed newest first as a connection, confidential to market supervision', async () => {
  const E = DEMO_ENTERPRISES[45].uscc;
  const today = hub.clock.today();
  const first = data(await M.recordInspection('market-officer', { uscc: E, date: addDays(today, -3), inspector: ' 孙丽华 ', result: 'RECTIFICATION_REQUIRED', notes: '消防通道堵塞，责令整改。' })).inspection;
  expect(first).toMatchObject({ date: addDays(today, -3), inspector: '孙丽华', result: 'RECTIFICATION_REQUIRED', recordedAt: hub.clock.now().toISOString() });
  expect(first.id).toMatch(/^Inspection:\d+$/);
  const second = data(await M.recordInspection('market-officer', { uscc: E, date: today, inspector: '孙丽华', result: 'PASSED', notes: '复查：已整改。' })).inspection;

  const page1 = (await profile(E, `inspections(first: 1) { edges { node { id result } } pageInfo { hasNextPage endCursor } totalCount }`, 'market-officer')).data.enterprise.market.inspections;
  expect(page1.edges.map((e: any) => e.node.id)).toEqual([second.id]);
  expect(page1.pageInfo.hasNextPage).toBe(true);
  expect(page1.totalCount).toBe(3); // the seed's inspection of 2026-05-12 too
  const page2 = (await hub.gql(`query($u: ID!, $a: String) { enterprise(uscc: $u) { market { inspections(first: 1, after: $a) { edges { node { id } } } } } }`, { u: E, a: page1.pageInfo.endCursor }, 'market-officer')).data.enterprise.market.inspections;
  expect(page2.edges.map((e: any) => e.node.id)).toEqual([first.id]);
  // backward: the oldest (the seed's), then the one before it in list order
  const last = (await profile(E, `inspections(last: 1) { edges { node { id date } } pageInfo { hasPreviousPage startCursor } }`, 'market-officer')).data.enterprise.market.inspections;
  expect(last.edges[0].node.date).toBe('2026-05-12');
  expect(last.pageInfo.hasPreviousPage).toBe(true);
  const before = (await hub.gql(`query($u: ID!, $b: String) { enterprise(uscc: $u) { market { inspections(last: 5, before: $b) { edges { node { id } } } } } }`, { u: E, b: last.pageInfo.startCursor }, 'market-officer')).data.enterprise.market.inspections;
  expect(before.edges.map((e: any) => e.node.id)).toEqual([second.id, first.id]);
  expect(codeOf(await profile(E, 'inspections(first: 1, last: 1) { edges { cursor } }', 'market-officer'))).toBe('BAD_USER_INPUT');
  const badCursor = await hub.gql(`query($u: ID!) { enterprise(uscc: $u) { market { inspections(after: "eyJ4IjoxfQ") { edges { cursor } } } } }`, { u: E }, 'market-officer');
  expect(codeOf(badCursor)).toBe('BAD_USER_INPUT');

  const police = await profile(E, `access inspections { edges { node { notes } } }`, 'police-officer');
  expect(police.data.enterprise.market).toEqual({ access: 'SUMMARY', inspections: null });
  expect(police.errors!.map((e) => [e.extensions!.code, e.path!.join('.')])).toEqual([['FORBIDDEN', 'enterprise.market.inspections']]);

  const valid = { uscc: E, date: today, inspector: '孙丽华', result: 'PASSED', notes: '例行检查' };
  for (const [bad, field] of [
    [{ date: addDays(today, 1) }, 'date'], [{ inspector: '  ' }, 'inspector'], [{ notes: 'x'.repeat(5_001) }, 'notes'], [{ notes: 'a\u0000b' }, 'notes'], [{ uscc: '91320102XXXXXXXXXX' }, 'uscc'],
  ] as const) {
    const res = await M.recordInspection('market-officer', { ...valid, ...bad });
    expect([codeOf(res), fieldOf(res)]).toEqual(['BAD_USER_INPUT', field]);
  }
  expect(codeOf(await M.recordInspection('market-officer', { ...valid, result: 'GREAT' }))).toBe('BAD_USER_INPUT');
  // a well-formed USCC market supervision never registered
  expect(codeOf(await M.recordInspection('market-officer', { ...valid, uscc: demoUscc(500) }))).toBe('NOT_FOUND');
  expect((await profile(E, 'inspections { totalCount }', 'market-officer')).data.enterprise.market.inspections.totalCount).toBe(3);
});

test('complaints: RECEIVED → HANDLING → CLOSED or RECEIVED → DISMISSED; every other step is CONFLICT; other departments see only the open count', async () => {
  const E = DEMO_ENTERPRISES[45].uscc;
  const today = hub.clock.today();
  const c = data(await M.recordComplaint('market-officer', { uscc: E, receivedOn: today, subject: '预付卡退费纠纷', details: '门店停业，会员卡余额3200元无法退还。' })).complaint;
  expect(c).toMatchObject({ status: 'RECEIVED', isOpen: true, handlingSince: null, closedOn: null });
  expect(c.id).toMatch(/^Complaint:\d+$/);

  expect(codeOf(await M.changeComplaintStatus('market-officer', { complaintId: c.id, action: 'CLOSE', note: '已办结' }))).toBe('CONFLICT');
  const handling = data(await M.changeComplaintStatus('market-officer', { complaintId: c.id, action: 'START_HANDLING' })).complaint;
  expect(handling).toMatchObject({ status: 'HANDLING', handlingSince: today });
  expect(codeOf(await M.changeComplaintStatus('market-officer', { complaintId: c.id, action: 'START_HANDLING' }))).toBe('CONFLICT');
  expect(codeOf(await M.changeComplaintStatus('market-officer', { complaintId: c.id, action: 'DISMISS', note: '不属于受理范围' }))).toBe('CONFLICT');
  const noNote = await M.changeComplaintStatus('market-officer', { complaintId: c.id, action: 'CLOSE', note: '  ' });
  expect([codeOf(noNote), fieldOf(noNote)]).toEqual(['BAD_USER_INPUT', 'note']);

  const police = await profile(E, 'openComplaintCount complaints { edges { node { details } } }', 'police-officer');
  expect(police.data.enterprise.market.openComplaintCount).toBe(1);
  expect(police.data.enterprise.market.complaints).toBeNull();
  expect(codeOf(police)).toBe('FORBIDDEN');
  expect(JSON.stringify(police)).not.toContain('3200');

  const closed = data(await M.changeComplaintStatus('market-officer', { complaintId: c.id, action: 'CLOSE', note: '经调解，退还余额。' })).complaint;
  expect(closed).toMatchObject({ status: 'CLOSED', isOpen: false, closedOn: today, outcome: '经调解，退还余额。' });
  expect(codeOf(await M.changeComplaintStatus('market-officer', { complaintId: c.id, action: 'START_HANDLING' }))).toBe('CONFLICT');

  const d = data(await M.recordComplaint('market-officer', { uscc: E, receivedOn: today, subject: '无关投诉', details: '与本企业无关。' })).complaint;
  expect(data(await M.changeComplaintStatus('market-officer', { complaintId: d.id, action: 'DISMISS', note: '被投诉人非本企业' })).complaint).toMatchObject({ status: 'DISMISSED', outcome: '被投诉人非本企业' });
  expect(codeOf(await M.changeComplaintStatus('market-officer', { complaintId: d.id, action: 'START_HANDLING' }))).toBe('CONFLICT');

  const list = (await profile(E, `openComplaintCount complaints(first: 10) { edges { node { id status } } }`, 'market-officer')).data.enterprise.market;
  expect(list.openComplaintCount).toBe(0);
  expect(list.complaints.edges.map((e: any) => e.node.id)).toEqual([d.id, c.id]); // newest first (same day: by id)

  // the officers' work list across enterprises: open ones only, newest first, with the enterprise from the hub
  const OPEN = `{ consumerComplaints(status: [RECEIVED, HANDLING], first: 100) { edges { node { id status enterprise { uscc name } } } } }`;
  const open = (await hub.gql(OPEN, {}, 'market-officer')).data.consumerComplaints.edges.map((e: any) => e.node);
  expect(open.length).toBeGreaterThan(3);
  expect(open.every((c: any) => ['RECEIVED', 'HANDLING'].includes(c.status) && c.enterprise.name)).toBe(true);
  expect(open.map((c: any) => c.id)).not.toContain(c.id);
  const all = (await hub.gql(`{ consumerComplaints(first: 100) { edges { node { id } } } }`, {}, 'coordinator')).data.consumerComplaints.edges.map((e: any) => e.node.id);
  expect(all).toEqual(expect.arrayContaining([c.id, d.id]));
  for (const who of ['police-officer', 'tax-officer', 'enterprise']) expect(codeOf(await hub.gql(OPEN, {}, who))).toBe('FORBIDDEN');

  for (const [id, code] of [['Penalty:1', 'BAD_USER_INPUT'], ['1', 'BAD_USER_INPUT'], ['Complaint:999999', 'NOT_FOUND']]) {
    expect(codeOf(await M.changeComplaintStatus('market-officer', { complaintId: id, action: 'START_HANDLING' }))).toBe(code);
  }
  expect(codeOf(await M.recordComplaint('market-officer', { uscc: E, receivedOn: addDays(today, 1), subject: 'x', details: 'y' }))).toBe('BAD_USER_INPUT');
});

test('abnormal-operation list: 列入 and 移出 with reason and date, never listed twice, history kept', async () => {
  const E = DEMO_ENTERPRISES[44].uscc; // the seed listed and removed it last year
  const today = hub.clock.today();
  const listed = data(await M.addToAbnormalList('market-officer', { uscc: E, date: addDays(today, -10), reason: '通过登记的住所无法联系' })).listing;
  expect(listed).toMatchObject({ listedOn: addDays(today, -10), reason: '通过登记的住所无法联系', removedOn: null, isCurrent: true });
  expect(listed.id).toMatch(/^AbnormalListing:\d+$/);

  const twice = await M.addToAbnormalList('market-officer', { uscc: E, date: today, reason: '重复列入' });
  expect(codeOf(twice)).toBe('CONFLICT');
  const early = await M.removeFromAbnormalList('market-officer', { uscc: E, date: addDays(today, -11), reason: '已联系' });
  expect([codeOf(early), fieldOf(early)]).toEqual(['BAD_USER_INPUT', 'date']);
  expect(codeOf(await M.removeFromAbnormalList('market-officer', { uscc: E, date: today, reason: ' ' }))).toBe('BAD_USER_INPUT');

  const removed = data(await M.removeFromAbnormalList('market-officer', { uscc: E, date: today, reason: '已依法办理住所变更登记' })).listing;
  expect(removed).toMatchObject({ id: listed.id, removedOn: today, removalReason: '已依法办理住所变更登记', isCurrent: false });
  expect(codeOf(await M.removeFromAbnormalList('market-officer', { uscc: E, date: today, reason: '再次移出' }))).toBe('CONFLICT');

  // the whole history, newest first, public to every department
  const seen = await profile(E, `isOnAbnormalList abnormalListings { ${LISTING} }`, 'tax-officer');
  expect(seen.errors).toBeUndefined();
  expect(seen.data.enterprise.market.isOnAbnormalList).toBe(false);
  expect(seen.data.enterprise.market.abnormalListings.map((l: any) => [l.listedOn, l.removedOn])).toEqual([[addDays(today, -10), today], ['2025-06-30', '2025-11-20']]);

  // two officers listing the same enterprise at once: one wins, the other is CONFLICT
  const F = DEMO_ENTERPRISES[48].uscc;
  const race = await Promise.all([0, 1].map(() => M.addToAbnormalList('market-officer', { uscc: F, date: today, reason: '未按规定公示年报' })));
  expect(race.map((r) => (r.errors ? codeOf(r) : 'OK')).sort()).toEqual(['CONFLICT', 'OK']);
  expect((await profile(F, 'isOnAbnormalList abnormalListings { id }', 'market-officer')).data.enterprise.market).toMatchObject({ isOnAbnormalList: true, abnormalListings: [expect.anything()] });
});

test('penalties: amounts as exact decimal strings; DECIDED → PAID | APPEALED → DECIDED | REVOKED, illegal steps CONFLICT', async () => {
  const E = DEMO_ENTERPRISES[46].uscc;
  const today = hub.clock.today();
  const base = { uscc: E, decidedOn: today, violation: '虚假宣传' };
  const p = data(await M.recordPenalty('market-officer', { ...base, decisionNo: '清市监罚〔T〕1号', fine: '12500.5' })).penalty;
  expect(p).toMatchObject({ fine: '12500.50', status: 'DECIDED', statusChangedOn: null });
  expect(p.id).toMatch(/^Penalty:\d+$/);

  for (const fine of ['-1', '1.234', '1e5', 'abc', '', '1000000000000', ' 12,000 ']) {
    const res = await M.recordPenalty('market-officer', { ...base, decisionNo: `清市监罚〔T〕bad`, fine });
    expect([fine, codeOf(res), fieldOf(res)]).toEqual([fine, 'BAD_USER_INPUT', 'fine']);
  }
  expect(codeOf(await M.recordPenalty('market-officer', { ...base, decisionNo: '清市监罚〔T〕1号', fine: '1.00' }))).toBe('CONFLICT');
  expect(data(await M.recordPenalty('market-officer', { ...base, decisionNo: '清市监罚〔T〕0号', fine: '0' })).penalty.fine).toBe('0.00');

  const paid = data(await M.changePenaltyStatus('market-officer', { penaltyId: p.id, action: 'PAY', note: '缴款书 No.1' })).penalty;
  expect(paid).toMatchObject({ status: 'PAID', statusChangedOn: today, statusNote: '缴款书 No.1' });
  for (const action of ['PAY', 'APPEAL', 'UPHOLD', 'REVOKE']) {
    expect(codeOf(await M.changePenaltyStatus('market-officer', { penaltyId: p.id, action }))).toBe('CONFLICT');
  }

  const q = data(await M.recordPenalty('market-officer', { ...base, decisionNo: '清市监罚〔T〕2号', fine: '80000' })).penalty;
  expect(codeOf(await M.changePenaltyStatus('market-officer', { penaltyId: q.id, action: 'UPHOLD' }))).toBe('CONFLICT');
  expect(data(await M.changePenaltyStatus('market-officer', { penaltyId: q.id, action: 'APPEAL' })).penalty.status).toBe('APPEALED');
  expect(codeOf(await M.changePenaltyStatus('market-officer', { penaltyId: q.id, action: 'PAY' }))).toBe('CONFLICT');
  expect(data(await M.changePenaltyStatus('market-officer', { penaltyId: q.id, action: 'UPHOLD' })).penalty.status).toBe('DECIDED');
  expect(data(await M.changePenaltyStatus('market-officer', { penaltyId: q.id, action: 'APPEAL' })).penalty.status).toBe('APPEALED');
  expect(data(await M.changePenaltyStatus('market-officer', { penaltyId: q.id, action: 'REVOKE', note: '复议撤销' })).penalty).toMatchObject({ status: 'REVOKED', statusNote: '复议撤销' });
  expect(codeOf(await M.changePenaltyStatus('market-officer', { penaltyId: q.id, action: 'APPEAL' }))).toBe('CONFLICT');

  const penalties = (await profile(E, `penaltyCount penalties { id fine status }`, 'market-officer')).data.enterprise.market;
  expect(penalties.penaltyCount).toBe(3);
  const other = await profile(E, `penaltyCount penalties { fine }`, 'judicial-officer');
  expect(other.data.enterprise.market).toEqual({ penaltyCount: 3, penalties: null });
  expect(JSON.stringify(other.data)).not.toContain('12500');
});

test('only market officers write market records: every other department, coordinators and the enterprise are FORBIDDEN, and nothing is written', async () => {
  const E = DEMO_ENTERPRISES[49].uscc;
  const today = hub.clock.today();
  const SUMMARY = 'isOnAbnormalList penaltyCount openComplaintCount inspections { totalCount } complaints { totalCount }';
  const before = (await profile(E, SUMMARY, 'market-officer')).data.enterprise.market;
  const writes: [keyof typeof M, object][] = [
    ['recordInspection', { uscc: E, date: today, inspector: '某人', result: 'PASSED', notes: '越权' }],
    ['recordComplaint', { uscc: E, receivedOn: today, subject: '越权', details: '越权' }],
    ['changeComplaintStatus', { complaintId: 'Complaint:1', action: 'START_HANDLING' }],
    ['addToAbnormalList', { uscc: E, date: today, reason: '越权' }],
    ['removeFromAbnormalList', { uscc: E, date: today, reason: '越权' }],
    ['recordPenalty', { uscc: E, decisionNo: '越权〔1〕', decidedOn: today, violation: '越权', fine: '1.00' }],
    ['changePenaltyStatus', { penaltyId: 'Penalty:1', action: 'PAY' }],
  ];
  for (const who of ['police-officer', 'police-admin', 'tax-officer', 'judicial-officer', 'coordinator', 'enterprise', 'auditor']) {
    for (const [name, input] of writes) {
      const res = await M[name](who, input);
      expect([who, name, codeOf(res)]).toEqual([who, name, 'FORBIDDEN']);
    }
  }
  expect((await profile(E, SUMMARY, 'market-officer')).data.enterprise.market).toEqual(before);
  expect(codeOf(await M.recordInspection('market-officer', { uscc: E, date: today, inspector: '孙丽华', result: 'PASSED', notes: '无' }))).toBeUndefined();
});

test('risk signals: category, level and day for everyone but the enterprise; details for market supervision and coordinators', async () => {
  const E = DEMO_ENTERPRISES[51].uscc; // no seeded market records
  const today = hub.clock.today();
  const SIGNALS = 'riskSignals { category level observedAt detail }';
  expect((await profile(E, SIGNALS, 'market-officer')).data.enterprise.market.riskSignals).toEqual([]);

  await ok(hub, `mutation($i: AddToAbnormalListInput!) { addToAbnormalList(input: $i) { listing { id } } }`, { i: { uscc: E, date: addDays(today, -5), reason: '未按规定报送年度报告' } }, 'market-officer');
  await ok(hub, `mutation($i: RecordPenaltyInput!) { recordPenalty(input: $i) { penalty { id } } }`, { i: { uscc: E, decisionNo: '清市监罚〔S〕1号', decidedOn: addDays(today, -2), violation: '无照经营', fine: '150000.00' } }, 'market-officer');
  for (const day of [-30, -20, -1]) {
    await ok(hub, `mutation($i: RecordComplaintInput!) { recordComplaint(input: $i) { complaint { id } } }`, { i: { uscc: E, receivedOn: addDays(today, day), subject: '投诉', details: '消费者投诉。' } }, 'market-officer');
  }
  // a complaint older than 90 days does not count
  await ok(hub, `mutation($i: RecordComplaintInput!) { recordComplaint(input: $i) { complaint { id } } }`, { i: { uscc: E, receivedOn: addDays(today, -120), subject: '旧投诉', details: '旧。' } }, 'market-officer');

  const expected = [
    { category: 'ABNORMAL_LISTING', level: 'MEDIUM', observedAt: addDays(today, -5) },
    { category: 'RECENT_PENALTY', level: 'MEDIUM', observedAt: addDays(today, -2) },
    { category: 'COMPLAINTS', level: 'MEDIUM', observedAt: addDays(today, -1) },
  ];
  for (const who of ['market-officer', 'coordinator']) {
    const signals = (await profile(E, SIGNALS, who)).data.enterprise.market.riskSignals;
    expect(signals).toEqual(expected.map((s) => ({ ...s, detail: expect.any(String) })));
    expect(signals[1].detail).toContain('150000.00');
    expect(signals[2].detail).toContain('3 complaints');
  }
  for (const who of ['police-officer', 'tax-officer', 'judicial-officer']) {
    const res = await profile(E, SIGNALS, who);
    expect(res.errors).toBeUndefined();
    expect(res.data.enterprise.market.riskSignals).toEqual(expected.map((s) => ({ ...s, detail: null })));
  }
  const own = await hub.gql(`query($u: ID!) { enterprise(uscc: $u) { market { ${SIGNALS} } } }`, { u: DEMO_ENTERPRISES[0].uscc }, 'enterprise');
  expect(own.data.enterprise.market.riskSignals).toBeNull();
  expect(codeOf(own)).toBe('FORBIDDEN');
});

import { DEMO_ENTERPRISES } from '../../../src/demo/district';
import { codeOf, police, VISIT_FIELDS } from '../../helpers/issues';
import { addDays } from '../../helpers/clock';
import { startTestHub, type TestHub } from '../../helpers/test-hub';

/** Visits (走访) recorded by liaison officers: date on the hub clock, texts checked, need-to-know on reading. */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

const E = DEMO_ENTERPRISES[36]; // QH-CD key enterprise, demo officer 李伟 (the police-officer account)
const RECORD = `mutation($i: RecordVisitInput!) { recordVisit(input: $i) { visit { id } } }`;
const PROFILE = `query($u: ID!) { enterprise(uscc: $u) { police { access visitCount lastVisitedOn visits { ${VISIT_FIELDS} } } } }`;

test('an officer records a visit dated today; police see it in full, other departments only its summary', async () => {
  const today = hub.clock.today();
  const visit = await police.recordVisit(hub, 'police-officer', {
    uscc: E.uscc,
    date: today,
    peopleMet: ' 总经理、安保主管 ',
    notes: '检查厂区安防设施，宣传反诈知识。',
    problemsFound: ['东侧围墙监控损坏', ' 夜间值守人员不足 '],
  });
  expect(visit).toMatchObject({
    date: today,
    peopleMet: '总经理、安保主管',
    problemsFound: ['东侧围墙监控损坏', '夜间值守人员不足'],
    officer: { id: 'Officer:320102001', name: '李伟' },
    recordedAt: hub.clock.now().toISOString(),
  });
  expect(visit.id).toMatch(/^Visit:\d+$/);

  for (const who of ['police-officer', 'coordinator']) {
    const res = await hub.gql(PROFILE, { u: E.uscc }, who);
    expect(res.errors).toBeUndefined();
    expect(res.data.enterprise.police.access).toBe('FULL');
    expect(res.data.enterprise.police.lastVisitedOn).toBe(today);
    expect(res.data.enterprise.police.visits[0]).toEqual(visit);
  }

  const market = await hub.gql(PROFILE, { u: E.uscc }, 'market-officer');
  expect(market.data.enterprise.police.access).toBe('SUMMARY');
  expect(market.data.enterprise.police.visits).toBeNull();
  expect(market.errors!.map((e) => [e.extensions!.code, e.path!.join('.')])).toEqual([['FORBIDDEN', 'enterprise.police.visits']]);
  expect(market.data.enterprise.police.lastVisitedOn).toBe(today);
  expect(market.data.enterprise.police.visitCount).toBeGreaterThanOrEqual(2);
  expect(JSON.stringify(market)).not.toContain('东侧围墙监控损坏');
});

test('a visit dated in the future, with bad texts, or by a non-police user is refused and nothing is written', async () => {
  const today = hub.clock.today();
  const valid = { uscc: E.uscc, date: today, peopleMet: '厂长', notes: '例行走访' };
  const before = (await hub.gql(PROFILE, { u: E.uscc }, 'police-officer')).data.enterprise.police.visitCount;

  const future = await hub.gql(RECORD, { i: { ...valid, date: addDays(today, 1) } }, 'police-officer');
  expect(codeOf(future)).toBe('BAD_USER_INPUT');
  expect(future.errors![0].extensions!.field).toBe('date');
  expect(codeOf(await hub.gql(RECORD, { i: { ...valid, date: '2026-02-30' } }, 'police-officer'))).toBe('BAD_USER_INPUT');
  expect(codeOf(await hub.gql(RECORD, { i: { ...valid, notes: '   ' } }, 'police-officer'))).toBe('BAD_USER_INPUT');
  expect(codeOf(await hub.gql(RECORD, { i: { ...valid, notes: 'x'.repeat(5_001) } }, 'police-officer'))).toBe('BAD_USER_INPUT');
  expect(codeOf(await hub.gql(RECORD, { i: { ...valid, peopleMet: 'a\u0000b' } }, 'police-officer'))).toBe('BAD_USER_INPUT');
  expect(codeOf(await hub.gql(RECORD, { i: { ...valid, problemsFound: ['ok', ''] } }, 'police-officer'))).toBe('BAD_USER_INPUT');
  expect(codeOf(await hub.gql(RECORD, { i: { ...valid, uscc: '91320102XXXXXXXXXX' } }, 'police-officer'))).toBe('BAD_USER_INPUT');
  // an enterprise that is not on any station's register of key enterprises
  expect(codeOf(await hub.gql(RECORD, { i: { ...valid, uscc: DEMO_ENTERPRISES[38].uscc } }, 'police-officer'))).toBe('NOT_FOUND');
  // other departments, coordinators, the enterprise, and a police account without an officer record
  for (const who of ['market-officer', 'coordinator', 'enterprise', 'police-admin']) {
    expect(codeOf(await hub.gql(RECORD, { i: valid }, who))).toBe('FORBIDDEN');
  }

  // yesterday is fine: visits are often written up the next day
  await police.recordVisit(hub, 'police-officer', { ...valid, date: addDays(today, -1) });
  const after = (await hub.gql(PROFILE, { u: E.uscc }, 'police-officer')).data.enterprise.police.visitCount;
  expect(after).toBe(before + 1);
});

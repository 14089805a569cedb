import { DEMO_ENTERPRISES, demoUscc } from '../../../src/demo/district';
import { addDays } from '../../helpers/clock';
import { codeOf } from '../../helpers/issues';
import { sql } from '../../helpers/sql';
import { callSubgraph } from '../../helpers/subgraph';
import { until } from '../../helpers/wait';
import { startTestHub, type TestHub } from '../../helpers/test-hub';

/** The tax bureau (税务) as a working system: ratings with history, arrears, filing compliance, need-to-know and risk signals, through the gateway. */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

const RATING = 'id year rating ratedOn reason revisions { id previousRating rating revisedOn reason }';
const ARREARS = 'id taxType amount since settledOn';
const FILING = 'id period dueOn status filedOn';
const T = {
  rate: (who: string, i: object) => hub.gql(`mutation($i: RateTaxCreditInput!) { rateTaxCredit(input: $i) { rating { ${RATING} } } }`, { i }, who),
  revise: (who: string, i: object) => hub.gql(`mutation($i: ReviseTaxCreditRatingInput!) { reviseTaxCreditRating(input: $i) { rating { ${RATING} } } }`, { i }, who),
  recordArrears: (who: string, i: object) => hub.gql(`mutation($i: RecordTaxArrearsInput!) { recordTaxArrears(input: $i) { arrears { ${ARREARS} } } }`, { i }, who),
  settle: (who: string, i: object) => hub.gql(`mutation($i: SettleTaxArrearsInput!) { settleTaxArrears(input: $i) { arrears { ${ARREARS} } } }`, { i }, who),
  recordFiling: (who: string, i: object) => hub.gql(`mutation($i: RecordTaxFilingInput!) { recordTaxFiling(input: $i) { filing { ${FILING} } } }`, { i }, who),
  lateFiling: (who: string, i: object) => hub.gql(`mutation($i: RecordLateFilingInput!) { recordLateFiling(input: $i) { filing { ${FILING} } } }`, { i }, who),
};
const data = (res: { data?: any; errors?: unknown }) => {
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return Object.values(res.data as object)[0] as any;
};
const fieldOf = (res: { errors?: { extensions?: Record<string, any> }[] }) => res.errors?.[0]?.extensions?.field?.replace(/^input\./, '');
const profile = (uscc: string, select: string, who: string) => hub.gql(`query($u: ID!) { enterprise(uscc: $u) { tax { ${select} } } }`, { u: uscc }, who);

test('credit rating: one per enterprise and year (CONFLICT for a second); a re-rating changes the grade and keeps the history with its reason', async () => {
  const E = DEMO_ENTERPRISES[53].uscc;
  const today = hub.clock.today();
  const rated = data(await T.rate('tax-officer', { uscc: E, year: 2015, rating: 'B' })).rating;
  expect(rated).toMatchObject({ year: 2015, rating: 'B', ratedOn: today, reason: null, revisions: [] });
  expect(rated.id).toMatch(/^CreditRatingRecord:\d+$/);
  expect(codeOf(await T.rate('tax-officer', { uscc: E, year: 2015, rating: 'A' }))).toBe('CONFLICT');

  const currentYear = Number(today.slice(0, 4));
  for (const year of [currentYear, currentYear + 1, 2013]) {
    const res = await T.rate('tax-officer', { uscc: E, year, rating: 'A' });
    expect([year, codeOf(res), fieldOf(res)]).toEqual([year, 'BAD_USER_INPUT', 'year']);
  }
  expect(codeOf(await T.rate('tax-officer', { uscc: E, year: 2016, rating: 'E' }))).toBe('BAD_USER_INPUT');
  expect(codeOf(await T.rate('tax-officer', { uscc: demoUscc(500), year: 2016, rating: 'A' }))).toBe('NOT_FOUND');

  expect(codeOf(await T.revise('tax-officer', { uscc: E, year: 2015, rating: 'B', reason: '复核' }))).toBe('CONFLICT');
  expect(codeOf(await T.revise('tax-officer', { uscc: E, year: 2017, rating: 'C', reason: '复核' }))).toBe('CONFLICT');
  const noReason = await T.revise('tax-officer', { uscc: E, year: 2015, rating: 'C', reason: ' ' });
  expect([codeOf(noReason), fieldOf(noReason)]).toEqual(['BAD_USER_INPUT', 'reason']);

  data(await T.revise('tax-officer', { uscc: E, year: 2015, rating: 'C', reason: '补缴税款滞纳金未按期缴纳' }));
  const revised = data(await T.revise('tax-officer', { uscc: E, year: 2015, rating: 'D', reason: '查实偷税' })).rating;
  expect(revised).toMatchObject({ id: rated.id, rating: 'D', reason: '查实偷税' });
  expect(revised.revisions.map((r: any) => [r.previousRating, r.rating, r.reason, r.revisedOn])).toEqual([
    ['B', 'C', '补缴税款滞纳金未按期缴纳', today],
    ['C', 'D', '查实偷税', today],
  ]);

  // others see the grades (summary) but not why (the reasons are the tax bureau's)
  const police = await profile(E, 'creditRatings { year rating revisions { reason } }', 'police-officer');
  expect(police.data.enterprise.tax.creditRatings.find((r: any) => r.year === 2015)).toEqual({ year: 2015, rating: 'D', revisions: null });
  expect(police.errors!.every((e) => e.extensions!.code === 'FORBIDDEN')).toBe(true);
  expect(JSON.stringify(police.data)).not.toContain('偷税');
});

test('arrears: amounts as exact decimal strings, settled once (CONFLICT twice), outstanding summed to the fen', async () => {
  const E = DEMO_ENTERPRISES[54].uscc; // no seeded arrears
  const today = hub.clock.today();
  const valid = { uscc: E, taxType: '增值税', amount: '0.10', since: addDays(today, -30) };
  const a = data(await T.recordArrears('tax-officer', valid)).arrears;
  expect(a).toMatchObject({ taxType: '增值税', amount: '0.10', since: addDays(today, -30), settledOn: null });
  expect(a.id).toMatch(/^Arrears:\d+$/);
  const b = data(await T.recordArrears('tax-officer', { ...valid, amount: '0.2' })).arrears;
  expect(b.amount).toBe('0.20');
  // 0.1 + 0.2 in floats is 0.30000000000000004: the decimal string is exact
  expect((await profile(E, 'hasOutstandingArrears outstandingArrears', 'tax-officer')).data.enterprise.tax).toEqual({ hasOutstandingArrears: true, outstandingArrears: '0.30' });

  for (const [bad, field] of [
    [{ amount: '0' }, 'amount'], [{ amount: '-5' }, 'amount'], [{ amount: '1.001' }, 'amount'], [{ amount: '1e3' }, 'amount'], [{ amount: 'NaN' }, 'amount'],
    [{ since: addDays(today, 1) }, 'since'], [{ taxType: '' }, 'taxType'], [{ taxType: 'x'.repeat(51) }, 'taxType'], [{ uscc: 'nope' }, 'uscc'],
  ] as const) {
    const res = await T.recordArrears('tax-officer', { ...valid, ...bad });
    expect([JSON.stringify(bad), codeOf(res), fieldOf(res)]).toEqual([JSON.stringify(bad), 'BAD_USER_INPUT', field]);
  }

  const early = await T.settle('tax-officer', { arrearsId: a.id, settledOn: addDays(today, -31) });
  expect([codeOf(early), fieldOf(early)]).toEqual(['BAD_USER_INPUT', 'settledOn']);
  expect(codeOf(await T.settle('tax-officer', { arrearsId: a.id, settledOn: addDays(today, 1) }))).toBe('BAD_USER_INPUT');
  expect(data(await T.settle('tax-officer', { arrearsId: a.id, settledOn: today })).arrears).toMatchObject({ id: a.id, settledOn: today });
  expect(codeOf(await T.settle('tax-officer', { arrearsId: a.id, settledOn: today }))).toBe('CONFLICT');
  expect(codeOf(await T.settle('tax-officer', { arrearsId: 'Complaint:1', settledOn: today }))).toBe('BAD_USER_INPUT');
  expect(codeOf(await T.settle('tax-officer', { arrearsId: 'Arrears:999999', settledOn: today }))).toBe('NOT_FOUND');
  expect((await profile(E, 'outstandingArrears', 'tax-officer')).data.enterprise.tax.outstandingArrears).toBe('0.20');

  // the officers' work list across enterprises: unsettled only, the longest-owed first
  const LIST = `{ outstandingTaxArrears(first: 100) { edges { node { id amount since settledOn enterprise { uscc name } } } } }`;
  const owed = (await hub.gql(LIST, {}, 'tax-officer')).data.outstandingTaxArrears.edges.map((e: any) => e.node);
  expect(owed.map((x: any) => x.id)).toContain(b.id);
  expect(owed.map((x: any) => x.id)).not.toContain(a.id);
  expect(owed.every((x: any) => x.settledOn === null && x.enterprise.name)).toBe(true);
  expect(owed.map((x: any) => x.since)).toEqual([...owed.map((x: any) => x.since)].sort());
  for (const who of ['police-officer', 'market-officer', 'enterprise']) expect(codeOf(await hub.gql(LIST, {}, who))).toBe('FORBIDDEN');

  // two officers settling the same arrears at once: one wins, the other is CONFLICT
  const race = await Promise.all([0, 1].map(() => T.settle('tax-officer', { arrearsId: b.id, settledOn: today })));
  expect(race.map((r) => (r.errors ? codeOf(r) : 'OK')).sort()).toEqual(['CONFLICT', 'OK']);
  expect((await profile(E, 'hasOutstandingArrears outstandingArrears', 'tax-officer')).data.enterprise.tax).toEqual({ hasOutstandingArrears: false, outstandingArrears: '0.00' });
});

test('filing compliance: one record per period; missed only after the deadline; a missed filing made good once', async () => {
  const E = DEMO_ENTERPRISES[57].uscc; // every seeded filing on time
  const today = hub.clock.today();
  const lastYear = Number(today.slice(0, 4)) - 1;
  const missed = data(await T.recordFiling('tax-officer', { uscc: E, period: `${lastYear}-q1` })).filing;
  expect(missed).toMatchObject({ period: `${lastYear}-Q1`, dueOn: `${lastYear}-04-15`, status: 'MISSED', filedOn: null });
  expect(codeOf(await T.recordFiling('tax-officer', { uscc: E, period: `${lastYear}-Q1`, filedOn: `${lastYear}-04-10` }))).toBe('CONFLICT');

  const onTime = data(await T.recordFiling('tax-officer', { uscc: E, period: `${lastYear}-Q2`, filedOn: `${lastYear}-07-15` })).filing;
  expect(onTime).toMatchObject({ status: 'FILED', dueOn: `${lastYear}-07-15` });
  const late = data(await T.recordFiling('tax-officer', { uscc: E, period: `${lastYear}-Q3`, filedOn: `${lastYear}-10-16` })).filing;
  expect(late.status).toBe('FILED_LATE');
  const december = data(await T.recordFiling('tax-officer', { uscc: E, period: `${lastYear}-12`, filedOn: `${lastYear + 1}-01-15` })).filing;
  expect(december).toMatchObject({ status: 'FILED', dueOn: `${lastYear + 1}-01-15` });

  // the current month's deadline has not passed: it cannot be missed yet
  const notYet = await T.recordFiling('tax-officer', { uscc: E, period: today.slice(0, 7) });
  expect([codeOf(notYet), fieldOf(notYet)]).toEqual(['BAD_USER_INPUT', 'filedOn']);
  for (const period of ['2026-13', '2026-Q5', '26-01', '1999-01', '2026/01', '']) {
    const res = await T.recordFiling('tax-officer', { uscc: E, period });
    expect([period, codeOf(res), fieldOf(res)]).toEqual([period, 'BAD_USER_INPUT', 'period']);
  }
  // filed before the period ended
  expect(codeOf(await T.recordFiling('tax-officer', { uscc: E, period: `${lastYear}-11`, filedOn: `${lastYear}-11-20` }))).toBe('BAD_USER_INPUT');

  expect((await profile(E, 'missedFilingCount', 'police-officer')).data.enterprise.tax.missedFilingCount).toBe(1);
  expect(codeOf(await T.lateFiling('tax-officer', { filingId: onTime.id, filedOn: today }))).toBe('CONFLICT');
  expect(codeOf(await T.lateFiling('tax-officer', { filingId: missed.id, filedOn: `${lastYear}-04-01` }))).toBe('BAD_USER_INPUT');
  expect(data(await T.lateFiling('tax-officer', { filingId: missed.id, filedOn: today })).filing).toMatchObject({ status: 'FILED_LATE', filedOn: today });
  expect(codeOf(await T.lateFiling('tax-officer', { filingId: missed.id, filedOn: today }))).toBe('CONFLICT');

  const own = (await profile(E, `missedFilingCount filings(first: 2) { edges { node { period status } } totalCount }`, 'tax-officer')).data.enterprise.tax;
  expect(own.missedFilingCount).toBe(0);
  expect(own.filings.totalCount).toBe(7); // the seed's three months and the four above
  const other = await profile(E, 'filings { totalCount }', 'market-officer');
  expect(other.data.enterprise.tax.filings).toBeNull();
  expect(codeOf(other)).toBe('FORBIDDEN');
});

test('a police officer sees the tax summary and signals without amounts; the tax officer and coordinators see the amounts; the enterprise no signals', async () => {
  const E = DEMO_ENTERPRISES[50].uscc; // 2025 rating A, no seeded arrears, all seeded filings on time
  const today = hub.clock.today();
  const SIGNALS = 'riskSignals { category level observedAt detail }';
  expect((await profile(E, SIGNALS, 'tax-officer')).data.enterprise.tax.riskSignals).toEqual([]);

  data(await T.recordArrears('tax-officer', { uscc: E, taxType: '企业所得税', amount: '123456.78', since: addDays(today, -60) }));
  data(await T.revise('tax-officer', { uscc: E, year: 2025, rating: 'D', reason: '虚开发票' }));
  const lastYear = Number(today.slice(0, 4)) - 1;
  for (const q of ['Q1', 'Q2']) data(await T.recordFiling('tax-officer', { uscc: E, period: `${lastYear}-${q}` }));

  const police = await profile(E, `access creditRating hasOutstandingArrears missedFilingCount ${SIGNALS} outstandingArrears arrears { amount }`, 'police-officer');
  expect(police.data.enterprise.tax).toEqual({
    access: 'SUMMARY',
    creditRating: 'D',
    hasOutstandingArrears: true,
    missedFilingCount: 2,
    riskSignals: [
      { category: 'ARREARS_OUTSTANDING', level: 'HIGH', observedAt: addDays(today, -60), detail: null },
      { category: 'CREDIT_RATING', level: 'HIGH', observedAt: today, detail: null },
      { category: 'MISSED_FILINGS', level: 'MEDIUM', observedAt: `${lastYear}-07-15`, detail: null },
    ],
    outstandingArrears: null,
    arrears: null,
  });
  expect(police.errors!.map((e) => [e.path!.join('.'), e.extensions!.code]).sort()).toEqual([
    ['enterprise.tax.arrears', 'FORBIDDEN'],
    ['enterprise.tax.outstandingArrears', 'FORBIDDEN'],
  ]);
  expect(JSON.stringify(police)).not.toMatch(/123456|虚开/);

  for (const who of ['tax-officer', 'coordinator']) {
    const full = await profile(E, `outstandingArrears ${SIGNALS}`, who);
    expect(full.errors).toBeUndefined();
    expect(full.data.enterprise.tax.outstandingArrears).toBe('123456.78');
    expect(full.data.enterprise.tax.riskSignals.map((s: any) => s.detail)).toEqual([
      expect.stringContaining('123456.78 yuan'), 'Rated D for 2025', expect.stringContaining(`${lastYear}-Q1, ${lastYear}-Q2`),
    ]);
  }
  // the enterprise sees its own tax records (FULL) but no risk signals at all
  const own = await hub.gql(`query($u: ID!) { enterprise(uscc: $u) { tax { creditRating ${SIGNALS} } } }`, { u: DEMO_ENTERPRISES[0].uscc }, 'enterprise');
  expect(own.data.enterprise.tax).toEqual({ creditRating: 'A', riskSignals: null });
  expect(codeOf(own)).toBe('FORBIDDEN');
});

test('only tax officers write tax records: every other department, coordinators and the enterprise are FORBIDDEN, and nothing is written', async () => {
  const E = DEMO_ENTERPRISES[56].uscc;
  const today = hub.clock.today();
  const SUMMARY = 'creditRatings { year rating } hasOutstandingArrears missedFilingCount filings { totalCount }';
  const before = (await profile(E, SUMMARY, 'tax-officer')).data.enterprise.tax;
  const writes: [keyof typeof T, object][] = [
    ['rate', { uscc: E, year: 2016, rating: 'A' }],
    ['revise', { uscc: E, year: 2025, rating: 'D', reason: '越权' }],
    ['recordArrears', { uscc: E, taxType: '增值税', amount: '1.00', since: today }],
    ['settle', { arrearsId: 'Arrears:1', settledOn: today }],
    ['recordFiling', { uscc: E, period: '2020-01' }],
    ['lateFiling', { filingId: 'TaxFiling:1', filedOn: today }],
  ];
  for (const who of ['police-officer', 'police-admin', 'market-officer', 'judicial-officer', 'coordinator', 'enterprise', 'auditor']) {
    for (const [name, input] of writes) {
      const res = await T[name](who, input);
      expect([who, name, codeOf(res)]).toEqual([who, name, 'FORBIDDEN']);
    }
  }
  expect((await profile(E, SUMMARY, 'tax-officer')).data.enterprise.tax).toEqual(before);
  // a tax administrator may write (officers and administrators of the department)
  const admin = await hub.token('tax-officer', { roles: ['DEPT_ADMIN'] });
  expect(codeOf(await T.rate(admin, { uscc: E, year: 2016, rating: 'A' }))).toBeUndefined();
});

test('entity references straight to the subgraphs (`_entities`) apply the same rules: summary without amounts, no signals for the enterprise, no other enterprise', async () => {
  const E = DEMO_ENTERPRISES[5].uscc; // seeded: rating C, arrears owed, August missed
  const direct = async (subgraph: 'tax' | 'market', select: string, who: 'police-officer' | 'enterprise' | 'tax-officer', uscc = E) =>
    (
      await callSubgraph(hub, subgraph, {
        query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Enterprise { ${select} } } }`,
        variables: { r: [{ __typename: 'Enterprise', uscc }] },
        authorization: `Bearer ${await hub.token(who)}`,
      })
    ).body;
  const police = await direct('tax', 'tax { creditRating riskSignals { category level detail } outstandingArrears }', 'police-officer');
  expect(police.data._entities[0].tax).toMatchObject({ creditRating: 'C', outstandingArrears: null });
  expect(police.data._entities[0].tax.riskSignals.map((s: any) => [s.category, s.level, s.detail])).toEqual([
    ['ARREARS_OUTSTANDING', 'MEDIUM', null], ['CREDIT_RATING', 'MEDIUM', null], ['MISSED_FILINGS', 'LOW', null],
  ]);
  expect(police.errors.map((e: any) => e.extensions.code)).toEqual(['FORBIDDEN']);
  const taxOfficer = await direct('tax', 'tax { riskSignals { detail } outstandingArrears }', 'tax-officer');
  expect(taxOfficer.errors).toBeUndefined();
  expect(taxOfficer.data._entities[0].tax.outstandingArrears).toBe('37500.00');

  // the enterprise user: its own signals are refused, another enterprise not resolved at all
  const own = await direct('market', 'market { riskSignals { category } }', 'enterprise', DEMO_ENTERPRISES[0].uscc);
  expect(own.errors.map((e: any) => e.extensions.code)).toEqual(['FORBIDDEN']);
  const other = await direct('market', 'market { isOnAbnormalList }', 'enterprise');
  expect(other.errors.map((e: any) => e.extensions.code)).toEqual(['FORBIDDEN']);
  expect(other.data?._entities?.[0]?.market ?? null).toBeNull();
});

test('every tax write leaves an audit row (安全审计), refused ones with their code', async () => {
  const E = DEMO_ENTERPRISES[58].uscc;
  const today = hub.clock.today();
  data(await T.recordArrears('tax-officer', { uscc: E, taxType: '印花税', amount: '88.00', since: today }));
  await T.recordArrears('police-officer', { uscc: E, taxType: '印花税', amount: '88.00', since: today });
  await until(async () => (await sql(`select count(*)::int as n from tax.audit_log where operation = 'Mutation.recordTaxArrears'`))[0].n >= 2, 'two audit rows');
  const rows = await sql(`select result, user_id, department from tax.audit_log where operation = 'Mutation.recordTaxArrears' order by seq`);
  expect(rows.slice(-2)).toEqual([
    { result: 'OK', user_id: 'u-tax-wu', department: 'tax' },
    { result: 'FORBIDDEN', user_id: 'u-police-li', department: 'police' },
  ]);
});

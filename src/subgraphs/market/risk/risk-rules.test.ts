import { RiskLevel } from '../../../shared/risk';
import { DEFAULT_MARKET_RULES, signalsOf, type Facts } from '../records/market-signals';
import { MarketRiskCondition } from './risk-rule.entity';

const facts = (over: Partial<Facts>): Facts => ({
  uscc: 'U', listed_on: null, listed_reason: null, penalties: '0', penalty_latest: null, penalty_fines: null, complaints: '0', complaint_latest: null, open_complaints: '0', ...over,
});
const brief = (f: Facts, rules = DEFAULT_MARKET_RULES) => signalsOf(f, rules).map((s) => [s.category, s.level]);

test('the default rules are the former code rules', () => {
  expect(brief(facts({ listed_on: '2026-06-30', listed_reason: 'r' }))).toEqual([['ABNORMAL_LISTING', 'MEDIUM']]);
  const penalties = (n: number, fines: string) => brief(facts({ penalties: String(n), penalty_latest: '2026-04-20', penalty_fines: fines }))[0][1];
  expect([penalties(1, '5000'), penalties(2, '5000'), penalties(1, '100000'), penalties(3, '5000'), penalties(1, '500000')]).toEqual(['LOW', 'MEDIUM', 'MEDIUM', 'HIGH', 'HIGH']);
  const complaints = (n: number) => brief(facts({ complaints: String(n), complaint_latest: '2026-09-01' }))[0][1];
  expect([1, 2, 3, 9, 10].map(complaints)).toEqual(['LOW', 'LOW', 'MEDIUM', 'MEDIUM', 'HIGH']);
});

test('edited rules change the outcome; a rule at NONE raises no signal', () => {
  const rules = DEFAULT_MARKET_RULES.map((r) =>
    r.condition === MarketRiskCondition.ABNORMAL_LISTING ? { ...r, level: RiskLevel.HIGH } : r.condition === MarketRiskCondition.COMPLAINTS ? { ...r, level: RiskLevel.NONE } : r);
  expect(brief(facts({ listed_on: '2026-06-30', listed_reason: 'r', complaints: '1', complaint_latest: '2026-09-01' }), rules)).toEqual([['ABNORMAL_LISTING', 'HIGH']]);
});

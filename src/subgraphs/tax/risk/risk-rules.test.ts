import { RiskLevel } from '../../../shared/risk';
import { DEFAULT_TAX_RULES, signalsOf, type Facts } from '../credit/tax-signals';
import { TaxRiskCondition } from './risk-rule.entity';
import { checkTaxRule } from './risk.service';

const facts = (over: Partial<Facts>): Facts => ({
  uscc: 'U', arrears_fen: null, arrears_since: null, arrears_count: '0', rating: null, rating_year: null, rated_on: null, missed: '0', missed_latest: null, missed_periods: null, ...over,
});
const brief = (f: Facts, rules = DEFAULT_TAX_RULES) => signalsOf(f, rules).map((s) => [s.category, s.level]);

test('the default rules are the former code rules', () => {
  expect(brief(facts({ arrears_count: '1', arrears_fen: '9999999', arrears_since: '2026-01-01' }))).toEqual([['ARREARS_OUTSTANDING', 'MEDIUM']]);
  expect(brief(facts({ arrears_count: '2', arrears_fen: '10000000', arrears_since: '2026-01-01' }))).toEqual([['ARREARS_OUTSTANDING', 'HIGH']]);
  expect(brief(facts({ rating: 'C', rating_year: 2025, rated_on: '2026-04-20' }))).toEqual([['CREDIT_RATING', 'MEDIUM']]);
  expect(brief(facts({ rating: 'B', rating_year: 2025, rated_on: '2026-04-20' }))).toEqual([]);
  expect([1, 2, 3].map((n) => brief(facts({ missed: String(n), missed_latest: '2026-08-15', missed_periods: 'x' }))[0][1])).toEqual(['LOW', 'MEDIUM', 'HIGH']);
});

test('edited rules change the outcome; a rule at NONE raises no signal', () => {
  const rules = DEFAULT_TAX_RULES.map((r) =>
    r.condition === TaxRiskCondition.ARREARS_LARGE ? { ...r, threshold: 1000 } : r.condition === TaxRiskCondition.RATING_C ? { ...r, level: RiskLevel.NONE } : r);
  expect(brief(facts({ arrears_count: '1', arrears_fen: '100000', arrears_since: '2026-01-01', rating: 'C', rating_year: 2025, rated_on: '2026-04-20' }), rules)).toEqual([['ARREARS_OUTSTANDING', 'HIGH']]);
});

test('rule checks name the field', () => {
  expect(() => checkTaxRule({ condition: TaxRiskCondition.RATING_D, level: RiskLevel.HIGH, threshold: 1 }, 2)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ field: 'rules[2].threshold' }) }));
  expect(() => checkTaxRule({ condition: TaxRiskCondition.MISSED_FILINGS, level: RiskLevel.LOW, threshold: 1001 }, 0)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ field: 'rules[0].threshold' }) }));
  expect(checkTaxRule({ condition: TaxRiskCondition.MISSED_FILINGS, level: RiskLevel.LOW, threshold: 4 }, 0)).toEqual({ condition: 'MISSED_FILINGS', level: 'LOW', threshold: 4 });
});

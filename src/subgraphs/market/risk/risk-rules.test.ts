import { RiskLevel } from '../../../shared/risk';
import { DEFAULT_MARKET_RULES, signalsOf, type Facts } from '../records/market-signals';
import { MarketRiskCondition } from './risk-rule.entity';
import { checkMarketRule } from './risk.service';

const TODAY = '2026-09-28';
const facts = (over: Partial<Facts>): Facts => ({ uscc: 'U', listed_on: null, listed_reason: null, penalties: [], complaints: [], ...over });
const penalties = (n: number, fine: string, on = '2026-04-20') => Array.from({ length: n }, () => ({ on, fine }));
const complaints = (n: number, on = '2026-09-01') => Array.from({ length: n }, () => ({ on, open: true }));
const brief = (f: Facts, rules = DEFAULT_MARKET_RULES) => signalsOf(f, TODAY, rules).map((s) => [s.category, s.level]);
const withRule = (condition: MarketRiskCondition, change: object, rules = DEFAULT_MARKET_RULES) => rules.map((r) => (r.condition === condition ? { ...r, ...change } : r));

test('the default rules are the former code rules', () => {
  expect(brief(facts({ listed_on: '2026-06-30', listed_reason: 'r' }))).toEqual([['ABNORMAL_LISTING', 'MEDIUM']]);
  const penaltyLevel = (n: number, fine: string) => brief(facts({ penalties: penalties(n, fine) }))[0][1];
  expect([penaltyLevel(1, '5000'), penaltyLevel(2, '5000'), penaltyLevel(1, '100000'), penaltyLevel(3, '5000'), penaltyLevel(1, '500000')]).toEqual(['LOW', 'MEDIUM', 'MEDIUM', 'HIGH', 'HIGH']);
  expect([1, 2, 3, 9, 10].map((n) => brief(facts({ complaints: complaints(n) }))[0][1])).toEqual(['LOW', 'LOW', 'MEDIUM', 'MEDIUM', 'HIGH']);
  // the default windows: 365 days for penalties, 90 for complaints
  const [signal] = signalsOf(facts({ penalties: [...penalties(1, '5000', '2026-04-20'), ...penalties(1, '5000', '2025-09-28')] }), TODAY);
  expect(signal).toMatchObject({ category: 'RECENT_PENALTY', level: 'LOW', observedAt: '2026-04-20', detail: '1 penalty in 365 days, fines 5000.00 yuan' });
  expect(brief(facts({ complaints: complaints(3, '2026-06-30') }))).toEqual([]);
  expect(brief(facts({ complaints: complaints(3, '2026-07-01') }))).toEqual([['COMPLAINTS', 'MEDIUM']]);
});

test('edited rules change the outcome; a rule at NONE raises no signal', () => {
  const rules = withRule(MarketRiskCondition.COMPLAINTS, { level: RiskLevel.NONE }, withRule(MarketRiskCondition.ABNORMAL_LISTING, { level: RiskLevel.HIGH }));
  expect(brief(facts({ listed_on: '2026-06-30', listed_reason: 'r', complaints: complaints(1) }), rules)).toEqual([['ABNORMAL_LISTING', 'HIGH']]);
});

test('each counting rule counts within its own window; the signal tells the longest window that raises a level', () => {
  // three complaints 60 days ago: MEDIUM in 90 days; with COMPLAINTS_MORE counting 30 days only LOW
  const old = complaints(3, '2026-07-30');
  expect(brief(facts({ complaints: old }))).toEqual([['COMPLAINTS', 'MEDIUM']]);
  expect(brief(facts({ complaints: old }), withRule(MarketRiskCondition.COMPLAINTS_MORE, { windowDays: 30 }))).toEqual([['COMPLAINTS', 'LOW']]);
  // every complaint rule at 30 days: none of them counts the old ones, no signal
  const short = DEFAULT_MARKET_RULES.map((r) => (r.condition.startsWith('COMPLAINTS') ? { ...r, windowDays: 30 } : r));
  expect(brief(facts({ complaints: old }), short)).toEqual([]);
  // penalties: a 730-day window counts last year's too
  const twoYears = [...penalties(1, '5000', '2026-04-20'), ...penalties(1, '5000', '2025-06-01')];
  const longer = withRule(MarketRiskCondition.PENALTIES_MORE, { windowDays: 730 });
  expect(signalsOf(facts({ penalties: twoYears }), TODAY, longer)[0]).toMatchObject({ level: 'MEDIUM', detail: '2 penalties in 730 days, fines 10000.00 yuan' });
});

test('rule checks name the field; a window left out is kept', () => {
  const field = (f: () => unknown) => {
    try {
      f();
    } catch (err) {
      return (err as { extensions: { code: string; field: string } }).extensions;
    }
    return null;
  };
  expect(field(() => checkMarketRule({ condition: MarketRiskCondition.ABNORMAL_LISTING, level: RiskLevel.HIGH, windowDays: 30 }, 1))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rules[1].windowDays' });
  expect(field(() => checkMarketRule({ condition: MarketRiskCondition.COMPLAINTS, level: RiskLevel.LOW, threshold: 1, windowDays: 0 }, 0))).toMatchObject({ field: 'rules[0].windowDays' });
  expect(field(() => checkMarketRule({ condition: MarketRiskCondition.COMPLAINTS, level: RiskLevel.LOW, threshold: 1, windowDays: 3661 }, 0))).toMatchObject({ field: 'rules[0].windowDays' });
  expect(checkMarketRule({ condition: MarketRiskCondition.COMPLAINTS, level: RiskLevel.LOW, threshold: 2 }, 0)).toEqual({ condition: 'COMPLAINTS', level: 'LOW', threshold: 2 });
  expect(checkMarketRule({ condition: MarketRiskCondition.COMPLAINTS, level: RiskLevel.LOW, threshold: 2, windowDays: 60 }, 0)).toEqual({ condition: 'COMPLAINTS', level: 'LOW', threshold: 2, windowDays: 60 });
  expect(checkMarketRule({ condition: MarketRiskCondition.ABNORMAL_LISTING, level: RiskLevel.LOW }, 0)).toEqual({ condition: 'ABNORMAL_LISTING', level: 'LOW', threshold: null, windowDays: null });
});

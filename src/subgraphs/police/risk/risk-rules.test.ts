import { RiskLevel } from '../../../shared/risk';
import { AlertCategory, AlertSeverity } from '../station/police-enums';
import { PoliceRiskCategory } from './risk.entity';
import { evaluatePoliceRules, longestWindowDays, type AlertFact, type RuleFact } from './risk-rules';

const NOW = new Date('2026-09-28T02:00:00Z');
const ago = (days: number) => new Date(NOW.getTime() - days * 86_400_000);
const alert = (days: number, severity = AlertSeverity.LOW, category = AlertCategory.DISPUTE): AlertFact => ({ uscc: 'U', occurredAt: ago(days), category, severity, summary: `alert ${days}` });
const rule = (r: Partial<RuleFact>): RuleFact => ({ category: PoliceRiskCategory.REPEATED_ALERTS, alertCategory: null, minSeverity: AlertSeverity.LOW, threshold: 3, windowDays: 90, level: RiskLevel.MEDIUM, ...r });

describe('evaluatePoliceRules', () => {
  const defaults = [
    rule({}),
    rule({ threshold: 5, level: RiskLevel.HIGH }),
    rule({ category: PoliceRiskCategory.SEVERE_ALERTS, minSeverity: AlertSeverity.HIGH, threshold: 1 }),
  ];

  test('below the threshold: no signal; at it: the rule\'s level, observed at the latest alert counted', () => {
    expect(evaluatePoliceRules('U', defaults, [alert(1), alert(2)], NOW)).toEqual([]);
    const [s] = evaluatePoliceRules('U', defaults, [alert(10), alert(2), alert(30)], NOW);
    expect(s).toMatchObject({ category: 'REPEATED_ALERTS', level: 'MEDIUM', observedAt: ago(2) });
    expect(s.details).toContain('3 alert(s) (DISPUTE/LOW×3)');
    expect(s.details).toContain('alert 2');
  });

  test('several rules of one category: the highest level that holds', () => {
    const alerts = [1, 2, 3, 4, 5].map((d) => alert(d));
    expect(evaluatePoliceRules('U', defaults, alerts, NOW).map((s) => [s.category, s.level])).toEqual([['REPEATED_ALERTS', 'HIGH']]);
  });

  test('the window is (now − windowDays, now]: older alerts and alerts after now do not count', () => {
    expect(evaluatePoliceRules('U', defaults, [alert(90), alert(91), alert(1), alert(-1)], NOW)).toEqual([]);
    expect(evaluatePoliceRules('U', defaults, [alert(89.9), alert(50), alert(1)], NOW)).toHaveLength(1);
  });

  test('severity and kind filters', () => {
    const severe = evaluatePoliceRules('U', defaults, [alert(3, AlertSeverity.MEDIUM), alert(4, AlertSeverity.CRITICAL)], NOW);
    expect(severe.map((s) => [s.category, s.level, s.observedAt])).toEqual([['SEVERE_ALERTS', 'MEDIUM', ago(4)]]);
    const fires = [rule({ alertCategory: AlertCategory.FIRE, threshold: 1, level: RiskLevel.LOW })];
    expect(evaluatePoliceRules('U', fires, [alert(1)], NOW)).toEqual([]);
    expect(evaluatePoliceRules('U', fires, [alert(1, AlertSeverity.LOW, AlertCategory.FIRE)], NOW)).toHaveLength(1);
  });

  test('no rules, no signals; the longest window bounds the read', () => {
    expect(evaluatePoliceRules('U', [], [alert(1), alert(2), alert(3)], NOW)).toEqual([]);
    expect(longestWindowDays(defaults)).toBe(90);
    expect(longestWindowDays([])).toBe(0);
  });
});

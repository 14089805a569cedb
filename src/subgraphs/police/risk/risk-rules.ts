import { maxRiskLevel, riskRank, RiskLevel } from '../../../shared/risk';
import type { AlertCategory, AlertSeverity } from '../station/police-enums';
import { AlertSeverity as Severity } from '../station/police-enums';
import type { PoliceRiskCategory } from './risk.entity';

export interface AlertFact {
  uscc: string;
  occurredAt: Date;
  category: AlertCategory;
  severity: AlertSeverity;
  summary: string;
}

export interface RuleFact {
  category: PoliceRiskCategory;
  alertCategory: AlertCategory | null;
  minSeverity: AlertSeverity;
  threshold: number;
  windowDays: number;
  level: RiskLevel;
}

export interface SignalFact {
  uscc: string;
  category: PoliceRiskCategory;
  level: RiskLevel;
  observedAt: Date;
  details: string;
}

const SEVERITIES = Object.values(Severity);
const DAY_MS = 86_400_000;

/** The longest window of the rules: how far back the alerts must be read. */
export const longestWindowDays = (rules: RuleFact[]) => rules.reduce((m, r) => Math.max(m, r.windowDays), 0);

/**
 * The police's signals for one enterprise at `now`, by the rules (pure: unit-tested). A rule holds
 * when at least `threshold` alerts of its kind and severity happened in (now − windowDays, now];
 * one signal per category, at the highest level among its rules that hold, observed at the latest
 * alert counted by those rules.
 */
export function evaluatePoliceRules(uscc: string, rules: RuleFact[], alerts: AlertFact[], now: Date): SignalFact[] {
  const byCategory = new Map<PoliceRiskCategory, { level: RiskLevel; counted: AlertFact[] }>();
  for (const rule of rules) {
    const from = now.getTime() - rule.windowDays * DAY_MS;
    const counted = alerts.filter(
      (a) =>
        a.occurredAt.getTime() > from &&
        a.occurredAt.getTime() <= now.getTime() &&
        (rule.alertCategory === null || a.category === rule.alertCategory) &&
        SEVERITIES.indexOf(a.severity) >= SEVERITIES.indexOf(rule.minSeverity),
    );
    if (counted.length < rule.threshold) continue;
    const held = byCategory.get(rule.category);
    if (!held) byCategory.set(rule.category, { level: rule.level, counted });
    else {
      held.level = maxRiskLevel([held.level, rule.level]);
      held.counted = [...new Set([...held.counted, ...counted])];
    }
  }
  return [...byCategory.entries()]
    .filter(([, s]) => riskRank(s.level) > 0)
    .map(([category, s]) => {
      const sorted = [...s.counted].sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime());
      const kinds = new Map<string, number>();
      for (const a of sorted) kinds.set(`${a.category}/${a.severity}`, (kinds.get(`${a.category}/${a.severity}`) ?? 0) + 1);
      const tally = [...kinds.entries()].map(([k, n]) => `${k}×${n}`).join(', ');
      return {
        uscc,
        category,
        level: s.level,
        observedAt: sorted[0].occurredAt,
        details: `${sorted.length} alert(s) (${tally}); latest ${sorted[0].occurredAt.toISOString()}: ${sorted[0].summary}`,
      };
    })
    .sort((a, b) => a.category.localeCompare(b.category));
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { hasRole, type Viewer } from '../../../shared/auth';
import type { Clock } from '../../../shared/clock';
import { badInput, forbidden } from '../../../shared/errors';
import { RiskLevel } from '../../../shared/risk';
import { isPoliceStaff, POLICE } from '../policy';
import { Alert } from '../station/station.entity';
import { AlertSeverity, type AlertCategory } from '../station/police-enums';
import { intIn } from '../validation';
import { syncSignalRows } from '../../../shared/risk-materialise';
import { WINDOW_DAYS_RANGE } from '../../../shared/risk-rules';
import { PoliceRiskRule, PoliceRiskSignalRow, type PoliceRiskCategory } from './risk.entity';
import { evaluatePoliceRules, longestWindowDays, type RuleFact } from './risk-rules';

export const MAX_RULES = 50;
/** Advisory lock: exclusive while the rules change, shared while one enterprise's signals are refreshed. */
export const RISK_RULES_LOCK = 'police:risk-rules';
export const THRESHOLD_RANGE = { min: 1, max: 1000 } as const;

export interface PoliceRiskRuleFields {
  category: PoliceRiskCategory;
  alertCategory?: AlertCategory | null;
  minSeverity?: AlertSeverity | null;
  threshold: number;
  windowDays: number;
  level: RiskLevel;
}

/** The rules are the police's own: only police administrators set them (coordinators included: not the joint meeting's call). */
export function assertMaySetPoliceRiskRules(v: Viewer): void {
  if (v.department === POLICE && hasRole(v, 'DEPT_ADMIN')) return;
  throw forbidden('Only administrators of the police department may set the police risk rules (风险规则).');
}

/** Police staff and coordinators read the rules (they explain the signals). */
export function assertMayReadPoliceRiskRules(v: Viewer): void {
  if (isPoliceStaff(v) || hasRole(v, 'COORDINATOR')) return;
  throw forbidden('The police risk rules are read by the police and joint-meeting coordinators only.');
}

/** Checks one rule of the input: BAD_USER_INPUT naming `rules[i].<field>`. */
export function checkRule(r: PoliceRiskRuleFields, i: number): RuleFact {
  const field = (f: string) => `rules[${i}].${f}`;
  if (r.level === RiskLevel.NONE) throw badInput('A rule must raise a level (LOW, MEDIUM or HIGH), not NONE: delete the rule instead.', field('level'));
  return {
    category: r.category,
    alertCategory: r.alertCategory ?? null,
    minSeverity: r.minSeverity ?? AlertSeverity.LOW,
    threshold: intIn(r.threshold, field('threshold'), THRESHOLD_RANGE.min, THRESHOLD_RANGE.max),
    windowDays: intIn(r.windowDays, field('windowDays'), WINDOW_DAYS_RANGE.min, WINDOW_DAYS_RANGE.max),
    level: r.level,
  };
}

/**
 * Rewrites the police's materialised signals of `usccs` (null: every enterprise) in the caller's
 * transaction, by the rules as they stand in it, as of `now`. Only changed rows are written, so only
 * real changes NOTIFY the hub. Three statements to read (rules, alerts in the longest window, the
 * rows), one per kind of change.
 */
export async function refreshPoliceSignals(tx: EntityManager, usccs: string[] | null, now: Date): Promise<number> {
  const rules = await tx.find(PoliceRiskRule, {}, { orderBy: { id: 'asc' } });
  const since = new Date(now.getTime() - longestWindowDays(rules) * 86_400_000);
  const alerts = rules.length
    ? await tx.find(Alert, { ...(usccs ? { uscc: { $in: usccs } } : {}), occurredAt: { $gt: since, $lte: now } })
    : [];
  const alertsOf = new Map<string, Alert[]>();
  for (const a of alerts) alertsOf.set(a.uscc, [...(alertsOf.get(a.uscc) ?? []), a]);
  // an enterprise without alerts in the window has no signal: its rows (if any) go
  const computed = [...alertsOf.entries()].flatMap(([uscc, of]) => evaluatePoliceRules(uscc, rules, of, now));
  return syncSignalRows(tx, PoliceRiskSignalRow, usccs, computed, (s) => s.category);
}

/** Sets the police risk rules (replacing them all, atomically) and reassesses every enterprise's police signals. */
export class PoliceRiskService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly clock: Clock,
  ) {}

  async setRules(input: PoliceRiskRuleFields[]): Promise<{ rules: PoliceRiskRule[]; signalsChanged: number }> {
    assertMaySetPoliceRiskRules(this.viewer);
    if (!Array.isArray(input) || input.length > MAX_RULES) throw badInput(`At most ${MAX_RULES} rules.`, 'rules');
    const facts = input.map(checkRule);
    const seen = new Set<string>();
    facts.forEach((f, i) => {
      const key = JSON.stringify([f.category, f.alertCategory, f.minSeverity, f.threshold, f.windowDays]);
      if (seen.has(key)) throw badInput(`rules[${i}] repeats an earlier rule with the same conditions.`, `rules[${i}]`);
      seen.add(key);
    });
    const now = this.clock();
    return this.em.transactional(async (tx) => {
      // one rule set at a time: two administrators saving at once end with one of the two sets, whole
      await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [RISK_RULES_LOCK]);
      await tx.nativeDelete(PoliceRiskRule, {});
      const rules = facts.map((f) => tx.create(PoliceRiskRule, { ...f, updatedAt: now, updatedByName: this.viewer.displayName }));
      await tx.flush();
      const signalsChanged = await refreshPoliceSignals(tx, null, now);
      return { rules, signalsChanged };
    });
  }

  async rules(): Promise<PoliceRiskRule[]> {
    assertMayReadPoliceRiskRules(this.viewer);
    return this.em.find(PoliceRiskRule, {}, { orderBy: { id: 'asc' } }); // in the order they were set
  }
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { dayInstant, syncSignalRows } from '../../../shared/risk-materialise';
import { checkRiskRule, type RiskRuleFields, type RiskRuleTable, WINDOW_DAYS_RANGE } from '../../../shared/risk-rules';
import { toHubDate } from '../../../shared/time-zone';
import { Litigation, MediationCase } from '../mediation/judicial.entity';
import { JUDICIAL } from '../policy';
import { JudicialRiskCondition, judicialRiskSignals, WINDOWED_CONDITIONS } from './risk-signals';
import { JudicialRiskRule, JudicialRiskSignalRow } from './risk.entity';

/** Advisory lock: held while the rules change (the whole-table rewrite of the signals under them). */
export const JUDICIAL_RULES_LOCK = 'judicial:risk-rules';

/**
 * Rewrites the judicial bureau's materialised signals of `usccs` (null: every enterprise with a case,
 * a lawsuit or a signal) in the caller's transaction, by the rule table as it stands in it, as of
 * `today`. Only changed rows are written (only real changes NOTIFY the hub).
 */
export async function refreshJudicialSignals(tx: EntityManager, usccs: string[] | null, today: string): Promise<number> {
  const where = usccs ? { uscc: { $in: usccs } } : {};
  // one after the other: a transaction is one connection (concurrent queries on it are deprecated in pg)
  const rules = await tx.find(JudicialRiskRule, {});
  const cases = await tx.find(MediationCase, where);
  const litigations = await tx.find(Litigation, where);
  const byUscc = new Map<string, { cases: MediationCase[]; litigations: Litigation[] }>();
  const of = (u: string) => byUscc.get(u) ?? byUscc.set(u, { cases: [], litigations: [] }).get(u)!;
  for (const c of cases) of(c.uscc).cases.push(c);
  for (const l of litigations) of(l.uscc).litigations.push(l);
  const computed = [...byUscc.values()].flatMap((r) =>
    judicialRiskSignals(r.cases, r.litigations, today, rules).map((s) => ({
      uscc: s.uscc, key: s.sourceId, category: s.category, level: s.level, observedAt: dayInstant(s.observedAt), details: s.detailText,
    })),
  );
  return syncSignalRows(tx, JudicialRiskSignalRow, usccs, computed);
}

/** The judicial bureau's rule table (`judicial.risk_rule`): a level per condition, a window for the failed cases. */
export const JUDICIAL_RULE_TABLE: RiskRuleTable<JudicialRiskCondition, JudicialRiskRule> = {
  entity: JudicialRiskRule,
  department: JUDICIAL,
  owner: 'the judicial bureau',
  conditions: Object.values(JudicialRiskCondition),
  params: { windowDays: Object.fromEntries(WINDOWED_CONDITIONS.map((c) => [c, WINDOW_DAYS_RANGE])) },
  lock: JUDICIAL_RULES_LOCK,
  rewrite: (tx, usccs, now) => refreshJudicialSignals(tx, usccs, toHubDate(now)),
};

/** Checks one rule of the input: BAD_USER_INPUT naming `rules[i].<field>`. */
export const checkJudicialRule = (r: RiskRuleFields<JudicialRiskCondition>, i: number) => checkRiskRule(JUDICIAL_RULE_TABLE, r, i);

import type { EntityManager } from '@mikro-orm/postgresql';
import { hasRole, type Viewer } from '../../../shared/auth';
import type { Clock } from '../../../shared/clock';
import { badInput, forbidden } from '../../../shared/errors';
import { RISK_LEVELS, type RiskLevel } from '../../../shared/risk';
import { dayInstant, syncSignalRows } from '../../../shared/risk-materialise';
import { taxSignalLoader } from '../credit/tax-signals';
import { Taxpayer } from '../credit/tax.entity';
import { TAX } from '../policy';
import { TAX_THRESHOLDS, TaxRiskCondition, TaxRiskRule } from './risk-rule.entity';
import { TaxRiskSignalRow } from './risk.entity';

/** Advisory lock: exclusive while the rules change, shared by every write that rewrites an enterprise's signals. */
export const TAX_RULES_LOCK = 'tax:risk-rules';

/**
 * Rewrites the tax bureau's materialised signals of `usccs` (null: every taxpayer) in the caller's
 * transaction, by the rule table as it stands in it (one statement for the facts, one for the rules).
 * Only changed rows are written.
 */
export async function refreshTaxSignals(tx: EntityManager, usccs: string[] | null): Promise<number> {
  const targets = usccs ?? (await tx.find(Taxpayer, {}, { fields: ['uscc'] })).map((t) => t.uscc);
  const signals = (await taxSignalLoader(tx).loadMany(targets)).flatMap((s) => {
    if (s instanceof Error) throw s;
    return s;
  });
  const computed = signals.map((s) => ({
    uscc: s.uscc, key: s.category, category: s.category, level: s.level as unknown as RiskLevel, observedAt: dayInstant(s.observedAt), details: s.detail ?? '',
  }));
  return syncSignalRows(tx, TaxRiskSignalRow, usccs, computed);
}

export interface TaxRiskRuleFields {
  condition: TaxRiskCondition;
  level: RiskLevel;
  threshold?: number | null;
}

/** Checks one rule of the input: BAD_USER_INPUT naming `rules[i].<field>`. */
export function checkTaxRule(r: TaxRiskRuleFields, i: number): { condition: TaxRiskCondition; level: RiskLevel; threshold: number | null } {
  const field = (f: string) => `rules[${i}].${f}`;
  if (!Object.values(TaxRiskCondition).includes(r.condition)) throw badInput('Unknown condition.', field('condition'));
  if (!RISK_LEVELS.includes(r.level)) throw badInput('Unknown level.', field('level'));
  const range = TAX_THRESHOLDS[r.condition];
  if (!range && r.threshold != null) throw badInput(`${r.condition} has no threshold: leave it out.`, field('threshold'));
  if (range && (r.threshold == null || !Number.isInteger(r.threshold) || r.threshold < range.min || r.threshold > range.max)) {
    throw badInput(`threshold must be a whole number from ${range.min} to ${range.max}.`, field('threshold'));
  }
  return { condition: r.condition, level: r.level, threshold: range ? r.threshold! : null };
}

const ORDER = Object.values(TaxRiskCondition);
const byCondition = (a: TaxRiskRule, b: TaxRiskRule) => ORDER.indexOf(a.condition) - ORDER.indexOf(b.condition);

/** Reads and sets the tax risk rules; a change reassesses every taxpayer's tax signals in its transaction. */
export class TaxRiskService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly clock: Clock,
  ) {}

  /** Sets the rules of the conditions given (the others keep theirs); each condition at most once. Tax administrators only. */
  async setRules(input: TaxRiskRuleFields[]): Promise<{ rules: TaxRiskRule[]; signalsChanged: number }> {
    if (!(this.viewer.department === TAX && hasRole(this.viewer, 'DEPT_ADMIN'))) {
      throw forbidden('Only administrators of the tax bureau may set the tax risk rules (风险规则).');
    }
    if (!Array.isArray(input) || input.length === 0 || input.length > ORDER.length) throw badInput('Give between one rule and one per condition.', 'rules');
    const facts = input.map(checkTaxRule);
    const seen = new Set<string>();
    facts.forEach((f, i) => {
      if (seen.has(f.condition)) throw badInput(`rules[${i}] repeats ${f.condition}.`, `rules[${i}].condition`);
      seen.add(f.condition);
    });
    const now = this.clock();
    return this.em.transactional(async (tx) => {
      await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [TAX_RULES_LOCK]);
      const rows = new Map((await tx.find(TaxRiskRule, {})).map((r) => [r.condition, r]));
      for (const f of facts) {
        const row = rows.get(f.condition) ?? tx.create(TaxRiskRule, { ...f, updatedAt: now, updatedByName: this.viewer.displayName });
        Object.assign(row, { level: f.level, threshold: f.threshold, updatedAt: now, updatedByName: this.viewer.displayName });
        rows.set(f.condition, row);
      }
      await tx.flush();
      const signalsChanged = await refreshTaxSignals(tx, null);
      return { rules: [...rows.values()].sort(byCondition), signalsChanged };
    });
  }

  async rules(): Promise<TaxRiskRule[]> {
    if (!((this.viewer.department === TAX && hasRole(this.viewer, 'OFFICER', 'DEPT_ADMIN')) || hasRole(this.viewer, 'COORDINATOR'))) {
      throw forbidden('The tax risk rules are read by the tax bureau and joint-meeting coordinators only.');
    }
    return (await this.em.find(TaxRiskRule, {})).sort(byCondition);
  }
}

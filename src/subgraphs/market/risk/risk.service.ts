import type { EntityManager } from '@mikro-orm/postgresql';
import { hasRole, type Viewer } from '../../../shared/auth';
import type { Clock } from '../../../shared/clock';
import { badInput, forbidden } from '../../../shared/errors';
import { RISK_LEVELS, type RiskLevel } from '../../../shared/risk';
import { dayInstant, syncSignalRows } from '../../../shared/risk-materialise';
import { marketSignalLoader } from '../records/market-signals';
import { Registration } from '../registration/registration.entity';
import { MARKET } from '../policy';
import { MARKET_THRESHOLDS, MarketRiskCondition, MarketRiskRule } from './risk-rule.entity';
import { MarketRiskSignalRow } from './risk.entity';

/** Advisory lock: exclusive while the rules change, shared by every write that rewrites an enterprise's signals. */
export const MARKET_RULES_LOCK = 'market:risk-rules';

/**
 * Rewrites market supervision's materialised signals of `usccs` (null: every registered enterprise) in the caller's
 * transaction, by the rule table as it stands in it (one statement for the facts, one for the rules).
 * Only changed rows are written.
 */
export async function refreshMarketSignals(tx: EntityManager, usccs: string[] | null, clock: Clock): Promise<number> {
  const targets = usccs ?? (await tx.find(Registration, {}, { fields: ['uscc'] })).map((t) => t.uscc);
  const signals = (await marketSignalLoader(tx, clock).loadMany(targets)).flatMap((s) => {
    if (s instanceof Error) throw s;
    return s;
  });
  const computed = signals.map((s) => ({
    uscc: s.uscc, key: s.category, category: s.category, level: s.level as unknown as RiskLevel, observedAt: dayInstant(s.observedAt), details: s.detail ?? '',
  }));
  return syncSignalRows(tx, MarketRiskSignalRow, usccs, computed);
}

export interface MarketRiskRuleFields {
  condition: MarketRiskCondition;
  level: RiskLevel;
  threshold?: number | null;
}

/** Checks one rule of the input: BAD_USER_INPUT naming `rules[i].<field>`. */
export function checkMarketRule(r: MarketRiskRuleFields, i: number): { condition: MarketRiskCondition; level: RiskLevel; threshold: number | null } {
  const field = (f: string) => `rules[${i}].${f}`;
  if (!Object.values(MarketRiskCondition).includes(r.condition)) throw badInput('Unknown condition.', field('condition'));
  if (!RISK_LEVELS.includes(r.level)) throw badInput('Unknown level.', field('level'));
  const range = MARKET_THRESHOLDS[r.condition];
  if (!range && r.threshold != null) throw badInput(`${r.condition} has no threshold: leave it out.`, field('threshold'));
  if (range && (r.threshold == null || !Number.isInteger(r.threshold) || r.threshold < range.min || r.threshold > range.max)) {
    throw badInput(`threshold must be a whole number from ${range.min} to ${range.max}.`, field('threshold'));
  }
  return { condition: r.condition, level: r.level, threshold: range ? r.threshold! : null };
}

const ORDER = Object.values(MarketRiskCondition);
const byCondition = (a: MarketRiskRule, b: MarketRiskRule) => ORDER.indexOf(a.condition) - ORDER.indexOf(b.condition);

/** Reads and sets the market risk rules; a change reassesses every enterprise's market signals in its transaction. */
export class MarketRiskService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly clock: Clock,
  ) {}

  /** Sets the rules of the conditions given (the others keep theirs); each condition at most once. Market administrators only. */
  async setRules(input: MarketRiskRuleFields[]): Promise<{ rules: MarketRiskRule[]; signalsChanged: number }> {
    if (!(this.viewer.department === MARKET && hasRole(this.viewer, 'DEPT_ADMIN'))) {
      throw forbidden('Only administrators of market supervision may set the market risk rules (风险规则).');
    }
    if (!Array.isArray(input) || input.length === 0 || input.length > ORDER.length) throw badInput('Give between one rule and one per condition.', 'rules');
    const facts = input.map(checkMarketRule);
    const seen = new Set<string>();
    facts.forEach((f, i) => {
      if (seen.has(f.condition)) throw badInput(`rules[${i}] repeats ${f.condition}.`, `rules[${i}].condition`);
      seen.add(f.condition);
    });
    const now = this.clock();
    return this.em.transactional(async (tx) => {
      await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [MARKET_RULES_LOCK]);
      const rows = new Map((await tx.find(MarketRiskRule, {})).map((r) => [r.condition, r]));
      for (const f of facts) {
        const row = rows.get(f.condition) ?? tx.create(MarketRiskRule, { ...f, updatedAt: now, updatedByName: this.viewer.displayName });
        Object.assign(row, { level: f.level, threshold: f.threshold, updatedAt: now, updatedByName: this.viewer.displayName });
        rows.set(f.condition, row);
      }
      await tx.flush();
      const signalsChanged = await refreshMarketSignals(tx, null, this.clock);
      return { rules: [...rows.values()].sort(byCondition), signalsChanged };
    });
  }

  async rules(): Promise<MarketRiskRule[]> {
    if (!((this.viewer.department === MARKET && hasRole(this.viewer, 'OFFICER', 'DEPT_ADMIN')) || hasRole(this.viewer, 'COORDINATOR'))) {
      throw forbidden('The market risk rules are read by market supervision and joint-meeting coordinators only.');
    }
    return (await this.em.find(MarketRiskRule, {})).sort(byCondition);
  }
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { syncCategorySignals } from '../../../shared/risk-materialise';
import { checkRiskRule, type RiskRuleFields, type RiskRuleTable } from '../../../shared/risk-rules';
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
 * Only changed rows are written. The tax rules have no time windows: no `now`.
 */
export async function refreshTaxSignals(tx: EntityManager, usccs: string[] | null): Promise<number> {
  return syncCategorySignals(tx, TaxRiskSignalRow, usccs, async () => (await tx.find(Taxpayer, {}, { fields: ['uscc'] })).map((t) => t.uscc), taxSignalLoader(tx));
}

/** The tax bureau's rule table (`tax.risk_rule`): an amount for large arrears, counts for missed filings. */
export const TAX_RULE_TABLE: RiskRuleTable<TaxRiskCondition, TaxRiskRule> = {
  entity: TaxRiskRule,
  department: TAX,
  owner: 'the tax bureau',
  conditions: Object.values(TaxRiskCondition),
  params: { threshold: TAX_THRESHOLDS },
  lock: TAX_RULES_LOCK,
  rewrite: refreshTaxSignals,
};

/** Checks one rule of the input: BAD_USER_INPUT naming `rules[i].<field>`. */
export const checkTaxRule = (r: RiskRuleFields<TaxRiskCondition>, i: number) => checkRiskRule(TAX_RULE_TABLE, r, i);

import type { EntityManager } from '@mikro-orm/postgresql';
import { syncCategorySignals } from '../../../shared/risk-materialise';
import { checkRiskRule, type RiskRuleFields, type RiskRuleTable } from '../../../shared/risk-rules';
import { marketSignalLoader } from '../records/market-signals';
import { Registration } from '../registration/registration.entity';
import { MARKET } from '../policy';
import { MARKET_THRESHOLDS, MARKET_WINDOWS, MarketRiskCondition, MarketRiskRule } from './risk-rule.entity';
import { MarketRiskSignalRow } from './risk.entity';

/** Advisory lock: exclusive while the rules change, shared by every write that rewrites an enterprise's signals. */
export const MARKET_RULES_LOCK = 'market:risk-rules';

/**
 * Rewrites market supervision's materialised signals of `usccs` (null: every registered enterprise) in the caller's
 * transaction, by the rule table as it stands in it, as of `now` (one statement for the facts, one for the rules).
 * Only changed rows are written.
 */
export async function refreshMarketSignals(tx: EntityManager, usccs: string[] | null, now: Date): Promise<number> {
  return syncCategorySignals(tx, MarketRiskSignalRow, usccs, async () => (await tx.find(Registration, {}, { fields: ['uscc'] })).map((r) => r.uscc), marketSignalLoader(tx, () => now));
}

/**
 * Market supervision's rule table (`market.risk_rule`): a count or an amount for the penalty and
 * complaint conditions, and their windows (left out of a change: kept).
 */
export const MARKET_RULE_TABLE: RiskRuleTable<MarketRiskCondition, MarketRiskRule> = {
  entity: MarketRiskRule,
  department: MARKET,
  owner: 'market supervision',
  conditions: Object.values(MarketRiskCondition),
  params: { threshold: MARKET_THRESHOLDS, windowDays: MARKET_WINDOWS },
  keep: ['windowDays'],
  lock: MARKET_RULES_LOCK,
  rewrite: refreshMarketSignals,
};

/** Checks one rule of the input: BAD_USER_INPUT naming `rules[i].<field>`. */
export const checkMarketRule = (r: RiskRuleFields<MarketRiskCondition>, i: number) => checkRiskRule(MARKET_RULE_TABLE, r, i);

import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { type ParamRange, RiskRuleColumns, RiskRuleFields, WINDOW_DAYS_RANGE } from '../../../shared/risk-rules';

/** The conditions a market-supervision risk rule (市场监管风险规则) sets a level for. */
export enum MarketRiskCondition {
  ABNORMAL_LISTING = 'ABNORMAL_LISTING',
  PENALTIES = 'PENALTIES',
  PENALTIES_MORE = 'PENALTIES_MORE',
  PENALTIES_MANY = 'PENALTIES_MANY',
  PENALTY_FINES = 'PENALTY_FINES',
  PENALTY_FINES_LARGE = 'PENALTY_FINES_LARGE',
  COMPLAINTS = 'COMPLAINTS',
  COMPLAINTS_MORE = 'COMPLAINTS_MORE',
  COMPLAINTS_MANY = 'COMPLAINTS_MANY',
}
registerEnumType(MarketRiskCondition, {
  name: 'MarketRiskCondition',
  description: 'What a market-supervision risk rule (市场监管风险规则) sets the level of.',
  valuesConfig: {
    ABNORMAL_LISTING: { description: 'On the abnormal-operation list (经营异常名录).' },
    PENALTIES: { description: 'At least `threshold` penalties (行政处罚) decided in the last `windowDays` days (default 365), not revoked.' },
    PENALTIES_MORE: { description: 'A second, higher count of recent penalties (`threshold`).' },
    PENALTIES_MANY: { description: 'A third, higher count of recent penalties (`threshold`).' },
    PENALTY_FINES: { description: 'Fines of the penalties in the last `windowDays` days adding up to at least `threshold` yuan.' },
    PENALTY_FINES_LARGE: { description: 'A second, higher sum of recent fines (`threshold` yuan).' },
    COMPLAINTS: { description: 'At least `threshold` complaints (消费者投诉) received in the last `windowDays` days (default 90), not dismissed.' },
    COMPLAINTS_MORE: { description: 'A second, higher count of recent complaints (`threshold`).' },
    COMPLAINTS_MANY: { description: 'A third, higher count of recent complaints (`threshold`).' },
  },
});

/** The conditions that need a threshold (a count, or yuan for fines), and its range. */
export const MARKET_THRESHOLDS: Partial<Record<MarketRiskCondition, ParamRange>> = {
  [MarketRiskCondition.PENALTIES]: { min: 1, max: 1000 },
  [MarketRiskCondition.PENALTIES_MORE]: { min: 1, max: 1000 },
  [MarketRiskCondition.PENALTIES_MANY]: { min: 1, max: 1000 },
  [MarketRiskCondition.PENALTY_FINES]: { min: 1, max: 1_000_000_000 },
  [MarketRiskCondition.PENALTY_FINES_LARGE]: { min: 1, max: 1_000_000_000 },
  [MarketRiskCondition.COMPLAINTS]: { min: 1, max: 1000 },
  [MarketRiskCondition.COMPLAINTS_MORE]: { min: 1, max: 1000 },
  [MarketRiskCondition.COMPLAINTS_MANY]: { min: 1, max: 1000 },
};

/** The conditions that count records within a window (penalties decided, complaints received in the last `windowDays` days): the counted ones. */
export const MARKET_WINDOWS: Partial<Record<MarketRiskCondition, ParamRange>> = Object.fromEntries(Object.keys(MARKET_THRESHOLDS).map((c) => [c, WINDOW_DAYS_RANGE]));

/**
 * A market-supervision risk rule (市场监管风险规则): the level a condition raises (NONE: none), from
 * which count or amount, counting which days back; data market supervision's administrators edit
 * (`setMarketRiskRules`), not code. One row per condition (migration defaults). Within a category
 * the highest level of the conditions that hold wins.
 */
@ObjectType('MarketRiskRule', { description: 'A market-supervision risk rule (市场监管风险规则): which level a listing, penalties or complaints raise, from which count or amount, within how many days.' })
@RiskRuleFields()
@Entity({ tableName: 'risk_rule' })
export class MarketRiskRule extends RiskRuleColumns {
  [OptionalProps]?: 'globalId' | 'threshold' | 'windowDays';

  @Field(() => ID, { name: 'id', description: 'Global id of the rule (`MarketRiskRule:<condition>`).' })
  get globalId(): string {
    return `MarketRiskRule:${this.condition}`;
  }

  @Field(() => MarketRiskCondition, { description: 'The condition the rule is about.' })
  @PrimaryKey({ type: 'text' })
  @Enum({ items: () => MarketRiskCondition })
  condition!: MarketRiskCondition;

  @Field(() => Int, { nullable: true, description: 'Count (PENALTIES*, COMPLAINTS*) or yuan (PENALTY_FINES*) from which it holds; null for ABNORMAL_LISTING.' })
  @Property({ type: 'integer', nullable: true })
  threshold: number | null = null;

  @Field(() => Int, { nullable: true, description: 'Window in days back from the day of assessment: penalties decided (PENALTIES*, PENALTY_FINES*) or complaints received (COMPLAINTS*) within it count; null for ABNORMAL_LISTING.' })
  @Property({ type: 'smallint', nullable: true })
  windowDays: number | null = null;
}

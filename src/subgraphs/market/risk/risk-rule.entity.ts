import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RiskLevel } from '../../../shared/risk';

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
    PENALTIES: { description: 'At least `threshold` penalties (行政处罚) in the last 365 days, not revoked.' },
    PENALTIES_MORE: { description: 'A second, higher count of recent penalties (`threshold`).' },
    PENALTIES_MANY: { description: 'A third, higher count of recent penalties (`threshold`).' },
    PENALTY_FINES: { description: 'Recent fines adding up to at least `threshold` yuan.' },
    PENALTY_FINES_LARGE: { description: 'A second, higher sum of recent fines (`threshold` yuan).' },
    COMPLAINTS: { description: 'At least `threshold` complaints (消费者投诉) in the last 90 days, not dismissed.' },
    COMPLAINTS_MORE: { description: 'A second, higher count of recent complaints (`threshold`).' },
    COMPLAINTS_MANY: { description: 'A third, higher count of recent complaints (`threshold`).' },
  },
});

/** The conditions that need a threshold (a count, or yuan for fines), and its range. */
export const MARKET_THRESHOLDS: Partial<Record<MarketRiskCondition, { min: number; max: number }>> = {
  [MarketRiskCondition.PENALTIES]: { min: 1, max: 1000 },
  [MarketRiskCondition.PENALTIES_MORE]: { min: 1, max: 1000 },
  [MarketRiskCondition.PENALTIES_MANY]: { min: 1, max: 1000 },
  [MarketRiskCondition.PENALTY_FINES]: { min: 1, max: 1_000_000_000 },
  [MarketRiskCondition.PENALTY_FINES_LARGE]: { min: 1, max: 1_000_000_000 },
  [MarketRiskCondition.COMPLAINTS]: { min: 1, max: 1000 },
  [MarketRiskCondition.COMPLAINTS_MORE]: { min: 1, max: 1000 },
  [MarketRiskCondition.COMPLAINTS_MANY]: { min: 1, max: 1000 },
};

/**
 * A market-supervision risk rule (市场监管风险规则): the level a condition raises (NONE: none), data
 * market supervision's administrators edit (`setMarketRiskRules`), not code. One row per condition (migration defaults).
 * Within a category the highest level of the conditions that hold wins.
 */
@ObjectType('MarketRiskRule', { description: 'A market-supervision risk rule (市场监管风险规则): which level a listing, penalties or complaints raise, and from which count or amount.' })
@Entity({ tableName: 'risk_rule' })
export class MarketRiskRule {
  [OptionalProps]?: 'globalId' | 'threshold';

  @Field(() => ID, { name: 'id', description: 'Global id of the rule (`MarketRiskRule:<condition>`).' })
  get globalId(): string {
    return `MarketRiskRule:${this.condition}`;
  }

  @Field(() => MarketRiskCondition, { description: 'The condition the rule is about.' })
  @PrimaryKey({ type: 'text' })
  @Enum({ items: () => MarketRiskCondition })
  condition!: MarketRiskCondition;

  @Field(() => RiskLevel, { description: 'Level of the signal when the condition holds (NONE: no signal).' })
  @Enum({ items: () => RiskLevel })
  level!: RiskLevel;

  @Field(() => Int, { nullable: true, description: 'Count (PENALTIES*, COMPLAINTS*) or yuan (PENALTY_FINES*) from which it holds; null for ABNORMAL_LISTING.' })
  @Property({ type: 'integer', nullable: true })
  threshold: number | null = null;

  @Field(() => Date, { description: 'When the rule was last set.' })
  @Property({ type: 'datetime' })
  updatedAt!: Date;

  @Field({ description: 'Name of the administrator who set it (系统默认 for the defaults).' })
  @Property({ type: 'string', length: 100 })
  updatedByName!: string;
}

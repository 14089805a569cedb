import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { type ParamRange, RiskRuleColumns, RiskRuleFields } from '../../../shared/risk-rules';

/** The conditions a tax risk rule (税务风险规则) sets a level for. */
export enum TaxRiskCondition {
  ARREARS = 'ARREARS',
  ARREARS_LARGE = 'ARREARS_LARGE',
  RATING_C = 'RATING_C',
  RATING_D = 'RATING_D',
  MISSED_FILINGS = 'MISSED_FILINGS',
  MISSED_FILINGS_MORE = 'MISSED_FILINGS_MORE',
  MISSED_FILINGS_MANY = 'MISSED_FILINGS_MANY',
}
registerEnumType(TaxRiskCondition, {
  name: 'TaxRiskCondition',
  description: 'What a tax risk rule (税务风险规则) sets the level of.',
  valuesConfig: {
    ARREARS: { description: 'Any arrears (欠税) outstanding.' },
    ARREARS_LARGE: { description: 'Outstanding arrears of at least `threshold` yuan.' },
    RATING_C: { description: 'The latest yearly credit rating is C.' },
    RATING_D: { description: 'The latest yearly credit rating is D.' },
    MISSED_FILINGS: { description: 'At least `threshold` filings still missed (逾期未申报).' },
    MISSED_FILINGS_MORE: { description: 'A second, higher count of missed filings (`threshold`).' },
    MISSED_FILINGS_MANY: { description: 'A third, higher count of missed filings (`threshold`).' },
  },
});

/** The conditions that need a threshold (yuan for arrears, a count for filings), and its range. */
export const TAX_THRESHOLDS: Partial<Record<TaxRiskCondition, ParamRange>> = {
  [TaxRiskCondition.ARREARS_LARGE]: { min: 1, max: 1_000_000_000 },
  [TaxRiskCondition.MISSED_FILINGS]: { min: 1, max: 1000 },
  [TaxRiskCondition.MISSED_FILINGS_MORE]: { min: 1, max: 1000 },
  [TaxRiskCondition.MISSED_FILINGS_MANY]: { min: 1, max: 1000 },
};

/**
 * A tax risk rule (税务风险规则): the level a condition raises (NONE: none), data the tax bureau's
 * administrators edit (`setTaxRiskRules`), not code. One row per condition (migration defaults).
 * Within a category the highest level of the conditions that hold wins.
 */
@ObjectType('TaxRiskRule', { description: 'A tax risk rule (税务风险规则): which level arrears, a rating or missed filings raise, and from which amount or count.' })
@RiskRuleFields()
@Entity({ tableName: 'risk_rule' })
export class TaxRiskRule extends RiskRuleColumns {
  [OptionalProps]?: 'globalId' | 'threshold';

  @Field(() => ID, { name: 'id', description: 'Global id of the rule (`TaxRiskRule:<condition>`).' })
  get globalId(): string {
    return `TaxRiskRule:${this.condition}`;
  }

  @Field(() => TaxRiskCondition, { description: 'The condition the rule is about.' })
  @PrimaryKey({ type: 'text' })
  @Enum({ items: () => TaxRiskCondition })
  condition!: TaxRiskCondition;

  @Field(() => Int, { nullable: true, description: 'Yuan (ARREARS_LARGE) or missed filings (MISSED_FILINGS*) from which it holds; null for the others.' })
  @Property({ type: 'integer', nullable: true })
  threshold: number | null = null;
}

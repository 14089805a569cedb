import { Entity, Enum, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { KeyedRiskSignalColumns } from '../../../shared/risk-materialise';
import { RiskRuleColumns, RiskRuleFields } from '../../../shared/risk-rules';
import { JudicialRiskCondition, JudicialSignalCategory } from './risk-signals';

/**
 * A judicial risk signal (司法风险信号), materialised: one row per case or lawsuit that signals (the
 * key: `MediationCase:<n>`, `Litigation:<n>`), rewritten for an enterprise in the transaction of
 * every write to its cases and lawsuits, on a rule change and by the refresh
 * (src/shared/risk-refresh.ts). Details: the case text.
 */
@Entity({ tableName: 'risk_signal' })
@Unique({ properties: ['uscc', 'key'] })
export class JudicialRiskSignalRow extends KeyedRiskSignalColumns {
  @Enum({ items: () => JudicialSignalCategory })
  category!: JudicialSignalCategory;
}

/**
 * A judicial risk rule (司法风险规则): the level a condition raises (NONE: none), data the bureau's
 * administrators edit (`setJudicialRiskRules`), not code. One row per condition (migration defaults).
 */
@ObjectType('JudicialRiskRule', { description: 'A judicial risk rule (司法风险规则): which level a kind of case or lawsuit raises, and for failed cases how long.' })
@RiskRuleFields()
@Entity({ tableName: 'risk_rule' })
export class JudicialRiskRule extends RiskRuleColumns {
  [OptionalProps]?: 'globalId' | 'windowDays';

  @Field(() => ID, { name: 'id', description: 'Global id of the rule (`JudicialRiskRule:<condition>`).' })
  get globalId(): string {
    return `JudicialRiskRule:${this.condition}`;
  }

  @Field(() => JudicialRiskCondition, { description: 'The condition the rule is about.' })
  @PrimaryKey({ type: 'text' })
  @Enum({ items: () => JudicialRiskCondition })
  condition!: JudicialRiskCondition;

  @Field(() => Int, { nullable: true, description: 'For failed cases: how many days after the failure it keeps signalling; null for the others.' })
  @Property({ type: 'smallint', nullable: true })
  windowDays: number | null = null;
}

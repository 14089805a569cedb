import { Entity, Enum, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { RiskLevel } from '../../../shared/risk';
import { JudicialRiskCondition, JudicialSignalCategory } from './risk-signals';

/**
 * A judicial risk signal (司法风险信号), materialised: one row per case or lawsuit that signals,
 * rewritten for an enterprise in the transaction of every write to its cases and lawsuits. The hub
 * reads it only through the view `judicial.risk_signal_for_hub` (no `details`); a trigger NOTIFYs
 * `liaison_risk_signals` on every change (migration), so the hub reassesses after the commit.
 */
@Entity({ tableName: 'risk_signal' })
@Unique({ properties: ['uscc', 'key'] })
export class JudicialRiskSignalRow {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  /** Global id of the record behind it (`MediationCase:<n>`, `Litigation:<n>`). */
  @Property({ type: 'string', length: 40 })
  key!: string;

  @Enum({ items: () => JudicialSignalCategory })
  category!: JudicialSignalCategory;

  @Enum({ items: () => RiskLevel })
  level!: RiskLevel;

  @Property({ type: 'datetime' })
  observedAt!: Date;

  /** Confidential to the judicial bureau: the case text. */
  @Property({ type: 'text' })
  details!: string;
}

/**
 * A judicial risk rule (司法风险规则): the level a condition raises (NONE: none), data the bureau's
 * administrators edit (`setJudicialRiskRules`), not code. One row per condition (migration defaults).
 */
@ObjectType('JudicialRiskRule', { description: 'A judicial risk rule (司法风险规则): which level a kind of case or lawsuit raises, and for failed cases how long.' })
@Entity({ tableName: 'risk_rule' })
export class JudicialRiskRule {
  [OptionalProps]?: 'globalId' | 'windowDays';

  @Field(() => ID, { name: 'id', description: 'Global id of the rule (`JudicialRiskRule:<condition>`).' })
  get globalId(): string {
    return `JudicialRiskRule:${this.condition}`;
  }

  @Field(() => JudicialRiskCondition, { description: 'The condition the rule is about.' })
  @PrimaryKey({ type: 'text' })
  @Enum({ items: () => JudicialRiskCondition })
  condition!: JudicialRiskCondition;

  @Field(() => RiskLevel, { description: 'Level of the signal when the condition holds (NONE: no signal).' })
  @Enum({ items: () => RiskLevel })
  level!: RiskLevel;

  @Field(() => Int, { nullable: true, description: 'For failed cases: how many days after the failure it keeps signalling; null for the others.' })
  @Property({ type: 'smallint', nullable: true })
  windowDays: number | null = null;

  @Field(() => Date, { description: 'When the rule was last set.' })
  @Property({ type: 'datetime' })
  updatedAt!: Date;

  @Field({ description: 'Name of the administrator who set it (系统默认 for the defaults).' })
  @Property({ type: 'string', length: 100 })
  updatedByName!: string;
}

import { Entity, Enum, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RiskLevel } from '../../../shared/risk';
import { RiskSignalColumns } from '../../../shared/risk-materialise';
import { AlertCategory, AlertSeverity } from '../station/police-enums';

/** The kinds of risk signal the police raise from their alerts (警情). */
export enum PoliceRiskCategory {
  REPEATED_ALERTS = 'REPEATED_ALERTS',
  SEVERE_ALERTS = 'SEVERE_ALERTS',
}
registerEnumType(PoliceRiskCategory, {
  name: 'PoliceRiskCategory',
  description: 'Kind of risk signal the police raise from their alerts (警情).',
  valuesConfig: {
    REPEATED_ALERTS: { description: 'Repeated alerts (多次警情): at least `threshold` alerts within the window.' },
    SEVERE_ALERTS: { description: 'Severe alerts (重大警情): alerts of at least the rule\'s minimum severity within the window.' },
  },
});

/**
 * A police risk rule (风险规则), data the police administrators edit (`setPoliceRiskRules`), not
 * code: "at least `threshold` alerts [of `alertCategory`] of at least `minSeverity` within
 * `windowDays` days raise a `category` signal of `level`". When several rules of one category hold,
 * the signal takes the highest level.
 */
@ObjectType('PoliceRiskRule', { description: 'A police risk rule (风险规则): how many alerts (警情), of which kind and severity, within how many days, raise which signal at which level.' })
@Entity({ tableName: 'risk_rule' })
export class PoliceRiskRule {
  [OptionalProps]?: 'globalId' | 'alertCategory' | 'minSeverity';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => ID, { name: 'id', description: 'Global id of the rule (`PoliceRiskRule:<n>`).' })
  get globalId(): string {
    return `PoliceRiskRule:${this.id}`;
  }

  @Field(() => PoliceRiskCategory, { description: 'The signal the rule raises.' })
  @Enum({ items: () => PoliceRiskCategory })
  category!: PoliceRiskCategory;

  @Field(() => AlertCategory, { nullable: true, description: 'Only alerts of this kind count; null: every kind.' })
  @Enum({ items: () => AlertCategory, nullable: true })
  alertCategory: AlertCategory | null = null;

  @Field(() => AlertSeverity, { description: 'Only alerts at least this serious count.' })
  @Enum({ items: () => AlertSeverity })
  minSeverity: AlertSeverity = AlertSeverity.LOW;

  @Field(() => Int, { description: 'How many counting alerts raise the signal.' })
  @Property({ type: 'smallint' })
  threshold!: number;

  @Field(() => Int, { description: 'Window in days, back from the moment of assessment.' })
  @Property({ type: 'smallint' })
  windowDays!: number;

  @Field(() => RiskLevel, { description: 'Level of the signal when the rule holds.' })
  @Enum({ items: () => RiskLevel })
  level!: RiskLevel;

  @Field(() => Date, { description: 'When the rule was last set.' })
  @Property({ type: 'datetime' })
  updatedAt!: Date;

  @Field({ description: 'Name of the administrator who set it.' })
  @Property({ type: 'string', length: 100 })
  updatedByName!: string;
}

/**
 * A police risk signal, materialised: one row per enterprise and category, rewritten for an
 * enterprise in the transaction that records an alert, for every enterprise when the rules change,
 * and by the refresh (src/shared/risk-refresh.ts). Details: counts and the latest alert's summary.
 */
@Entity({ tableName: 'risk_signal' })
@Unique({ properties: ['uscc', 'category'] })
export class PoliceRiskSignalRow extends RiskSignalColumns {
  @Enum({ items: () => PoliceRiskCategory })
  category!: PoliceRiskCategory;
}

import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { RiskLevel } from '../../../shared/risk';
import { TaxRiskCategory } from '../credit/tax-signals';

/**
 * A tax risk signal (税务风险信号), materialised: one row per enterprise and category, rewritten in
 * the transaction of every tax write about the enterprise. The hub reads it only through the view
 * `tax.risk_signal_for_hub` (no `details`); a trigger NOTIFYs `liaison_risk_signals` on every change.
 */
@Entity({ tableName: 'risk_signal' })
@Unique({ properties: ['uscc', 'key'] })
export class TaxRiskSignalRow {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  /** One signal per category: the category again. */
  @Property({ type: 'string', length: 40 })
  key!: string;

  @Enum({ items: () => TaxRiskCategory })
  category!: TaxRiskCategory;

  @Enum({ items: () => RiskLevel })
  level!: RiskLevel;

  @Property({ type: 'datetime' })
  observedAt!: Date;

  /** Confidential to the tax bureau: amounts, grades, periods. */
  @Property({ type: 'text' })
  details!: string;
}

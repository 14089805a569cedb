import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { RiskLevel } from '../../../shared/risk';
import { MarketRiskCategory } from '../records/market-signals';

/**
 * A market-supervision risk signal (市场监管风险信号), materialised: one row per enterprise and category, rewritten in
 * the transaction of every market-supervision write about the enterprise. The hub reads it only through the view
 * `market.risk_signal_for_hub` (no `details`); a trigger NOTIFYs `liaison_risk_signals` on every change.
 */
@Entity({ tableName: 'risk_signal' })
@Unique({ properties: ['uscc', 'key'] })
export class MarketRiskSignalRow {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  /** One signal per category: the category again. */
  @Property({ type: 'string', length: 40 })
  key!: string;

  @Enum({ items: () => MarketRiskCategory })
  category!: MarketRiskCategory;

  @Enum({ items: () => RiskLevel })
  level!: RiskLevel;

  @Property({ type: 'datetime' })
  observedAt!: Date;

  /** Confidential to market supervision: counts, amounts, the listing reason. */
  @Property({ type: 'text' })
  details!: string;
}

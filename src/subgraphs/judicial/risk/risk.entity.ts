import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { RiskLevel } from '../../../shared/risk';
import { JudicialSignalCategory } from './risk-signals';

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

import { Entity, Enum, Unique } from '@mikro-orm/core';
import { KeyedRiskSignalColumns } from '../../../shared/risk-materialise';
import { MarketRiskCategory } from '../records/market-signals';

/**
 * A market-supervision risk signal (市场监管风险信号), materialised: one row per enterprise and category
 * (the key), rewritten in the transaction of every market-supervision write about the enterprise, on a
 * rule change and by the refresh (src/shared/risk-refresh.ts). Details: counts, amounts, the listing reason.
 */
@Entity({ tableName: 'risk_signal' })
@Unique({ properties: ['uscc', 'key'] })
export class MarketRiskSignalRow extends KeyedRiskSignalColumns {
  @Enum({ items: () => MarketRiskCategory })
  category!: MarketRiskCategory;
}

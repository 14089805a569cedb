import { Entity, Enum, Unique } from '@mikro-orm/core';
import { KeyedRiskSignalColumns } from '../../../shared/risk-materialise';
import { TaxRiskCategory } from '../credit/tax-signals';

/**
 * A tax risk signal (税务风险信号), materialised: one row per enterprise and category (the key),
 * rewritten in the transaction of every tax write about the enterprise, on a rule change and by the
 * refresh (src/shared/risk-refresh.ts). Details: amounts, grades, periods.
 */
@Entity({ tableName: 'risk_signal' })
@Unique({ properties: ['uscc', 'key'] })
export class TaxRiskSignalRow extends KeyedRiskSignalColumns {
  @Enum({ items: () => TaxRiskCategory })
  category!: TaxRiskCategory;
}

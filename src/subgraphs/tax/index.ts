import { taxMigrations } from '../../../migrations/tax';
import type { SubgraphModule } from '../../shared/subgraph-server';
import { createTaxLoaders, type TaxLoaders } from './context';
import { Arrears, CreditRatingRecord, CreditRatingRevision, TaxFiling, Taxpayer } from './credit/tax.entity';
import { buildTaxSchema } from './schema';
import { TaxRiskSignalRow } from './risk/risk.entity';
import { TaxRiskRule } from './risk/risk-rule.entity';

/** tax (税务): yearly credit ratings and re-ratings, arrears, filing compliance, risk signals. */
export const taxSubgraph: SubgraphModule<TaxLoaders> = {
  name: 'tax',
  entities: [Taxpayer, CreditRatingRecord, CreditRatingRevision, Arrears, TaxFiling, TaxRiskSignalRow, TaxRiskRule],
  migrations: taxMigrations,
  buildSchema: buildTaxSchema,
  createLoaders: createTaxLoaders,
};

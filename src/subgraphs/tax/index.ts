import { taxMigrations } from '../../../migrations/tax';
import type { SubgraphModule } from '../../shared/subgraph-server';
import { createTaxLoaders, type TaxLoaders } from './context';
import { Arrears, CreditRatingRecord } from './credit/tax.entity';
import { buildTaxSchema } from './schema';

/** tax (税务): yearly credit ratings, arrears. */
export const taxSubgraph: SubgraphModule<TaxLoaders> = {
  name: 'tax',
  entities: [CreditRatingRecord, Arrears],
  migrations: taxMigrations,
  buildSchema: buildTaxSchema,
  createLoaders: createTaxLoaders,
};

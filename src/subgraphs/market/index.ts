import { marketMigrations } from '../../../migrations/market';
import type { SubgraphModule } from '../../shared/subgraph-server';
import { createMarketLoaders, type MarketLoaders } from './context';
import { AbnormalListing, Penalty, Registration } from './registration/registration.entity';
import { buildMarketSchema } from './schema';

/** market (市场监管): business registration, abnormal-operation listings, penalties. */
export const marketSubgraph: SubgraphModule<MarketLoaders> = {
  name: 'market',
  entities: [Registration, AbnormalListing, Penalty],
  migrations: marketMigrations,
  buildSchema: buildMarketSchema,
  createLoaders: createMarketLoaders,
};

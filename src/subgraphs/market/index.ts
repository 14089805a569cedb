import { marketMigrations } from '../../../migrations/market';
import type { SubgraphModule } from '../../shared/subgraph-server';
import { createMarketLoaders, type MarketLoaders } from './context';
import { Complaint, Inspection } from './records/records.entity';
import { AbnormalListing, Penalty, Registration } from './registration/registration.entity';
import { buildMarketSchema } from './schema';
import { MarketRiskSignalRow } from './risk/risk.entity';
import { MarketRiskRule } from './risk/risk-rule.entity';

/** market (市场监管): business registration, inspections, consumer complaints, abnormal-operation listings, penalties, risk signals. */
export const marketSubgraph: SubgraphModule<MarketLoaders> = {
  name: 'market',
  entities: [Registration, AbnormalListing, Penalty, Inspection, Complaint, MarketRiskSignalRow, MarketRiskRule],
  migrations: marketMigrations,
  buildSchema: buildMarketSchema,
  createLoaders: createMarketLoaders,
};

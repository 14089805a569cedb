import { marketMigrations } from '../../../migrations/market';
import type { SubgraphModule } from '../../shared/subgraph-server';
import { createMarketLoaders, type MarketLoaders } from './context';
import { Complaint, Inspection } from './records/records.entity';
import { AbnormalListing, Penalty, Registration } from './registration/registration.entity';
import { buildMarketSchema } from './schema';
import { startSignalRefresh, type SignalRefresh } from '../../shared/risk-refresh';
import { MARKET_RULES_LOCK, refreshMarketSignals } from './risk/risk.service';
import { MarketRiskSignalRow } from './risk/risk.entity';
import { MarketRiskRule } from './risk/risk-rule.entity';

/** market (市场监管): business registration, inspections, consumer complaints, abnormal-operation listings, penalties, risk signals. */
export const marketSubgraph: SubgraphModule<MarketLoaders> = {
  name: 'market',
  entities: [Registration, AbnormalListing, Penalty, Inspection, Complaint, MarketRiskSignalRow, MarketRiskRule],
  migrations: marketMigrations,
  buildSchema: buildMarketSchema,
  createLoaders: createMarketLoaders,
  // the refresh that materialises the market risk signals at start and re-evaluates them as penalties
  // and complaints leave the rules' windows (src/shared/risk-refresh.ts)
  startRuntime: async ({ orm, config, log, clock }): Promise<SignalRefresh> =>
    startSignalRefresh({ orm, log: log.child('risk'), clock, intervalMs: config.riskSweepIntervalMs, lock: MARKET_RULES_LOCK, rewrite: refreshMarketSignals }),
};

import { taxMigrations } from '../../../migrations/tax';
import type { SubgraphModule } from '../../shared/subgraph-server';
import { createTaxLoaders, type TaxLoaders } from './context';
import { Arrears, CreditRatingRecord, CreditRatingRevision, TaxFiling, Taxpayer } from './credit/tax.entity';
import { buildTaxSchema } from './schema';
import { TaxRiskSignalRow } from './risk/risk.entity';
import { refreshTaxSignals, TAX_RULES_LOCK } from './risk/risk.service';
import { startSignalRefresh, type SignalRefresh } from '../../shared/risk-refresh';
import { TaxRiskRule } from './risk/risk-rule.entity';

/** tax (税务): yearly credit ratings and re-ratings, arrears, filing compliance, risk signals. */
export const taxSubgraph: SubgraphModule<TaxLoaders> = {
  name: 'tax',
  entities: [Taxpayer, CreditRatingRecord, CreditRatingRevision, Arrears, TaxFiling, TaxRiskSignalRow, TaxRiskRule],
  migrations: taxMigrations,
  buildSchema: buildTaxSchema,
  createLoaders: createTaxLoaders,
  // the refresh that materialises the tax risk signals at start (the tax rules have no time windows:
  // the periodic passes only catch what a write outside the service, or a release, changed)
  startRuntime: async ({ orm, config, log, clock }): Promise<SignalRefresh> =>
    startSignalRefresh({ orm, log: log.child('risk'), clock, intervalMs: config.riskSweepIntervalMs, lock: TAX_RULES_LOCK, rewrite: refreshTaxSignals }),
};

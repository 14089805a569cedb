import { buildFederatedSchema } from '../../shared/federation';
import { Enterprise, enterpriseReference } from './external/enterprise.stub';
import { EnterpriseMarketResolver, MarketProfileResolver } from './registration/market-profile.resolver';

/** The market subgraph's whole API surface. */
export function buildMarketSchema() {
  return buildFederatedSchema({ resolvers: [EnterpriseMarketResolver, MarketProfileResolver], orphanedTypes: [Enterprise] }, enterpriseReference);
}

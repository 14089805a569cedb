import { buildFederatedSchema } from '../../shared/federation';
import { MarketProfileResolver, marketExtension } from './registration/market-profile.resolver';

/** The market subgraph's whole API surface. */
export function buildMarketSchema() {
  return buildFederatedSchema({ resolvers: [marketExtension.ProfileResolver, MarketProfileResolver], orphanedTypes: [marketExtension.EnterpriseKey] }, marketExtension.reference);
}

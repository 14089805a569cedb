import { buildFederatedSchema } from '../../shared/federation';
import { ComplaintResolver, InspectionResolver, MarketRecordsResolver } from './records/records.resolver';
import { MarketRiskRuleResolver, MarketRiskSignalsResolver } from './risk/risk.resolver';
import { MarketProfileResolver, marketExtension } from './registration/market-profile.resolver';

/** The market subgraph's whole API surface. */
export function buildMarketSchema() {
  return buildFederatedSchema(
    { resolvers: [marketExtension.ProfileResolver, MarketProfileResolver, MarketRecordsResolver, ComplaintResolver, InspectionResolver, MarketRiskSignalsResolver, MarketRiskRuleResolver], orphanedTypes: [marketExtension.EnterpriseKey] },
    marketExtension.reference,
  );
}

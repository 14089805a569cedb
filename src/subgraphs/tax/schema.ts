import { buildFederatedSchema } from '../../shared/federation';
import { TaxProfileResolver, taxExtension } from './credit/tax-profile.resolver';
import { TaxRiskRuleResolver, TaxRiskSignalsResolver } from './risk/risk.resolver';
import { ArrearsResolver, CreditRatingRecordResolver, TaxMutationResolver } from './credit/tax.resolver';

/** The tax subgraph's whole API surface. */
export function buildTaxSchema() {
  return buildFederatedSchema(
    { resolvers: [taxExtension.ProfileResolver, TaxProfileResolver, CreditRatingRecordResolver, TaxMutationResolver, ArrearsResolver, TaxRiskSignalsResolver, TaxRiskRuleResolver], orphanedTypes: [taxExtension.EnterpriseKey] },
    taxExtension.reference,
  );
}

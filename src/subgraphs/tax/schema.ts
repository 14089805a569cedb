import { buildFederatedSchema } from '../../shared/federation';
import { TaxProfileResolver, taxExtension } from './credit/tax-profile.resolver';

/** The tax subgraph's whole API surface. */
export function buildTaxSchema() {
  return buildFederatedSchema({ resolvers: [taxExtension.ProfileResolver, TaxProfileResolver], orphanedTypes: [taxExtension.EnterpriseKey] }, taxExtension.reference);
}

import { buildFederatedSchema } from '../../shared/federation';
import { EnterpriseTaxResolver, TaxProfileResolver } from './credit/tax-profile.resolver';
import { Enterprise, enterpriseReference } from './external/enterprise.stub';

/** The tax subgraph's whole API surface. */
export function buildTaxSchema() {
  return buildFederatedSchema({ resolvers: [EnterpriseTaxResolver, TaxProfileResolver], orphanedTypes: [Enterprise] }, enterpriseReference);
}

import { buildFederatedSchema } from '../../shared/federation';
import { Enterprise, enterpriseReference } from './external/enterprise.stub';
import { EnterpriseJudicialResolver, JudicialProfileResolver } from './mediation/judicial-profile.resolver';

/** The judicial subgraph's whole API surface. */
export function buildJudicialSchema() {
  return buildFederatedSchema({ resolvers: [EnterpriseJudicialResolver, JudicialProfileResolver], orphanedTypes: [Enterprise] }, enterpriseReference);
}

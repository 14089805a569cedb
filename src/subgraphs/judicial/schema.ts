import { buildFederatedSchema } from '../../shared/federation';
import { JudicialProfileResolver, judicialExtension } from './mediation/judicial-profile.resolver';

/** The judicial subgraph's whole API surface. */
export function buildJudicialSchema() {
  return buildFederatedSchema({ resolvers: [judicialExtension.ProfileResolver, JudicialProfileResolver], orphanedTypes: [judicialExtension.EnterpriseKey] }, judicialExtension.reference);
}

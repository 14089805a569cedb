import { buildFederatedSchema } from '../../shared/federation';
import { Enterprise, enterpriseReference } from './external/enterprise.stub';
import { EnterprisePoliceResolver, OfficerResolver, PoliceProfileResolver } from './profile/police-profile.resolver';
import { StationResolver } from './station/station.resolver';

/** The police subgraph's whole API surface. */
export function buildPoliceSchema() {
  return buildFederatedSchema(
    { resolvers: [EnterprisePoliceResolver, PoliceProfileResolver, OfficerResolver, StationResolver], orphanedTypes: [Enterprise] },
    enterpriseReference,
  );
}

import { buildFederatedSchema } from '../../shared/federation';
import { OfficerResolver, PoliceProfileResolver, policeExtension } from './profile/police-profile.resolver';
import { StationResolver } from './station/station.resolver';

/** The police subgraph's whole API surface. */
export function buildPoliceSchema() {
  return buildFederatedSchema(
    { resolvers: [policeExtension.ProfileResolver, PoliceProfileResolver, OfficerResolver, StationResolver], orphanedTypes: [policeExtension.EnterpriseKey] },
    policeExtension.reference,
  );
}

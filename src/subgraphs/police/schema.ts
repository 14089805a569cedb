import { buildFederatedSchema } from '../../shared/federation';
import { KeyEnterpriseResolver, LiaisonAssignmentResolver } from './liaison/liaison.resolver';
import { OfficerResolver, PoliceProfileResolver, VisitResolver, policeExtension } from './profile/police-profile.resolver';
import { StationResolver } from './station/station.resolver';
import { VisitMutationResolver } from './visit/visit.resolver';
import { VisitAttachmentResolver, VisitAttachmentsResolver } from './visit/visit-attachment.resolver';

/** The police subgraph's whole API surface. */
export function buildPoliceSchema() {
  return buildFederatedSchema(
    {
      resolvers: [
        policeExtension.ProfileResolver, PoliceProfileResolver, OfficerResolver, VisitResolver, StationResolver,
        LiaisonAssignmentResolver, KeyEnterpriseResolver, VisitMutationResolver, VisitAttachmentResolver, VisitAttachmentsResolver,
      ],
      orphanedTypes: [policeExtension.EnterpriseKey],
    },
    policeExtension.reference,
  );
}

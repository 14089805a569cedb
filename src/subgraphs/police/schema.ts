import { buildFederatedSchema } from '../../shared/federation';
import { KeyEnterpriseResolver, LiaisonAssignmentResolver } from './liaison/liaison.resolver';
import { AlertResolver, PoliceAlertTallyResolver } from './alert/alert.resolver';
import { OfficerResolver, PoliceProfileResolver, VisitResolver, policeExtension, visitReference } from './profile/police-profile.resolver';
import { PoliceTrainingResolver, SafetyTrainingResolver } from './training/training.resolver';
import { PoliceRiskRuleResolver, PoliceRiskSignalResolver } from './risk/risk.resolver';
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
        AlertResolver, PoliceAlertTallyResolver, SafetyTrainingResolver, PoliceTrainingResolver,
        PoliceRiskRuleResolver, PoliceRiskSignalResolver,
      ],
      orphanedTypes: [policeExtension.EnterpriseKey],
    },
    { ...policeExtension.reference, ...visitReference },
  );
}

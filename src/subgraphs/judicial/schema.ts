import { buildFederatedSchema } from '../../shared/federation';
import { IssueKey, IssueMediationResolver, issueReference } from './issue/issue.reference';
import { LegalAidResolver } from './legal-aid/legal-aid.resolver';
import { JudicialProfileResolver, JudicialRiskSignalResolver, judicialExtension } from './mediation/judicial-profile.resolver';
import { LitigationResolver, MediationCaseResolver } from './mediation/mediation.resolver';
import { JudicialRiskRuleResolver, JudicialRiskSignalsResolver } from './risk/risk.resolver';

/** The judicial subgraph's whole API surface. */
export function buildJudicialSchema() {
  return buildFederatedSchema(
    {
      resolvers: [
        judicialExtension.ProfileResolver, JudicialProfileResolver, JudicialRiskSignalResolver, MediationCaseResolver, LitigationResolver, LegalAidResolver,
        IssueMediationResolver, JudicialRiskSignalsResolver, JudicialRiskRuleResolver,
      ],
      orphanedTypes: [judicialExtension.EnterpriseKey, IssueKey],
    },
    { ...judicialExtension.reference, ...issueReference },
  );
}

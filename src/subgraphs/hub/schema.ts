import { PersonResolver } from './person/person';
import { buildFederatedSchema } from '../../shared/federation';
import { applyGlobalIds } from './node/global-id';
import { CalendarResolver } from './calendar/calendar.resolver';
import { DepartmentResolver } from './department/department.resolver';
import { enterpriseReference } from './enterprise/enterprise.reference';
import { EnterpriseResolver } from './enterprise/enterprise.resolver';
import { IssueEventResolver, ReferralEventResolver } from './events/events.resolver';
import { IssueResolver, IssueTimelineEntryResolver } from './issue/issue.resolver';
import { issueReference } from './issue/issue.reference';
import { ActionItemResolver, AgendaItemResolver, IssueMeetingHistoryResolver, JointMeetingResolver } from './meeting/meeting.resolver';
import { PerformanceResolver } from './performance/performance.resolver';
import { ReferralResolver } from './referral/referral.resolver';
import { IssueCategoryResolver, RoutingRuleResolver } from './routing/routing.resolver';
import { NodeResolver } from './node/node.resolver';
import { ViewerResolver } from './viewer/viewer.resolver';
import { AuditTrailResolver } from './audit/audit.resolver';
import { ExtensionResolver, IssueExtensionsResolver } from './extension/extension.resolver';
import { UrgingResolver } from './urging/urging.resolver';
import { EnterpriseRiskListResolver, EnterpriseRiskResolver, RiskEventResolver, RiskSignalResolver } from './risk/risk.resolver';
import { IssueOriginVisitResolver, VisitIssuesResolver, visitReference } from './visit-origin/visit-origin.resolver';
import { DuplicateResolver, IssueDuplicatesResolver } from './duplicate/duplicate.resolver';
import { AttachmentResolver, IssueAttachmentsResolver } from './attachment/attachment.resolver';
import { ResponseTemplateResolver } from './template/template.resolver';
import { ExportResolver } from './export/export.resolver';

/** The hub's whole API surface: every resolver and reference resolver is listed here. */
export async function buildHubSchema() {
  const schema = await buildFederatedSchema(
    {
      resolvers: [
        DepartmentResolver,
        EnterpriseResolver,
        ViewerResolver,
        PersonResolver,
        IssueResolver,
        IssueTimelineEntryResolver,
        ReferralResolver,
        RoutingRuleResolver,
        IssueCategoryResolver,
        NodeResolver,
        CalendarResolver,
        PerformanceResolver,
        IssueEventResolver,
        ReferralEventResolver,
        JointMeetingResolver,
        AgendaItemResolver,
        ActionItemResolver,
        IssueMeetingHistoryResolver,
        AuditTrailResolver,
        ExtensionResolver,
        IssueExtensionsResolver,
        UrgingResolver,
        IssueOriginVisitResolver,
        VisitIssuesResolver,
        DuplicateResolver,
        IssueDuplicatesResolver,
        AttachmentResolver,
        IssueAttachmentsResolver,
        ResponseTemplateResolver,
        ExportResolver,
        EnterpriseRiskResolver,
        RiskSignalResolver,
        EnterpriseRiskListResolver,
        RiskEventResolver,
      ],
    },
    { ...enterpriseReference, ...visitReference, ...issueReference },
  );
  return applyGlobalIds(schema);
}

import { hubMigrations } from '../../../migrations/hub';
import type { SubgraphModule } from '../../shared/subgraph-server';
import { createHubLoaders, type HubLoaders } from './context';
import { CalendarYear } from './calendar/calendar-year.entity';
import { Department } from './department/department.entity';
import { Enterprise } from './enterprise/enterprise.entity';
import { OutboxEvent } from './events/outbox-event.entity';
import { ActionItem, AgendaItem, JointMeeting, MeetingParticipant } from './meeting/meeting.entity';
import { startHubRuntime } from './events/runtime';
import { maintainOutbox } from './events/outbox-retention';
import { Issue, IssueNumberCounter, IssueTimelineEntry } from './issue/issue.entity';
import { IssueExtension } from './extension/extension.entity';
import { IssueUrging } from './urging/urging.entity';
import { ResponseTemplate } from './template/template.entity';
import { ExportRequest } from './export/export.entity';
import { exportRoutes } from './export/export-download';
import { Referral } from './referral/referral.entity';
import { IssueCategory, RoutingRule } from './routing/routing.entity';
import { buildHubSchema } from './schema';
import { Attachment } from './attachment/attachment.entity';
import { AttachmentBlob } from '../../shared/attachments/blob.entity';
import { attachmentRoute } from './attachment/attachment.routes';
import { RiskAssessmentRecord } from './risk/risk-assessment.entity';

/** hub: enterprises, departments, requests, routing, referrals, joint meetings. */
export const hubSubgraph: SubgraphModule<HubLoaders> = {
  name: 'hub',
  entities: [Department, Enterprise, IssueCategory, RoutingRule, Issue, IssueNumberCounter, IssueTimelineEntry, IssueExtension, IssueUrging, ResponseTemplate, ExportRequest, Referral, CalendarYear, OutboxEvent, JointMeeting, MeetingParticipant, AgendaItem, ActionItem, Attachment, AttachmentBlob, RiskAssessmentRecord],
  migrations: hubMigrations,
  buildSchema: buildHubSchema,
  createLoaders: createHubLoaders,
  // the outbox's partitions around the clock's month exist before the demo data writes events; should
  // that fail (a lock timeout behind a busy instance), rows wait in the default partition for the next pass
  afterMigrate: (orm, clock, log) =>
    maintainOutbox(orm, clock(), null).then(
      () => undefined,
      (err) => log.warn(`outbox: partitions not created after migrating (${(err as Error).message}); the maintenance step retries`),
    ),
  startRuntime: startHubRuntime,
  // file uploads (multipart from the gateway)
  acceptsUploads: true,
  // behind the gateway's routes, signed like /graphql: exports (导出) streamed under /exports/…,
  // and attachment downloads under /files/hub/…
  httpRoutes: (deps) => [...exportRoutes(deps), attachmentRoute(deps)],
};

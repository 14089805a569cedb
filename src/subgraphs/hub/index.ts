import { hubMigrations } from '../../../migrations/hub';
import type { SubgraphModule } from '../../shared/subgraph-server';
import { createHubLoaders, type HubLoaders } from './context';
import { CalendarYear } from './calendar/calendar-year.entity';
import { Department } from './department/department.entity';
import { Enterprise } from './enterprise/enterprise.entity';
import { OutboxEvent } from './events/outbox-event.entity';
import { ActionItem, AgendaItem, JointMeeting, MeetingParticipant } from './meeting/meeting.entity';
import { startHubRuntime } from './events/runtime';
import { Issue, IssueNumberCounter, IssueTimelineEntry } from './issue/issue.entity';
import { IssueExtension } from './extension/extension.entity';
import { IssueUrging } from './urging/urging.entity';
import { Referral } from './referral/referral.entity';
import { IssueCategory, RoutingRule } from './routing/routing.entity';
import { buildHubSchema } from './schema';
import { RiskAssessmentRecord } from './risk/risk-assessment.entity';

/** hub: enterprises, departments, requests, routing, referrals, joint meetings. */
export const hubSubgraph: SubgraphModule<HubLoaders> = {
  name: 'hub',
  entities: [Department, Enterprise, IssueCategory, RoutingRule, Issue, IssueNumberCounter, IssueTimelineEntry, IssueExtension, IssueUrging, Referral, CalendarYear, OutboxEvent, JointMeeting, MeetingParticipant, AgendaItem, ActionItem, RiskAssessmentRecord],
  migrations: hubMigrations,
  buildSchema: buildHubSchema,
  createLoaders: createHubLoaders,
  startRuntime: startHubRuntime,
};

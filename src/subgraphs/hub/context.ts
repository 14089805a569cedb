import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../shared/context';
import { manyBy, manyByRelation, oneBy } from '../../shared/loaders';
import { Department } from './department/department.entity';
import { Enterprise } from './enterprise/enterprise.entity';
import { Issue, IssueTimelineEntry } from './issue/issue.entity';
import { IssueExtension } from './extension/extension.entity';
import { Attachment } from './attachment/attachment.entity';
import { Referral } from './referral/referral.entity';
import { IssueCategory } from './routing/routing.entity';
import { ActionItem, AgendaItem, JointMeeting, MeetingParticipant } from './meeting/meeting.entity';
import type { HubRuntime } from './events/runtime';
import { loadCalendar } from './calendar/calendar.service';
import { hubRiskSignalLoader } from './risk/risk-signals.loader';

const once = <T>(load: () => Promise<T>) => {
  let value: Promise<T> | null = null;
  return () => (value ??= load());
};

/** The hub's DataLoaders, new for every request: every list field resolves in one batch. */
export function createHubLoaders(em: EntityManager) {
  return {
    enterprise: oneBy(em, Enterprise, 'uscc'),
    department: oneBy(em, Department, 'code'),
    category: oneBy(em, IssueCategory, 'code'),
    issue: oneBy(em, Issue, 'id'),
    timelineByIssue: manyByRelation(em, IssueTimelineEntry, 'issue', { orderBy: { id: 'asc' } }),
    extensionsByIssue: manyByRelation(em, IssueExtension, 'issue', { orderBy: { id: 'asc' } }),
    attachmentsByIssue: manyByRelation(em, Attachment, 'issue', { orderBy: { id: 'asc' } }),
    referralsByIssue: manyByRelation(em, Referral, 'issue', { orderBy: { id: 'asc' } }),
    /** Requests raised on each police visit (Visit.issues), keyed by the visit's number. */
    issuesByOriginVisit: manyBy(em, Issue, 'originVisitId', { orderBy: { originProblemIndex: 'asc' } }),
    meeting: oneBy(em, JointMeeting, 'id'),
    participantsByMeeting: manyByRelation(em, MeetingParticipant, 'meeting', { orderBy: { id: 'asc' } }),
    agendaByMeeting: manyByRelation(em, AgendaItem, 'meeting', { orderBy: { position: 'asc' } }),
    agendaByIssue: manyByRelation(em, AgendaItem, 'issue', { orderBy: { id: 'asc' } }),
    actionItemsByMeeting: manyByRelation(em, ActionItem, 'meeting', { orderBy: { id: 'asc' } }),
    /** The hub's own risk signals (wage-arrears requests) of each enterprise. */
    hubRiskSignals: hubRiskSignalLoader(em),
    /** The working-day calendar, read at most once per request. */
    calendar: once(() => loadCalendar(em)),
  };
}
export type HubLoaders = ReturnType<typeof createHubLoaders>;
export type HubContext = RequestContext<HubLoaders, HubRuntime>;

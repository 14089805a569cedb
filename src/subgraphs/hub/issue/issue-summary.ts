import { viewerOf } from '../../../shared/context';
import { forbidden } from '../../../shared/errors';
import { RecordAccess } from '../../../shared/need-to-know';
import type { HubContext } from '../context';
import { issueAccess, issueFacts, issueScope } from '../policy';
import type { Issue, IssueTimelineEntry } from './issue.entity';

/**
 * A request (诉求) served in summary (policy.ts `issueAccess`): to the department that raised it
 * from its own records and follows it wherever it is routed (the police for a problem found on a
 * visit). It is the entity seen through a view object (`Object.create(issue)`): every field reads
 * through to the entity, and the fields of how the working departments handle it check the mark —
 * the nullable ones answer null with FORBIDDEN at their path, the lists hold what the viewer may see
 * of them (none, or its own department's referrals), the timeline's notes are FORBIDDEN.
 *
 * Only the lookups that grant the summary (issue(id), issueByNumber, node(id), entity references,
 * Visit.issues) hand out views; every other path serves the entity as before, so no reader who
 * sees a request in full today loses a field.
 *
 * In the summary: id, number, title, description (what the raising department raised), category,
 * channel, priority, status, enterprise, submitter, lead and assisting departments, every deadline,
 * date and count, isOverdue, workingDaysLeft, satisfaction, originVisit, and the timeline's steps
 * (who, when, which department, status from → to). Not: routingExplanation, response, resolution,
 * ratingComment, followUpNote, escalationReason, timeline notes, attachments, extensions, meeting
 * history, other departments' referrals.
 */
const SUMMARY = Symbol('issue served in summary');

type Marked = { [SUMMARY]?: true };

function view<T extends object>(entity: T): T {
  const v = Object.create(entity) as T & Marked;
  v[SUMMARY] = true;
  return v;
}

export const summaryOf = (issue: Issue): Issue => view(issue);

/** Whether this request (or timeline entry) was served in summary. */
export const isSummary = (value: object): boolean => (value as Marked)[SUMMARY] === true;

/** The timeline entries of a request served in summary: their notes are the working departments'. */
export const summaryEntries = (entries: IssueTimelineEntry[]): IssueTimelineEntry[] => entries.map(view);

/** Refuses a detail of a request served in summary (null with FORBIDDEN at the field's path). */
export function assertDetails(value: object, field: string): void {
  if (!isSummary(value)) return;
  throw forbidden(
    `${field} is for the departments that work this request and coordinators (need-to-know): the department that raised it follows its summary (status, departments, deadlines, title).`,
  );
}

/** The departments of a request's referrals (they may read it), batched per request. */
export async function referralDepartments(ctx: HubContext, issueId: number): Promise<string[]> {
  return (await ctx.loaders.referralsByIssue.load(String(issueId))).flatMap((r) => [r.fromDepartment.code, r.toDepartment.code]);
}

/**
 * The caller's access to a loaded request: FULL, SUMMARY or null. The referrals are loaded (one
 * batch per page) only for department staff the request's own row does not already answer.
 */
export async function accessTo(ctx: HubContext, issue: Issue): Promise<RecordAccess | null> {
  const viewer = viewerOf(ctx);
  const quick = issueAccess(viewer, issueFacts(issue));
  if (quick === RecordAccess.FULL || issueScope(viewer).kind !== 'department') return quick;
  return issueAccess(viewer, issueFacts(issue, await referralDepartments(ctx, issue.id)));
}

/** The request as the caller may see it: the entity (FULL), its summary view, or null. */
export async function asVisible(ctx: HubContext, issue: Issue): Promise<Issue | null> {
  const access = await accessTo(ctx, issue);
  return access === RecordAccess.FULL ? issue : access === RecordAccess.SUMMARY ? summaryOf(issue) : null;
}

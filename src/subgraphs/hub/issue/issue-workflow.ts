import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../../shared/auth';
import { notFound } from '../../../shared/errors';
import { recordEvent } from '../events/outbox';
import { Issue, IssueTimelineEntry } from './issue.entity';
import type { IssueAction, IssueStatus } from './issue-status';

/**
 * The one owner of an issue's changes: every service that changes a request (its own, referrals,
 * joint meetings, the calendar) goes through `stepIssue`, which locks the row, checks the actor,
 * applies the state-machine step, and appends the timeline entry with its ISSUE event, all in the
 * caller's transaction.
 */
export interface IssueStep {
  /** Who acts (a person, or SYSTEM_ACTOR for automatic steps). */
  actor: Viewer;
  /** What the timeline says happened (e.g. ROUTED, REFERRAL_ACCEPTED). */
  timeline: string;
  now: Date;
  /** The state-machine action; omitted for steps that change no status (a referral sent back, an item deferred). */
  action?: IssueAction;
  /** The outcome, for actions whose table leaves it open (rating, follow-up, transfer). */
  to?: IssueStatus;
  /** Access check on the locked issue, before anything changes. */
  check?: (issue: Issue) => void;
  /** The step's own fields, after the status moved. */
  apply?: (issue: Issue) => void | Promise<void>;
  /** The timeline note; a function is read after `apply`. */
  note?: string | null | ((issue: Issue) => string | null);
  /** Departments to notify besides the issue's lead and assisting ones (e.g. both sides of a referral). */
  departments?: string[];
  /** A new issue: the entry has no "from" status. */
  created?: boolean;
}

/** Loads and row-locks an issue for the rest of the transaction: concurrent changes to one issue queue up. */
export async function lockIssue(tx: EntityManager, id: number): Promise<Issue> {
  const issue = await tx.findOne(Issue, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!issue) throw notFound(`No request with id ${id}.`);
  return issue;
}

/** One step of a request (by id: locked here; or an issue this transaction already locked or created). */
export async function stepIssue(tx: EntityManager, issueOrId: Issue | number, step: IssueStep): Promise<Issue> {
  const issue = typeof issueOrId === 'number' ? await lockIssue(tx, issueOrId) : issueOrId;
  step.check?.(issue);
  const from = step.created ? null : issue.status;
  if (step.action) issue.transition(step.action, step.to);
  await step.apply?.(issue);
  const note = typeof step.note === 'function' ? step.note(issue) : step.note;
  await appendTimeline(tx, issue, step.actor, step.timeline, { from, now: step.now, note, departments: step.departments });
  return issue;
}

/**
 * Appends a timeline entry, and the matching ISSUE event to the outbox, in the caller's
 * transaction: the timeline is the issue's audit trail, the event is how others hear of it.
 */
async function appendTimeline(
  tx: EntityManager,
  issue: Issue,
  viewer: Viewer,
  action: string,
  change: { from: IssueStatus | null; note?: string | null; now: Date; departments?: string[] },
): Promise<IssueTimelineEntry> {
  const entry = tx.create(IssueTimelineEntry, {
    issue,
    at: change.now,
    action,
    actorId: viewer.id,
    actorName: viewer.displayName,
    departmentCode: viewer.department,
    fromStatus: change.from,
    toStatus: issue.status,
    note: change.note ?? null,
  });
  await tx.flush(); // ids for the event
  await recordEvent(tx, {
    stream: 'ISSUE',
    type: action,
    issueId: issue.id,
    enterpriseUscc: issue.enterprise.uscc,
    departments: [...(issue.leadDepartment ? [issue.leadDepartment.code] : []), ...issue.assistingDepartmentCodes, ...(change.departments ?? [])],
    occurredAt: change.now,
    payload: {
      timelineEntryId: entry.id,
      fromStatus: entry.fromStatus,
      toStatus: entry.toStatus,
      note: entry.note,
      actorId: viewer.id,
      actorName: viewer.displayName,
      departmentCode: viewer.department,
    },
  });
  return entry;
}

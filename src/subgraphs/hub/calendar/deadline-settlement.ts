import { invitedDepartments } from '../meeting/meeting.service';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type WorkdayCalendar } from './workday-calendar';
import { toHubDate } from '../../../shared/time-zone';
import { Issue } from '../issue/issue.entity';
import { judged, SIGN_OFF_WORKING_DAYS } from '../issue/issue.service';
import { stepIssue } from '../issue/issue-workflow';
import { IssueExtension, IssueExtensionStatus } from '../extension/extension.entity';
import { ActionItem } from '../meeting/meeting.entity';
import { recordEvent } from '../events/outbox';
import { Referral } from '../referral/referral.entity';
import { SYSTEM_ACTOR } from '../system-actor';
import { recordReferralEvent } from '../referral/referral.service';
import { deadlineAfter, workingDaysBetweenOrNull, type ComputedDeadline } from './calendar.service';

export interface SettledDeadlines {
  /** Requests whose reply or sign-off deadline changed (date, or provisional → firm). */
  issues: number;
  referrals: number;
  actionItems: number;
  /** Deadlines (of all kinds) whose date moved. */
  moved: number;
  /** Deadlines recomputed that are still provisional (they reach yet another year the calendar lacks). */
  stillProvisional: number;
}

/** The stored deadline and its problem, before the recomputation. */
interface Stored {
  date: string | null;
  problem: string | null;
}

/**
 * A change people must hear of: another date, or provisional ↔ firm. A still-provisional deadline
 * whose reason only got reworded (it lists the years loaded) is updated quietly: every year loaded
 * would otherwise send an event for every provisional deadline of any year.
 */
const changed = (before: Stored, after: ComputedDeadline) => before.date !== after.date || (before.problem === null) !== (after.problem === null);
const reworded = (before: Stored, after: ComputedDeadline) => !changed(before, after) && before.problem !== after.problem;
const provisionalMark = (problem: string | null) => (problem ? ' (provisional)' : '');

/** "reply deadline 2027-01-08 (provisional) → 2027-01-11" for the timeline note. */
function describe(what: string, before: Stored, after: ComputedDeadline): string {
  const from = before.date ? `${before.date}${provisionalMark(before.problem)}` : 'none';
  return `${what} deadline ${from} → ${after.date}${after.problem ? ' (still provisional)' : ''}`;
}

/**
 * After a calendar year is loaded (setWorkdayCalendarYear, in its transaction): every provisional
 * deadline (暂定期限, counted Monday–Friday for want of a year) — and any left without one by
 * older versions — is recomputed with the calendar as it now stands: reply and sign-off deadlines
 * of requests (extensions approved since included), sign-off deadlines of referrals, due dates of
 * action items. Open or done alike: what was done is judged on time or late against the firm date
 * (never against a guess). Each change gets its event (issue timeline DEADLINE_SET, referral
 * DEADLINE_SET, ACTION_ITEM_DUE_DATE_SET), so the departments concerned see the new date live.
 */
export async function settleUnknownDeadlines(tx: EntityManager, calendar: WorkdayCalendar, year: number, now: Date): Promise<SettledDeadlines> {
  const settled: SettledDeadlines = { issues: 0, referrals: 0, actionItems: 0, moved: 0, stillProvisional: 0 };
  const count = (before: Stored, after: ComputedDeadline) => {
    if (before.date !== after.date) settled.moved++;
    if (after.problem) settled.stillProvisional++;
  };
  const loaded = `the ${year} working-day calendar was loaded`;
  const issues = await tx.find(
    Issue,
    {
      $or: [
        { replyDeadline: null },
        { replyDeadlineProblem: { $ne: null } },
        { signOffDeadlineProblem: { $ne: null } },
        { signOffDeadline: null, assignedAt: { $ne: null } },
      ],
    },
    { populate: ['category', 'enterprise', 'leadDepartment'], orderBy: { id: 'asc' } },
  );
  // working days added by approved extensions (延期), so an extended deadline is recomputed whole
  const extraDays = new Map<number, number>();
  if (issues.length) {
    const approved = await tx.find(IssueExtension, { issue: { $in: issues.map((i) => i.id) }, status: IssueExtensionStatus.APPROVED }, { fields: ['issue', 'workingDays'] });
    for (const e of approved) extraDays.set(e.issue.id, (extraDays.get(e.issue.id) ?? 0) + e.workingDays);
  }
  for (const issue of issues) {
    const notes: string[] = [];
    if (issue.replyDeadline === null || issue.replyDeadlineProblem !== null) {
      const before = { date: issue.replyDeadline, problem: issue.replyDeadlineProblem };
      const days = issue.category.replyWorkingDays;
      const extra = extraDays.get(issue.id) ?? 0;
      const reply = deadlineAfter(calendar, issue.submittedOn, days + extra);
      if (extra && issue.originalReplyDeadline) issue.originalReplyDeadline = deadlineAfter(calendar, issue.submittedOn, days).date;
      if (changed(before, reply)) {
        issue.replyDeadline = reply.date;
        issue.replyDeadlineProblem = reply.problem;
        if (issue.respondedAt) {
          const respondedOn = toHubDate(issue.respondedAt);
          issue.respondedOnTime = judged(respondedOn, reply.date, reply.problem);
          issue.replyWorkingDays = workingDaysBetweenOrNull(calendar, issue.submittedOn, respondedOn);
        }
        if (issue.resolvedAt) issue.resolvedOnTime = judged(toHubDate(issue.resolvedAt), reply.date, reply.problem);
        count(before, reply);
        notes.push(describe('reply', before, reply));
      } else if (reworded(before, reply)) issue.replyDeadlineProblem = reply.problem;
    }
    if (issue.assignedAt && (issue.signOffDeadline === null || issue.signOffDeadlineProblem !== null)) {
      const before = { date: issue.signOffDeadline, problem: issue.signOffDeadlineProblem };
      const signOff = deadlineAfter(calendar, toHubDate(issue.assignedAt), SIGN_OFF_WORKING_DAYS);
      if (changed(before, signOff)) {
        issue.signOffDeadline = signOff.date;
        issue.signOffDeadlineProblem = signOff.problem;
        if (issue.acceptedAt) issue.signedOnTime = judged(toHubDate(issue.acceptedAt), signOff.date, signOff.problem);
        count(before, signOff);
        notes.push(describe('sign-off', before, signOff));
      } else if (reworded(before, signOff)) issue.signOffDeadlineProblem = signOff.problem;
    }
    if (!notes.length) continue;
    settled.issues++;
    await stepIssue(tx, issue, { actor: SYSTEM_ACTOR, timeline: 'DEADLINE_SET', now, note: `${notes.join('; ')} (${loaded}).` });
  }
  const referrals = await tx.find(
    Referral,
    { $or: [{ signOffDeadline: null }, { signOffDeadlineProblem: { $ne: null } }] },
    { populate: ['issue', 'issue.enterprise', 'fromDepartment', 'toDepartment'], orderBy: { id: 'asc' } },
  );
  for (const referral of referrals) {
    const before = { date: referral.signOffDeadline, problem: referral.signOffDeadlineProblem };
    const signOff = deadlineAfter(calendar, toHubDate(referral.createdAt), SIGN_OFF_WORKING_DAYS);
    if (reworded(before, signOff)) referral.signOffDeadlineProblem = signOff.problem;
    if (!changed(before, signOff)) continue;
    referral.signOffDeadline = signOff.date;
    referral.signOffDeadlineProblem = signOff.problem;
    settled.referrals++;
    count(before, signOff);
    await tx.flush();
    await recordReferralEvent(tx, referral, referral.issue, 'DEADLINE_SET', now);
  }
  const actionItems = await tx.find(
    ActionItem,
    { dueInWorkingDays: { $ne: null }, $or: [{ dueDate: null }, { dueDateProblem: { $ne: null } }] },
    { populate: ['agendaItem', 'meeting', 'ownerDepartment'], orderBy: { id: 'asc' } },
  );
  for (const item of actionItems) {
    const before = { date: item.dueDate, problem: item.dueDateProblem };
    const decidedOn = toHubDate(item.agendaItem.decidedAt ?? now);
    const due = deadlineAfter(calendar, decidedOn, item.dueInWorkingDays!);
    if (reworded(before, due)) item.dueDateProblem = due.problem;
    if (!changed(before, due)) continue;
    item.dueDate = due.date;
    item.dueDateProblem = due.problem;
    settled.actionItems++;
    count(before, due);
    await tx.flush();
    const departments = await invitedDepartments(tx, item.meeting.id);
    await recordEvent(tx, {
      stream: 'MEETING',
      type: 'ACTION_ITEM_DUE_DATE_SET',
      meetingId: item.meeting.id,
      departments: [...departments, item.ownerDepartment.code],
      occurredAt: now,
      payload: { actionItemId: item.id, ownerDepartment: item.ownerDepartment.code, task: item.task, dueDate: due.date, actorName: SYSTEM_ACTOR.displayName, departmentCode: null },
    });
  }
  return settled;
}

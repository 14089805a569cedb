import { invitedDepartments } from '../meeting/meeting.service';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type WorkdayCalendar } from './workday-calendar';
import { toHubDate } from '../../../shared/time-zone';
import { Issue } from '../issue/issue.entity';
import { SIGN_OFF_WORKING_DAYS } from '../issue/issue.service';
import { stepIssue } from '../issue/issue-workflow';
import { ActionItem } from '../meeting/meeting.entity';
import { recordEvent } from '../events/outbox';
import { Referral } from '../referral/referral.entity';
import { SYSTEM_ACTOR } from '../system-actor';
import { recordReferralEvent } from '../referral/referral.service';
import { deadlineAfter, workingDaysBetweenOrNull } from './calendar.service';


export interface SettledDeadlines {
  issues: number;
  referrals: number;
  actionItems: number;
}

/**
 * After a calendar year is loaded: every request, referral and action item that got no deadline
 * because the year was missing gets it now, and what was already done is judged against it
 * (on time or late). Each gets an event, so the departments concerned see the new date. Runs in the
 * caller's transaction, with the year saved.
 */
export async function settleUnknownDeadlines(tx: EntityManager, calendar: WorkdayCalendar, year: number, now: Date): Promise<SettledDeadlines> {
  const settled: SettledDeadlines = { issues: 0, referrals: 0, actionItems: 0 };
  const loaded = `the ${year} working-day calendar was loaded`;

  const issues = await tx.find(
    Issue,
    { $or: [{ replyDeadline: null }, { signOffDeadline: null, assignedAt: { $ne: null } }] },
    { populate: ['category', 'enterprise', 'leadDepartment'], orderBy: { id: 'asc' } },
  );
  for (const issue of issues) {
    const notes: string[] = [];
    if (issue.replyDeadline === null) {
      const reply = deadlineAfter(calendar, issue.submittedOn, issue.category.replyWorkingDays);
      issue.replyDeadlineProblem = reply.problem;
      if (reply.date) {
        issue.replyDeadline = reply.date;
        if (issue.respondedAt) {
          const respondedOn = toHubDate(issue.respondedAt);
          issue.respondedOnTime = respondedOn <= reply.date;
          issue.replyWorkingDays = workingDaysBetweenOrNull(calendar, issue.submittedOn, respondedOn);
        }
        if (issue.resolvedAt) issue.resolvedOnTime = toHubDate(issue.resolvedAt) <= reply.date;
        notes.push(`reply due by ${reply.date}`);
      }
    }
    if (issue.signOffDeadline === null && issue.assignedAt) {
      const signOff = deadlineAfter(calendar, toHubDate(issue.assignedAt), SIGN_OFF_WORKING_DAYS);
      if (signOff.date) {
        issue.signOffDeadline = signOff.date;
        if (issue.acceptedAt) issue.signedOnTime = toHubDate(issue.acceptedAt) <= signOff.date;
        notes.push(`sign-off due by ${signOff.date}`);
      }
    }
    if (!notes.length) continue;
    settled.issues++;
    await stepIssue(tx, issue, { actor: SYSTEM_ACTOR, timeline: 'DEADLINE_SET', now, note: `${notes.join('; ')} (${loaded}).` });
  }

  const referrals = await tx.find(Referral, { signOffDeadline: null }, { populate: ['issue', 'issue.enterprise', 'fromDepartment', 'toDepartment'], orderBy: { id: 'asc' } });
  for (const referral of referrals) {
    const signOff = deadlineAfter(calendar, toHubDate(referral.createdAt), SIGN_OFF_WORKING_DAYS);
    if (!signOff.date) continue;
    referral.signOffDeadline = signOff.date;
    settled.referrals++;
    await tx.flush();
    await recordReferralEvent(tx, referral, referral.issue, 'DEADLINE_SET', now);
  }

  const actionItems = await tx.find(ActionItem, { dueDate: null, dueInWorkingDays: { $ne: null } }, { populate: ['agendaItem', 'meeting', 'ownerDepartment'], orderBy: { id: 'asc' } });
  for (const item of actionItems) {
    const decidedOn = toHubDate(item.agendaItem.decidedAt ?? now);
    const due = deadlineAfter(calendar, decidedOn, item.dueInWorkingDays!);
    item.dueDateProblem = due.problem;
    if (!due.date) continue;
    item.dueDate = due.date;
    settled.actionItems++;
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

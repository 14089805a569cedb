import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../../shared/auth';
import { badInput, conflict, notFound } from '../../../shared/errors';
import { toHubDate } from '../../../shared/time-zone';
import { deadlineAfter, loadCalendar, type ComputedDeadline } from '../calendar/calendar.service';
import { Issue } from '../issue/issue.entity';
import { LIMITS } from '../issue/issue.service';
import { assertTransition } from '../issue/issue-status';
import { lockIssue, stepIssue } from '../issue/issue-workflow';
import { authorize, issueFacts } from '../policy';
import { optionalText, parseId, requireText } from '../validation';
import { IssueExtension, IssueExtensionStatus } from './extension.entity';

/** The most working days one extension may ask for (a month of working days). */
export const MAX_EXTENSION_WORKING_DAYS = 20;

export interface RequestExtensionInput {
  issueId: string;
  workingDays: number;
  reason: string;
}
export interface DecideExtensionInput {
  extensionId: string;
  approve: boolean;
  reason?: string | null;
}

/** 延期: the lead department asks for more working days; a coordinator approves or refuses, once. */
export class ExtensionService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Asks before the reply deadline passes; one pending extension per request. */
  async request(input: RequestExtensionInput): Promise<{ extension: IssueExtension; issue: Issue }> {
    const v = this.viewer;
    const issueId = parseId(input.issueId, 'issueId', 'Issue');
    const reason = requireText(input.reason, 'reason', LIMITS.note);
    const days = input.workingDays;
    if (!Number.isInteger(days) || days < 1 || days > MAX_EXTENSION_WORKING_DAYS) {
      throw badInput(`workingDays must be a whole number from 1 to ${MAX_EXTENSION_WORKING_DAYS}.`, 'workingDays');
    }
    try {
      return await this.em.transactional(async (tx) => {
        const issue = await lockIssue(tx, issueId);
        authorize(v, 'issue.requestExtension', issueFacts(issue));
        assertTransition(issue.status, 'requestExtension');
        const now = this.clock();
        const deadline = issue.assertExtensible(toHubDate(now));
        // the issue lock queues concurrent asks: the later one sees the first here
        if (await tx.count(IssueExtension, { issue, status: IssueExtensionStatus.PENDING })) {
          throw conflict('An extension of this request is already waiting for a decision.');
        }
        const extension = tx.create(IssueExtension, {
          issue,
          workingDays: days,
          reason,
          departmentCode: issue.leadDepartment!.code,
          requestedBy: v.id,
          requestedByName: v.displayName,
          requestedAt: now,
          deadlineBefore: deadline,
        });
        await stepIssue(tx, issue, { actor: v, timeline: 'EXTENSION_REQUESTED', now, action: 'requestExtension', note: `+${days} working days: ${reason}` });
        return { extension, issue };
      });
    } catch (err) {
      // the partial unique index (one pending per request) is the last line of defence
      if (err instanceof UniqueConstraintViolationException) throw conflict('An extension of this request is already waiting for a decision.');
      throw err;
    }
  }

  /** Approving moves the reply deadline by the working days asked for, from the deadline in force. */
  async decide(input: DecideExtensionInput): Promise<{ extension: IssueExtension; issue: Issue }> {
    const v = this.viewer;
    authorize(v, 'issue.decideExtension', null);
    const id = parseId(input.extensionId, 'extensionId', 'IssueExtension');
    const note = input.approve ? optionalText(input.reason, 'reason', LIMITS.note) : requireText(input.reason, 'reason', LIMITS.note);
    return this.em.transactional(async (tx) => {
      // extension row first, then the issue (as referral answers do): two decisions queue, the second is CONFLICT
      const extension = await tx.findOne(IssueExtension, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!extension) throw notFound(`No extension with id ${input.extensionId}.`);
      const issue = await lockIssue(tx, extension.issue.id);
      const now = this.clock();
      let moved: ComputedDeadline | null = null;
      if (input.approve && extension.status === IssueExtensionStatus.PENDING) {
        if (!issue.replyDeadline) throw conflict('This request has no reply deadline: there is nothing to extend.');
        // provisional when either end reaches a year the calendar lacks; loading it recomputes the whole (deadline-settlement.ts)
        moved = deadlineAfter(await loadCalendar(tx), issue.replyDeadline, extension.workingDays);
        if (!moved.problem && issue.replyDeadlineProblem) moved.problem = issue.replyDeadlineProblem;
      }
      extension.decide(input.approve ? 'approve' : 'refuse', v, now, note, moved?.date ?? null);
      if (moved) issue.extendReplyDeadline(moved.date, moved.problem);
      await stepIssue(tx, issue, {
        actor: v,
        timeline: input.approve ? 'EXTENSION_APPROVED' : 'EXTENSION_REFUSED',
        now,
        note: input.approve ? `reply deadline ${extension.deadlineBefore} → ${moved?.date}${moved?.problem ? ' (provisional)' : ''}${note ? `: ${note}` : ''}` : note,
      });
      return { extension, issue };
    });
  }
}

import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Viewer } from '../../../shared/auth';
import { conflict } from '../../../shared/errors';
import { BACKGROUND } from '../../../shared/orm';
import { toHubDate } from '../../../shared/time-zone';
import { loadCalendar } from '../calendar/calendar.service';
import { CalendarRangeError, type WorkdayCalendar } from '../calendar/workday-calendar';
import type { Issue } from '../issue/issue.entity';
import { LIMITS } from '../issue/issue.service';
import { assertTransition } from '../issue/issue-status';
import { lockIssue, stepIssue } from '../issue/issue-workflow';
import { issueIsOverdue, issueOverdueSql } from '../overdue';
import { authorize, issueFacts } from '../policy';
import { SYSTEM_ACTOR } from '../system-actor';
import { optionalText, parseId } from '../validation';
import { IssueUrging } from './urging.entity';

export interface UrgeIssueInput {
  issueId: string;
  note?: string | null;
}

/**
 * The working day an urging counts for in the hub's time zone: today, or on a weekend or holiday
 * the next working day (so Saturday and the following Monday are one "day" of urging). Outside
 * the calendar's years, the plain date.
 */
export function urgingDay(calendar: WorkdayCalendar, today: string): string {
  try {
    return calendar.addWorkingDays(today, 0);
  } catch (err) {
    if (err instanceof CalendarRangeError) return today;
    throw err;
  }
}

const alreadyUrged = (day: string) => conflict(`This request was already urged for the working day ${day}: urge it again on the next working day.`);

/** Records one urging on a locked issue: the row, the counter, the timeline entry and its URGED event. */
async function recordUrging(tx: EntityManager, issue: Issue, actor: Viewer, now: Date, day: string, note: string | null, forDeadline: string | null): Promise<Issue> {
  tx.create(IssueUrging, { issue, urgedOn: day, at: now, departmentCode: issue.leadDepartment?.code ?? null, actorId: actor.id, note, forDeadline });
  return stepIssue(tx, issue, {
    actor,
    timeline: 'URGED',
    now,
    action: 'urge',
    apply: (i) => {
      i.urgeCount++;
    },
    note,
  });
}

/** 催办: coordinators or the submitting enterprise urge an open request, at most once per working day. */
export class UrgingService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async urge(input: UrgeIssueInput): Promise<Issue> {
    const v = this.viewer;
    const issueId = parseId(input.issueId, 'issueId', 'Issue');
    const note = optionalText(input.note, 'note', LIMITS.note);
    const now = this.clock();
    const day = urgingDay(await loadCalendar(this.em), toHubDate(now));
    try {
      return await this.em.transactional(async (tx) => {
        const issue = await lockIssue(tx, issueId);
        authorize(v, 'issue.urge', issueFacts(issue));
        assertTransition(issue.status, 'urge');
        // the issue lock queues concurrent urgings: the later one finds the first here
        if (await tx.count(IssueUrging, { issue, urgedOn: day })) throw alreadyUrged(day);
        return recordUrging(tx, issue, v, now, day, note, null);
      });
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) throw alreadyUrged(day);
      throw err;
    }
  }
}

/**
 * The SLA scanner's automatic urging: on a working day after a missed reply deadline, once per
 * missed deadline. Never on a provisional deadline (暂定, counted Monday–Friday for want of a
 * calendar year): an urging counts against the department, and a guess must not; loading the
 * year makes the deadline firm and the next scan urges if it was missed (the unique (issue, for_deadline) index). Each request in its own short
 * transaction under its row lock; an instance that loses a race finds the urging there and
 * skips it. A request a person already urged that working day is left for the next one.
 */
export async function urgeMissedDeadlines(orm: MikroORM, now: Date): Promise<number> {
  const em = orm.em.fork({ loggerContext: BACKGROUND });
  const calendar = await loadCalendar(em);
  const today = toHubDate(now);
  try {
    if (!calendar.isWorkingDay(today)) return 0;
  } catch (err) {
    if (err instanceof CalendarRangeError) return 0;
    throw err;
  }
  const overdue = issueOverdueSql('i', today);
  const candidates = await em.execute<{ id: number }[]>(
    `select i.id from hub.issue i
     where ${overdue.sql} and i.reply_deadline_problem is null
       and not exists (select 1 from hub.issue_urging u where u.issue_id = i.id and (u.for_deadline = i.reply_deadline or u.urged_on = ?))
     order by i.id`,
    [...overdue.params, today],
    'all',
    BACKGROUND,
  );
  let urged = 0;
  for (const { id } of candidates) {
    try {
      const done = await orm.em.fork({ loggerContext: BACKGROUND }).transactional(
        async (tx) => {
          const issue = await lockIssue(tx, id);
          if (!issueIsOverdue(issue, today) || issue.replyDeadlineProblem !== null) return false;
          if (await tx.count(IssueUrging, { issue, $or: [{ forDeadline: issue.replyDeadline }, { urgedOn: today }] })) return false;
          await recordUrging(tx, issue, SYSTEM_ACTOR, now, today, `reply deadline ${issue.replyDeadline} missed`, issue.replyDeadline);
          return true;
        },
        { loggerContext: BACKGROUND },
      );
      if (done) urged++;
    } catch (err) {
      // another instance urged it between our check and our insert: nothing to do
      if (!(err instanceof UniqueConstraintViolationException)) throw err;
    }
  }
  return urged;
}

import type { TimelineAction } from '../events/event-types';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../../shared/auth';
import { toHubDate } from '../../../shared/time-zone';
import { badInput, conflict, forbidden, notFound } from '../../../shared/errors';
import { parseUscc } from '../enterprise/uscc';
import { optionalText, parseId, requireText } from '../validation';
import { deadlineAfter, loadCalendar, workingDaysBetweenOrNull, type ComputedDeadline } from '../calendar/calendar.service';
import type { WorkdayCalendar } from '../calendar/workday-calendar';
import { Enterprise } from '../enterprise/enterprise.entity';
import { requireCategory, requireDepartment, routeByRules } from '../routing/routing.service';
import { SYSTEM_ACTOR } from '../system-actor';
import { Issue } from './issue.entity';
import { authorize, isCoordinator, isStaff, issueFacts } from '../policy';
import { IssueChannel, IssuePriority, IssueStatus, Satisfaction, type IssueAction } from './issue-status';
import { stepIssue } from './issue-workflow';
import type { RateIssueInput, SubmitIssueInput } from './issue.types';

export const LIMITS = { title: 200, description: 5000, note: 2000 } as const;
/** Advisory-lock class of submissions with an idempotency key (two-int form: its own key space). */
const SUBMIT_KEY_LOCK = 8_001;

/** What a submission asks for, normalised: a retry with the same idempotency key must ask the same. */
export interface SubmissionRequest {
  uscc: string;
  title: string;
  description: string;
  category: string;
  channel: IssueChannel;
  priority: IssuePriority;
  /** When an offline request actually arrived (officers only); null: when submitted. */
  receivedAt: Date | null;
}
/** Sign-off (签收) deadlines, in working days. */
export const SIGN_OFF_WORKING_DAYS = 1;
/** RECEIVED_AT_MAX_WORKING_DAYS unless configured: how far back a call or visit logged later may be dated. */
export const DEFAULT_RECEIVED_AT_MAX_WORKING_DAYS = 3;

/**
 * On time (true), late (false), or not judged yet (null): no deadline, or only a provisional one
 * (a guess is never held against a department; loading the year judges it, see deadline-settlement.ts).
 */
export function judged(day: string, deadline: string | null, problem: string | null): boolean | null {
  return deadline && problem === null ? day <= deadline : null;
}

export async function nextIssueNumber(tx: EntityManager, year: number): Promise<string> {
  const [row] = await tx.execute<{ last: number }[]>(
    `insert into hub.issue_number_counter (year, last) values (?, 1)
     on conflict (year) do update set last = hub.issue_number_counter.last + 1 returning last`,
    [year],
  );
  return `SQ-${year}-${String(row.last).padStart(6, '0')}`;
}

function assign(issue: Issue, department: Issue['leadDepartment'], now: Date, signOff: ComputedDeadline) {
  issue.leadDepartment = department;
  issue.assignedAt = now;
  issue.signOffDeadline = signOff.date;
  issue.signOffDeadlineProblem = signOff.problem;
}

/** The SUBMITTED timeline note: the channel, when it was received if logged later, and a provisional deadline said as such. */
function submittedNote(channel: IssueChannel, receivedAt: Date | null, reply: ComputedDeadline): string {
  const parts = [`channel ${channel}`];
  if (receivedAt) parts.push(`received ${receivedAt.toISOString()} (${toHubDate(receivedAt)}), logged later: deadlines count from then`);
  if (reply.problem) parts.push(`reply deadline ${reply.date} is provisional (counted Monday to Friday only until its calendar year is loaded)`);
  return parts.join('; ');
}

export class IssueService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly clock: () => Date = () => new Date(),
    private readonly receivedAtMaxWorkingDays: number = DEFAULT_RECEIVED_AT_MAX_WORKING_DAYS,
  ) {}

  /** 情况收集 → 问题上报: records the request, sets its reply deadline and routes it by the rules. */
  async submit(input: SubmitIssueInput): Promise<Issue> {
    const v = this.viewer;
    const uscc = parseUscc(input.uscc);
    const title = requireText(input.title, 'title', LIMITS.title);
    const description = requireText(input.description, 'description', LIMITS.description);
    let channel = input.channel ?? null;
    authorize(v, 'issue.submit', { uscc });
    if (!isStaff(v) && !isCoordinator(v)) {
      channel = channel ?? IssueChannel.ONLINE; // the enterprise itself, through the online window
    } else if (!channel) {
      throw badInput('Name the channel the request came through (online window, hotline, visit, symposium, liaison officer).', 'channel');
    }
    const key = input.idempotencyKey == null ? null : requireText(input.idempotencyKey, 'idempotencyKey', 100);
    const receivedAt = input.receivedAt == null ? null : this.checkReceivedAt(input.receivedAt, channel!);
    const request: SubmissionRequest = { uscc, title, description, category: input.category, channel: channel!, priority: input.priority ?? IssuePriority.NORMAL, receivedAt };
    if (key) {
      const replayed = await this.replaySubmission(key, request, this.em);
      if (replayed) return replayed;
    }
    try {
      return await this.em.transactional((tx) => this.createIssue(tx, request, key));
    } catch (err) {
      // the unique (submitted_by, idempotency_key) index is the last line of defence
      if (key && err instanceof UniqueConstraintViolationException) {
        const again = await this.replaySubmission(key, request, this.em.fork());
        if (again) return again;
      }
      throw err;
    }
  }

  /**
   * The same key from the same user means the same submission: return the issue it created (no
   * second timeline entry or event). The same key for a different request is refused.
   */
  private async replaySubmission(key: string, request: SubmissionRequest, em: EntityManager): Promise<Issue | null> {
    const existing = await em.findOne(Issue, { submittedBy: this.viewer.id, idempotencyKey: key });
    if (!existing) return null;
    const same =
      existing.enterprise.uscc === request.uscc &&
      existing.title === request.title &&
      existing.description === request.description &&
      existing.category.code === request.category &&
      existing.channel === request.channel &&
      existing.priority === request.priority &&
      (existing.receivedAt?.getTime() ?? null) === (request.receivedAt?.getTime() ?? null);
    if (!same) throw conflict('This idempotency key was already used for a different request: use a new key for a new request.');
    return existing;
  }

  /** `origin`: the police visit problem it was raised on (reportVisitProblem, in the caller's transaction). */
  async createIssue(tx: EntityManager, request: SubmissionRequest, key: string | null, origin?: { visitId: number; problemIndex: number }): Promise<Issue> {
    const v = this.viewer;
    const { uscc, title, description, channel } = request;
    if (key) {
      // identical retries racing each other queue here; the later ones find the first one's issue
      await tx.execute('select pg_advisory_xact_lock(?, hashtext(?))', [SUBMIT_KEY_LOCK, `${v.id}\n${key}`]);
      const raced = await this.replaySubmission(key, request, tx);
      if (raced) return raced;
    }
    const enterprise = await tx.findOne(Enterprise, uscc);
    if (!enterprise) throw notFound(`No enterprise with unified social credit code ${uscc} is registered in the hub.`);
    const category = await requireCategory(tx, request.category);
    const calendar = await loadCalendar(tx);
    const now = this.clock();
    const today = toHubDate(now);
    // a call or visit logged later: its deadlines count from the day it arrived
    const receivedOn = request.receivedAt ? toHubDate(request.receivedAt) : today;
    if (request.receivedAt) this.assertReceivedWithin(request.receivedAt, now, calendar);
    const reply = deadlineAfter(calendar, receivedOn, category.replyWorkingDays);
    const issue = tx.create(Issue, {
      number: await nextIssueNumber(tx, Number(today.slice(0, 4))),
      enterprise,
      title,
      description,
      category,
      channel,
      priority: request.priority,
      idempotencyKey: key,
      submittedBy: v.id,
      submittedByName: v.displayName,
      submittedByDepartment: v.department,
      submittedAt: now,
      receivedAt: request.receivedAt,
      submittedOn: receivedOn,
      replyDeadline: reply.date,
      replyDeadlineProblem: reply.problem,
      originVisitId: origin?.visitId ?? null,
      originProblemIndex: origin?.problemIndex ?? null,
    });
    const from = origin ? `, raised on visit Visit:${origin.visitId} (problem ${origin.problemIndex + 1})` : '';
    await stepIssue(tx, issue, { actor: v, timeline: 'SUBMITTED', now, created: true, note: `${submittedNote(channel, request.receivedAt, reply)}${from}` });
    const decision = await routeByRules(tx, category, `${title}\n${description}`);
    if (decision) {
      // the rules routed it, not the submitter
      await stepIssue(tx, issue, {
        actor: SYSTEM_ACTOR,
        timeline: 'ROUTED',
        now,
        action: 'route',
        apply: (i) => {
          assign(i, decision.department, now, deadlineAfter(calendar, today, SIGN_OFF_WORKING_DAYS)); // signing counts from the assignment
          i.routingExplanation = decision.explanation;
        },
        note: decision.explanation,
      });
    } else {
      issue.routingExplanation = 'No routing rule matched: a coordinator must route this request.';
    }
    return issue;
  }

  /** A coordinator overrides (or supplies) the routing: lead and assisting departments. */
  async route(issueId: string, lead: string, assisting: string[] = [], reason?: string | null): Promise<Issue> {
    const v = this.viewer;
    authorize(v, 'issue.route', null);
    const note = optionalText(reason, 'reason', LIMITS.note);
    const assistingCodes = [...new Set(assisting)];
    if (assistingCodes.includes(lead)) throw badInput('The lead department cannot also assist.', 'assistingDepartments');
    return this.em.transactional(async (tx) => {
      const department = await requireDepartment(tx, lead, 'leadDepartment');
      for (const code of assistingCodes) await requireDepartment(tx, code, 'assistingDepartments');
      const now = this.clock();
      const signOff = deadlineAfter(await loadCalendar(tx), toHubDate(now), SIGN_OFF_WORKING_DAYS);
      return stepIssue(tx, parseId(issueId, 'issueId', 'Issue'), {
        actor: v,
        timeline: 'ROUTED',
        now,
        action: 'route',
        apply: (issue) => {
          assign(issue, department, now, signOff);
          issue.assistingDepartmentCodes = assistingCodes;
          issue.routingExplanation = `Routed by coordinator ${v.displayName} to ${lead}${assistingCodes.length ? ` (assisting: ${assistingCodes.join(', ')})` : ''}${note ? `: ${note}` : '.'}`;
        },
        note: (issue) => issue.routingExplanation,
      });
    });
  }

  /** 签收: the lead department signs for the request. */
  accept(issueId: string): Promise<Issue> {
    return this.change(issueId, 'sign for this request', 'ACCEPTED', 'accept', (issue, now) => {
      if (!issue.acceptedAt) {
        issue.acceptedAt = now;
        issue.signedOnTime = judged(toHubDate(now), issue.signOffDeadline, issue.signOffDeadlineProblem);
      }
    });
  }

  startWork(issueId: string): Promise<Issue> {
    return this.change(issueId, 'start work on this request', 'WORK_STARTED', 'startWork', () => undefined);
  }

  /** 答复: the reply to the enterprise; the first one counts against the deadline. */
  async respond(issueId: string, response: string): Promise<Issue> {
    const text = requireText(response, 'response', LIMITS.description);
    const calendar = await loadCalendar(this.em);
    return this.change(issueId, 'answer this request', 'RESPONDED', 'respond', (issue, now) => {
      this.recordReply(issue, text, now, calendar);
    }, text);
  }

  /** 办结: work concluded. Concluding without an earlier reply makes the resolution the reply. */
  async resolve(issueId: string, resolution: string): Promise<Issue> {
    const text = requireText(resolution, 'resolution', LIMITS.description);
    const calendar = await loadCalendar(this.em);
    return this.change(issueId, 'conclude this request', 'RESOLVED', 'resolve', (issue, now) => {
      if (!issue.respondedAt) this.recordReply(issue, text, now, calendar);
      issue.resolution = text;
      issue.resolvedAt = now;
      issue.resolvedOnTime = judged(toHubDate(now), issue.replyDeadline, issue.replyDeadlineProblem);
      issue.satisfaction = null; // a new conclusion is rated anew
      issue.ratingComment = null;
    }, text);
  }

  private recordReply(issue: Issue, text: string, now: Date, calendar: Awaited<ReturnType<typeof loadCalendar>>) {
    issue.response = text;
    if (issue.respondedAt) return;
    const today = toHubDate(now);
    issue.respondedAt = now;
    issue.respondedOnTime = judged(today, issue.replyDeadline, issue.replyDeadlineProblem);
    issue.replyWorkingDays = workingDaysBetweenOrNull(calendar, issue.submittedOn, today);
  }

  /**
   * 来电/来访时间: only officers and coordinators say when a request arrived; not for the online
   * window (received when submitted). The time window is checked in the transaction, against the calendar.
   */
  private checkReceivedAt(receivedAt: Date, channel: IssueChannel): Date {
    authorize(this.viewer, 'issue.recordReceivedAt', null);
    if (!(receivedAt instanceof Date) || Number.isNaN(receivedAt.getTime())) throw badInput('receivedAt is not a valid date and time.', 'receivedAt');
    if (channel === IssueChannel.ONLINE) throw badInput('An online submission is received when it is submitted: receivedAt is for hotline calls, visits and other offline channels logged later.', 'receivedAt');
    return receivedAt;
  }

  /** Not in the future, at most `receivedAtMaxWorkingDays` working days before today (weekends only where the calendar lacks a year). */
  private assertReceivedWithin(receivedAt: Date, now: Date, calendar: WorkdayCalendar): void {
    if (receivedAt.getTime() > now.getTime()) throw badInput(`receivedAt (${receivedAt.toISOString()}) is in the future: give the time the call or visit actually arrived.`, 'receivedAt');
    const back = calendar.reckonWorkingDaysBetween(toHubDate(receivedAt), toHubDate(now)).days;
    const max = this.receivedAtMaxWorkingDays;
    if (back > max) {
      throw badInput(`receivedAt (${toHubDate(receivedAt)}) is ${back} working days ago: a call or visit must be logged within ${max} working days of its arrival.`, 'receivedAt');
    }
  }

  /** The enterprise rates the answer; an officer may record a rating given in person. Dissatisfied reopens. */
  async rate(input: RateIssueInput): Promise<Issue> {
    const v = this.viewer;
    const comment = optionalText(input.comment, 'comment', LIMITS.note);
    return this.em.transactional(async (tx) => {
      const inPerson = !!input.recordedInPerson;
      const dissatisfied = input.satisfaction === Satisfaction.DISSATISFIED;
      return stepIssue(tx, parseId(input.issueId, 'issueId', 'Issue'), {
        actor: v,
        timeline: 'RATED',
        now: this.clock(),
        action: 'rate',
        to: dissatisfied ? IssueStatus.REOPENED : undefined,
        check: (issue) => {
          // the enterprise itself, or an officer of the lead department recording what it said in person
          authorize(v, inPerson ? 'issue.rateInPerson' : 'issue.rate', issueFacts(issue));
          if (issue.status === IssueStatus.RESOLVED && issue.satisfaction) throw conflict('This answer has already been rated.');
        },
        apply: (issue) => {
          issue.satisfaction = input.satisfaction;
          issue.ratingComment = comment;
          issue.ratingRecordedInPerson = inPerson;
          if (dissatisfied) issue.reopenCount++;
        },
        note: `${input.satisfaction}${inPerson ? ' (recorded in person)' : ''}${comment ? `: ${comment}` : ''}`,
      });
    });
  }

  /** 回访: the follow-up visit closes the loop, or reopens it when the problem persists. */
  async recordFollowUp(issueId: string, note: string, problemPersists: boolean): Promise<Issue> {
    const v = this.viewer;
    const text = requireText(note, 'note', LIMITS.note);
    return this.em.transactional(async (tx) => {
      const now = this.clock();
      return stepIssue(tx, parseId(issueId, 'issueId', 'Issue'), {
        actor: v,
        timeline: problemPersists ? 'FOLLOW_UP_REOPENED' : 'CLOSED',
        now,
        action: 'followUp',
        to: problemPersists ? IssueStatus.REOPENED : IssueStatus.CLOSED,
        check: (issue) => authorize(v, 'issue.followUp', issueFacts(issue)),
        apply: (issue) => {
          issue.followUpNote = text;
          if (problemPersists) issue.reopenCount++;
          else issue.closedAt = now;
        },
        note: text,
      });
    });
  }

  async reopen(issueId: string, reason: string): Promise<Issue> {
    const v = this.viewer;
    const text = requireText(reason, 'reason', LIMITS.note);
    return this.em.transactional(async (tx) => {
      return stepIssue(tx, parseId(issueId, 'issueId', 'Issue'), {
        actor: v,
        timeline: 'REOPENED',
        now: this.clock(),
        action: 'reopen',
        check: (issue) => authorize(v, 'issue.reopen', issueFacts(issue)),
        apply: (issue) => {
          issue.reopenCount++;
          issue.closedAt = null;
          issue.satisfaction = null;
        },
        note: text,
      });
    });
  }

  /** Puts the request on the joint-meeting agenda list (联席会议). */
  async escalate(issueId: string, reason: string): Promise<Issue> {
    const v = this.viewer;
    authorize(v, 'issue.escalate', null);
    const text = requireText(reason, 'reason', LIMITS.note);
    return this.em.transactional(async (tx) => {
      return stepIssue(tx, parseId(issueId, 'issueId', 'Issue'), {
        actor: v,
        timeline: 'ESCALATED',
        now: this.clock(),
        action: 'escalate',
        apply: (issue) => {
          issue.escalationReason = text;
        },
        note: text,
      });
    });
  }

  /** A lead-department step: lock, check the actor, transition, apply, append to the timeline. */
  private change(issueId: string, doing: string, timeline: TimelineAction, action: IssueAction, apply: (issue: Issue, now: Date) => void, note?: string): Promise<Issue> {
    const v = this.viewer;
    const id = parseId(issueId, 'issueId', 'Issue');
    return this.em.transactional((tx) => {
      const now = this.clock();
      return stepIssue(tx, id, { actor: v, timeline, now, action, check: (issue) => authorize(v, 'issue.work', issueFacts(issue), doing), apply: (issue) => apply(issue, now), note });
    });
  }
}

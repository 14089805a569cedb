import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../../shared/auth';
import { badInput, conflict } from '../../../shared/errors';
import { toHubDate } from '../../../shared/time-zone';
import { deadlineAfter, loadCalendar } from '../calendar/calendar.service';
import type { Department } from '../department/department.entity';
import { IssueExtension, IssueExtensionStatus } from '../extension/extension.entity';
import { Issue } from '../issue/issue.entity';
import { LIMITS, nextIssueNumber, SIGN_OFF_WORKING_DAYS } from '../issue/issue.service';
import { assertTransition, IssueStatus } from '../issue/issue-status';
import { lockIssue, stepIssue } from '../issue/issue-workflow';
import { authorize, issueVisibilitySql } from '../policy';
import { Referral, ReferralStatus } from '../referral/referral.entity';
import { requireCategory, requireDepartment } from '../routing/routing.service';
import { optionalText, parseId, requireText } from '../validation';
import type { Trigrams } from './trigram';

/** 查重 looks this far back from a request's submission: the window a desk treats as "the same matter again". */
export const DUPLICATE_WINDOW_DAYS = 30;
/** At most this many possible duplicates per request, most similar first. */
export const MAX_POSSIBLE_DUPLICATES = 5;
/**
 * The most recent requests of the window compared with each request: bounds the cost for an
 * enterprise that files thousands a month (measured: 20 requests against 3,000 each 1.7–2.6 s
 * uncapped, 70–120 ms capped; bench/duplicates.sql).
 */
export const MAX_DUPLICATE_CANDIDATES = 200;

/**
 * Possible duplicates (重复诉求) of each request in `issueIds`, in one statement whatever their number:
 * requests of the same enterprise submitted in the 30 days up to its own submission (for a request
 * just submitted: the last 30 days by the hub clock), whose title + description reach the pg_trgm
 * similarity threshold, most similar first, among the 200 most recent of them. Never a MERGED
 * request (its survivor stands for it), never the other half of a split, and only what the viewer
 * may read (the same SQL as the lists).
 */
export async function findPossibleDuplicates(
  em: EntityManager,
  viewer: Viewer,
  issueIds: readonly number[],
  opts: { trigrams: Trigrams; threshold: number },
): Promise<Map<number, Issue[]>> {
  const found = new Map<number, Issue[]>(issueIds.map((id) => [id, []]));
  if (!issueIds.length) return found;
  const visible = issueVisibilitySql(viewer, 'c');
  const similarity = `${opts.trigrams.schema}.similarity(c.title || ' ' || c.description, s.title || ' ' || s.description)`;
  const rows = await em.execute<Record<string, unknown>[]>(
    `select s.id as dup_source_id, d.*
     from hub.issue s
     cross join lateral (
       select c.*, ${similarity} as dup_score
       from (
         select c.* from hub.issue c
         where c.enterprise_uscc = s.enterprise_uscc and c.id <> s.id
           and c.submitted_at <= s.submitted_at and c.submitted_at > s.submitted_at - make_interval(days => ?)
           and c.status <> ?
           and c.split_from_id is distinct from s.id and s.split_from_id is distinct from c.id
           and ${visible.sql}
         order by c.submitted_at desc, c.id desc
         limit ?
       ) c
       where ${similarity} >= ?
       order by dup_score desc, c.id desc
       limit ?
     ) d
     where s.id in (?)
     order by s.id, d.dup_score desc, d.id desc`,
    [DUPLICATE_WINDOW_DAYS, IssueStatus.MERGED, ...visible.params, MAX_DUPLICATE_CANDIDATES, opts.threshold, MAX_POSSIBLE_DUPLICATES, [...issueIds]],
  );
  for (const row of rows) {
    const { dup_source_id: source, dup_score: _score, ...issue } = row;
    found.get(Number(source))?.push(em.map(Issue, issue));
  }
  return found;
}

export interface MergeIssueInput {
  duplicateId: string;
  survivorId: string;
  reason: string;
}
export interface SplitIssuePartInput {
  leadDepartment: string;
  title?: string | null;
  description?: string | null;
  category?: string | null;
}
export interface SplitIssueInput {
  issueId: string;
  reason: string;
  parts: SplitIssuePartInput[];
}

/** Sets the lead department and its sign-off (签收) deadline, as routing does. */
function assignLead(issue: Issue, department: Department, now: Date, signOff: { date: string | null; problem: string | null }) {
  issue.leadDepartment = department;
  issue.assistingDepartmentCodes = issue.assistingDepartmentCodes.filter((c) => c !== department.code);
  issue.assignedAt = now;
  issue.signOffDeadline = signOff.date;
  // provisional when its year's calendar is not loaded; settled when it is (deadline-settlement.ts)
  issue.signOffDeadlineProblem = signOff.problem;
}

/** 合并 and 拆分: coordinators merge a duplicate into another request, or split one request in two. */
export class DuplicateService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * The duplicate closes as MERGED pointing at the survivor; both timelines are kept and each gets
   * an entry naming the other, with its event (the enterprise hears both, each request's departments their own).
   */
  async merge(input: MergeIssueInput): Promise<{ duplicate: Issue; survivor: Issue }> {
    const v = this.viewer;
    authorize(v, 'issue.merge', null);
    const duplicateId = parseId(input.duplicateId, 'duplicateId', 'Issue');
    const survivorId = parseId(input.survivorId, 'survivorId', 'Issue');
    const reason = requireText(input.reason, 'reason', LIMITS.note);
    if (duplicateId === survivorId) throw badInput('A request cannot be merged into itself: name the duplicate and the request it repeats.', 'survivorId');
    return this.em.transactional(async (tx) => {
      // both rows locked in id order, so merges of one pair in opposite directions queue instead of deadlocking
      const locked = new Map<number, Issue>();
      for (const id of [duplicateId, survivorId].sort((a, b) => a - b)) locked.set(id, await lockIssue(tx, id));
      const duplicate = locked.get(duplicateId)!;
      const survivor = locked.get(survivorId)!;
      if (duplicate.enterprise.uscc !== survivor.enterprise.uscc) {
        throw badInput(`Only requests of the same enterprise can be merged: ${duplicate.number} and ${survivor.number} belong to different enterprises.`, 'survivorId');
      }
      assertTransition(survivor.status, 'absorbDuplicate');
      assertTransition(duplicate.status, 'merge');
      // what is still waiting on the duplicate would be answered on a closed request
      if (await tx.count(Referral, { issue: duplicate, status: ReferralStatus.PENDING })) {
        throw conflict(`${duplicate.number} has a referral waiting for an answer: have it answered or withdrawn before merging.`);
      }
      if (await tx.count(IssueExtension, { issue: duplicate, status: IssueExtensionStatus.PENDING })) {
        throw conflict(`${duplicate.number} has an extension waiting for a decision: decide it before merging.`);
      }
      const now = this.clock();
      await stepIssue(tx, duplicate, {
        actor: v,
        timeline: 'MERGED',
        now,
        apply: (d) => d.mergeInto(survivor, now),
        note: `merged into ${survivor.number}: ${reason}`,
      });
      await stepIssue(tx, survivor, {
        actor: v,
        timeline: 'DUPLICATE_MERGED',
        now,
        action: 'absorbDuplicate',
        note: `${duplicate.number} merged into this request: ${reason}`,
      });
      return { duplicate, survivor };
    });
  }

  /**
   * Two parts for two departments: the first stays with this request (its text, when given,
   * replaces the request's, whose former text the timeline keeps), the second becomes a new
   * request of the same enterprise routed to its department. Deadlines as for a routed request: the
   * reply counted from the original submission day (a split, like a transfer, does not restart the
   * enterprise's wait), the sign-off from now.
   */
  async split(input: SplitIssueInput): Promise<{ issue: Issue; splitOff: Issue }> {
    const v = this.viewer;
    authorize(v, 'issue.split', null);
    const issueId = parseId(input.issueId, 'issueId', 'Issue');
    const reason = requireText(input.reason, 'reason', LIMITS.note);
    const parts = input.parts ?? [];
    if (parts.length !== 2) throw badInput(`Split a request into exactly two parts (the first stays with the request, the second becomes a new one); got ${parts.length}.`, 'parts');
    const [keep, off] = parts;
    const keptTitle = optionalText(keep.title, 'parts[0].title', LIMITS.title);
    const keptDescription = optionalText(keep.description, 'parts[0].description', LIMITS.description);
    const newTitle = requireText(off.title, 'parts[1].title', LIMITS.title);
    const newDescription = requireText(off.description, 'parts[1].description', LIMITS.description);
    if (keep.category != null) throw badInput('The part that stays keeps the request\'s category: give a category only for the new part.', 'parts[0].category');
    if (keep.leadDepartment === off.leadDepartment) throw badInput('The two parts must go to different departments.', 'parts[1].leadDepartment');
    return this.em.transactional(async (tx) => {
      const keepDepartment = await requireDepartment(tx, keep.leadDepartment, 'parts[0].leadDepartment');
      const newDepartment = await requireDepartment(tx, off.leadDepartment, 'parts[1].leadDepartment');
      const original = await lockIssue(tx, issueId);
      assertTransition(original.status, 'split');
      // the request's own category is only a reference until loaded: its reply days are needed
      const category = await requireCategory(tx, off.category ?? original.category.code, 'parts[1].category');
      const lead = original.leadDepartment?.code ?? null;
      const reroute = lead !== keepDepartment.code;
      // a department that signed for the request keeps it; moving it is a referral (移交), not a split
      if (reroute && lead && original.status !== IssueStatus.ASSIGNED) {
        throw badInput(`${original.number} is signed for by ${lead}: the part it keeps stays there (parts[0].leadDepartment must be ${lead}); referIssue moves a request.`, 'parts[0].leadDepartment');
      }
      const calendar = await loadCalendar(tx);
      const now = this.clock();
      const signOff = deadlineAfter(calendar, toHubDate(now), SIGN_OFF_WORKING_DAYS);
      const reply = deadlineAfter(calendar, original.submittedOn, category.replyWorkingDays);
      const splitOff = tx.create(Issue, {
        number: await nextIssueNumber(tx, Number(toHubDate(now).slice(0, 4))),
        enterprise: original.enterprise,
        title: newTitle,
        description: newDescription,
        category,
        channel: original.channel,
        priority: original.priority,
        submittedBy: original.submittedBy,
        submittedByName: original.submittedByName,
        submittedByDepartment: original.submittedByDepartment,
        submittedAt: original.submittedAt,
        submittedOn: original.submittedOn,
        receivedAt: original.receivedAt,
        replyDeadline: reply.date,
        replyDeadlineProblem: reply.problem,
        splitFrom: original,
      });
      await stepIssue(tx, splitOff, {
        actor: v,
        timeline: 'SPLIT_OFF',
        now,
        created: true,
        action: 'route',
        apply: (i) => {
          assignLead(i, newDepartment, now, signOff);
          i.routingExplanation = `Split off ${original.number} by coordinator ${v.displayName} to ${newDepartment.code}: ${reason}`;
        },
        note: `split off ${original.number} for ${newDepartment.code}: ${reason}`,
      });
      const before = keptTitle || keptDescription ? `; text before the split: ${original.title} — ${original.description}` : '';
      await stepIssue(tx, original, {
        actor: v,
        timeline: 'SPLIT',
        now,
        action: 'split',
        apply: (i) => {
          if (keptTitle) i.title = keptTitle;
          if (keptDescription) i.description = keptDescription;
          if (reroute) {
            i.transition('route');
            assignLead(i, keepDepartment, now, signOff);
            i.routingExplanation = `Routed by coordinator ${v.displayName} to ${keepDepartment.code} when ${splitOff.number} was split off: ${reason}`;
          }
        },
        note: `${splitOff.number} split off for ${newDepartment.code}${reroute ? `; this request routed to ${keepDepartment.code}` : ''}: ${reason}${before}`,
      });
      return { issue: original, splitOff };
    });
  }
}

import { toGlobalId } from '../node/global-id';
import type { ReferralEventName, TimelineAction } from '../events/event-types';
import { LockMode, UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../../shared/auth';
import { toHubDate } from '../../../shared/time-zone';
import { badInput, conflict, forbidden, notFound } from '../../../shared/errors';
import { type Connection, CursorPart, findPage, type PageArgs } from '../../../shared/pagination';
import { optionalText, parseId, requireText } from '../validation';
import { deadlineAfter, loadCalendar } from '../calendar/calendar.service';
import { Department } from '../department/department.entity';
import { Issue } from '../issue/issue.entity';
import { LIMITS, SIGN_OFF_WORKING_DAYS } from '../issue/issue.service';
import { lockIssue, stepIssue } from '../issue/issue-workflow';
import { assertTransition, IssueStatus } from '../issue/issue-status';
import { recordEvent } from '../events/outbox';
import { Referral, ReferralKind, ReferralStatus } from './referral.entity';
import { type ReferIssueInput, type ReferralFilter, ReferralOrder } from './referral.types';
import { asFilter, referralOverdueSql } from '../overdue';
import { authorize, isCoordinator, isStaff, issueFacts } from '../policy';

export class ReferralService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private officerDepartment(doing: string): string {
    const v = this.viewer;
    if (!isStaff(v) || !v.department) throw forbidden(`Only department officers can ${doing}.`);
    return v.department;
  }

  /** The same key from the same department means the same request: return what it created. */
  private async replay(from: string, input: ReferIssueInput, em: EntityManager): Promise<Referral | null> {
    const existing = await em.findOne(Referral, { fromDepartment: from, idempotencyKey: input.idempotencyKey });
    if (!existing) return null;
    // any difference, the reason included, means another request under a reused key
    const same =
      toGlobalId('Issue', existing.issue.id) === input.issueId &&
      existing.toDepartment.code === input.toDepartment &&
      existing.kind === input.kind &&
      existing.reason === input.reason;
    if (!same) throw conflict('This idempotency key was already used for a different referral: use a new key for a new request.');
    return existing;
  }

  /** 移交/协办: the lead department hands the request over (TRANSFER) or asks for help (ASSIST). */
  async refer(input: ReferIssueInput): Promise<Referral> {
    const from = this.officerDepartment('refer requests');
    const key = requireText(input.idempotencyKey, 'idempotencyKey', 100);
    const reason = requireText(input.reason, 'reason', LIMITS.note);
    const issueId = parseId(input.issueId, 'issueId', 'Issue');
    if (input.toDepartment === from) throw badInput('A department cannot refer a request to itself.', 'toDepartment');
    const normalized = { ...input, idempotencyKey: key, reason };
    const replayed = await this.replay(from, normalized, this.em);
    if (replayed) return replayed;
    try {
      return await this.em.transactional(async (tx) => {
        const to = await tx.findOne(Department, input.toDepartment);
        if (!to) throw badInput(`Unknown department "${input.toDepartment}".`, 'toDepartment');
        const issue = await lockIssue(tx, issueId);
        // retries racing each other queue on the issue lock; the later ones find the first here
        const raced = await this.replay(from, normalized, tx);
        if (raced) return raced;
        authorize(this.viewer, 'issue.refer', issueFacts(issue));
        assertTransition(issue.status, 'refer'); // the request's state is refused before the referral's own conflicts
        const pending = await tx.find(Referral, { issue, status: ReferralStatus.PENDING });
        if (input.kind === ReferralKind.TRANSFER && pending.some((r) => r.kind === ReferralKind.TRANSFER)) {
          throw conflict('A transfer of this request is already waiting for an answer.');
        }
        if (pending.some((r) => r.toDepartment.code === to.code && r.kind === input.kind)) {
          throw conflict(`A ${input.kind.toLowerCase()} referral to ${to.code} is already waiting for an answer.`);
        }
        if (input.kind === ReferralKind.ASSIST && issue.assistingDepartmentCodes.includes(to.code)) {
          throw conflict(`${to.code} already assists with this request.`);
        }
        const now = this.clock();
        const signOff = deadlineAfter(await loadCalendar(tx), toHubDate(now), SIGN_OFF_WORKING_DAYS);
        const referral = tx.create(Referral, {
          issue,
          fromDepartment: tx.getReference(Department, from),
          toDepartment: to,
          kind: input.kind,
          reason,
          idempotencyKey: key,
          createdBy: this.viewer.id,
          createdByName: this.viewer.displayName,
          createdByDepartment: this.viewer.department,
          createdAt: now,
          signOffDeadline: signOff.date,
          signOffDeadlineProblem: signOff.problem,
        });
        await stepIssue(tx, issue, {
          actor: this.viewer,
          timeline: input.kind === ReferralKind.TRANSFER ? 'REFERRED' : 'ASSIST_REQUESTED',
          now,
          action: 'refer',
          note: `to ${to.code}: ${reason}`,
          departments: [from, to.code],
        });
        await recordReferralEvent(tx, referral, issue, 'PROPOSED', now);
        return referral;
      });
    } catch (err) {
      // the unique (from_department, idempotency_key) index is the last line of defence
      if (err instanceof UniqueConstraintViolationException) {
        const again = await this.replay(from, normalized, this.em.fork());
        if (again) return again;
      }
      throw err;
    }
  }

  accept(referralId: string, note?: string | null) {
    return this.answer(referralId, 'accept', optionalText(note, 'note', LIMITS.note));
  }

  reject(referralId: string, reason: string) {
    return this.answer(referralId, 'reject', requireText(reason, 'reason', LIMITS.note));
  }

  complete(referralId: string, note: string) {
    return this.answer(referralId, 'complete', requireText(note, 'note', LIMITS.note));
  }

  cancel(referralId: string, reason: string) {
    return this.answer(referralId, 'cancel', requireText(reason, 'reason', LIMITS.note));
  }

  /**
   * Answers lock the referral row, then the issue: two answers at the same moment queue up, and
   * the state machine refuses the second with CONFLICT. All or nothing.
   */
  private async answer(referralId: string, step: 'accept' | 'reject' | 'complete' | 'cancel', note: string | null): Promise<Referral> {
    const dept = this.officerDepartment('answer referrals');
    const id = parseId(referralId, 'referralId', 'Referral');
    return this.em.transactional(async (tx) => {
      const referral = await tx.findOne(Referral, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!referral) throw notFound(`No referral with id ${id}.`);
      authorize(this.viewer, step === 'cancel' ? 'referral.cancel' : 'referral.answer', { fromDepartment: referral.fromDepartment.code, toDepartment: referral.toDepartment.code });
      referral.transition(step);
      const now = this.clock();
      let action: TimelineAction;
      if (step === 'complete') {
        referral.completedAt = now;
        referral.completionNote = note;
        action = 'ASSIST_COMPLETED';
      } else {
        referral.answeredAt = now;
        referral.answeredBy = this.viewer.id;
        referral.answeredByName = this.viewer.displayName;
        referral.answeredByDepartment = this.viewer.department;
        referral.answerNote = note;
        action = ({ accept: 'REFERRAL_ACCEPTED', reject: 'REFERRAL_REJECTED', cancel: 'REFERRAL_CANCELLED' } as const)[step];
      }
      const summary = `${referral.kind.toLowerCase()} ${referral.fromDepartment.code} → ${referral.toDepartment.code}${note ? `: ${note}` : ''}`;
      const departments = [referral.fromDepartment.code, referral.toDepartment.code];
      const issue = await lockIssue(tx, referral.issue.id);
      if (step === 'accept' && referral.kind === ReferralKind.TRANSFER) {
        // ownership moves; the reply deadline does not restart; a request not yet signed for is signed by the taker
        await stepIssue(tx, issue, {
          actor: this.viewer,
          timeline: action,
          now,
          action: 'takeOverByTransfer',
          to: [IssueStatus.ASSIGNED, IssueStatus.REOPENED].includes(issue.status) ? IssueStatus.ACCEPTED : undefined,
          apply: (i) => {
            i.leadDepartment = referral.toDepartment;
            i.assistingDepartmentCodes = i.assistingDepartmentCodes.filter((c) => c !== dept);
            i.acceptedAt ??= now;
          },
          note: `${summary} (lead is now ${dept})`,
          departments,
        });
      } else {
        await stepIssue(tx, issue, {
          actor: this.viewer,
          timeline: action,
          now,
          apply: (i) => {
            if (step === 'accept') i.assistingDepartmentCodes = [...new Set([...i.assistingDepartmentCodes, dept])];
          },
          note: summary,
          departments,
        });
      }
      // the event type is the referral's new status (ACCEPTED, REJECTED, COMPLETED, CANCELLED)
      await recordReferralEvent(tx, referral, issue, referral.status as ReferralEventName, now);
      return referral;
    });
  }

  /** One referral, for coordinators and the officers of its two departments; NOT_FOUND if none has the id. */
  async get(id: string): Promise<Referral> {
    const referral = await this.em.findOne(Referral, parseId(id, 'id', 'Referral'));
    if (!referral) throw notFound(`No referral with id ${id}.`);
    authorize(this.viewer, 'referral.read', { fromDepartment: referral.fromDepartment.code, toDepartment: referral.toDepartment.code }, 'see it');
    return referral;
  }

  /** Referrals the viewer may see (coordinators: all; officers: to or from their department), newest first. */
  async list(filter: ReferralFilter | null | undefined, page: PageArgs, order: ReferralOrder = ReferralOrder.NEWEST_FIRST): Promise<Connection<Referral>> {
    const v = this.viewer;
    const and: (FilterQuery<Referral> | (() => FilterQuery<Referral>))[] = [];
    authorize(v, 'referral.list', null);
    if (!isCoordinator(v)) {
      and.push({ $or: [{ toDepartment: v.department }, { fromDepartment: v.department }] });
    }
    if (filter?.toDepartment) and.push({ toDepartment: filter.toDepartment });
    if (filter?.fromDepartment) and.push({ fromDepartment: filter.fromDepartment });
    if (filter?.status?.length) and.push({ status: { $in: filter.status } });
    if (filter?.issueId) and.push({ issue: parseId(filter.issueId, 'filter.issueId', 'Issue') });
    if (filter?.overdue != null) and.push(asFilter<Referral>(referralOverdueSql, toHubDate(this.clock()), filter.overdue));
    return findPage(this.em, Referral, and, page, { id: order === ReferralOrder.OLDEST_FIRST ? 'asc' : 'desc' }, [CursorPart.id]);
  }
}

/** REFERRAL stream: proposed, accepted, rejected, completed, cancelled (and, from the scheduler, overdue). */
export async function recordReferralEvent(tx: EntityManager, referral: Referral, issue: Issue, type: ReferralEventName, now: Date): Promise<void> {
  await recordEvent(tx, {
    stream: 'REFERRAL',
    type,
    issueId: issue.id,
    referralId: referral.id,
    enterpriseUscc: issue.enterprise.uscc,
    departments: [referral.fromDepartment.code, referral.toDepartment.code],
    occurredAt: now,
    payload: { kind: referral.kind, status: referral.status, fromDepartment: referral.fromDepartment.code, toDepartment: referral.toDepartment.code, note: referral.answerNote ?? referral.completionNote ?? referral.reason },
  });
}

export type { Issue };

import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../../shared/auth';
import type { Clock } from '../../../shared/clock';
import { badInput, conflict, notFound } from '../../../shared/errors';
import { CursorPart, findPage, type PageArgs } from '../../../shared/pagination';
import { toHubDate } from '../../../shared/time-zone';
import { assertJudicialSummaryAccess, assertJudicialWriter, assertMayListJudicial } from '../policy';
import {
  MAX_CASE_NO, MAX_COURT, MAX_COURT_CASE_NO, MAX_PARTIES, MAX_REASON, MAX_SUBJECT, MAX_TEXT,
  notInFuture, parseIssueId, parseJudicialId, parseUscc, requiredText, text,
} from '../validation';
import { Litigation, LitigationRole, MediationCase, MediationStep } from './judicial.entity';
import { DisputeCategory, LitigationOutcome, MediationAction, MediationGrade, MediationStatus, OUTCOME_WORDS } from './mediation-rules';
import type { VisibleIssue } from '../issue/hub-issues';
import { MediationOutcome } from './mediation.types';
import { JUDICIAL_RULES_LOCK, refreshJudicialSignals } from '../risk/risk.service';

export interface OpenMediationCaseFields {
  enterpriseUscc: string;
  issueId?: string | null;
  category: DisputeCategory;
  grade?: MediationGrade | null;
  subject: string;
  description?: string | null;
  parties?: string | null;
  caseNo?: string | null;
  openedOn?: string | null;
}

export interface MediationCaseFilter {
  status?: MediationStatus | null;
  grade?: MediationGrade | null;
  category?: DisputeCategory | null;
  enterpriseUscc?: string | null;
}

export interface ConcludeLitigationFields {
  litigationId: string;
  outcome: LitigationOutcome;
  concludedOn: string;
  note?: string | null;
}

export interface RecordLitigationFields {
  mediationCaseId?: string | null;
  enterpriseUscc?: string | null;
  caseNo: string;
  court: string;
  role: LitigationRole;
  cause: string;
  filedOn: string;
}

/**
 * Graded mediation (分级调解): opening, escalating, closing cases, and the lawsuit a failed case
 * becomes. Every write: judicial officers only, in one transaction with the case row locked, and a
 * timeline step (MediationStep) for each change.
 */
export class MediationService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly clock: Clock,
    /** The hub's answer whether the caller may see a request (HubIssues.visibleIssue); needed to open a case for one. */
    private readonly visibleIssue?: (issueId: string) => Promise<VisibleIssue>,
  ) {}

  private today(): string {
    return toHubDate(this.clock());
  }

  private step(tx: EntityManager, c: MediationCase, action: MediationAction, note: string | null, fromGrade: MediationGrade | null = null) {
    tx.create(MediationStep, {
      mediationCase: c, action, fromGrade, grade: c.grade, status: c.status, note, at: this.clock(), actorId: this.viewer.id, actorName: this.viewer.displayName,
    });
  }

  /** Rewrites the enterprise's materialised risk signals in the write's own transaction (README, "Risk assessment"). */
  private async signals(tx: EntityManager, uscc: string): Promise<void> {
    // one rewrite per enterprise at a time: two writes to different cases of it would race on its rows
    // shared with other writes, exclusive for a rule change: a write never rewrites signals by rules being replaced
    await tx.execute('select pg_advisory_xact_lock_shared(hashtext(?))', [JUDICIAL_RULES_LOCK]);
    await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`judicial:risk:${uscc}`]);
    await tx.flush();
    await refreshJudicialSignals(tx, [uscc], this.today());
  }

  /** The case row, locked for the rest of the transaction; NOT_FOUND when there is none. */
  private async locked(tx: EntityManager, id: string, field = 'mediationCaseId'): Promise<MediationCase> {
    const row = await tx.findOne(MediationCase, { id: parseJudicialId(id, field, 'MediationCase') }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!row) throw notFound(`No mediation case with id ${id.slice(0, 64)}.`);
    return row;
  }

  /**
   * Opens a case at its first grade (community unless given). With `issueId` the case is linked to
   * that hub request (one open case per request), after the hub confirmed that the officer may see
   * it (its own `issue.read` rule, asked with the caller's token) and that it is the same enterprise's.
   */
  async open(input: OpenMediationCaseFields): Promise<MediationCase> {
    assertJudicialWriter(this.viewer);
    const uscc = parseUscc(input.enterpriseUscc, 'enterpriseUscc');
    const issueId = input.issueId == null || input.issueId === '' ? null : parseIssueId(input.issueId);
    const subject = requiredText(input.subject, 'subject', MAX_SUBJECT);
    const description = text(input.description, 'description', MAX_TEXT, true);
    const parties = text(input.parties, 'parties', MAX_PARTIES, true);
    const givenCaseNo = text(input.caseNo, 'caseNo', MAX_CASE_NO, true);
    const today = this.today();
    const openedOn = notInFuture(input.openedOn ?? today, today, 'openedOn');
    const grade = input.grade ?? MediationGrade.COMMUNITY;
    if (issueId) {
      if (!this.visibleIssue) throw new Error('no hub client to check the request');
      const issue = await this.visibleIssue(issueId);
      if (issue.enterpriseUscc !== uscc) throw badInput(`Request ${issueId} is about enterprise ${issue.enterpriseUscc}, not ${uscc}.`, 'enterpriseUscc');
    }
    return this.uniquely(() =>
      this.em.transactional(async (tx) => {
        if (issueId && (await tx.count(MediationCase, { issueId, status: MediationStatus.OPEN })) > 0) {
          throw conflict(`Request ${issueId} already has an open mediation case: escalate or close that one.`);
        }
        // the number comes from the row's own sequence, so it needs no counter row of its own
        const [{ id }] = await tx.execute<{ id: string }[]>(`select nextval('judicial.mediation_case_id_seq') as id`);
        const caseNo = givenCaseNo ?? `司调〔${openedOn.slice(0, 4)}〕${id}号`;
        const c = tx.create(MediationCase, {
          id: Number(id), uscc, caseNo, grade, status: MediationStatus.OPEN, category: input.category, subject, description, parties, openedOn, gradeSince: openedOn, issueId,
        });
        this.step(tx, c, MediationAction.OPENED, null);
        await this.signals(tx, uscc);
        return c;
      }),
    );
  }

  /** Hands an open case up to the next grade with a reason; CONFLICT at the district grade or when closed. */
  async escalate(input: { mediationCaseId: string; reason: string }): Promise<MediationCase> {
    assertJudicialWriter(this.viewer);
    const reason = requiredText(input.reason, 'reason', MAX_REASON);
    return this.em.transactional(async (tx) => {
      const c = await this.locked(tx, input.mediationCaseId);
      const { from } = c.escalate(this.today());
      this.step(tx, c, MediationAction.ESCALATED, reason, from);
      await this.signals(tx, c.uscc);
      return c;
    });
  }

  /** Closes an open case once, as settled (the agreement) or failed (why). */
  async close(input: { mediationCaseId: string; outcome: MediationOutcome; note: string }): Promise<MediationCase> {
    assertJudicialWriter(this.viewer);
    const note = requiredText(input.note, 'note', MAX_REASON);
    const settled = input.outcome === MediationOutcome.SETTLED;
    return this.em.transactional(async (tx) => {
      const c = await this.locked(tx, input.mediationCaseId);
      c.close(settled ? MediationStatus.SETTLED : MediationStatus.FAILED, this.today(), note);
      this.step(tx, c, settled ? MediationAction.SETTLED : MediationAction.FAILED, note);
      await this.signals(tx, c.uscc);
      return c;
    });
  }

  /**
   * Records a lawsuit involving the enterprise. From a failed case (`mediationCaseId`) the lawsuit
   * is linked to it and the case's timeline says so; one lawsuit per case (CONFLICT otherwise).
   */
  async recordLitigation(input: RecordLitigationFields): Promise<{ litigation: Litigation; mediationCase: MediationCase | null }> {
    assertJudicialWriter(this.viewer);
    const givenUscc = input.enterpriseUscc ? parseUscc(input.enterpriseUscc, 'enterpriseUscc') : null;
    if (!givenUscc && !input.mediationCaseId) throw badInput('Give the failed mediation case (mediationCaseId) or the enterprise (enterpriseUscc).', 'enterpriseUscc');
    const caseNo = requiredText(input.caseNo, 'caseNo', MAX_COURT_CASE_NO);
    const court = requiredText(input.court, 'court', MAX_COURT);
    const cause = requiredText(input.cause, 'cause', MAX_SUBJECT);
    const filedOn = notInFuture(input.filedOn, this.today(), 'filedOn');
    return this.uniquely(() =>
      this.em.transactional(async (tx) => {
        let mediationCase: MediationCase | null = null;
        if (input.mediationCaseId) {
          mediationCase = await this.locked(tx, input.mediationCaseId);
          if (givenUscc && givenUscc !== mediationCase.uscc) {
            throw badInput(`enterpriseUscc ${givenUscc} is not the enterprise of mediation case ${mediationCase.caseNo}; leave it out.`, 'enterpriseUscc');
          }
          mediationCase.assertMayFileLitigation();
          const existing = await tx.findOne(Litigation, { mediationCase });
          if (existing) throw conflict(`Mediation case ${mediationCase.caseNo} already went to court (${existing.globalId}, ${existing.caseNo}).`);
        }
        const litigation = tx.create(Litigation, {
          uscc: mediationCase?.uscc ?? givenUscc!, caseNo, court, role: input.role, cause, filedOn, mediationCase, recordedAt: this.clock(),
        });
        if (mediationCase) this.step(tx, mediationCase, MediationAction.LITIGATION_FILED, `${court} ${caseNo}`);
        await this.signals(tx, litigation.uscc);
        return { litigation, mediationCase };
      }),
    );
  }

  /**
   * Concludes a pending lawsuit (结案): judgment, settled in court or withdrawn, on a day between its
   * filing and today, with an optional note; once (CONFLICT for a concluded one). A lawsuit that grew
   * out of a failed mediation adds LITIGATION_CONCLUDED to that case's timeline. The judicial signals
   * are rewritten in the same transaction: a concluded lawsuit no longer signals (risk/risk-signals.ts).
   */
  async concludeLitigation(input: ConcludeLitigationFields): Promise<{ litigation: Litigation; mediationCase: MediationCase | null }> {
    assertJudicialWriter(this.viewer);
    const id = parseJudicialId(input.litigationId, 'litigationId', 'Litigation');
    if (!Object.values(LitigationOutcome).includes(input.outcome)) throw badInput('Unknown outcome.', 'outcome');
    const note = text(input.note, 'note', MAX_REASON, true);
    const concludedOn = notInFuture(input.concludedOn, this.today(), 'concludedOn');
    return this.em.transactional(async (tx) => {
      const litigation = await tx.findOne(Litigation, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!litigation) throw notFound(`No litigation record with id ${input.litigationId.slice(0, 64)}.`);
      litigation.conclude(input.outcome, concludedOn, note, this.viewer.id);
      let mediationCase: MediationCase | null = null;
      if (litigation.mediationCase) {
        mediationCase = await this.locked(tx, litigation.mediationCase.globalId);
        this.step(tx, mediationCase, MediationAction.LITIGATION_CONCLUDED, `${litigation.court} ${litigation.caseNo}：${OUTCOME_WORDS[input.outcome]}${note ? `；${note}` : ''}`);
      }
      await this.signals(tx, litigation.uscc);
      return { litigation, mediationCase };
    });
  }

  /** One case: NOT_FOUND when none has the id, FORBIDDEN when the viewer may not see even its summary. */
  async get(id: string, load: (id: number) => Promise<MediationCase | null>): Promise<MediationCase> {
    const c = await load(parseJudicialId(id, 'id', 'MediationCase'));
    if (!c) throw notFound(`No mediation case with id ${id.slice(0, 64)}.`);
    assertJudicialSummaryAccess(this.viewer, c.uscc);
    return c;
  }

  /** The bureau's work list: newest first, filtered; judicial staff and coordinators. */
  async list(filter: MediationCaseFilter | null | undefined, page: PageArgs) {
    assertMayListJudicial(this.viewer);
    const where: Record<string, unknown> = {};
    if (filter?.status) where.status = filter.status;
    if (filter?.grade) where.grade = filter.grade;
    if (filter?.category) where.category = filter.category;
    if (filter?.enterpriseUscc) where.uscc = parseUscc(filter.enterpriseUscc, 'filter.enterpriseUscc');
    return findPage(this.em, MediationCase, [where], page, { id: 'desc' }, [CursorPart.id]);
  }

  /** A unique index that fires despite the checks (a race, or a case number already used) is CONFLICT, not a 500. */
  private async uniquely<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) {
        const constraint = String((err as { constraint?: string }).constraint ?? err.message);
        if (constraint.includes('case_no')) throw conflict('That case number is already used by another record.');
        if (constraint.includes('one_open_per_issue')) throw conflict('That request already has an open mediation case.');
        if (constraint.includes('mediation_case_id')) throw conflict('That mediation case already went to court.');
        throw conflict('The record was changed at the same time by someone else; try again.');
      }
      throw err;
    }
  }
}

import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../../shared/auth';
import type { Clock } from '../../../shared/clock';
import { badInput, conflict, notFound } from '../../../shared/errors';
import { parseYuan } from '../../../shared/money';
import { notBefore, parseRecordId, pastDay, recordText } from '../../../shared/record-input';
import { toHubDate } from '../../../shared/time-zone';
import { MARKET_RULES_LOCK, refreshMarketSignals } from '../risk/risk.service';
import { parseUscc } from '../../hub/enterprise/uscc';
import { CursorPart, findPage, type PageArgs } from '../../../shared/pagination';
import { assertMarketStaff, assertMayReadMarketWorklists } from '../policy';
import { AbnormalListing, Penalty, PenaltyAction, Registration } from '../registration/registration.entity';
import { Complaint, ComplaintAction, ComplaintStatus, Inspection, InspectionResult } from './records.entity';

export const MAX_INSPECTOR = 200;
export const MAX_NOTES = 5_000;
export const MAX_SUBJECT = 200;
export const MAX_DETAILS = 5_000;
export const MAX_REASON = 200;
export const MAX_DECISION_NO = 60;
export const MAX_VIOLATION = 300;
export const MAX_STEP_NOTE = 2_000;

/**
 * Market supervision's daily work (市场监管): inspections, consumer complaints, the abnormal-operation
 * list (经营异常名录) and administrative penalties. Every write is by market staff, checked before
 * any SQL, in one transaction; records are for enterprises market supervision has registered
 * (its own register, `registration`), NOT_FOUND otherwise. State steps go through the entities'
 * machines (CONFLICT when illegal), with the row locked so two officers cannot race.
 */
export class MarketRecordsService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly clock: Clock,
  ) {}

  private today(): string {
    return toHubDate(this.clock());
  }

  /** The enterprise's registration, locked when `lock` (serialises listing changes of one enterprise). */
  /** Rewrites the enterprise's materialised risk signals in the write's own transaction (README, "Risk assessment"). */
  private async signalled<T extends { uscc: string }>(tx: EntityManager, record: T): Promise<T> {
    // shared with other writes, exclusive for a rule change: a write never rewrites signals by rules being replaced
    await tx.execute('select pg_advisory_xact_lock_shared(hashtext(?))', [MARKET_RULES_LOCK]);
    await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`market:risk:${record.uscc}`]);
    await tx.flush();
    await refreshMarketSignals(tx, [record.uscc], this.clock());
    return record;
  }

  private async registration(tx: EntityManager, uscc: string, lock = false): Promise<Registration> {
    const r = await tx.findOne(Registration, { uscc }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
    if (!r) throw notFound(`Market supervision holds no business registration for ${uscc}.`);
    return r;
  }

  async recordInspection(input: { uscc: string; date: string; inspector: string; result: InspectionResult; notes: string }): Promise<Inspection> {
    assertMarketStaff(this.viewer);
    const uscc = parseUscc(input.uscc);
    const inspectedOn = pastDay(input.date, 'date', this.today());
    const inspector = recordText(input.inspector, 'inspector', MAX_INSPECTOR)!;
    const notes = recordText(input.notes, 'notes', MAX_NOTES)!;
    return this.em.transactional(async (tx) => {
      await this.registration(tx, uscc);
      return tx.create(Inspection, { uscc, inspectedOn, inspector, result: input.result, notes, recordedBy: this.viewer.id, recordedAt: this.clock() });
    });
  }

  async recordComplaint(input: { uscc: string; receivedOn: string; subject: string; details: string }): Promise<Complaint> {
    assertMarketStaff(this.viewer);
    const uscc = parseUscc(input.uscc);
    const receivedOn = pastDay(input.receivedOn, 'receivedOn', this.today());
    const subject = recordText(input.subject, 'subject', MAX_SUBJECT)!;
    const details = recordText(input.details, 'details', MAX_DETAILS)!;
    return this.em.transactional(async (tx) => {
      await this.registration(tx, uscc);
      return this.signalled(tx, tx.create(Complaint, { uscc, receivedOn, subject, details, recordedBy: this.viewer.id }));
    });
  }

  /** START_HANDLING, CLOSE (note: the outcome) or DISMISS (note: why), today on the hub clock. */
  async changeComplaintStatus(input: { complaintId: string; action: ComplaintAction; note?: string | null }): Promise<Complaint> {
    assertMarketStaff(this.viewer);
    const id = parseRecordId(input.complaintId, 'Complaint', 'complaintId');
    const note = recordText(input.note, 'note', MAX_STEP_NOTE, true);
    if (!note && input.action !== ComplaintAction.START_HANDLING) {
      throw badInput(`note is required to ${input.action === ComplaintAction.CLOSE ? 'close a complaint (its outcome)' : 'dismiss a complaint (why it is not accepted)'}.`, 'note');
    }
    return this.em.transactional(async (tx) => {
      const complaint = await tx.findOne(Complaint, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!complaint) throw notFound(`No complaint ${input.complaintId}.`);
      complaint.apply(input.action, this.today(), note);
      return this.signalled(tx, complaint);
    });
  }

  /** 列入: lists the enterprise; CONFLICT while it is still listed (remove it first). */
  async addToAbnormalList(input: { uscc: string; date: string; reason: string }): Promise<AbnormalListing> {
    assertMarketStaff(this.viewer);
    const uscc = parseUscc(input.uscc);
    const listedOn = pastDay(input.date, 'date', this.today());
    const reason = recordText(input.reason, 'reason', MAX_REASON)!;
    return this.uniquely(() =>
      this.em.transactional(async (tx) => {
        await this.registration(tx, uscc, true);
        const current = await tx.findOne(AbnormalListing, { uscc, removedOn: null });
        if (current) throw conflict(`${uscc} is already on the abnormal-operation list since ${current.listedOn} (${current.reason}); remove it (移出) before listing it again.`);
        const last = await tx.findOne(AbnormalListing, { uscc }, { orderBy: { removedOn: 'desc' } });
        if (last?.removedOn) notBefore(listedOn, last.removedOn, 'date', 'its last removal from the list');
        return this.signalled(tx, tx.create(AbnormalListing, { uscc, listedOn, reason }));
      }),
      `${uscc} was listed by someone else at the same moment.`,
    );
  }

  /** 移出: removes the enterprise from the list; CONFLICT when it is not listed. */
  async removeFromAbnormalList(input: { uscc: string; date: string; reason: string }): Promise<AbnormalListing> {
    assertMarketStaff(this.viewer);
    const uscc = parseUscc(input.uscc);
    const removedOn = pastDay(input.date, 'date', this.today());
    const reason = recordText(input.reason, 'reason', MAX_REASON)!;
    return this.em.transactional(async (tx) => {
      await this.registration(tx, uscc, true);
      const current = await tx.findOne(AbnormalListing, { uscc, removedOn: null });
      if (!current) throw conflict(`${uscc} is not on the abnormal-operation list: nothing to remove.`);
      notBefore(removedOn, current.listedOn, 'date', 'the day it was listed');
      current.remove(removedOn, reason);
      return this.signalled(tx, current);
    });
  }

  async recordPenalty(input: { uscc: string; decisionNo: string; decidedOn: string; violation: string; fine: string }): Promise<Penalty> {
    assertMarketStaff(this.viewer);
    const uscc = parseUscc(input.uscc);
    const decisionNo = recordText(input.decisionNo, 'decisionNo', MAX_DECISION_NO)!;
    const decidedOn = pastDay(input.decidedOn, 'decidedOn', this.today());
    const violation = recordText(input.violation, 'violation', MAX_VIOLATION)!;
    const fineYuan = parseYuan(input.fine, 'fine');
    return this.uniquely(
      () =>
        this.em.transactional(async (tx) => {
          await this.registration(tx, uscc);
          if (await tx.findOne(Penalty, { decisionNo })) throw conflict(`A penalty with decision number ${decisionNo} is already recorded.`);
          return this.signalled(tx, tx.create(Penalty, { uscc, decisionNo, decidedOn, violation, fineYuan }));
        }),
      `A penalty with decision number ${decisionNo} was recorded by someone else at the same moment.`,
    );
  }

  /** PAY, APPEAL, UPHOLD or REVOKE today on the hub clock; CONFLICT when illegal from the current status. */
  async changePenaltyStatus(input: { penaltyId: string; action: PenaltyAction; note?: string | null }): Promise<Penalty> {
    assertMarketStaff(this.viewer);
    const id = parseRecordId(input.penaltyId, 'Penalty', 'penaltyId');
    const note = recordText(input.note, 'note', MAX_STEP_NOTE, true);
    return this.em.transactional(async (tx) => {
      const penalty = await tx.findOne(Penalty, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!penalty) throw notFound(`No penalty ${input.penaltyId}.`);
      penalty.apply(input.action, this.today(), note);
      return this.signalled(tx, penalty);
    });
  }

  /** Complaints across enterprises, newest received first, optionally by status: the officers' work list. */
  complaints(status: ComplaintStatus[] | null | undefined, page: PageArgs) {
    assertMayReadMarketWorklists(this.viewer);
    return findPage(this.em, Complaint, status?.length ? [{ status: { $in: status } }] : [], page, { receivedOn: 'desc', id: 'desc' }, [CursorPart.isoDate, CursorPart.id]);
  }

  /** A unique index refusing a row inserted concurrently is the same CONFLICT as the check before it. */
  private async uniquely<T>(work: () => Promise<T>, message: string): Promise<T> {
    try {
      return await work();
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) throw conflict(message);
      throw err;
    }
  }
}

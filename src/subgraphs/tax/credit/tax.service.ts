import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../../shared/auth';
import type { Clock } from '../../../shared/clock';
import { badInput, conflict, notFound } from '../../../shared/errors';
import { parseYuan } from '../../../shared/money';
import { notBefore, parseRecordId, pastDay, recordText } from '../../../shared/record-input';
import { toHubDate } from '../../../shared/time-zone';
import { parseUscc } from '../../hub/enterprise/uscc';
import { CursorPart, findPage, type PageArgs } from '../../../shared/pagination';
import { assertMayReadTaxWorklists, assertTaxStaff } from '../policy';
import { parsePeriod } from './period';
import { refreshTaxSignals, TAX_RULES_LOCK } from '../risk/risk.service';
import { Arrears, CreditRating, CreditRatingRecord, CreditRatingRevision, FilingStatus, filingMachine, TaxFiling, Taxpayer } from './tax.entity';

export const MAX_REASON = 1_000;
export const MAX_TAX_TYPE = 50;
/** Credit ratings exist from 2014 (纳税信用管理办法); a year is rated once it has ended. */
export const FIRST_RATED_YEAR = 2014;

/**
 * The tax bureau's daily work (税务): yearly credit ratings and their re-ratings, arrears and their
 * settlement, filing compliance. Every write is by tax staff, checked before any SQL, in one
 * transaction with the taxpayer's register row locked (so two officers rating or filing for one
 * enterprise are serialised); unique keys back the checks (CONFLICT either way).
 */
export class TaxService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly clock: Clock,
  ) {}

  private today(): string {
    return toHubDate(this.clock());
  }

  /** Rewrites the enterprise's materialised risk signals in the write's own transaction (README, "Risk assessment"). */
  private async signalled<T extends { uscc: string }>(tx: EntityManager, record: T): Promise<T> {
    // shared with other writes, exclusive for a rule change: a write never rewrites signals by rules being replaced
    await tx.execute('select pg_advisory_xact_lock_shared(hashtext(?))', [TAX_RULES_LOCK]);
    await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`tax:risk:${record.uscc}`]);
    await tx.flush();
    await refreshTaxSignals(tx, [record.uscc]);
    return record;
  }

  private async taxpayer(tx: EntityManager, uscc: string): Promise<Taxpayer> {
    const t = await tx.findOne(Taxpayer, { uscc }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!t) throw notFound(`${uscc} is not registered with the tax bureau (税务登记).`);
    return t;
  }

  private ratedYear(year: number): number {
    const current = Number(this.today().slice(0, 4));
    if (!Number.isInteger(year) || year < FIRST_RATED_YEAR || year >= current) {
      throw badInput(`year must be a year that has ended, from ${FIRST_RATED_YEAR} to ${current - 1}; got ${year}.`, 'year');
    }
    return year;
  }

  /** The first rating of a year; CONFLICT when the year is rated already (re-rate with reviseTaxCreditRating). */
  async rate(input: { uscc: string; year: number; rating: CreditRating; reason?: string | null }): Promise<CreditRatingRecord> {
    assertTaxStaff(this.viewer);
    const uscc = parseUscc(input.uscc);
    const year = this.ratedYear(input.year);
    const reason = recordText(input.reason, 'reason', MAX_REASON, true);
    return this.uniquely(
      () =>
        this.em.transactional(async (tx) => {
          await this.taxpayer(tx, uscc);
          const existing = await tx.findOne(CreditRatingRecord, { uscc, year });
          if (existing) throw conflict(`${uscc} already has a ${year} rating (${existing.rating}): one rating per year; re-rate it with reviseTaxCreditRating, giving a reason.`);
          return this.signalled(tx, tx.create(CreditRatingRecord, { uscc, year, rating: input.rating, ratedOn: this.today(), reason }));
        }),
      `${uscc} was rated for ${year} by someone else at the same moment.`,
    );
  }

  /** Re-rates a year: the rating changes, the revision (from, to, why, when) is kept. */
  async revise(input: { uscc: string; year: number; rating: CreditRating; reason: string }): Promise<CreditRatingRecord> {
    assertTaxStaff(this.viewer);
    const uscc = parseUscc(input.uscc);
    const year = this.ratedYear(input.year);
    const reason = recordText(input.reason, 'reason', MAX_REASON)!;
    return this.em.transactional(async (tx) => {
      await this.taxpayer(tx, uscc);
      const record = await tx.findOne(CreditRatingRecord, { uscc, year });
      if (!record) throw conflict(`${uscc} has no ${year} rating to revise: rate it with rateTaxCredit first.`);
      if (record.rating === input.rating) throw conflict(`${uscc} is already rated ${input.rating} for ${year}.`);
      const today = this.today();
      tx.create(CreditRatingRevision, { ratingRecord: record, previousRating: record.rating, rating: input.rating, revisedOn: today, reason, revisedBy: this.viewer.id });
      record.rating = input.rating;
      record.ratedOn = today;
      record.reason = reason;
      return this.signalled(tx, record);
    });
  }

  async recordArrears(input: { uscc: string; taxType: string; amount: string; since: string }): Promise<Arrears> {
    assertTaxStaff(this.viewer);
    const uscc = parseUscc(input.uscc);
    const taxType = recordText(input.taxType, 'taxType', MAX_TAX_TYPE)!;
    const amountYuan = parseYuan(input.amount, 'amount', { positive: true });
    const since = pastDay(input.since, 'since', this.today());
    return this.em.transactional(async (tx) => {
      await this.taxpayer(tx, uscc);
      return this.signalled(tx, tx.create(Arrears, { uscc, taxType, amountYuan, since, recordedBy: this.viewer.id }));
    });
  }

  /** Settles arrears (清缴) on `settledOn`; CONFLICT when already settled. The row is locked, so two settlements cannot both pass. */
  async settleArrears(input: { arrearsId: string; settledOn: string }): Promise<Arrears> {
    assertTaxStaff(this.viewer);
    const id = parseRecordId(input.arrearsId, 'Arrears', 'arrearsId');
    const settledOn = pastDay(input.settledOn, 'settledOn', this.today());
    return this.em.transactional(async (tx) => {
      const arrears = await tx.findOne(Arrears, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!arrears) throw notFound(`No arrears ${input.arrearsId}.`);
      if (arrears.settledOn) throw conflict(`These arrears were settled on ${arrears.settledOn} already.`);
      notBefore(settledOn, arrears.since, 'settledOn', 'the day they were owed from');
      arrears.settledOn = settledOn;
      return this.signalled(tx, arrears);
    });
  }

  /**
   * Records a period's filing: filed (`filedOn` given: FILED by the deadline, FILED_LATE after it) or
   * MISSED (no `filedOn`; only once the deadline has passed). One record per enterprise and period:
   * CONFLICT for a second.
   */
  async recordFiling(input: { uscc: string; period: string; filedOn?: string | null }): Promise<TaxFiling> {
    assertTaxStaff(this.viewer);
    const uscc = parseUscc(input.uscc);
    const p = parsePeriod(input.period);
    const today = this.today();
    let status: FilingStatus;
    let filedOn: string | null = null;
    if (input.filedOn) {
      filedOn = pastDay(input.filedOn, 'filedOn', today);
      if (filedOn <= p.lastDay) throw badInput(`filedOn ${filedOn} is not after the period ${p.period} ended (${p.lastDay}).`, 'filedOn');
      status = filedOn <= p.dueOn ? FilingStatus.FILED : FilingStatus.FILED_LATE;
    } else {
      if (today <= p.dueOn) throw badInput(`The deadline of ${p.period} (${p.dueOn}) has not passed yet: a filing cannot be missed before it.`, 'filedOn');
      status = FilingStatus.MISSED;
    }
    return this.uniquely(
      () =>
        this.em.transactional(async (tx) => {
          await this.taxpayer(tx, uscc);
          const existing = await tx.findOne(TaxFiling, { uscc, period: p.period });
          if (existing) throw conflict(`${uscc} already has a filing record for ${p.period} (${existing.status}); a missed one is made good with recordLateFiling.`);
          return this.signalled(tx, tx.create(TaxFiling, { uscc, period: p.period, dueOn: p.dueOn, status, filedOn, recordedBy: this.viewer.id }));
        }),
      `A filing record for ${uscc} ${p.period} was made by someone else at the same moment.`,
    );
  }

  /** A missed filing came in late: MISSED → FILED_LATE; CONFLICT from any other status. */
  async recordLateFiling(input: { filingId: string; filedOn: string }): Promise<TaxFiling> {
    assertTaxStaff(this.viewer);
    const id = parseRecordId(input.filingId, 'TaxFiling', 'filingId');
    const filedOn = pastDay(input.filedOn, 'filedOn', this.today());
    return this.em.transactional(async (tx) => {
      const filing = await tx.findOne(TaxFiling, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!filing) throw notFound(`No filing record ${input.filingId}.`);
      filingMachine.transition(filing.status, 'FILE_LATE'); // CONFLICT unless MISSED, before the day is judged
      notBefore(filedOn, filing.dueOn, 'filedOn', 'its deadline (a filing before it was not missed)');
      filing.fileLate(filedOn);
      return this.signalled(tx, filing);
    });
  }

  /** Arrears not yet settled across enterprises, the longest-owed first: the officers' work list. */
  outstandingArrears(page: PageArgs) {
    assertMayReadTaxWorklists(this.viewer);
    return findPage(this.em, Arrears, [{ settledOn: null }], page, { since: 'asc', id: 'asc' }, [CursorPart.isoDate, CursorPart.id]);
  }

  private async uniquely<T>(work: () => Promise<T>, message: string): Promise<T> {
    try {
      return await work();
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) throw conflict(message);
      throw err;
    }
  }
}

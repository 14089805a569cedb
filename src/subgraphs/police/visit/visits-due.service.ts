import { LockMode, raw, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../../shared/auth';
import type { Clock } from '../../../shared/clock';
import { notFound } from '../../../shared/errors';
import { CursorPart, findPage, type PageArgs } from '../../../shared/pagination';
import { toHubDate } from '../../../shared/time-zone';
import { officerOf } from '../liaison/liaison.service';
import { assertMayAssignLiaison, assertMayReadLiaison } from '../policy';
import { KeyEnterprise, Officer, Station } from '../station/station.entity';
import { intIn, parseOfficerId, parseUscc, VISIT_INTERVAL_RANGE } from '../validation';

const DUE_PARTS = [CursorPart.isoDate, CursorPart.text(18)] as const;

export interface VisitsDueScope {
  station?: string | null;
  officerId?: string | null;
}

/**
 * Visits due (走访到期): every key enterprise is to be visited at least once per interval (a
 * quarter unless set otherwise). The register row keeps the next due day, moved by every visit,
 * so a list is one keyset page over (station, next_visit_due, uscc).
 */
export class VisitsDueService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly clock: Clock,
  ) {}

  today(): string {
    return toHubDate(this.clock());
  }

  /**
   * Register entries whose next visit is due on or before `dueBy`, soonest first: of a station, of
   * an officer's current portfolio, or (neither given) of the calling officer's own portfolio.
   */
  async list(scope: VisitsDueScope, dueBy: string, page: PageArgs) {
    const conditions: (FilterQuery<KeyEnterprise> | (() => FilterQuery<KeyEnterprise>))[] = [{ nextVisitDue: { $lte: dueBy } }];
    if (scope.station != null) {
      assertMayReadLiaison(this.viewer);
      const station = await this.em.findOne(Station, { code: scope.station });
      if (!station) throw notFound(`No liaison station with code ${scope.station.slice(0, 40)}.`);
      conditions.push({ station });
    }
    let badge: string | null = null;
    if (scope.officerId != null) {
      assertMayReadLiaison(this.viewer);
      badge = parseOfficerId(scope.officerId);
      if (!(await this.em.findOne(Officer, { badge }))) throw notFound(`No liaison officer with badge ${badge}.`);
    } else if (scope.station == null) {
      // the caller's own portfolio: an officer record is needed (coordinators name a station or officer)
      badge = (await officerOf(this.em, this.viewer)).badge;
    }
    if (badge !== null) {
      const b = badge;
      // the officer's current portfolio (一企一警), as a semi-join on the partial index of current assignments
      conditions.push(() => ({
        [raw((alias: string) => `${alias}.uscc in (select a.uscc from police.officer_assignment a where a.officer_badge = ? and a.ended_on is null)`, [b])]: [],
      }) as FilterQuery<KeyEnterprise>);
    }
    return findPage(this.em, KeyEnterprise, conditions, page, { nextVisitDue: 'asc', uscc: 'asc' }, DUE_PARTS);
  }

  /** 走访周期: how often the enterprise must be visited; moves its next due day. Police administrators. */
  async setInterval(input: { uscc: string; intervalDays: number }): Promise<KeyEnterprise> {
    assertMayAssignLiaison(this.viewer);
    const uscc = parseUscc(input.uscc);
    const days = intIn(input.intervalDays, 'intervalDays', VISIT_INTERVAL_RANGE.min, VISIT_INTERVAL_RANGE.max);
    return this.em.transactional(async (tx) => {
      const entry = await tx.findOne(KeyEnterprise, { uscc }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!entry) throw notFound(`Enterprise ${uscc} is not on any liaison station's register of key enterprises (重点企业).`);
      entry.setInterval(days);
      return entry;
    });
  }
}


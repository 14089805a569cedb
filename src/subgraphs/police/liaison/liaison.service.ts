import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../../shared/auth';
import type { Clock } from '../../../shared/clock';
import { badInput, conflict, forbidden, notFound } from '../../../shared/errors';
import { CursorPart, findPage, type PageArgs } from '../../../shared/pagination';
import { toHubDate } from '../../../shared/time-zone';
import { assertMayAssignLiaison, assertMayReadLiaison, isPoliceStaff } from '../policy';
import { KeyEnterprise, Officer, OfficerAssignment, Station } from '../station/station.entity';
import { MAX_REASON, parseOfficerId, parseUscc, text } from '../validation';

const USCC_PART = CursorPart.text(18);

/** The signed-in police user's officer record; FORBIDDEN when the account is not a liaison officer's. */
export async function officerOf(em: EntityManager, viewer: Viewer): Promise<Officer> {
  const officer = isPoliceStaff(viewer) ? await em.findOne(Officer, { userId: viewer.id }) : null;
  if (!officer) throw forbidden('Only police liaison officers (助企警务联络官) with an officer record may do this; your account is not linked to one.');
  return officer;
}

/** Locks and returns the enterprise's register entry (so assignments to one enterprise are serialised). */
async function keyEnterprise(tx: EntityManager, uscc: string): Promise<KeyEnterprise> {
  const entry = await tx.findOne(KeyEnterprise, { uscc }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!entry) throw notFound(`Enterprise ${uscc} is not on any liaison station's register of key enterprises (重点企业).`);
  return entry;
}

/** 一企一警: assigning, reassigning and ending liaison officers; portfolios and station coverage. */
export class LiaisonService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly clock: Clock,
  ) {}

  private today(): string {
    return toHubDate(this.clock());
  }

  /**
   * Makes `officerId` the enterprise's liaison officer from today. Replacing a current officer ends
   * that assignment today with the same reason, which is then required.
   */
  async assign(input: { uscc: string; officerId: string; reason?: string | null }): Promise<OfficerAssignment> {
    assertMayAssignLiaison(this.viewer);
    const uscc = parseUscc(input.uscc);
    const badge = parseOfficerId(input.officerId);
    const reason = text(input.reason, 'reason', MAX_REASON, true);
    return this.em.transactional(async (tx) => {
      const entry = await keyEnterprise(tx, uscc);
      const officer = await tx.findOne(Officer, { badge });
      if (!officer) throw notFound(`No liaison officer with badge ${badge}.`);
      if (officer.station.code !== entry.station.code) {
        throw conflict(`Officer ${badge} belongs to station ${officer.station.code}; enterprise ${uscc} lies in the jurisdiction of station ${entry.station.code}.`);
      }
      const current = await tx.findOne(OfficerAssignment, { uscc, endedOn: null });
      const today = this.today();
      if (current) {
        if (current.officer.badge === badge) throw conflict(`Officer ${badge} is already the liaison officer of ${uscc}.`);
        if (!reason) throw badInput('reason is required when replacing the current liaison officer (it is kept in the history).', 'reason');
        current.end(today, reason);
        // the partial unique index allows one current row: end the old one before inserting the new
        await tx.flush();
      }
      return tx.create(OfficerAssignment, { uscc, officer, assignedOn: today, reason });
    });
  }

  /** Ends the enterprise's current assignment today; CONFLICT when it has none. */
  async end(input: { uscc: string; reason: string }): Promise<OfficerAssignment> {
    assertMayAssignLiaison(this.viewer);
    const uscc = parseUscc(input.uscc);
    const reason = text(input.reason, 'reason', MAX_REASON)!;
    return this.em.transactional(async (tx) => {
      await keyEnterprise(tx, uscc);
      const current = await tx.findOne(OfficerAssignment, { uscc, endedOn: null });
      if (!current) throw conflict(`Enterprise ${uscc} has no current liaison officer to end.`);
      current.end(this.today(), reason);
      return current;
    });
  }

  /** The calling officer's portfolio: the enterprises currently assigned to them, in USCC order. */
  async myEnterprises(page: PageArgs) {
    const officer = await officerOf(this.em, this.viewer);
    return findPage(this.em, OfficerAssignment, [{ officer, endedOn: null }], page, { uscc: 'asc' }, [USCC_PART]);
  }

  /** A station's register of key enterprises in USCC order, covered or not. */
  async coverage(code: string, page: PageArgs) {
    assertMayReadLiaison(this.viewer);
    const station = await this.em.findOne(Station, { code });
    if (!station) throw notFound(`No liaison station with code ${code.slice(0, 40)}.`);
    return findPage(this.em, KeyEnterprise, [{ station }], page, { uscc: 'asc' }, [USCC_PART]);
  }
}

import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../../shared/auth';
import type { Clock } from '../../../shared/clock';
import { badInput, notFound } from '../../../shared/errors';
import { toHubDate } from '../../../shared/time-zone';
import { officerOf } from '../liaison/liaison.service';
import { KeyEnterprise, Visit } from '../station/station.entity';
import { MAX_NOTES, MAX_PEOPLE_MET, parseUscc, problems, text } from '../validation';

export interface RecordVisitFields {
  uscc: string;
  date: string;
  peopleMet: string;
  notes: string;
  problemsFound?: string[] | null;
}

/**
 * Visits (走访) recorded by liaison officers. Any police officer with an officer record may record a
 * visit to a key enterprise (a colleague may stand in for the assigned officer); the visit names
 * who made it.
 */
export class VisitService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly clock: Clock,
  ) {}

  async record(input: RecordVisitFields): Promise<Visit> {
    const officer = await officerOf(this.em, this.viewer);
    const uscc = parseUscc(input.uscc);
    // the Date scalar already checked the format; a visit cannot be recorded ahead of time
    const today = toHubDate(this.clock());
    if (input.date > today) throw badInput(`date ${input.date} is in the future (today is ${today}): record a visit once it has taken place.`, 'date');
    const peopleMet = text(input.peopleMet, 'peopleMet', MAX_PEOPLE_MET)!;
    const notes = text(input.notes, 'notes', MAX_NOTES)!;
    const problemsFound = problems(input.problemsFound);
    return this.em.transactional(async (tx) => {
      // locked: two visits recorded at once both move the due day, the later date winning
      const entry = await tx.findOne(KeyEnterprise, { uscc }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!entry) throw notFound(`Enterprise ${uscc} is not on any liaison station's register of key enterprises (重点企业).`);
      entry.visited(input.date);
      return tx.create(Visit, { uscc, officer, visitedOn: input.date, peopleMet, notes, problemsFound, recordedAt: this.clock() });
    });
  }
}

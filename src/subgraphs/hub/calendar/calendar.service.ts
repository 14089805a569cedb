import type { EntityManager } from '@mikro-orm/postgresql';
import { CalendarRangeError, WorkdayCalendar } from './workday-calendar';
import { badInput } from '../../../shared/errors';
import { CalendarYear } from './calendar-year.entity';
import { settleUnknownDeadlines, type SettledDeadlines } from './deadline-settlement';

/** The working-day calendar as the database has it now (a handful of rows: one query). */
export async function loadCalendar(em: EntityManager): Promise<WorkdayCalendar> {
  const rows = await em.find(CalendarYear, {}, { orderBy: { year: 'asc' } });
  return new WorkdayCalendar({
    years: Object.fromEntries(rows.map((r) => [String(r.year), { holidays: r.holidays, makeupWorkdays: r.makeupWorkdays }])),
  });
}

/**
 * Why a deadline is provisional (暂定): the years it was counted Monday–Friday in, the years the
 * hub does know, and the one remedy that works (the mutation, not a file).
 */
export function provisionalReason(guessedYears: readonly number[], knownYears: readonly number[]): string {
  const years = guessedYears.join(', ');
  return (
    `Provisional: counted Monday to Friday only, because the working-day calendar has no State Council holiday arrangement for ${years} ` +
    `(it knows ${knownYears.length ? knownYears.join(', ') : 'no years at all'}). A coordinator or department administrator loads ${years} ` +
    `with the setWorkdayCalendarYear mutation; this deadline is then recomputed automatically.`
  );
}

/** A computed deadline: always a date; `problem` says why it is provisional (null when firm). */
export interface ComputedDeadline {
  date: string;
  problem: string | null;
}

/**
 * A deadline n working days after `from`. Always a date: when it reaches a year the calendar lacks,
 * counted Monday–Friday there and marked provisional with the reason (recomputed when the year is
 * loaded, see deadline-settlement.ts).
 */
export function deadlineAfter(calendar: WorkdayCalendar, from: string, workingDays: number): ComputedDeadline {
  const { date, guessedYears } = calendar.reckonWorkingDays(from, workingDays);
  return { date, problem: guessedYears.length ? provisionalReason(guessedYears, calendar.knownYears()) : null };
}

export function workingDaysBetweenOrNull(calendar: WorkdayCalendar, from: string, to: string): number | null {
  try {
    return calendar.workingDaysBetween(from, to);
  } catch (err) {
    if (err instanceof CalendarRangeError) return null;
    throw err;
  }
}

/**
 * Adds or replaces one year's holiday arrangement; the whole result is validated before saving.
 * In the same transaction, whatever had no deadline for want of this year gets one (see
 * deadline-settlement.ts).
 */
export async function setCalendarYear(
  em: EntityManager,
  year: number,
  holidays: string[],
  makeupWorkdays: string[],
  now: Date,
): Promise<{ year: CalendarYear; settled: SettledDeadlines }> {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput(`year must be between 2000 and 2100, got ${year}.`, 'year');
  try {
    // validates dates, years and overlaps exactly as the calendar will read them
    new WorkdayCalendar({ years: { [String(year)]: { holidays, makeupWorkdays } } });
  } catch (err) {
    throw badInput(`The holiday arrangement for ${year} is not valid: ${(err as Error).message}`);
  }
  return em.transactional(async (tx) => {
    const row = (await tx.findOne(CalendarYear, year)) ?? tx.create(CalendarYear, { year, holidays, makeupWorkdays });
    row.holidays = [...new Set(holidays)].sort();
    row.makeupWorkdays = [...new Set(makeupWorkdays)].sort();
    row.updatedAt = now;
    await tx.flush();
    const settled = await settleUnknownDeadlines(tx, await loadCalendar(tx), year, now);
    return { year: row, settled };
  });
}

import { badInput } from './errors';
import { textProblem } from './input-guard';

/**
 * Checks of the department subgraphs' record input (market, tax): each throws BAD_USER_INPUT
 * naming the input field (`extensions.field`).
 */

/** A free text: trimmed, at most `max` characters, storable (no NUL, no lone surrogate); required unless `optional`. */
export function recordText(value: string | null | undefined, field: string, max: number, optional = false): string | null {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (!trimmed) {
    if (optional) return null;
    throw badInput(`${field} must not be empty.`, field);
  }
  const problem = textProblem(trimmed, max);
  if (problem) throw badInput(`${field} ${problem}.`, field);
  return trimmed;
}

/** A day that has come: not after `today` (hub clock), and not before 1990 (nothing older is kept). The Date scalar already checked the format. */
export function pastDay(value: string, field: string, today: string): string {
  if (value > today) throw badInput(`${field} ${value} is in the future (today is ${today}): record it once it has happened.`, field);
  if (value < '1990-01-01') throw badInput(`${field} ${value} is before 1990.`, field);
  return value;
}

/** `later` may not be before `earlier` (e.g. a removal before its listing). */
export function notBefore(later: string, earlier: string, field: string, what: string): void {
  if (later < earlier) throw badInput(`${field} ${later} is before ${what} (${earlier}).`, field);
}

/** The numeric key of a record's global id `<type>:<n>`; BAD_USER_INPUT naming `field` for anything else (another type, a bare number). */
export function parseRecordId(value: string, type: string, field: string): number {
  const m = typeof value === 'string' ? /^([A-Za-z]+):([1-9]\d{0,9})$/.exec(value.trim()) : null;
  const n = m ? Number(m[2]) : NaN;
  if (!m || m[1] !== type || n > 2_147_483_647) {
    throw badInput(`${field} "${String(value).slice(0, 64)}" is not a ${type} id (expected "${type}:<n>", as the API returned it).`, field);
  }
  return n;
}

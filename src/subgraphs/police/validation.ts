import { badInput } from '../../shared/errors';
import { textProblem } from '../../shared/input-guard';
import { parseUscc } from '../hub/enterprise/uscc';

/** Checks of police client input: each throws BAD_USER_INPUT naming the input field. */

export { parseUscc };

/** An officer's global id `Officer:<badge>`; the badge is digits (警号). */
export function parseOfficerId(value: string, field = 'officerId'): string {
  const m = /^Officer:(\d{1,32})$/.exec(value.trim());
  if (!m) throw badInput(`${field} must be an officer id "Officer:<badge>", got "${value.slice(0, 60)}".`, field);
  return m[1];
}

/** A free text: trimmed, at most `max` characters, well-formed; required unless `optional`. */
export function text(value: string | null | undefined, field: string, max: number, optional = false): string | null {
  const trimmed = value?.trim() ?? '';
  if (!trimmed) {
    if (optional) return null;
    throw badInput(`${field} must not be empty.`, field);
  }
  const problem = textProblem(trimmed, max);
  if (problem) throw badInput(`${field} ${problem}.`, field);
  return trimmed;
}

export const MAX_REASON = 500;
export const MAX_PEOPLE_MET = 500;
export const MAX_NOTES = 5_000;
export const MAX_PROBLEM = 1_000;
export const MAX_PROBLEMS = 20;

/** The problems found on a visit: each a non-empty text; at most MAX_PROBLEMS. */
export function problems(values: string[] | null | undefined, field = 'problemsFound'): string[] {
  const list = values ?? [];
  if (list.length > MAX_PROBLEMS) throw badInput(`${field} lists ${list.length} problems, at most ${MAX_PROBLEMS}.`, field);
  return list.map((p, i) => text(p, `${field}[${i}]`, MAX_PROBLEM)!);
}

export const MAX_TOPIC = 200;
export const MAX_ALERT_SUMMARY = 2_000;
export const MAX_ATTENDEES = 10_000;
export const VISIT_INTERVAL_RANGE = { min: 7, max: 366 } as const;

/** A whole number within [min, max]; BAD_USER_INPUT naming the field otherwise. */
export function intIn(value: number, field: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw badInput(`${field} must be a whole number from ${min} to ${max}, got ${value}.`, field);
  return value;
}

/** The number inside a visit's global id `Visit:<n>`, or null when it is not one the police could have made. */
export function visitNumber(value: unknown): number | null {
  const m = /^Visit:([1-9]\d{0,9})$/.exec(String(value));
  return m && Number(m[1]) <= 2_147_483_647 ? Number(m[1]) : null;
}

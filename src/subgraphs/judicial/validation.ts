import { badInput } from '../../shared/errors';
import { textProblem } from '../../shared/input-guard';
import { parseUscc } from '../hub/enterprise/uscc';

/** Checks of judicial client input: each throws BAD_USER_INPUT naming the input field. */

export { parseUscc };

export const MAX_SUBJECT = 200;
export const MAX_TEXT = 5_000;
export const MAX_PARTIES = 1_000;
export const MAX_REASON = 2_000;
export const MAX_NAME = 200;
export const MAX_CASE_NO = 40;
export const MAX_COURT_CASE_NO = 60;
export const MAX_COURT = 100;

/** A free text: trimmed, at most `max` characters, without NUL or broken Unicode; required unless `optional`. */
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

export const requiredText = (value: string | null | undefined, field: string, max: number): string => text(value, field, max)!;

type JudicialIdType = 'MediationCase' | 'Litigation' | 'LegalAidRequest';

/** The row id inside a judicial global id (`MediationCase:12`); anything else is BAD_USER_INPUT naming the field. */
export function parseJudicialId(value: string | null | undefined, field: string, type: JudicialIdType): number {
  const m = typeof value === 'string' && value.length <= 64 ? /^([A-Za-z]+):([1-9]\d{0,9})$/.exec(value.trim()) : null;
  const n = m ? Number(m[2]) : NaN;
  if (!m || m[1] !== type || n > 2_147_483_647) {
    throw badInput(`${field} "${String(value).slice(0, 64)}" is not a ${type} id (expected "${type}:<n>", as the API returned it).`, field);
  }
  return n;
}

/**
 * A hub request's global id (`Issue:<n>`), kept as given: the hub owns the row, the judicial
 * subgraph stores the reference (like a foreign key across services).
 */
export function parseIssueId(value: string, field = 'issueId'): string {
  const m = /^Issue:([1-9]\d{0,9})$/.exec(value.trim());
  if (!m || Number(m[1]) > 2_147_483_647) throw badInput(`${field} "${value.slice(0, 64)}" is not a request id (expected "Issue:<n>", as the API returned it).`, field);
  return `Issue:${m[1]}`;
}

/** A date that has happened (not after `today`, the hub clock's day). */
export function notInFuture(day: string, today: string, field: string): string {
  if (day > today) throw badInput(`${field} ${day} is in the future (today is ${today}).`, field);
  return day;
}

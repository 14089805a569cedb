import { badInput } from '../../shared/errors';
import { fromGlobalId, type GlobalIdType } from './node/global-id';

type NumericGlobalIdType = Exclude<GlobalIdType, 'Enterprise' | 'Department' | 'IssueCategory'>;

/** Trimmed text of 1..max characters, or BAD_USER_INPUT naming the field. */
export function requireText(value: string | null | undefined, field: string, max: number): string {
  const text = (value ?? '').trim();
  if (!text) throw badInput(`${field} must not be empty.`, field);
  if (text.length > max) throw badInput(`${field} is too long: ${text.length} characters, at most ${max}.`, field);
  return text;
}

export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  return value == null || !value.trim() ? null : requireText(value, field, max);
}

/** The database id inside a global id (`Issue:42`) of the given type; anything else is BAD_USER_INPUT, never a 500. */
export function parseId(value: string, field: string, type: NumericGlobalIdType): number {
  return fromGlobalId(value, type, field);
}

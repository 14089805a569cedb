import { badInput } from '../../shared/errors';

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

/** Numeric database ids travel as GraphQL IDs; anything else is BAD_USER_INPUT, never a 500. */
export function parseId(value: string | number, field: string): number {
  const n = typeof value === 'number' ? value : /^\d{1,10}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < 1 || n > 2_147_483_647) throw badInput(`${field} "${value}" is not a valid id.`, field);
  return n;
}

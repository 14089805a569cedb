import { badInput } from './errors';

/**
 * Money (金额) in yuan as a decimal string with at most two decimals ("12500", "12500.5",
 * "12500.50"), never a float: a float cannot hold 0.10 exactly, and sums of fines or arrears must
 * add up to the fen (分). Stored in `numeric(14,2)` columns; sums are done in integer fen (BigInt).
 */
const YUAN = /^(0|[1-9]\d{0,11})(\.\d{1,2})?$/;

/** Largest amount a numeric(14,2) column holds: 999,999,999,999.99 yuan. */
export const MAX_YUAN_DIGITS = 12;

/** A client's amount in yuan: ≥ 0, at most two decimals, at most 12 integer digits; normalised to two decimals. BAD_USER_INPUT otherwise. */
export function parseYuan(value: string, field: string, opts: { positive?: boolean } = {}): string {
  const raw = typeof value === 'string' ? value.trim() : '';
  if (!YUAN.test(raw)) {
    throw badInput(`${field} must be an amount in yuan as a decimal string with at most two decimals (e.g. "12500.00"), at least 0 and below 10^12; got "${String(value).slice(0, 40)}".`, field);
  }
  const normalised = formatFen(toFen(raw));
  if (opts.positive && toFen(normalised) === 0n) throw badInput(`${field} must be more than 0.`, field);
  return normalised;
}

/** "1234.5" → 123450n (fen). The input is a decimal string as stored (numeric) or as parsed above. */
export function toFen(yuan: string): bigint {
  const [whole, fraction = ''] = yuan.split('.');
  return BigInt(whole) * 100n + BigInt((fraction + '00').slice(0, 2));
}

/** 123450n → "1234.50". */
export function formatFen(fen: bigint): string {
  const whole = fen / 100n;
  const rest = fen % 100n;
  return `${whole}.${rest.toString().padStart(2, '0')}`;
}

/** The exact sum of decimal yuan strings, as a decimal string with two decimals. */
export function sumYuan(amounts: string[]): string {
  return formatFen(amounts.reduce((sum, a) => sum + toFen(a), 0n));
}

import { badInput } from '../../../shared/errors';

/** A filing period: a month `YYYY-MM` or a quarter `YYYY-Qn`, with its first and last day and its deadline. */
export interface FilingPeriod {
  period: string;
  firstDay: string;
  lastDay: string;
  /** The 15th of the month after the period (statutory deadline; holiday shifts are not modelled). */
  dueOn: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Parses a period; BAD_USER_INPUT naming `field` for anything else (years 2000–2099). */
export function parsePeriod(value: string, field = 'period'): FilingPeriod {
  const raw = typeof value === 'string' ? value.trim().toUpperCase() : '';
  const month = /^(20\d\d)-(0[1-9]|1[0-2])$/.exec(raw);
  const quarter = /^(20\d\d)-Q([1-4])$/.exec(raw);
  if (!month && !quarter) throw badInput(`${field} must be a month "YYYY-MM" or a quarter "YYYY-Qn" (2000–2099), got "${String(value).slice(0, 20)}".`, field);
  const year = Number((month ?? quarter)![1]);
  const [from, to] = month ? [Number(month[2]), Number(month[2])] : [Number(quarter![2]) * 3 - 2, Number(quarter![2]) * 3];
  const dueYear = to === 12 ? year + 1 : year;
  const dueMonth = to === 12 ? 1 : to + 1;
  return {
    period: raw,
    firstDay: `${year}-${pad(from)}-01`,
    lastDay: `${year}-${pad(to)}-${pad(lastDayOf(year, to))}`,
    dueOn: `${dueYear}-${pad(dueMonth)}-15`,
  };
}

import data from './calendar-data/cn-workday-calendar.json';

/** One year of the State Council holiday arrangement. Dates are "YYYY-MM-DD". */
export interface CalendarYearData {
  /** Rest days even when they fall Monday–Friday. */
  holidays: readonly string[];
  /** 调休上班: working days even though they fall on a Saturday or Sunday. */
  makeupWorkdays: readonly string[];
}

/** Shape of `calendar-data/cn-workday-calendar.json` (extra top-level fields are ignored). */
export interface CalendarData {
  years: Readonly<Record<string, CalendarYearData>>;
}

/**
 * A question about a day in a year the calendar has no data for. Weekends alone cannot answer it
 * (any weekday may be a holiday, any weekend a make-up workday), so the calendar refuses to guess.
 */
export class CalendarRangeError extends Error {
  constructor(
    readonly date: string,
    readonly knownYears: readonly number[],
  ) {
    super(
      `No holiday data for ${date}: the working-day calendar only knows ` +
        `${knownYears.length ? `the years ${knownYears.join(', ')}` : 'no years at all'}. ` +
        `A coordinator or department administrator loads the State Council holiday arrangement for ${date.slice(0, 4)} ` +
        `with the setWorkdayCalendarYear mutation; deadlines waiting for it are then set automatically.`,
    );
    this.name = 'CalendarRangeError';
  }
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function toDayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of toDayNumber, formatted "YYYY-MM-DD". */
function fromDayNumber(z: number): string {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
function weekday(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

function parseParts(s: unknown): { y: number; m: number; d: number } {
  const match = typeof s === 'string' ? DATE_RE.exec(s) : null;
  if (!match) throw new Error(`Invalid date ${JSON.stringify(s)}: expected a calendar date in the form YYYY-MM-DD.`);
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) {
    throw new Error(`Invalid date "${s}": there is no such day in the calendar.`);
  }
  return { y, m, d };
}

function dayNumberOf(s: string): number {
  const { y, m, d } = parseParts(s);
  return toDayNumber(y, m, d);
}

/**
 * Working-day calendar (工作日历) for Chinese official holidays and their make-up workdays (调休).
 * Statutory deadlines here count working days, not calendar days — a department's reply is due
 * 5 working days after a request, a referral must be signed off within 1 working day — and around
 * Spring Festival or National Day the two differ by a week or more.
 *
 * Dates are plain "YYYY-MM-DD" strings (no time zones; see `toHubDate` for instants).
 * Years absent from the data are unknown: a question that depends on such a day throws
 * `CalendarRangeError` instead of guessing from weekends.
 */
export class WorkdayCalendar {
  private readonly holidays = new Set<string>();
  private readonly makeupWorkdays = new Set<string>();
  private readonly years: readonly number[];

  constructor(calendarData: CalendarData) {
    const years = calendarData?.years;
    if (!years || typeof years !== 'object' || Array.isArray(years)) {
      throw new Error('Invalid working-day calendar data: expected an object { years: { "YYYY": {...} } }.');
    }
    const known: number[] = [];
    for (const [key, year] of Object.entries(years)) {
      if (!/^\d{4}$/.test(key)) throw new Error(`Invalid working-day calendar data: year key "${key}" is not a 4-digit year.`);
      for (const list of ['holidays', 'makeupWorkdays'] as const) {
        const dates: unknown = year?.[list];
        if (!Array.isArray(dates)) {
          throw new Error(`Invalid working-day calendar data: years["${key}"].${list} must be an array of "YYYY-MM-DD" strings.`);
        }
        for (const date of dates as unknown[]) {
          try {
            WorkdayCalendar.parseDate(date as string);
          } catch (e) {
            throw new Error(`Invalid working-day calendar data in years["${key}"].${list}: ${(e as Error).message}`);
          }
          const s = date as string;
          if (s.slice(0, 4) !== key) {
            throw new Error(`Invalid working-day calendar data: ${s} is listed under year ${key}.${list}.`);
          }
          if (list === 'makeupWorkdays') {
            const wd = weekday(dayNumberOf(s));
            if (wd !== 0 && wd !== 6) {
              throw new Error(`Invalid working-day calendar data: make-up workday ${s} is not a Saturday or Sunday.`);
            }
          }
          (list === 'holidays' ? this.holidays : this.makeupWorkdays).add(s);
        }
      }
      known.push(Number(key));
    }
    for (const date of this.holidays) {
      if (this.makeupWorkdays.has(date)) {
        throw new Error(`Invalid working-day calendar data: ${date} is listed both as a holiday and as a make-up workday.`);
      }
    }
    this.years = Object.freeze(known.sort((a, b) => a - b));
  }

  /** Throws a plain Error unless `s` is a real calendar date written exactly "YYYY-MM-DD"; returns it unchanged. */
  static parseDate(s: string): string {
    parseParts(s);
    return s;
  }

  /** The years the data covers, ascending. */
  knownYears(): number[] {
    return [...this.years];
  }

  isWorkingDay(date: string): boolean {
    return this.isWorkingDayNumber(dayNumberOf(date));
  }

  /**
   * The n-th working day strictly after `start` (n = 0: `start` itself if it is a working day,
   * else the next working day). Whether `start` itself is a working day matters only for n = 0.
   */
  addWorkingDays(start: string, n: number): string {
    let day = dayNumberOf(start);
    if (!Number.isSafeInteger(n) || n < 0) {
      throw new Error(`addWorkingDays: n must be a non-negative integer, got ${n}.`);
    }
    if (n === 0) {
      while (!this.isWorkingDayNumber(day)) day++;
      return fromDayNumber(day);
    }
    let remaining = n;
    while (remaining > 0) {
      day++;
      if (this.isWorkingDayNumber(day)) remaining--;
    }
    return fromDayNumber(day);
  }

  /** The number of working days d with from < d ≤ to; 0 when to ≤ from. */
  workingDaysBetween(from: string, to: string): number {
    const start = dayNumberOf(from);
    const end = dayNumberOf(to);
    let count = 0;
    for (let day = start + 1; day <= end; day++) {
      if (this.isWorkingDayNumber(day)) count++;
    }
    return count;
  }

  /**
   * 暂定期限: `addWorkingDays`, except that a day of a year the data lacks counts as a working day
   * Monday–Friday (weekends only, no holidays). Returns the years so guessed, ascending; none
   * means the date is firm and equals `addWorkingDays`.
   */
  reckonWorkingDays(start: string, n: number): { date: string; guessedYears: number[] } {
    const guessed = new Set<number>();
    const date = this.withGuesses(guessed, () => this.addWorkingDays(start, n));
    return { date, guessedYears: [...guessed].sort((a, b) => a - b) };
  }

  /** `workingDaysBetween` with the same weekends-only guess for unknown years (see reckonWorkingDays). */
  reckonWorkingDaysBetween(from: string, to: string): { days: number; guessedYears: number[] } {
    const guessed = new Set<number>();
    const days = this.withGuesses(guessed, () => this.workingDaysBetween(from, to));
    return { days, guessedYears: [...guessed].sort((a, b) => a - b) };
  }

  /** Set only for the length of one synchronous reckon* call, so a shared instance is never left guessing. */
  private guesses: Set<number> | null = null;

  private withGuesses<T>(guessed: Set<number>, run: () => T): T {
    this.guesses = guessed;
    try {
      return run();
    } finally {
      this.guesses = null;
    }
  }

  private isWorkingDayNumber(dayNumber: number): boolean {
    const date = fromDayNumber(dayNumber);
    const year = Number(date.slice(0, 4));
    if (!this.years.includes(year)) {
      if (!this.guesses) throw new CalendarRangeError(date, this.years);
      this.guesses.add(year);
      const wd = weekday(dayNumber);
      return wd !== 0 && wd !== 6;
    }
    if (this.holidays.has(date)) return false;
    if (this.makeupWorkdays.has(date)) return true;
    const wd = weekday(dayNumber);
    return wd !== 0 && wd !== 6;
  }
}

/** The calendar built from the bundled State Council arrangements (calendar-data/cn-workday-calendar.json). */
export function loadDefaultCalendar(): WorkdayCalendar {
  return new WorkdayCalendar(data);
}

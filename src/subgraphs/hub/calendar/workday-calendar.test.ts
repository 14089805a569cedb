import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CalendarData, CalendarRangeError, WorkdayCalendar, loadDefaultCalendar } from './workday-calendar';
import { hubTimeZone, isTimeZone, setHubTimeZone, toHubDate } from '../../../shared/time-zone';

/*
 * Expected values below were worked out by hand from calendar-data/cn-workday-calendar.json.
 * Reference weekdays: 2025-01-01 Wed, 2025-12-31 Wed, 2026-01-01 Thu, 2026-02-01 Sun,
 * 2026-03-01 Sun, 2026-09-01 Tue, 2026-10-01 Thu, 2026-12-01 Tue.
 */
const cal = loadDefaultCalendar();
const REPLY_DAYS = 5; // department reply deadline
const REFERRAL_DAYS = 1; // referral sign-off

describe('bundled data', () => {
  it('is a byte-for-byte copy of the shared calendar file', () => {
    const local = readFileSync(join(__dirname, 'calendar-data', 'cn-workday-calendar.json'));
    const shared = join(__dirname, '..', '..', '..', '..', '..', 'shared', 'data', 'cn-workday-calendar.json');
    let original: Buffer | null = null;
    try {
      original = readFileSync(shared);
    } catch {
      // ../shared is not available everywhere (e.g. CI); the runtime never depends on it
    }
    if (original) expect(local.equals(original)).toBe(true);
  });

  it('knows 2025 and 2026 only', () => {
    expect(cal.knownYears()).toEqual([2025, 2026]);
  });

  it('knownYears() returns a copy', () => {
    cal.knownYears().push(2099);
    expect(cal.knownYears()).toEqual([2025, 2026]);
  });

  it('counts 248 working days in each of 2025 and 2026 (365 − 104 weekend days − 13 statutory holidays)', () => {
    // 2025: 261 weekdays − 18 holidays on weekdays + 5 make-up days; 2026: 261 − 19 + 6
    expect(cal.workingDaysBetween('2024-12-31', '2025-12-31')).toBe(248);
    expect(cal.workingDaysBetween('2025-12-31', '2026-12-31')).toBe(248);
  });
});

describe('isWorkingDay', () => {
  it('treats an ordinary week as Mon–Fri working, Sat/Sun resting (2026-03-09 .. 2026-03-15)', () => {
    expect(cal.isWorkingDay('2026-03-09')).toBe(true); // Mon
    expect(cal.isWorkingDay('2026-03-10')).toBe(true);
    expect(cal.isWorkingDay('2026-03-11')).toBe(true);
    expect(cal.isWorkingDay('2026-03-12')).toBe(true);
    expect(cal.isWorkingDay('2026-03-13')).toBe(true); // Fri
    expect(cal.isWorkingDay('2026-03-14')).toBe(false); // Sat
    expect(cal.isWorkingDay('2026-03-15')).toBe(false); // Sun
  });

  it('New Year 2026: Thu 1 – Sat 3 off, Sun 4 is a make-up workday', () => {
    expect(cal.isWorkingDay('2025-12-31')).toBe(true); // Wed
    expect(cal.isWorkingDay('2026-01-01')).toBe(false); // Thu
    expect(cal.isWorkingDay('2026-01-02')).toBe(false); // Fri
    expect(cal.isWorkingDay('2026-01-03')).toBe(false); // Sat
    expect(cal.isWorkingDay('2026-01-04')).toBe(true); // Sun, 调休上班
    expect(cal.isWorkingDay('2026-01-05')).toBe(true); // Mon
    expect(cal.isWorkingDay('2026-01-10')).toBe(false); // ordinary Sat
    expect(cal.isWorkingDay('2026-01-11')).toBe(false); // ordinary Sun
  });

  it('Spring Festival 2026: Sun 15 – Mon 23 Feb off, Sat 14 and Sat 28 Feb worked', () => {
    expect(cal.isWorkingDay('2026-02-13')).toBe(true); // Fri
    expect(cal.isWorkingDay('2026-02-14')).toBe(true); // Sat, make-up
    for (let d = 15; d <= 23; d++) expect(cal.isWorkingDay(`2026-02-${d}`)).toBe(false);
    expect(cal.isWorkingDay('2026-02-16')).toBe(false); // a Monday
    expect(cal.isWorkingDay('2026-02-23')).toBe(false); // a Monday
    expect(cal.isWorkingDay('2026-02-24')).toBe(true); // Tue
    expect(cal.isWorkingDay('2026-02-28')).toBe(true); // Sat, make-up
    expect(cal.isWorkingDay('2026-03-01')).toBe(false); // Sun
    expect(cal.isWorkingDay('2026-03-07')).toBe(false); // ordinary Sat
  });

  it('Mid-Autumn and National Day 2026: Sun 20 Sep worked, 25–27 Sep and 1–7 Oct off, Sat 10 Oct worked', () => {
    expect(cal.isWorkingDay('2026-09-19')).toBe(false); // ordinary Sat
    expect(cal.isWorkingDay('2026-09-20')).toBe(true); // Sun, make-up
    expect(cal.isWorkingDay('2026-09-24')).toBe(true); // Thu
    expect(cal.isWorkingDay('2026-09-25')).toBe(false); // Fri, Mid-Autumn
    expect(cal.isWorkingDay('2026-09-26')).toBe(false);
    expect(cal.isWorkingDay('2026-09-27')).toBe(false);
    expect(cal.isWorkingDay('2026-09-28')).toBe(true); // Mon
    expect(cal.isWorkingDay('2026-09-30')).toBe(true); // Wed
    for (let d = 1; d <= 7; d++) expect(cal.isWorkingDay(`2026-10-0${d}`)).toBe(false);
    expect(cal.isWorkingDay('2026-10-08')).toBe(true); // Thu
    expect(cal.isWorkingDay('2026-10-10')).toBe(true); // Sat, make-up
    expect(cal.isWorkingDay('2026-10-11')).toBe(false); // Sun
  });

  it('2025: Sun 26 Jan and Sun 28 Sep are make-up workdays, Wed 8 Oct is a holiday', () => {
    expect(cal.isWorkingDay('2025-01-26')).toBe(true);
    expect(cal.isWorkingDay('2025-09-28')).toBe(true);
    expect(cal.isWorkingDay('2025-10-08')).toBe(false);
    expect(cal.isWorkingDay('2025-10-11')).toBe(true);
  });

  it('agrees with an independent Date-based evaluation of the rules on every day of 2025 and 2026', () => {
    const raw = JSON.parse(
      readFileSync(join(__dirname, 'calendar-data', 'cn-workday-calendar.json'), 'utf8'),
    ) as CalendarData;
    const holidays = new Set(Object.values(raw.years).flatMap((y) => y.holidays));
    const makeup = new Set(Object.values(raw.years).flatMap((y) => y.makeupWorkdays));
    let checked = 0;
    for (let t = Date.UTC(2025, 0, 1); t <= Date.UTC(2026, 11, 31); t += 86_400_000) {
      const date = new Date(t).toISOString().slice(0, 10);
      const dow = new Date(t).getUTCDay();
      const expected = holidays.has(date) ? false : makeup.has(date) ? true : dow !== 0 && dow !== 6;
      expect([date, cal.isWorkingDay(date)]).toEqual([date, expected]);
      checked++;
    }
    expect(checked).toBe(730);
  });
});

describe('addWorkingDays', () => {
  it('ordinary weeks', () => {
    expect(cal.addWorkingDays('2026-03-09', REPLY_DAYS)).toBe('2026-03-16'); // Mon → next Mon
    expect(cal.addWorkingDays('2026-03-13', REPLY_DAYS)).toBe('2026-03-20'); // Fri → next Fri
    expect(cal.addWorkingDays('2026-03-14', REPLY_DAYS)).toBe('2026-03-20'); // Sat
    expect(cal.addWorkingDays('2026-03-15', REPLY_DAYS)).toBe('2026-03-20'); // Sun
    expect(cal.addWorkingDays('2026-03-13', REFERRAL_DAYS)).toBe('2026-03-16'); // Fri → Mon
    expect(cal.addWorkingDays('2026-03-10', REFERRAL_DAYS)).toBe('2026-03-11');
  });

  it('n = 0 returns the day itself if it is a working day, else the next working day', () => {
    expect(cal.addWorkingDays('2026-03-11', 0)).toBe('2026-03-11');
    expect(cal.addWorkingDays('2026-03-14', 0)).toBe('2026-03-16'); // Sat → Mon
    expect(cal.addWorkingDays('2026-02-14', 0)).toBe('2026-02-14'); // make-up Sat
    expect(cal.addWorkingDays('2026-02-15', 0)).toBe('2026-02-24'); // first day of Spring Festival
    expect(cal.addWorkingDays('2026-09-19', 0)).toBe('2026-09-20'); // Sat → make-up Sun
    expect(cal.addWorkingDays('2026-10-01', 0)).toBe('2026-10-08');
  });

  it('5-working-day reply deadline around Spring Festival 2026', () => {
    // Mon 9: 10, 11, 12, 13, Sat 14
    expect(cal.addWorkingDays('2026-02-09', REPLY_DAYS)).toBe('2026-02-14');
    // Wed 11: 12, 13, Sat 14, [15–23 off], 24, 25
    expect(cal.addWorkingDays('2026-02-11', REPLY_DAYS)).toBe('2026-02-25');
    // Fri 13: Sat 14, 24, 25, 26, 27
    expect(cal.addWorkingDays('2026-02-13', REPLY_DAYS)).toBe('2026-02-27');
    // make-up Sat 14: 24, 25, 26, 27, Sat 28
    expect(cal.addWorkingDays('2026-02-14', REPLY_DAYS)).toBe('2026-02-28');
    // submitted during the holiday (Wed 18): same as above
    expect(cal.addWorkingDays('2026-02-18', REPLY_DAYS)).toBe('2026-02-28');
    // Tue 24: 25, 26, 27, Sat 28, Mon 2 Mar
    expect(cal.addWorkingDays('2026-02-24', REPLY_DAYS)).toBe('2026-03-02');
  });

  it('1-working-day referral sign-off around Spring Festival 2026', () => {
    expect(cal.addWorkingDays('2026-02-13', REFERRAL_DAYS)).toBe('2026-02-14');
    expect(cal.addWorkingDays('2026-02-14', REFERRAL_DAYS)).toBe('2026-02-24');
    expect(cal.addWorkingDays('2026-02-27', REFERRAL_DAYS)).toBe('2026-02-28');
    expect(cal.addWorkingDays('2026-02-28', REFERRAL_DAYS)).toBe('2026-03-02');
  });

  it('5-working-day reply deadline around Mid-Autumn and National Day 2026', () => {
    // Fri 18 Sep: Sun 20, 21, 22, 23, 24
    expect(cal.addWorkingDays('2026-09-18', REPLY_DAYS)).toBe('2026-09-24');
    // Tue 22: 23, 24, [25–27 off], 28, 29, 30
    expect(cal.addWorkingDays('2026-09-22', REPLY_DAYS)).toBe('2026-09-30');
    // Wed 23: 24, 28, 29, 30, [1–7 Oct off], 8 Oct
    expect(cal.addWorkingDays('2026-09-23', REPLY_DAYS)).toBe('2026-10-08');
    // Mon 28: 29, 30, 8 Oct, 9, Sat 10
    expect(cal.addWorkingDays('2026-09-28', REPLY_DAYS)).toBe('2026-10-10');
    // Wed 30: 8, 9, Sat 10, Mon 12, Tue 13
    expect(cal.addWorkingDays('2026-09-30', REPLY_DAYS)).toBe('2026-10-13');
    // submitted on Sat 3 Oct, during the holiday: same as above
    expect(cal.addWorkingDays('2026-10-03', REPLY_DAYS)).toBe('2026-10-13');
    // Fri 9 Oct: Sat 10, 12, 13, 14, 15
    expect(cal.addWorkingDays('2026-10-09', REPLY_DAYS)).toBe('2026-10-15');
    expect(cal.addWorkingDays('2026-10-09', REFERRAL_DAYS)).toBe('2026-10-10');
    expect(cal.addWorkingDays('2026-09-30', REFERRAL_DAYS)).toBe('2026-10-08');
  });

  it('National Day 2025 (8 days off, make-up Sun 28 Sep and Sat 11 Oct)', () => {
    // Fri 26 Sep: Sun 28, 29, 30, [1–8 Oct off], 9, 10
    expect(cal.addWorkingDays('2025-09-26', REPLY_DAYS)).toBe('2025-10-10');
  });

  it('crosses the 2025 → 2026 year boundary', () => {
    // Wed 31 Dec: [1–3 Jan off], Sun 4 (make-up), 5, 6, 7, 8
    expect(cal.addWorkingDays('2025-12-31', REFERRAL_DAYS)).toBe('2026-01-04');
    expect(cal.addWorkingDays('2025-12-31', REPLY_DAYS)).toBe('2026-01-08');
    // Tue 30 Dec: 31, Sun 4, 5, 6, 7
    expect(cal.addWorkingDays('2025-12-30', REPLY_DAYS)).toBe('2026-01-07');
    // Fri 26 Dec: 29, 30, 31, Sun 4, 5
    expect(cal.addWorkingDays('2025-12-26', REPLY_DAYS)).toBe('2026-01-05');
  });

  it('stays within 2026 when the deadline does (Thu 24 Dec 2026: 25, 28, 29, 30, 31)', () => {
    expect(cal.addWorkingDays('2026-12-24', REPLY_DAYS)).toBe('2026-12-31');
  });

  it('throws CalendarRangeError when a deadline reaches into 2027', () => {
    // Fri 25 Dec 2026: 28, 29, 30, 31, then 2027-01-01 is unknown
    expect(() => cal.addWorkingDays('2026-12-25', REPLY_DAYS)).toThrow(CalendarRangeError);
    expect(() => cal.addWorkingDays('2026-12-31', REFERRAL_DAYS)).toThrow(CalendarRangeError);
    expect(() => cal.addWorkingDays('2027-01-04', 0)).toThrow(CalendarRangeError);
    try {
      cal.addWorkingDays('2026-12-25', REPLY_DAYS);
      throw new Error('expected a CalendarRangeError');
    } catch (e) {
      expect(e).toBeInstanceOf(CalendarRangeError);
      expect(e).toBeInstanceOf(Error);
      const err = e as CalendarRangeError;
      expect(err.name).toBe('CalendarRangeError');
      expect(err.date).toBe('2027-01-01');
      expect(err.knownYears).toEqual([2025, 2026]);
      expect(err.message).toContain('2027-01-01');
      expect(err.message).toContain('2025, 2026');
    }
  });

  it('does not need the start day to be in a known year unless n = 0', () => {
    // only the days after the start are examined: Wed 1 Jan 2025 is a holiday, Thu 2 Jan works
    expect(cal.addWorkingDays('2024-12-31', 1)).toBe('2025-01-02');
    expect(() => cal.addWorkingDays('2024-12-31', 0)).toThrow(CalendarRangeError);
    expect(() => cal.addWorkingDays('2024-12-30', 1)).toThrow(CalendarRangeError);
  });

  it('rejects n that is not a non-negative integer', () => {
    for (const n of [-1, 1.5, NaN, Infinity]) {
      expect(() => cal.addWorkingDays('2026-03-09', n)).toThrow(/non-negative integer/);
    }
  });

  it('is consistent with workingDaysBetween', () => {
    for (const start of ['2025-01-20', '2025-09-26', '2025-12-24', '2026-02-10', '2026-09-17', '2026-12-01']) {
      for (let n = 1; n <= 15; n++) {
        const deadline = cal.addWorkingDays(start, n);
        expect(cal.isWorkingDay(deadline)).toBe(true);
        expect(cal.workingDaysBetween(start, deadline)).toBe(n);
      }
    }
  });
});

describe('workingDaysBetween', () => {
  it('counts working days d with from < d ≤ to', () => {
    expect(cal.workingDaysBetween('2026-03-08', '2026-03-15')).toBe(5); // one ordinary week
    expect(cal.workingDaysBetween('2026-03-09', '2026-03-16')).toBe(5); // from excluded, to included
    expect(cal.workingDaysBetween('2026-03-09', '2026-03-10')).toBe(1);
    expect(cal.workingDaysBetween('2026-03-13', '2026-03-15')).toBe(0); // Fri → Sun
  });

  it('is 0 when to ≤ from', () => {
    expect(cal.workingDaysBetween('2026-03-10', '2026-03-10')).toBe(0);
    expect(cal.workingDaysBetween('2026-03-16', '2026-03-09')).toBe(0);
  });

  it('Spring Festival 2026', () => {
    expect(cal.workingDaysBetween('2026-02-13', '2026-02-27')).toBe(5); // Sat 14, 24, 25, 26, 27
    expect(cal.workingDaysBetween('2026-02-14', '2026-02-23')).toBe(0); // whole holiday
    // 2–6 (5) + 9–13 (5) + Sat 14 + 24–27 (4) + Sat 28
    expect(cal.workingDaysBetween('2026-02-01', '2026-02-28')).toBe(16);
  });

  it('Mid-Autumn and National Day 2026', () => {
    expect(cal.workingDaysBetween('2026-09-30', '2026-10-07')).toBe(0);
    // Sun 20, 21–24 (4), 28–30 (3), 8, 9, Sat 10
    expect(cal.workingDaysBetween('2026-09-18', '2026-10-10')).toBe(11);
  });

  it('across the year boundary', () => {
    // Fri 26 Dec 2025: 29, 30, 31, Sun 4, 5, 6, 7, 8, 9
    expect(cal.workingDaysBetween('2025-12-26', '2026-01-09')).toBe(9);
  });

  it('throws CalendarRangeError when the range touches an unknown year', () => {
    expect(() => cal.workingDaysBetween('2026-12-30', '2027-01-05')).toThrow(CalendarRangeError);
    expect(() => cal.workingDaysBetween('2024-12-01', '2025-01-05')).toThrow(CalendarRangeError);
    expect(cal.workingDaysBetween('2027-01-05', '2026-12-30')).toBe(0); // empty range: nothing to ask
  });
});

describe('unknown years', () => {
  it('isWorkingDay refuses to guess outside the data, even for a weekend', () => {
    expect(() => cal.isWorkingDay('2027-01-02')).toThrow(CalendarRangeError); // a Saturday
    expect(() => cal.isWorkingDay('2027-03-03')).toThrow(CalendarRangeError);
    expect(() => cal.isWorkingDay('2024-12-31')).toThrow(CalendarRangeError);
    expect(() => cal.isWorkingDay('2024-02-29')).toThrow(CalendarRangeError); // valid date, unknown year
    expect(() => cal.isWorkingDay('2024-12-31')).toThrow(/2024-12-31.*2025, 2026/);
  });

  it('an empty calendar knows nothing', () => {
    const empty = new WorkdayCalendar({ years: {} });
    expect(empty.knownYears()).toEqual([]);
    expect(() => empty.isWorkingDay('2026-03-09')).toThrow(CalendarRangeError);
  });
});

describe('parseDate and invalid dates', () => {
  it('accepts real calendar dates', () => {
    expect(WorkdayCalendar.parseDate('2026-02-28')).toBe('2026-02-28');
    expect(WorkdayCalendar.parseDate('2024-02-29')).toBe('2024-02-29');
    expect(WorkdayCalendar.parseDate('2000-02-29')).toBe('2000-02-29');
    expect(WorkdayCalendar.parseDate('2026-12-31')).toBe('2026-12-31');
  });

  it.each([
    '2026-02-30',
    '2026-02-29',
    '2100-02-29',
    '2026-04-31',
    '2026-2-3',
    '2026-02-3',
    '',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-01-32',
    ' 2026-01-05',
    '2026-01-05 ',
    '2026-01-05T00:00:00Z',
    '20260105',
    '2026/01/05',
    '26-01-05',
    '２０２６-01-05',
  ])('rejects %j', (s) => {
    expect(() => WorkdayCalendar.parseDate(s)).toThrow(Error);
    expect(() => WorkdayCalendar.parseDate(s)).not.toThrow(CalendarRangeError);
  });

  it('rejects non-strings', () => {
    expect(() => WorkdayCalendar.parseDate(undefined as unknown as string)).toThrow(/YYYY-MM-DD/);
    expect(() => WorkdayCalendar.parseDate(20260105 as unknown as string)).toThrow(/YYYY-MM-DD/);
  });

  it('every method validates its date arguments with a plain Error', () => {
    expect(() => cal.isWorkingDay('2026-02-30')).toThrow(/2026-02-30/);
    expect(() => cal.isWorkingDay('2026-02-30')).not.toThrow(CalendarRangeError);
    expect(() => cal.addWorkingDays('2026-2-3', 5)).toThrow(/YYYY-MM-DD/);
    expect(() => cal.workingDaysBetween('2026-03-01', '')).toThrow(/YYYY-MM-DD/);
    expect(() => cal.workingDaysBetween('', '2026-03-01')).toThrow(/YYYY-MM-DD/);
    expect(() => cal.workingDaysBetween('2026-03-10', '2026-02-30')).toThrow(/2026-02-30/);
  });
});

describe('invalid calendar data', () => {
  const year = (holidays: string[], makeupWorkdays: string[] = []) => ({ holidays, makeupWorkdays });

  it('accepts well-formed data', () => {
    const c = new WorkdayCalendar({ years: { '2030': year(['2030-01-01'], ['2030-01-05']) } });
    expect(c.knownYears()).toEqual([2030]);
    expect(c.isWorkingDay('2030-01-01')).toBe(false); // Tue, holiday
    expect(c.isWorkingDay('2030-01-05')).toBe(true); // Sat, make-up
  });

  it('rejects a date that does not parse', () => {
    expect(() => new WorkdayCalendar({ years: { '2026': year(['2026-02-30']) } })).toThrow(/2026-02-30/);
    expect(() => new WorkdayCalendar({ years: { '2026': year([], ['2026-2-14']) } })).toThrow(/makeupWorkdays.*2026-2-14/);
  });

  it('rejects a date listed under the wrong year', () => {
    expect(() => new WorkdayCalendar({ years: { '2026': year(['2027-01-01']) } })).toThrow(/2027-01-01.*2026/);
  });

  it('rejects a date that is both a holiday and a make-up workday', () => {
    expect(() => new WorkdayCalendar({ years: { '2026': year(['2026-02-14'], ['2026-02-14']) } })).toThrow(
      /2026-02-14.*both/,
    );
  });

  it('rejects a make-up workday that is not on a weekend', () => {
    expect(() => new WorkdayCalendar({ years: { '2026': year([], ['2026-02-13']) } })).toThrow(
      /2026-02-13.*Saturday or Sunday/,
    );
  });

  it('rejects malformed structure', () => {
    expect(() => new WorkdayCalendar({} as CalendarData)).toThrow(/years/);
    expect(() => new WorkdayCalendar(null as unknown as CalendarData)).toThrow(/years/);
    expect(() => new WorkdayCalendar({ years: { '26': year([]) } })).toThrow(/"26"/);
    expect(() => new WorkdayCalendar({ years: { '2026': { holidays: [] } } } as unknown as CalendarData)).toThrow(
      /makeupWorkdays/,
    );
    expect(
      () => new WorkdayCalendar({ years: { '2026': { holidays: '2026-01-01', makeupWorkdays: [] } } } as unknown as CalendarData),
    ).toThrow(/holidays/);
    expect(() => new WorkdayCalendar({ years: { '2026': year([20260101 as unknown as string]) } })).toThrow(
      /YYYY-MM-DD/,
    );
  });
});

describe('toHubDate in a configured zone', () => {
  it('takes the date in the zone given, across DST and the date line', () => {
    const instant = new Date('2026-03-08T06:30:00Z');
    expect(toHubDate(instant, 'UTC')).toBe('2026-03-08');
    expect(toHubDate(instant, 'America/New_York')).toBe('2026-03-08'); // 01:30 EST, the DST night
    expect(toHubDate(new Date('2026-03-08T04:30:00Z'), 'America/New_York')).toBe('2026-03-07');
    expect(toHubDate(new Date('2026-09-28T23:30:00Z'), 'Asia/Shanghai')).toBe('2026-09-29');
    expect(toHubDate(new Date('2026-09-28T23:30:00Z'), 'Pacific/Kiritimati')).toBe('2026-09-29');
  });

  it('the process zone is Asia/Shanghai unless set; an unknown zone is refused', () => {
    expect(hubTimeZone()).toBe('Asia/Shanghai');
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(() => setHubTimeZone('Mars/Olympus')).toThrow(/Unknown time zone/);
    setHubTimeZone('UTC');
    try {
      expect(toHubDate(new Date('2026-09-28T23:30:00Z'))).toBe('2026-09-28');
    } finally {
      setHubTimeZone('Asia/Shanghai');
    }
  });
});

describe('toHubDate', () => {
  it('gives the calendar date at UTC+8', () => {
    expect(toHubDate(new Date('2026-02-14T15:59:59.999Z'))).toBe('2026-02-14');
    expect(toHubDate(new Date('2026-02-14T16:00:00.000Z'))).toBe('2026-02-15');
    expect(toHubDate(new Date('2025-12-31T16:00:00Z'))).toBe('2026-01-01');
    expect(toHubDate(new Date('2025-12-31T23:59:59.999+08:00'))).toBe('2025-12-31');
    expect(toHubDate(new Date('2026-01-01T00:00:00+08:00'))).toBe('2026-01-01');
    expect(toHubDate(new Date('2024-02-28T16:00:00Z'))).toBe('2024-02-29');
    expect(toHubDate(new Date('2026-07-01T12:00:00-05:00'))).toBe('2026-07-02');
  });

  it('is the same in summer and winter (no DST)', () => {
    expect(toHubDate(new Date('2026-01-15T15:30:00Z'))).toBe('2026-01-15');
    expect(toHubDate(new Date('2026-07-15T15:30:00Z'))).toBe('2026-07-15');
    expect(toHubDate(new Date('2026-07-15T16:30:00Z'))).toBe('2026-07-16');
  });

  it('rejects an invalid Date', () => {
    expect(() => toHubDate(new Date('nope'))).toThrow(/invalid Date/);
  });
});

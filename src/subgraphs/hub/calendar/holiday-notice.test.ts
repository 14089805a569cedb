import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import data from './calendar-data/cn-workday-calendar.json';
import { NoticeError, parseHolidayNotice } from './holiday-notice';

/*
 * The 2025 and 2026 notices as published (test/fixtures/holiday-notices), read into exactly the
 * arrangement the hub ships for those years (calendar-data/cn-workday-calendar.json, a copy of
 * the shared data file: see workday-calendar.test.ts).
 */
const notice = (year: number) => readFileSync(join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'holiday-notices', `${year}.txt`), 'utf8');
const shipped = data.years as Record<string, { holidays: string[]; makeupWorkdays: string[] }>;

describe.each([2025, 2026])('the %i notice', (year) => {
  const parsed = parseHolidayNotice(notice(year));

  it('reads the year from the title', () => {
    expect(parsed.year).toBe(year);
  });

  it('gives exactly the holidays and make-up workdays the hub ships for that year', () => {
    expect(parsed.holidays).toEqual([...shipped[String(year)].holidays].sort());
    expect(parsed.makeupWorkdays).toEqual([...shipped[String(year)].makeupWorkdays].sort());
  });
});

describe('lines', () => {
  it('2026 has seven numbered lines (Mid-Autumn apart); 2025 six (Mid-Autumn inside National Day)', () => {
    expect(parseHolidayNotice(notice(2026)).lines).toEqual(['一、元旦', '二、春节', '三、清明节', '四、劳动节', '五、端午节', '六、中秋节', '七、国庆节']);
    expect(parseHolidayNotice(notice(2025)).lines).toEqual(['一、元旦', '二、春节', '三、清明节', '四、劳动节', '五、端午节', '六、国庆节、中秋节']);
  });

  it('spot checks: a one-day holiday, a period across months, a day without its month', () => {
    const y2025 = parseHolidayNotice(notice(2025));
    expect(y2025.holidays.filter((d) => d.startsWith('2025-01-0'))).toEqual(['2025-01-01']); // 放假1天，不调休
    expect(y2025.holidays).toEqual(expect.arrayContaining(['2025-05-31', '2025-06-01', '2025-06-02'])); // 5月31日至6月2日
    expect(parseHolidayNotice(notice(2026)).holidays).toEqual(expect.arrayContaining(['2026-02-15', '2026-02-23'])); // 2月15日至23日
  });
});

describe('refuses rather than guesses', () => {
  const line = (body: string) => `国务院办公厅关于2030年部分节假日安排的通知\n一、元旦：${body}`;

  it('a weekday that does not match the date', () => {
    expect(() => parseHolidayNotice(notice(2026).replace('1月1日（周四）', '1月1日（周三）'))).toThrow(/2026-01-01 is not a 周三/);
  });
  it('a count that does not match the period', () => {
    expect(() => parseHolidayNotice(notice(2026).replace('共9天', '共8天'))).toThrow(/9 days, the notice says 8/);
  });
  it('a worked day that is not a weekend', () => {
    expect(() => parseHolidayNotice(notice(2026).replace('1月4日（周日）上班', '1月5日上班'))).toThrow(/2026-01-05 is worked but is not a weekend day/);
  });
  it('numbering that skips a line', () => {
    expect(() => parseHolidayNotice(notice(2026).replace('三、清明节', '四、清明节'))).toThrow(/where "三、" was expected/);
  });
  it('no year in the title, unless given; a different one given', () => {
    expect(() => parseHolidayNotice('一、元旦：1月1日（周二）放假1天。')).toThrow(NoticeError);
    expect(parseHolidayNotice('一、元旦：1月1日（周二）放假1天。', 2030)).toMatchObject({ year: 2030, holidays: ['2030-01-01'], makeupWorkdays: [] });
    expect(() => parseHolidayNotice(notice(2026), 2027)).toThrow(/title says 2026/);
  });
  it('a line without a rest period, a date that does not exist, no numbered lines, empty text', () => {
    expect(() => parseHolidayNotice(line('1月5日（周六）上班。'))).toThrow(/no rest period/);
    expect(() => parseHolidayNotice(line('2月30日放假1天。'))).toThrow(/not a date/);
    expect(() => parseHolidayNotice('国务院办公厅关于2030年部分节假日安排的通知\n经国务院批准。')).toThrow(/no numbered lines/);
    expect(() => parseHolidayNotice('  ')).toThrow(/empty/);
  });
  it('a day of another year (a make-up workday in the previous December) is refused, not dropped', () => {
    expect(() => parseHolidayNotice(line('1月1日（周二）放假1天。2029年12月29日（周六）上班。'))).toThrow(/outside 2030 \(2029-12-29\)/);
  });
});

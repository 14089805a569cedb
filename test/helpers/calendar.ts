import { WorkdayCalendar, type CalendarYearData } from '../../src/subgraphs/hub/calendar/workday-calendar';
import { ok } from './issues';
import { sql } from './sql';
import type { TestHub } from './test-hub';

/**
 * Test calendar data (测试用工作日历). The hub ships the State Council arrangements it knows
 * (2025–2026); a test hub whose clock stands in another year would find no working days at all.
 * For a year the database lacks, tests load this made-up but plausible arrangement: New Year's
 * Day, Labour Day (1–5 May) and National Day (1–7 October) as holidays, the first Saturday after
 * National Day as a make-up workday. It is NOT an official arrangement and never leaves the test
 * database; a year the hub already has (real data) is left alone.
 */
export function testCalendarYear(year: number): CalendarYearData {
  const pad = (n: number) => String(n).padStart(2, '0');
  const holidays = [`${year}-01-01`];
  for (let d = 1; d <= 5; d++) holidays.push(`${year}-05-${pad(d)}`);
  for (let d = 1; d <= 7; d++) holidays.push(`${year}-10-${pad(d)}`);
  let makeup = '';
  for (let d = 8; !makeup; d++) {
    const date = `${year}-10-${pad(d)}`;
    if (new Date(`${date}T00:00:00Z`).getUTCDay() === 6) makeup = date;
  }
  const data = { holidays, makeupWorkdays: [makeup] };
  new WorkdayCalendar({ years: { [year]: data } }); // validated like the hub validates it
  return data;
}

/** Makes sure the database knows `years` (adding test data for those it lacks); concurrent callers are fine. */
export async function ensureTestCalendar(years: number[]): Promise<void> {
  for (const year of years) {
    const { holidays, makeupWorkdays } = testCalendarYear(year);
    await sql(`insert into hub.calendar_year (year, holidays, makeup_workdays) values ($1, $2, $3) on conflict (year) do nothing`, [year, holidays, makeupWorkdays]);
  }
}

/** The working-day calendar exactly as the hub has it now (read through the API), to compute expected deadlines. */
export async function hubCalendar(hub: TestHub): Promise<WorkdayCalendar> {
  const rows = await ok<{ year: number; holidays: string[]; makeupWorkdays: string[] }[]>(
    hub,
    `{ workdayCalendarYears { year holidays makeupWorkdays } }`,
    {},
    'coordinator',
  );
  return new WorkdayCalendar({ years: Object.fromEntries(rows.map((r) => [String(r.year), { holidays: r.holidays, makeupWorkdays: r.makeupWorkdays }])) });
}

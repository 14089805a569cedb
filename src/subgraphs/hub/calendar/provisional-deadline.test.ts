import { WorkdayCalendar, loadDefaultCalendar } from './workday-calendar';
import { deadlineAfter, provisionalReason } from './calendar.service';
import { judged } from '../issue/issue.service';

/* The bundled calendar knows 2025 and 2026 only; 2027-01-01 is a Friday. */
const cal = loadDefaultCalendar();

describe('reckonWorkingDays: Monday to Friday where the calendar lacks the year', () => {
  it('inside known years it is addWorkingDays, nothing guessed', () => {
    expect(cal.reckonWorkingDays('2026-09-28', 5)).toEqual({ date: cal.addWorkingDays('2026-09-28', 5), guessedYears: [] });
    expect(cal.reckonWorkingDays('2026-09-28', 5).date).toBe('2026-10-10'); // Tue 29, Wed 30, Thu 8, Fri 9, and the make-up Saturday 10
  });

  it('across the year end: known holidays still count, the unknown year by weekends only', () => {
    expect(cal.reckonWorkingDays('2026-12-31', 5)).toEqual({ date: '2027-01-07', guessedYears: [2027] }); // Fri 1, Mon 4 … Thu 7
    expect(cal.reckonWorkingDays('2026-12-31', 1)).toEqual({ date: '2027-01-01', guessedYears: [2027] });
    expect(cal.reckonWorkingDays('2026-12-30', 1)).toEqual({ date: '2026-12-31', guessedYears: [] });
  });

  it('names every year guessed, and never changes the strict methods', () => {
    expect(cal.reckonWorkingDays('2027-12-30', 5).guessedYears).toEqual([2027, 2028]);
    expect(() => cal.addWorkingDays('2026-12-31', 5)).toThrow(/No holiday data for 2027-01-01/);
  });

  it('counts between two days the same way', () => {
    expect(cal.reckonWorkingDaysBetween('2026-12-31', '2027-01-07')).toEqual({ days: 5, guessedYears: [2027] });
    expect(cal.reckonWorkingDaysBetween('2026-03-06', '2026-03-12')).toEqual({ days: 4, guessedYears: [] });
  });

  it('an empty calendar counts Monday to Friday everywhere', () => {
    expect(new WorkdayCalendar({ years: {} }).reckonWorkingDays('2030-01-04', 1)).toEqual({ date: '2030-01-07', guessedYears: [2030] });
  });
});

describe('deadlineAfter', () => {
  it('is firm with no problem inside the calendar', () => {
    expect(deadlineAfter(cal, '2026-03-09', 5)).toEqual({ date: '2026-03-16', problem: null });
  });

  it('is always a date; provisional with a reason naming the missing year, the years loaded and the remedy', () => {
    const due = deadlineAfter(cal, '2026-12-31', 5);
    expect(due.date).toBe('2027-01-07');
    expect(due.problem).toBe(provisionalReason([2027], [2025, 2026]));
    expect(due.problem).toMatch(/^Provisional: counted Monday to Friday only.*for 2027 \(it knows 2025, 2026\).*setWorkdayCalendarYear mutation/);
    expect(due.problem).not.toMatch(/json|file/i);
  });
});

describe('judged: on time, late, or not judged against a guess', () => {
  it.each([
    ['2026-03-16', '2026-03-16', null, true],
    ['2026-03-17', '2026-03-16', null, false],
    ['2026-03-10', '2026-03-16', 'Provisional: …', null],
    ['2026-03-17', '2026-03-16', 'Provisional: …', null],
    ['2026-03-10', null, null, null],
  ])('done %s, deadline %s (%s) → %s', (day, deadline, problem, expected) => {
    expect(judged(day, deadline, problem)).toBe(expected);
  });
});

import { parsePeriod } from './period';
import { FilingStatus, TaxFiling } from './tax.entity';

const conflict = expect.objectContaining({ extensions: expect.objectContaining({ code: 'CONFLICT' }) });

describe('filing periods', () => {
  test('months and quarters, with their deadline on the 15th of the month after', () => {
    expect(parsePeriod('2026-08')).toEqual({ period: '2026-08', firstDay: '2026-08-01', lastDay: '2026-08-31', dueOn: '2026-09-15' });
    expect(parsePeriod('2024-02')).toMatchObject({ lastDay: '2024-02-29' });
    expect(parsePeriod('2026-q4')).toEqual({ period: '2026-Q4', firstDay: '2026-10-01', lastDay: '2026-12-31', dueOn: '2027-01-15' });
    expect(parsePeriod('2026-12').dueOn).toBe('2027-01-15');
    for (const bad of ['2026-13', '2026-00', '2026-Q0', '2026-Q5', '1999-01', '2026-1', '202608', 'x']) {
      expect(() => parsePeriod(bad)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'period' }) }));
    }
  });
});

describe('the filing state machine', () => {
  test('a missed filing is made good once', () => {
    const f = Object.assign(new TaxFiling(), { status: FilingStatus.MISSED, filedOn: null });
    f.fileLate('2026-09-20');
    expect(f).toMatchObject({ status: FilingStatus.FILED_LATE, filedOn: '2026-09-20' });
    expect(() => f.fileLate('2026-09-21')).toThrow(conflict);
    expect(() => Object.assign(new TaxFiling(), { status: FilingStatus.FILED }).fileLate('2026-09-21')).toThrow(conflict);
  });
});

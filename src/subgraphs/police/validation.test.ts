import { addDays, DEFAULT_VISIT_INTERVAL_DAYS, KeyEnterprise, OfficerAssignment } from './station/station.entity';
import { intIn, parseOfficerId, problems, visitNumber, text } from './validation';

describe('police input checks', () => {
  test('officer ids are `Officer:<badge>`', () => {
    expect(parseOfficerId('Officer:320102001')).toBe('320102001');
    for (const bad of ['320102001', 'Station:QH-CD', 'Officer:', 'Officer:12a', 'Officer:1 OR 1=1']) {
      expect(() => parseOfficerId(bad)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'officerId' }) }));
    }
  });

  test('texts are trimmed, required unless optional, bounded and storable', () => {
    expect(text('  走访  ', 'notes', 10)).toBe('走访');
    expect(text('  ', 'reason', 10, true)).toBeNull();
    expect(text(null, 'reason', 10, true)).toBeNull();
    expect(() => text(' ', 'notes', 10)).toThrow(/notes must not be empty/);
    expect(() => text('x'.repeat(11), 'notes', 10)).toThrow(/too long/);
    expect(() => text('a\u0000b', 'notes', 10)).toThrow(/NUL/);
    expect(() => text('\ud800', 'notes', 10)).toThrow(/surrogate/);
  });

  test('problems found: each non-empty, at most 20', () => {
    expect(problems(undefined)).toEqual([]);
    expect(problems([' 照明不足 '])).toEqual(['照明不足']);
    expect(() => problems(['ok', ' '])).toThrow(/problemsFound\[1\]/);
    expect(() => problems(Array(21).fill('x'))).toThrow(/at most 20/);
  });
});

describe('liaison assignment state', () => {
  test('ends once, keeping day and reason', () => {
    const a = Object.assign(new OfficerAssignment(), { id: 7, uscc: 'U', assignedOn: '2026-01-01' });
    expect(a.isCurrent).toBe(true);
    expect(a.globalId).toBe('LiaisonAssignment:7');
    a.end('2026-09-28', '调任');
    expect(a).toMatchObject({ endedOn: '2026-09-28', endReason: '调任', isCurrent: false });
    expect(() => a.end('2026-09-29', 'again')).toThrow(/already ended/);
  });
});

describe('visits due (走访到期)', () => {
  const entry = () => Object.assign(new KeyEnterprise(), { uscc: 'U', registeredOn: '2026-01-01', nextVisitDue: addDays('2026-01-01', DEFAULT_VISIT_INTERVAL_DAYS) });

  test('a quarter after registration, then a quarter after the latest visit; a late write-up never moves it back', () => {
    const k = entry();
    expect(k.nextVisitDue).toBe('2026-04-01');
    k.visited('2026-03-10');
    expect(k).toMatchObject({ lastVisitedOn: '2026-03-10', nextVisitDue: '2026-06-08' });
    k.visited('2026-02-01'); // an older visit recorded late
    expect(k).toMatchObject({ lastVisitedOn: '2026-03-10', nextVisitDue: '2026-06-08' });
  });

  test('changing the interval moves the due day from the latest visit, or from registration when never visited', () => {
    const k = entry();
    k.setInterval(30);
    expect(k.nextVisitDue).toBe('2026-01-31');
    k.visited('2026-12-20');
    expect(k.nextVisitDue).toBe('2027-01-19'); // across the year end
    k.setInterval(7);
    expect(k).toMatchObject({ visitIntervalDays: 7, nextVisitDue: '2026-12-27' });
  });

  test('calendar arithmetic across month ends and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  test('whole numbers in range; visit ids', () => {
    expect(intIn(30, 'intervalDays', 7, 366)).toBe(30);
    for (const bad of [6, 367, 1.5, Number.NaN]) expect(() => intIn(bad, 'intervalDays', 7, 366)).toThrow(/intervalDays/);
    expect(visitNumber('Visit:12')).toBe(12);
    for (const bad of ['Issue:12', 'Visit:0', 'Visit:99999999999', 'Visit:1 ', 12]) expect(visitNumber(bad)).toBeNull();
  });
});

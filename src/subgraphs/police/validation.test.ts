import { OfficerAssignment } from './station/station.entity';
import { parseOfficerId, problems, text } from './validation';

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

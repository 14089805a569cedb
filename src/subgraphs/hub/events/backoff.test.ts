import { backoffDelay } from './event-bus';

describe('event listener reconnect backoff', () => {
  const opts = { baseMs: 200, maxMs: 10_000 };
  test('doubles per attempt, between half and all of the ceiling', () => {
    expect([0, 1, 2, 3].map((a) => backoffDelay(a, opts, () => 0))).toEqual([100, 200, 400, 800]);
    expect([0, 1, 2, 3].map((a) => backoffDelay(a, opts, () => 1))).toEqual([200, 400, 800, 1600]);
  });
  test('is capped, also after very many attempts', () => {
    expect(backoffDelay(10, opts, () => 1)).toBe(10_000);
    expect(backoffDelay(10_000, opts, () => 0)).toBe(5_000);
  });
});

import type { Clock } from '../../src/shared/clock';
import { toHubDate } from '../../src/shared/time-zone';

/**
 * The instant every test hub starts at, unless TEST_CLOCK says otherwise: a Monday morning in
 * Shanghai whose 5-working-day reply deadline crosses the National Day holiday and its make-up
 * workday, in a year whose real holiday arrangement the hub ships.
 */
export const DEFAULT_TEST_INSTANT = '2026-09-28T02:00:00.000Z';

/**
 * TEST_CLOCK moves the whole suite to another date, to prove no test depends on the real one:
 * an ISO instant (TEST_CLOCK=2027-01-06T02:00:00Z) freezes the hub's clock there; TEST_CLOCK=system
 * gives the hub the machine's own (ticking) clock.
 */
export function testClockStart(env: NodeJS.ProcessEnv = process.env): Date | 'system' {
  const raw = env.TEST_CLOCK?.trim();
  if (raw === 'system' || raw === 'now') return 'system';
  const at = new Date(raw || DEFAULT_TEST_INSTANT);
  if (Number.isNaN(at.getTime())) throw new Error(`TEST_CLOCK=${raw} is neither an ISO instant nor "system".`);
  return at;
}

/** A clock a test controls: it stands still at a known instant until the test sets or advances it. */
export interface TestClock {
  /** The hub's notion of now (what services, resolvers and the SLA scan see). */
  now: Clock;
  /** Today's date in Asia/Shanghai, as the hub computes it. */
  today(): string;
  set(instant: Date | string): void;
  advance(ms: number): void;
}

export function createTestClock(start: Date | 'system' = testClockStart()): TestClock {
  // frozen at an instant, or following the machine's clock shifted by `offset`
  let frozenAt: number | null = start === 'system' ? null : start.getTime();
  let offset = 0;
  const now = () => new Date(frozenAt ?? Date.now() + offset);
  return {
    now,
    today: () => toHubDate(now()),
    set(instant) {
      const t = new Date(instant).getTime();
      if (Number.isNaN(t)) throw new Error(`not an instant: ${String(instant)}`);
      frozenAt = t;
    },
    advance(ms) {
      if (frozenAt !== null) frozenAt += ms;
      else offset += ms;
    },
  };
}

const DAY_MS = 86_400_000;

/** The calendar date `days` after (negative: before) a "YYYY-MM-DD" date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

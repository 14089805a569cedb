/**
 * What "now" is for the domain: submission times, deadlines, "today", overdue checks, SLA scans.
 * Injected (startHub({ clock }) → RequestContext.clock and the hub's services) so tests can run the
 * hub at any date. Token expiry, timeouts and retries stay on real time: they are about the wire,
 * not the domain.
 */
export type Clock = () => Date;

/** The machine's clock. */
export const systemClock: Clock = () => new Date();

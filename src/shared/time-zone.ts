/**
 * The one time zone of the hub (DESIGN §7): "today", deadlines and working-day counts are days in
 * this zone. Shared because configuration, the subgraph server and every subgraph use it.
 */

/** The hub's time zone unless `TZ` names another (the deadlines of DESIGN §7 are Chinese working days). */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

let hubZone = DEFAULT_TIME_ZONE;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Whether `zone` is an IANA time zone this runtime knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Sets the one time zone of this process: every "today", deadline and working-day count of the hub
 * uses it (configured by `TZ`, set at start from the configuration).
 */
export function setHubTimeZone(zone: string): void {
  if (!isTimeZone(zone)) throw new Error(`Unknown time zone "${zone}".`);
  hubZone = zone;
}

export function hubTimeZone(): string {
  return hubZone;
}

/** The calendar date ("YYYY-MM-DD") of an instant in the hub's time zone (or the one given). */
export function toHubDate(instant: Date, zone: string = hubZone): string {
  const t = instant instanceof Date ? instant.getTime() : NaN;
  if (!Number.isFinite(t)) throw new Error('toHubDate: invalid Date.');
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(zone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

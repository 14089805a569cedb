import { AsyncLocalStorage } from 'node:async_hooks';
import pino from 'pino';

/** Structured JSON logging (pino); `scope` names the subgraph or component (a child's scope replaces its parent's). */
export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, err?: unknown): void;
  child(scope: string): Logger;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

/** W3C trace context of the request being served, added to every line logged while serving it. */
export interface TraceIds {
  trace_id: string;
  span_id?: string;
}

/**
 * Set around each request a subgraph serves (see subgraph-server.ts), so that any line logged
 * meanwhile, by any code, carries the request's trace id: the same id as the gateway's line.
 */
export const requestTrace = new AsyncLocalStorage<TraceIds>();

const TRACEPARENT = /^[0-9a-f]{2}-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$/;

/** The ids of a `traceparent` header (W3C Trace Context), or null when absent or malformed. */
export function parseTraceparent(header: string | null | undefined): TraceIds | null {
  const m = header ? TRACEPARENT.exec(header.trim()) : null;
  if (!m || /^0+$/.test(m[1]) || /^0+$/.test(m[2])) return null;
  return { trace_id: m[1], span_id: m[2] };
}

/**
 * `root` carries no scope; each logger binds exactly one (a child's replaces its parent's), so a
 * line never repeats the `scope` key.
 */
function scoped(root: pino.Logger, scope: string): Logger {
  const p = root.child({ scope });
  return {
    debug: (m, f) => (f ? p.debug(f, m) : p.debug(m)),
    info: (m, f) => (f ? p.info(f, m) : p.info(m)),
    warn: (m, f) => (f ? p.warn(f, m) : p.warn(m)),
    error: (m, err) => (err === undefined ? p.error(m) : p.error({ err }, m)),
    child: (child) => scoped(root, child),
  };
}

/** JSON lines on stderr (or `destination`, e.g. a test's capture). */
export function createLogger(level: LogLevel, scope = 'hub', destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: null, // no pid/hostname: the scope (and the platform's own labels) say where a line came from
    // a line logged while a request is served names its trace (explicit fields win)
    mixin: () => requestTrace.getStore() ?? {},
  };
  return scoped(pino(options, destination ?? pino.destination(2)), scope);
}

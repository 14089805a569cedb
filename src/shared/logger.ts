import pino from 'pino';

/** Structured JSON logging (pino); `scope` names the subgraph or component. */
export interface Logger {
  debug(msg: string): void;
  info(msg: string): void;
  warn(msg: string): void;
  error(msg: string, err?: unknown): void;
  child(scope: string): Logger;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

function wrap(p: pino.Logger): Logger {
  return {
    debug: (m) => p.debug(m),
    info: (m) => p.info(m),
    warn: (m) => p.warn(m),
    error: (m, err) => (err === undefined ? p.error(m) : p.error({ err }, m)),
    child: (scope) => wrap(p.child({ scope })),
  };
}

export function createLogger(level: LogLevel, scope = 'hub'): Logger {
  return wrap(pino({ level, base: { scope } }, pino.destination(2)));
}

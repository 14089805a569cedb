import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { sql } from './sql';

/** A graphql-ws subscription through the gateway that collects what arrives, for assertions. */
export interface Collector<T = any> {
  events: T[];
  errors: unknown[];
  completed: boolean;
  /** Resolves once `count` events have arrived (or rejects after `ms`, or on an error). */
  waitFor(count: number, ms?: number): Promise<T[]>;
  /** Resolves with the events so far once one of them satisfies `match` (rejects after `ms`, or on an error). */
  waitUntil(match: (event: T) => boolean, ms?: number): Promise<T[]>;
  /** Resolves when the server ends the subscription (complete or error). */
  waitForEnd(ms?: number): Promise<void>;
  stop(): Promise<void>;
}

export function wsClient(httpUrl: string, token: string | null, opts: { retry?: boolean } = {}): Client {
  return createClient({
    url: httpUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: opts.retry ? 5 : 0,
    lazy: true,
  });
}

/**
 * The cursor of the newest event stored now. Subscribing with `after: <it>` receives exactly what
 * happens from now on, without waiting for the subscription to be set up end to end first.
 */
export async function latestCursor(): Promise<string> {
  const [row] = await sql<{ c: string }>(`select coalesce(max(id), 0)::text as c from hub.event`);
  return row.c;
}

/**
 * Resolves when `check` returns true, re-checking whenever `onChange` fires (no fixed sleeps);
 * rejects with `describe()` after `ms`.
 */
function waitOn(subscribe: (wake: () => void) => () => void, check: () => boolean | Error, describe: () => string, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = (err?: Error) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      unsubscribe();
      if (err) reject(err);
      else resolve();
    };
    const wake = () => {
      const r = check();
      if (r instanceof Error) finish(r);
      else if (r) finish();
    };
    const timer = setTimeout(() => finish(new Error(describe())), ms);
    const unsubscribe = subscribe(wake);
    wake();
  });
}

/** `query`: the text, or a payload of its own (e.g. a trusted document's hash in `extensions`, with `query: ''`). */
export function collect<T = any>(client: Client, query: string | { query: string; extensions?: Record<string, unknown> }, variables: Record<string, unknown> = {}, pick?: (data: any) => T): Collector<T> {
  const listeners = new Set<() => void>();
  const changed = () => [...listeners].forEach((l) => l());
  const on = (wake: () => void) => (listeners.add(wake), () => void listeners.delete(wake));
  const failed = () => (state.errors.length ? new Error(`subscription failed: ${JSON.stringify(state.errors)}`) : false);
  const state: Collector<T> = {
    events: [],
    errors: [],
    completed: false,
    waitFor: async (count, ms = 15_000) => {
      await waitOn(on, () => (state.events.length >= count ? true : failed()), () => `timed out with ${state.events.length}/${count} events`, ms);
      return state.events.slice(0, count);
    },
    waitUntil: async (match, ms = 15_000) => {
      await waitOn(on, () => (state.events.some(match) ? true : failed()), () => `timed out; events so far: ${JSON.stringify(state.events)}`, ms);
      return [...state.events];
    },
    waitForEnd: (ms = 15_000) => waitOn(on, () => state.completed || state.errors.length > 0, () => 'subscription did not end', ms),
    stop: async () => {
      unsubscribe();
    },
  };
  const unsubscribe = client.subscribe(
    typeof query === 'string' ? { query, variables } : { ...query, variables },
    {
      next: (result) => {
        if (result.errors) state.errors.push(...result.errors);
        if (result.data) state.events.push(pick ? pick(result.data) : (Object.values(result.data)[0] as T));
        changed();
      },
      error: (err) => {
        state.errors.push(err);
        changed();
      },
      complete: () => {
        state.completed = true;
        changed();
      },
    },
  );
  return state;
}

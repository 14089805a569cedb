import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** A graphql-ws subscription through the gateway that collects what arrives, for assertions. */
export interface Collector<T = any> {
  events: T[];
  errors: unknown[];
  completed: boolean;
  /** Resolves once `count` events have arrived (or rejects after `ms`). */
  waitFor(count: number, ms?: number): Promise<T[]>;
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

export function collect<T = any>(client: Client, query: string, variables: Record<string, unknown> = {}, pick?: (data: any) => T): Collector<T> {
  const state: Collector<T> = {
    events: [],
    errors: [],
    completed: false,
    waitFor: (count, ms = 15_000) =>
      new Promise((resolve, reject) => {
        const started = Date.now();
        const check = () => {
          if (state.events.length >= count) return resolve(state.events.slice(0, count));
          if (state.errors.length) return reject(new Error(`subscription failed: ${JSON.stringify(state.errors)}`));
          if (Date.now() - started > ms) return reject(new Error(`timed out with ${state.events.length}/${count} events`));
          setTimeout(check, 10);
        };
        check();
      }),
    waitForEnd: (ms = 15_000) =>
      new Promise((resolve, reject) => {
        const started = Date.now();
        const check = () => {
          if (state.completed || state.errors.length) return resolve();
          if (Date.now() - started > ms) return reject(new Error('subscription did not end'));
          setTimeout(check, 10);
        };
        check();
      }),
    stop: async () => {
      unsubscribe();
    },
  };
  const unsubscribe = client.subscribe(
    { query, variables },
    {
      next: (result) => {
        if (result.errors) state.errors.push(...result.errors);
        if (result.data) state.events.push(pick ? pick(result.data) : (Object.values(result.data)[0] as T));
      },
      error: (err) => state.errors.push(err),
      complete: () => (state.completed = true),
    },
  );
  return state;
}

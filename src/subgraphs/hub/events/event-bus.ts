import { Client } from 'pg';
import type { Logger } from '../../../shared/logger';

/**
 * Delivery side of the transactional outbox. Writers insert events in the same transaction as
 * the change; a trigger NOTIFYs on commit. Every running instance LISTENs, reads the events after
 * the last one it delivered, in cursor order, and hands each to the local subscribers whose filter
 * accepts it. A slow safety sweep covers a lost notification or a dropped LISTEN connection.
 *
 * Cursor order is commit order because writers serialise their outbox inserts with a transaction
 * advisory lock (see the hub's outbox): a reader that has seen cursor N never sees a smaller one later.
 */
export interface StoredEvent {
  id: bigint;
  [key: string]: unknown;
}

export interface EventSource<E extends StoredEvent> {
  /** The highest cursor stored now (the point "live" starts from). */
  latest(): Promise<bigint>;
  /** Events after `after`, oldest first, at most `limit`. */
  after(after: bigint, limit: number): Promise<E[]>;
}

export interface BackoffOptions {
  /** First delay (ms); doubles per failed attempt. */
  baseMs: number;
  /** Ceiling of the delay (ms). */
  maxMs: number;
}

export const DEFAULT_RECONNECT: BackoffOptions = { baseMs: 200, maxMs: 10_000 };

/**
 * Delay before reconnect attempt `attempt` (0-based): exponential, capped, "equal jitter" (half
 * fixed, half random), so it never collapses to zero yet spreads instances apart.
 */
export function backoffDelay(attempt: number, opts: BackoffOptions = DEFAULT_RECONNECT, random: () => number = Math.random): number {
  const ceiling = Math.min(opts.maxMs, opts.baseMs * 2 ** Math.min(attempt, 30));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** A bounded-latency async queue between the bus and one subscription. */
export class Subscriber<E> implements AsyncIterable<E> {
  private readonly buffer: E[] = [];
  private waiting: ((r: IteratorResult<E>) => void) | null = null;
  private closed = false;

  constructor(
    readonly accepts: (e: E) => boolean,
    private readonly onClose: () => void,
  ) {}

  push(event: E) {
    if (this.closed || !this.accepts(event)) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value: event, done: false });
    } else this.buffer.push(event);
  }

  close() {
    if (this.closed) return;
    this.closed = true;
    this.onClose();
    this.waiting?.({ value: undefined, done: true });
    this.waiting = null;
  }

  [Symbol.asyncIterator](): AsyncIterator<E> {
    return {
      next: () => {
        if (this.buffer.length) return Promise.resolve({ value: this.buffer.shift()!, done: false });
        if (this.closed) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => (this.waiting = resolve));
      },
      return: () => {
        this.close();
        return Promise.resolve({ value: undefined, done: true });
      },
    };
  }
}

export class EventBus<E extends StoredEvent> {
  private delivered = 0n;
  private readonly subscribers = new Set<Subscriber<E>>();
  private listener: Client | null = null;
  private sweep: NodeJS.Timeout | null = null;
  private reading: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private failures = 0;

  constructor(
    private readonly opts: {
      databaseUrl: string;
      channel: string;
      source: EventSource<E>;
      log: Logger;
      sweepMs?: number;
      reconnect?: BackoffOptions;
    },
  ) {}

  async start(): Promise<void> {
    this.delivered = await this.opts.source.latest();
    await this.listen();
    this.sweep = setInterval(() => this.poke(), this.opts.sweepMs ?? 5000);
    this.sweep.unref();
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.opts.databaseUrl });
    client.on('notification', () => this.poke());
    client.on('error', (err) => {
      this.opts.log.warn(`event listener connection lost (${err.message}); reconnecting`);
      this.reconnect(client);
    });
    client.on('end', () => this.reconnect(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${this.opts.channel}`);
    } catch (err) {
      await client.end().catch(() => undefined);
      throw err;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.listener = client;
    this.poke(); // anything committed while (re)connecting
  }

  /** True while a LISTEN connection is up (false during an outage, until a reconnect succeeds). */
  get listening(): boolean {
    return this.listener !== null;
  }

  private reconnect(client: Client) {
    if (this.stopped || this.listener !== client) return;
    this.listener = null;
    this.scheduleReconnect();
  }

  /**
   * Keeps trying until LISTEN is back: a database restart or failover can take longer than one
   * attempt, and without LISTEN events arrive only with the slow sweep. Backoff is exponential,
   * capped, with jitter so many instances do not reconnect in lockstep.
   */
  private scheduleReconnect() {
    if (this.stopped || this.retryTimer) return;
    const delay = backoffDelay(this.failures++, this.opts.reconnect);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.listen().then(
        () => {
          if (this.failures > 1) this.opts.log.info(`event listener reconnected after ${this.failures} attempts`);
          this.failures = 0;
        },
        (err) => {
          this.opts.log.warn(`event listener reconnect failed (${(err as Error).message}); retrying`);
          this.scheduleReconnect();
        },
      );
    }, delay);
    this.retryTimer.unref();
  }

  /** Highest cursor this instance has handed to its subscribers. */
  get cursor(): bigint {
    return this.delivered;
  }

  subscribe(accepts: (e: E) => boolean): Subscriber<E> {
    const sub: Subscriber<E> = new Subscriber(accepts, () => this.subscribers.delete(sub));
    this.subscribers.add(sub);
    return sub;
  }

  get subscriberCount(): number {
    return this.subscribers.size;
  }

  /** Reads and fans out new events; calls that arrive while reading make it read once more. */
  poke(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.reading) {
      this.again = true;
      return this.reading;
    }
    this.reading = (async () => {
      try {
        do {
          this.again = false;
          let batch: E[];
          do {
            batch = await this.opts.source.after(this.delivered, 500);
            for (const event of batch) {
              this.delivered = event.id;
              for (const sub of this.subscribers) sub.push(event);
            }
          } while (batch.length === 500);
        } while (this.again);
      } catch (err) {
        this.opts.log.warn(`reading events failed: ${(err as Error).message}`);
      } finally {
        this.reading = null;
      }
    })();
    return this.reading;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.sweep) clearInterval(this.sweep);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    for (const sub of [...this.subscribers]) sub.close();
    const client = this.listener;
    this.listener = null;
    await client?.end().catch(() => undefined);
    await this.reading;
  }
}

/** Yielded once, last, when the subscriber's token expires: the resolver turns it into UNAUTHENTICATED. */
export const EXPIRED = Object.freeze({ expired: true as const });
export type Expired = typeof EXPIRED;

/**
 * Replay then live, with no gap and no duplicate at the seam: the live subscription is opened
 * first (buffering), the store is read after the client's cursor, and live events at or below the
 * last replayed cursor are dropped. `return()` (client gone) closes the live queue at once, even
 * while waiting for an event; at `expiresAt` (ms) the stream yields EXPIRED and ends.
 */
export function replayThenLive<E extends StoredEvent>(
  bus: EventBus<E>,
  source: { after(after: bigint, limit: number): Promise<E[]> },
  accepts: (e: E) => boolean,
  after: bigint | null,
  expiresAt: number | null = null,
): AsyncIterableIterator<E | Expired> {
  const live = bus.subscribe(accepts);
  let expired = false;
  const timer = expiresAt === null ? null : setTimeout(() => ((expired = true), live.close()), Math.max(0, expiresAt - Date.now()));
  async function* run(): AsyncGenerator<E | Expired> {
    try {
      let last = after ?? bus.cursor;
      if (after !== null) {
        for (;;) {
          const page = await source.after(last, 500);
          for (const event of page) {
            if (expired) break;
            last = event.id;
            if (accepts(event)) yield event;
          }
          if (page.length < 500 || expired) break;
        }
      }
      for await (const event of live) {
        if (event.id <= last) continue;
        last = event.id;
        yield event;
      }
      if (expired) yield EXPIRED;
    } finally {
      if (timer) clearTimeout(timer);
      live.close();
    }
  }
  const gen = run();
  return {
    next: () => gen.next(),
    return: (value?: unknown) => {
      live.close(); // unblocks a pending wait so the generator can finish
      return gen.return(value as never);
    },
    throw: (err?: unknown) => gen.throw(err),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

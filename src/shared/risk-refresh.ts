import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from './clock';
import type { Logger } from './logger';
import { BACKGROUND, inBackground } from './orm';
import type { SubgraphRuntime } from './subgraph-server';

/** Rewrites a department's materialised signals of `usccs` (null: every enterprise) in `tx`, as of `now`; resolves with how many rows changed. */
export type SignalRewrite = (tx: EntityManager, usccs: string[] | null, now: Date) => Promise<number>;

export interface SignalRefresh extends SubgraphRuntime {
  /** Re-evaluates the department's signals of `usccs` (null or left out: every enterprise) now; resolves with how many rows changed. */
  refresh(usccs?: string[] | null): Promise<number>;
}

/**
 * A department's signal refresh (police, market, tax, judicial: each subgraph's `startRuntime`).
 * - At start, one pass over every enterprise, awaited: the records already there (the demo seed,
 *   records written before a rule or a release changed how they signal, by an instance on another
 *   clock) are materialised before the subgraph serves, and the hub hears of every change (NOTIFY)
 *   or finds it in its own start sweep.
 * - Then every `intervalMs`: time moves signals too (a failed mediation, a penalty or an alert
 *   leaves its window without anyone writing).
 * Each pass runs under the department's rules lock (exclusive: never interleaved with a rule change
 * or a write's rewrite), one after the other in this instance; only changed rows are written, so
 * only real changes NOTIFY the hub. A failing pass is logged and retried at the next one.
 */
export async function startSignalRefresh(opts: {
  orm: MikroORM;
  log: Logger;
  clock: Clock;
  intervalMs: number;
  lock: string;
  rewrite: SignalRewrite;
}): Promise<SignalRefresh> {
  let running: Promise<unknown> = Promise.resolve();
  const refresh = (usccs: string[] | null = null): Promise<number> => {
    const pass = running.then(() =>
      inBackground(() =>
        opts.orm.em.fork({ loggerContext: BACKGROUND }).transactional(async (tx) => {
          await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [opts.lock], 'all', BACKGROUND);
          return opts.rewrite(tx, usccs, opts.clock());
        }),
      ),
    );
    running = pass.catch((err) => opts.log.warn(`risk signal refresh failed: ${(err as Error).message}`));
    return pass;
  };
  await refresh().catch(() => undefined); // logged above
  const timer = setInterval(() => void refresh().catch(() => undefined), opts.intervalMs);
  timer.unref();
  return {
    refresh,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from './logger';
import { BACKGROUND, inBackground } from './orm';
import type { SubgraphRuntime } from './subgraph-server';

export interface SignalRefresh extends SubgraphRuntime {
  /** Re-evaluates the department's signals of every enterprise now; resolves with how many rows changed. */
  refresh(): Promise<number>;
}

/**
 * Time moves signals too (a failed mediation or a penalty leaves its window without anyone
 * writing): every `intervalMs` a department re-evaluates all its materialised signals by the clock,
 * under its rules lock (exclusive: never interleaved with a rule change or a write's rewrite). Only
 * changed rows are written, so only real changes NOTIFY the hub. Not at start, as the police's
 * (`police/risk/risk-refresh.ts`): the seed's records are materialised at the first pass.
 */
export function startSignalRefresh(opts: {
  orm: MikroORM;
  log: Logger;
  intervalMs: number;
  lock: string;
  rewrite: (tx: EntityManager) => Promise<number>;
}): SignalRefresh {
  let running: Promise<unknown> = Promise.resolve();
  const refresh = (): Promise<number> => {
    const pass = running.then(() =>
      inBackground(() =>
        opts.orm.em.fork({ loggerContext: BACKGROUND }).transactional(async (tx) => {
          await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [opts.lock], 'all', BACKGROUND);
          return opts.rewrite(tx);
        }),
      ),
    );
    running = pass.catch((err) => opts.log.warn(`risk signal refresh failed: ${(err as Error).message}`));
    return pass;
  };
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

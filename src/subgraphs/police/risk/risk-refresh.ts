import type { MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../../../shared/clock';
import type { Logger } from '../../../shared/logger';
import { BACKGROUND, inBackground } from '../../../shared/orm';
import type { SubgraphRuntime } from '../../../shared/subgraph-server';
import { refreshPoliceSignals, RISK_RULES_LOCK } from './risk.service';

export interface PoliceRiskRefresh extends SubgraphRuntime {
  /** Re-evaluates the police signals of `usccs` (null: every enterprise) now; resolves with how many changed. */
  refresh(usccs?: string[] | null): Promise<number>;
}

/**
 * Time moves signals too: an alert leaves a rule's window without anyone writing anything. Every
 * `intervalMs` the police re-evaluate their signals by the clock (only changed rows are written,
 * so only real changes NOTIFY the hub). Under the rules lock, so it never interleaves with a rule
 * change; any number of instances may run it. Not at start: the seed and every write are already
 * current, and a test hub running on another date must not rewrite the others' signals.
 */
export function startPoliceRiskRefresh(opts: { orm: MikroORM; log: Logger; clock: Clock; intervalMs: number }): PoliceRiskRefresh {
  let running: Promise<unknown> = Promise.resolve();
  const refresh = (usccs: string[] | null = null): Promise<number> => {
    const pass = running.then(() =>
      inBackground(() =>
        opts.orm.em.fork({ loggerContext: BACKGROUND }).transactional(async (tx) => {
          await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [RISK_RULES_LOCK], 'all', BACKGROUND);
          return refreshPoliceSignals(tx, usccs, opts.clock());
        }),
      ),
    );
    running = pass.catch((err) => opts.log.warn(`police risk refresh failed: ${(err as Error).message}`));
    return pass;
  };
  const timer = setInterval(() => void refresh().catch(() => undefined), opts.intervalMs);
  timer.unref();
  // once at start too: the signals were last evaluated by whichever instance ran before, at its time
  void refresh().catch(() => undefined);
  return {
    refresh,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

import { Client } from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../../../shared/clock';
import type { Logger } from '../../../shared/logger';
import { inBackground } from '../../../shared/orm';
import { backoffDelay } from '../events/event-bus';
import { reassess } from './risk-assessor';
import { RISK_SIGNALS_CHANNEL } from './risk-sources';

export interface RiskWatcher {
  /** Reassesses every enterprise now (after the pass in progress); resolves when done. */
  sweepNow(): Promise<void>;
  stop(): Promise<void>;
}

const USCC = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/**
 * Reassesses enterprises when a department's signals change. Departments NOTIFY
 * `liaison_risk_signals` with `<source>:<uscc>` in the transaction that changes a signal (so only
 * committed changes are heard); this LISTENs on its own connection (straight to PostgreSQL, as the
 * event bus does), gathers the enterprises named while a pass runs and reassesses them in the next
 * pass. A sweep of every enterprise at start and every `sweepMs` covers a notification lost while
 * the connection was down.
 */
export function startRiskWatcher(opts: { orm: MikroORM; databaseUrl: string; log: Logger; clock: Clock; sweepMs: number }): RiskWatcher {
  let pending = new Set<string>();
  let sweep = false;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let listener: Client | null = null;
  let failures = 0;
  let retry: NodeJS.Timeout | null = null;

  const pass = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = inBackground(async () => {
      try {
        // the enterprises named first, then a sweep if one is due; each in its own transaction, so a
        // failing sweep never holds up the notified ones. A failure is retried with the next
        // notification or sweep, not in a tight loop.
        let failed = false;
        const run = async (usccs: string[] | null) => {
          try {
            const { raised, changed } = await reassess(opts.orm.em, usccs, opts.clock());
            if (changed) opts.log.info(`risk: ${changed} assessments changed, ${raised} rose`);
          } catch (err) {
            failed = true;
            if (usccs) usccs.forEach((u) => pending.add(u));
            else sweep = true;
            opts.log.warn(`risk reassessment failed: ${(err as Error).message}`);
          }
        };
        do {
          again = false;
          const usccs = [...pending];
          pending = new Set();
          if (usccs.length) await run(usccs);
          if (sweep && !failed) {
            sweep = false;
            await run(null);
          }
        } while (!failed && (again || pending.size > 0 || sweep));
      } finally {
        running = null;
      }
    });
    return running;
  };

  const listen = async () => {
    const client = new Client({ connectionString: opts.databaseUrl });
    client.on('error', () => undefined);
    client.on('end', () => {
      if (stopped || listener !== client) return;
      listener = null;
      reconnect();
    });
    client.on('notification', (msg) => {
      const uscc = msg.payload?.split(':')[1];
      if (uscc && USCC.test(uscc)) {
        pending.add(uscc);
        void pass();
      }
    });
    await client.connect();
    await client.query(`LISTEN ${RISK_SIGNALS_CHANNEL}`);
    if (stopped) return void (await client.end().catch(() => undefined));
    listener = client;
    sweep = true; // whatever changed while not listening
    void pass();
  };
  const reconnect = () => {
    if (stopped || retry) return;
    retry = setTimeout(() => {
      retry = null;
      listen().then(
        () => (failures = 0),
        (err) => {
          failures++;
          opts.log.warn(`risk listener reconnect failed (${(err as Error).message}); retrying`);
          reconnect();
        },
      );
    }, backoffDelay(failures));
    retry.unref();
  };

  const timer = setInterval(() => {
    sweep = true;
    void pass();
  }, opts.sweepMs);
  timer.unref();
  listen().catch((err) => {
    opts.log.warn(`risk listener failed to start (${(err as Error).message}); retrying`);
    reconnect();
  });

  return {
    async sweepNow() {
      await running;
      sweep = true;
      await pass();
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      if (retry) clearTimeout(retry);
      const client = listener;
      listener = null;
      await client?.end().catch(() => undefined);
      await running;
    },
  };
}

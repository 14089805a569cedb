import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../../../shared/clock';
import type { Logger } from '../../../shared/logger';
import { BACKGROUND, inBackground } from '../../../shared/orm';

/**
 * The outbox's replay window. `hub.event` is partitioned by calendar month (UTC) of `occurred_at`
 * (migration OutboxPartitions). A maintenance step, at start and then every
 * OUTBOX_MAINTENANCE_INTERVAL_MS, in whichever hub instance gets the advisory lock:
 *
 * - creates the partitions of last month, this month and the next two, and of any month whose
 *   rows wait in the default partition (moving them in), so writers never need DDL;
 * - drops the partitions that end at least OUTBOX_REPLAY_DAYS before now (and deletes such rows
 *   from the default partition), recording the highest id removed in
 *   `hub.event_retention.dropped_through`.
 *
 * A resume cursor below `dropped_through` has lost events: the subscription is refused and the
 * client reloads. Everything runs in one transaction with a short lock_timeout: when a long
 * transaction holds the table, the step gives up (rolled back, nothing half done) and the next
 * run tries again, instead of queueing every reader and writer of the outbox behind it.
 */
export const MONTHS_AHEAD = 2;
const LOCK = 'liaison-hub:outbox-maintenance';
const LOCK_TIMEOUT = '1s';
const ATTEMPTS = 3;
const DAY_MS = 86_400_000;
const PARTITION = /^event_(\d{4})_(\d{2})$/;

const monthStart = (year: number, month: number) => new Date(Date.UTC(year, month, 1));
const run = <T = any>(em: EntityManager, sql: string, params: unknown[] = []) => em.execute<T[]>(sql, params, 'all', BACKGROUND);

/** The instant before which events may be gone: now − replayDays. */
export const replayCutoff = (now: Date, replayDays: number) => new Date(now.getTime() - replayDays * DAY_MS);

export interface OutboxMaintenance {
  /** Partitions created (`event_2026_10`). */
  created: string[];
  /** Partitions dropped. */
  dropped: string[];
  /** Rows deleted from the default partition for being older than the window. */
  deletedStray: number;
  /** Highest id removed so far (cursors below it are refused). */
  droppedThrough: bigint;
}

/**
 * One maintenance pass at `now`; null when another instance holds the lock. `replayDays: null`
 * only creates partitions (right after migrating, before the demo data is written).
 */
export async function maintainOutbox(orm: MikroORM, now: Date, replayDays: number | null): Promise<OutboxMaintenance | null> {
  const cutoff = replayDays === null ? null : replayCutoff(now, replayDays);
  return orm.em.fork({ loggerContext: BACKGROUND }).transactional(
    async (tx) => {
      const [{ locked }] = await run(tx, 'select pg_try_advisory_xact_lock(hashtext(?)) as locked', [LOCK]);
      if (!locked) return null;
      await run(tx, `set local lock_timeout = '${LOCK_TIMEOUT}'`);
      const partitions = (await run<{ name: string }>(tx, `select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid where i.inhparent = 'hub.event'::regclass`)).map((r) => r.name);
      const monthly = partitions.flatMap((name) => {
        const m = PARTITION.exec(name);
        return m ? [{ name, end: monthStart(Number(m[1]), Number(m[2])) }] : [];
      });
      const result: OutboxMaintenance = { created: [], dropped: [], deletedStray: 0, droppedThrough: 0n };

      if (cutoff) {
        const expired = monthly.filter((p) => p.end.getTime() <= cutoff.getTime());
        const [{ stray }] = await run(tx, 'select exists (select 1 from hub.event_default where occurred_at < ?) as stray', [cutoff]);
        if (expired.length || stray) {
          // first of all: taken after a partition's lock it could deadlock with a reader of the whole table
          await run(tx, 'lock table hub.event in access exclusive mode');
          const removed: string[] = [];
          for (const p of expired) {
            const [{ max }] = await run(tx, `select max(id)::text as max from hub."${p.name}"`);
            if (max) removed.push(max);
            await run(tx, `drop table hub."${p.name}"`);
            result.dropped.push(p.name);
          }
          const [{ n, max }] = await run(tx, 'with gone as (delete from hub.event_default where occurred_at < ? returning id) select count(*)::int as n, max(id)::text as max from gone', [cutoff]);
          result.deletedStray = n;
          if (max) removed.push(max);
          if (removed.length) {
            await run(tx, 'update hub.event_retention set dropped_through = greatest(dropped_through, ?::bigint)', [removed.reduce((a, b) => (BigInt(a) > BigInt(b) ? a : b))]);
          }
        }
      }

      // this month, one before and MONTHS_AHEAD after, and the months of rows waiting in the default partition
      const wanted = new Map<number, Date>();
      for (let offset = -1; offset <= MONTHS_AHEAD; offset++) {
        const start = monthStart(now.getUTCFullYear(), now.getUTCMonth() + offset);
        wanted.set(start.getTime(), start);
      }
      for (const { month } of await run<{ month: Date }>(tx, `select distinct date_trunc('month', occurred_at at time zone 'UTC') at time zone 'UTC' as month from hub.event_default`)) {
        const start = new Date(month);
        wanted.set(start.getTime(), start);
      }
      const present = new Set(monthly.filter((p) => !result.dropped.includes(p.name)).map((p) => p.name));
      for (const start of [...wanted.values()].sort((a, b) => a.getTime() - b.getTime())) {
        const end = monthStart(start.getUTCFullYear(), start.getUTCMonth() + 1);
        if (cutoff && end.getTime() <= cutoff.getTime()) continue; // would be dropped at once
        const name = `event_${start.getUTCFullYear()}_${String(start.getUTCMonth() + 1).padStart(2, '0')}`;
        if (present.has(name)) continue;
        const [{ created }] = await run(tx, 'select hub.create_event_partition(?) as created', [start]);
        if (created) result.created.push(created);
      }
      const [{ through }] = await run(tx, 'select dropped_through::text as through from hub.event_retention');
      result.droppedThrough = BigInt(through);
      return result;
    },
    { loggerContext: BACKGROUND },
  );
}

/** The scheduled step: at start (awaited), then every interval; a failure is logged and retried next time. */
export async function startOutboxMaintenance(opts: {
  orm: MikroORM;
  clock: Clock;
  log: Logger;
  replayDays: number;
  intervalMs: number;
}): Promise<{ runNow(): Promise<OutboxMaintenance | null>; stop(): Promise<void> }> {
  let running: Promise<OutboxMaintenance | null> = Promise.resolve(null);
  const runNow = () =>
    (running = running.then(() =>
      inBackground(async () => {
        for (let attempt = 1; ; attempt++) {
          try {
            const done = await maintainOutbox(opts.orm, opts.clock(), opts.replayDays);
            if (done?.created.length) opts.log.info(`outbox: created partitions ${done.created.join(', ')}`);
            if (done?.dropped.length || done?.deletedStray) {
              opts.log.info(`outbox: dropped ${done.dropped.join(', ') || 'no partition'} (older than ${opts.replayDays} days)${done.deletedStray ? `, ${done.deletedStray} stray rows` : ''}; cursors below ${done.droppedThrough} now need a reload`);
            }
            return done;
          } catch (err) {
            // mostly the lock timeout behind a long transaction: a few tries now, then the next interval
            if (attempt < ATTEMPTS) continue;
            opts.log.warn(`outbox: partition maintenance failed ${ATTEMPTS} times, next try in ${opts.intervalMs} ms: ${(err as Error).message}`);
            return null;
          }
        }
      }),
    ));
  await runNow();
  const timer = setInterval(() => void runNow(), opts.intervalMs);
  timer.unref();
  return {
    runNow,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

/** What a resume cursor is checked against: the newest id handed out, and the highest one removed. */
export async function outboxBounds(em: EntityManager): Promise<{ newest: bigint; droppedThrough: bigint }> {
  const [row] = await run<{ newest: string; through: string }>(
    em,
    'select coalesce((select max(id) from hub.event), 0)::text as newest, (select dropped_through from hub.event_retention)::text as through',
  );
  const droppedThrough = BigInt(row.through);
  const newest = BigInt(row.newest);
  return { newest: newest > droppedThrough ? newest : droppedThrough, droppedThrough };
}

/** The highest id removed so far (a one-row read: checked after each page of a replay). */
export async function droppedThrough(em: EntityManager): Promise<bigint> {
  const [row] = await run<{ through: string }>(em, 'select dropped_through::text as through from hub.event_retention');
  return BigInt(row.through);
}

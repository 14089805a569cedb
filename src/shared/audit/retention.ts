import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import { BACKGROUND } from '../orm';
import { mutationScope } from './trail';

/**
 * Retention of the audit trail: one partition per calendar month (UTC), created ahead of time;
 * partitions entirely older than `retentionMonths` (≥ 6, the Cybersecurity Law's minimum) are
 * DETACHED — not dropped: the table stays in the schema for archiving, outside the live chain.
 * Before a partition leaves, its last hash is stored in `audit_anchor`, so the first row still
 * attached verifies against it.
 */
export const MIN_RETENTION_MONTHS = 6;

const monthStart = (year: number, month: number) => new Date(Date.UTC(year, month, 1));
const partitionName = (d: Date) => `audit_log_${d.getUTCFullYear()}_${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
const PARTITION = /^audit_log_(\d{4})_(\d{2})$/;

const run = (em: EntityManager, sql: string, params: unknown[] = []) => em.execute(sql, params, 'all', BACKGROUND);

/** Partitions for last month, this month and the next two (idempotent). */
export async function ensurePartitions(orm: MikroORM, schema: string, now: Date, log: Logger): Promise<string[]> {
  const created: string[] = [];
  for (let offset = -1; offset <= 2; offset++) {
    const from = monthStart(now.getUTCFullYear(), now.getUTCMonth() + offset);
    const to = monthStart(from.getUTCFullYear(), from.getUTCMonth() + 1);
    const name = partitionName(from);
    const em = orm.em.fork({ loggerContext: BACKGROUND });
    const [{ exists }] = await run(em, 'select to_regclass(?) is not null as exists', [`"${schema}"."${name}"`]);
    if (exists) continue;
    try {
      await em.transactional(async (tx) => {
        await run(tx, `create table "${schema}"."${name}" partition of "${schema}"."audit_log" for values from ('${from.toISOString()}') to ('${to.toISOString()}')`);
        await run(tx, `create trigger "${name}_no_truncate" before truncate on "${schema}"."${name}" for each statement execute function "${schema}"."audit_append_only"()`);
        await run(tx, `revoke update, delete, truncate on "${schema}"."${name}" from public`);
      });
      created.push(name);
    } catch (err) {
      // another instance created it meanwhile, or rows of that month already sit in the default partition
      log.warn(`audit: partition ${schema}.${name} not created: ${(err as Error).message}`);
    }
  }
  return created;
}

/** The first instant still kept: the start of the month `months` before now's month. */
export function retentionCutoff(now: Date, months: number): Date {
  if (!Number.isInteger(months) || months < MIN_RETENTION_MONTHS) {
    throw new Error(`Audit retention must be at least ${MIN_RETENTION_MONTHS} months, got ${months}.`);
  }
  return monthStart(now.getUTCFullYear(), now.getUTCMonth() - months);
}

/**
 * Detaches the monthly partitions that end on or before the cutoff, oldest first, each in one
 * transaction with the table locked (no row is added meanwhile). A partition is detached only
 * when every row still attached comes after its rows in the chain; otherwise it stays (retention
 * is a minimum) and a warning says why.
 */
export async function detachExpiredPartitions(orm: MikroORM, schema: string, now: Date, months: number, log: Logger): Promise<string[]> {
  const cutoff = retentionCutoff(now, months);
  const detached: string[] = [];
  const em = orm.em.fork({ loggerContext: BACKGROUND });
  const partitions = (await run(
    em,
    `select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid
      where i.inhparent = ?::regclass order by c.relname`,
    [`"${schema}"."audit_log"`],
  )) as { name: string }[];
  for (const { name } of partitions) {
    const m = PARTITION.exec(name);
    if (!m) continue;
    const end = monthStart(Number(m[1]), Number(m[2]));
    if (end.getTime() > cutoff.getTime()) break;
    const table = `"${schema}"."${name}"`;
    const ok = await em.fork().transactional(async (tx) => {
      // no row is added while the partition leaves; taken first, as every INSERT takes its table lock
      // before the chain's advisory lock (the other order could deadlock)
      await run(tx, `lock table "${schema}"."audit_log" in access exclusive mode`);
      const [stats] = await run(tx, `select count(*)::text as rows, min("seq")::text as first, max("seq")::text as last from ${table}`);
      if (stats.rows !== '0') {
        const [{ later }] = await run(
          tx,
          `select exists (select 1 from "${schema}"."audit_log" where "seq" < ? and tableoid <> ?::regclass) as later`,
          [stats.last, table],
        );
        if (later) {
          log.warn(`audit: ${schema}.${name} kept: rows attached elsewhere precede its last row in the chain`);
          return false;
        }
        const [{ hash }] = await run(tx, `select "hash" from ${table} where "seq" = ?`, [stats.last]);
        await run(
          tx,
          `insert into "${schema}"."audit_anchor" ("partition_name", "first_seq", "last_seq", "rows", "last_hash", "detached_at") values (?, ?, ?, ?, ?, ?)`,
          [name, stats.first, stats.last, stats.rows, hash, now],
        );
      }
      await run(tx, `alter table "${schema}"."audit_log" detach partition ${table}`);
      // the triggers cloned from audit_log leave with the partition: the archive stays append-only
      await run(tx, `create trigger "${name}_append_only" before update or delete on ${table} for each row execute function "${schema}"."audit_append_only"()`);
      return true;
    });
    if (!ok) break;
    detached.push(name);
    log.info(`audit: detached ${schema}.${name} (older than ${months} months); it stays in the schema for archiving`);
  }
  return detached;
}

/** The scheduled job: create partitions ahead, detach expired ones; at start, then every interval. */
export function startAuditMaintenance(opts: {
  orm: MikroORM;
  schema: string;
  clock: Clock;
  log: Logger;
  retentionMonths: number;
  intervalMs: number;
}): { runNow(): Promise<void>; stop(): void } {
  let running: Promise<void> = Promise.resolve();
  const runNow = () =>
    (running = running.then(() =>
      mutationScope.exit(async () => {
        const now = opts.clock();
        await ensurePartitions(opts.orm, opts.schema, now, opts.log);
        await detachExpiredPartitions(opts.orm, opts.schema, now, opts.retentionMonths, opts.log);
      }).catch((err) => opts.log.error('audit: partition maintenance failed', err)),
    ));
  const timer = setInterval(() => void runNow(), opts.intervalMs);
  timer.unref();
  return {
    runNow,
    stop() {
      clearInterval(timer);
    },
  };
}

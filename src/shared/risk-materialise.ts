import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { RiskLevel } from './risk';

/**
 * One materialised risk signal row of a department (`<dept>.risk_signal`): what the department's
 * rules give for an enterprise, keyed by (uscc, key) — `key` names the record behind it (a case, a
 * listing) or the category when the department raises one signal per category.
 */
export interface MaterialisedSignal {
  uscc: string;
  key: string;
  category: string;
  level: RiskLevel;
  observedAt: Date;
  details: string;
}

/**
 * Rewrites the signal rows of `usccs` (in the caller's transaction) to `computed`: only changed rows
 * are written, so only real changes fire the table's NOTIFY trigger and reach the hub. `computed`
 * must hold every signal of those enterprises (rows of `usccs` not in it are deleted). Returns how
 * many rows changed. One statement to read, one per kind of change (MikroORM batches them).
 */
export async function syncSignalRows<T extends MaterialisedSignal & object>(
  tx: EntityManager,
  entity: EntityName<T>,
  usccs: string[] | null,
  computed: MaterialisedSignal[],
): Promise<number> {
  const existing = await tx.find(entity, (usccs ? { uscc: { $in: usccs } } : {}) as FilterQuery<T>);
  const old = new Map(existing.map((s) => [`${s.uscc}/${s.key}`, s]));
  let changed = 0;
  for (const s of computed) {
    const k = `${s.uscc}/${s.key}`;
    const row = old.get(k);
    old.delete(k);
    if (!row) {
      tx.create(entity, s as never);
      changed++;
    } else if (row.level !== s.level || row.category !== s.category || row.observedAt.getTime() !== s.observedAt.getTime() || row.details !== s.details) {
      Object.assign(row, { category: s.category, level: s.level, observedAt: s.observedAt, details: s.details });
      changed++;
    }
  }
  for (const gone of old.values()) {
    tx.remove(gone);
    changed++;
  }
  await tx.flush();
  return changed;
}

/** A day ("YYYY-MM-DD") as the instant a signal is observed: its midnight, UTC (the published column is a timestamp). */
export const dayInstant = (day: string): Date => new Date(`${day}T00:00:00Z`);

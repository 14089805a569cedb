import type { EntityManager } from '@mikro-orm/postgresql';
import { Enum, PrimaryKey, Property, type EntityName, type FilterQuery } from '@mikro-orm/core';
import type DataLoader from 'dataloader';
import { RiskLevel } from './risk';
import type { RiskSignal } from './risk-signal';

/**
 * The columns of every department's materialised signal table (`<dept>.risk_signal`) besides its
 * category (the department's own enum) and, where one enterprise has several signals of a
 * category, the `key` of the record behind each. The hub reads the table only through the view
 * `<dept>.risk_signal_for_hub` (no `details`); a trigger NOTIFYs `liaison_risk_signals` on every
 * change (the department's migration), so the hub reassesses the enterprise after the commit.
 */
export abstract class RiskSignalColumns {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Enum({ items: () => RiskLevel })
  level!: RiskLevel;

  @Property({ type: 'datetime' })
  observedAt!: Date;

  /** Confidential to the department: counts, amounts, reasons, case text. */
  @Property({ type: 'text' })
  details!: string;
}

/** A signal table keyed by (uscc, key): `key` names the record behind the signal, or its category again (market, tax, judicial). */
export abstract class KeyedRiskSignalColumns extends RiskSignalColumns {
  @Property({ type: 'string', length: 40 })
  key!: string;
}

/**
 * One materialised risk signal row of a department (`<dept>.risk_signal`): what the department's
 * rules give for an enterprise, keyed by (uscc, key) — `key` names the record behind it (a case, a
 * listing) or the category when the department raises one signal per category (the police's table
 * has no key column: its rows are keyed by category).
 */
export interface MaterialisedSignal {
  uscc: string;
  key?: string;
  category: string;
  level: RiskLevel;
  observedAt: Date;
  details: string;
}

/**
 * Rewrites the signal rows of `usccs` (null: every enterprise; in the caller's transaction) to
 * `computed`: only changed rows are written, so only real changes fire the table's NOTIFY trigger
 * and reach the hub. `computed` must hold every signal of those enterprises (rows of `usccs` not in
 * it are deleted). Returns how many rows changed. One statement to read, one per kind of change
 * (MikroORM batches them).
 */
export async function syncSignalRows<T extends MaterialisedSignal & object>(
  tx: EntityManager,
  entity: EntityName<T>,
  usccs: string[] | null,
  computed: MaterialisedSignal[],
  keyOf: (s: MaterialisedSignal) => string = (s) => s.key!,
): Promise<number> {
  const existing = await tx.find(entity, (usccs ? { uscc: { $in: usccs } } : {}) as FilterQuery<T>);
  const old = new Map(existing.map((s) => [`${s.uscc}/${keyOf(s)}`, s]));
  let changed = 0;
  for (const s of computed) {
    const k = `${s.uscc}/${keyOf(s)}`;
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

/**
 * `syncSignalRows` for a department that raises one signal per category (market, tax), computed by
 * its signal DataLoader (one statement per batch): the rows of `usccs`, or with null of every
 * enterprise `all()` lists, rewritten in `tx`. Returns how many rows changed.
 */
export async function syncCategorySignals<T extends MaterialisedSignal & object>(
  tx: EntityManager,
  entity: EntityName<T>,
  usccs: string[] | null,
  all: () => Promise<string[]>,
  loader: DataLoader<string, RiskSignal<string>[]>,
): Promise<number> {
  const signals = (await loader.loadMany(usccs ?? (await all()))).flatMap((s) => {
    if (s instanceof Error) throw s;
    return s;
  });
  const computed = signals.map((s) => ({
    uscc: s.uscc, key: s.category, category: s.category, level: s.level as unknown as RiskLevel, observedAt: dayInstant(s.observedAt), details: s.detail ?? '',
  }));
  return syncSignalRows(tx, entity, usccs, computed);
}

/** A day ("YYYY-MM-DD") as the instant a signal is observed: its midnight, UTC (the published column is a timestamp). */
export const dayInstant = (day: string): Date => new Date(`${day}T00:00:00Z`);

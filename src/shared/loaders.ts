import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { wrap, type EntityName, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';

/**
 * DataLoader factories over MikroORM: one `IN (...)` query per batch, whatever the list size.
 * Created per request (never shared), so the cache is the request's identity map, not a global one.
 */
export function oneBy<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  key: keyof T & string,
  options: { populate?: string[] } = {},
): DataLoader<string, T | null> {
  return new DataLoader(async (keys) => {
    const rows = await em.find(entity, { [key]: { $in: [...keys] } } as FilterQuery<T>, { populate: options.populate as never });
    const byKey = new Map(rows.map((r) => [String(r[key]), r]));
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

export function manyBy<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  key: keyof T & string,
  options: { orderBy?: QueryOrderMap<T>; populate?: string[]; where?: FilterQuery<T> } = {},
): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const where = { ...(options.where as object), [key]: { $in: [...keys] } } as FilterQuery<T>;
    const rows = await em.find(entity, where, { orderBy: options.orderBy, populate: options.populate as never });
    const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
    for (const row of rows) groups.get(String(row[key]))?.push(row);
    return keys.map((k) => groups.get(k) ?? []);
  });
}

/** Like manyBy, keyed by a many-to-one relation (e.g. timeline entries by issue). */
export function manyByRelation<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  relation: keyof T & string,
  options: { orderBy?: QueryOrderMap<T>; populate?: string[] } = {},
): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const rows = await em.find(entity, { [relation]: { $in: [...keys] } } as FilterQuery<T>, { orderBy: options.orderBy, populate: options.populate as never });
    const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
    for (const row of rows) groups.get(String(wrap(row[relation] as object, true).getPrimaryKey()))?.push(row);
    return keys.map((k) => groups.get(k) ?? []);
  });
}

/**
 * Figures per key (counts, sums, latest days, tallies) in ONE grouped statement per batch:
 * `select <select> from <table> t where t.<keyColumn> in (…) [and <where>] group by t.<keyColumn>[, <groupBy>]`.
 * `reduce` turns the rows of one key (none when it has no records) into its value. `select`,
 * `where` and `groupBy` are the caller's SQL (alias `t`), never client values. The summaries of a
 * connection (e.g. `visitCount` beside `visitsConnection`) read this instead of loading every row.
 */
export function figuresBy<R>(
  em: EntityManager,
  opts: { table: string; keyColumn: string; select: string; where?: string; groupBy?: string },
  reduce: (rows: Record<string, unknown>[]) => R,
): DataLoader<string, R> {
  const extra = opts.where ? ` and (${opts.where})` : '';
  const groupBy = opts.groupBy ? `, ${opts.groupBy}` : '';
  return new DataLoader(async (keys) => {
    const rows: Record<string, unknown>[] = await em.getConnection().execute(
      `select t.${opts.keyColumn} as key__, ${opts.select} from ${opts.table} t where t.${opts.keyColumn} in (?)${extra} group by t.${opts.keyColumn}${groupBy}`,
      [[...keys]],
    );
    const groups = new Map<string, Record<string, unknown>[]>(keys.map((k) => [k, []]));
    for (const { key__: key, ...row } of rows) groups.get(String(key))?.push(row);
    return keys.map((k) => reduce(groups.get(k) ?? []));
  });
}

/** How many rows each key has (matching `where`): one grouped count per batch. */
export function countBy(em: EntityManager, opts: { table: string; keyColumn: string; where?: string }): DataLoader<string, number> {
  return figuresBy(em, { ...opts, select: 'count(*) as n' }, (rows) => Number(rows[0]?.n ?? 0));
}

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

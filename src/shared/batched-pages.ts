import DataLoader from 'dataloader';
import type { EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type Connection, type CursorPart, encodeCursor, type PageArgs, pageWindow, toConnection } from './pagination';

/**
 * A connection per parent (e.g. `enterprise.market.inspections` for each enterprise of a page of 50)
 * in ONE statement per batch: `row_number() over (partition by <key> order by …)` keeps the first
 * size+1 rows of every parent after (or before) the cursor, so a list of 50 enterprises costs one
 * statement, not 50. Parents asked with different paging arguments are batched per argument set.
 * `totalCount` is a second loader: one grouped count for the batch, only when selected.
 *
 * The order is keyset on `order` (columns, all in one direction, the last one unique), and each
 * cursor part is checked by `parts` before it reaches SQL.
 */
export interface PagesByOptions<T> {
  /** Schema-qualified table, e.g. `market.inspection`. */
  table: string;
  /** Column holding the parent key, e.g. `uscc`. */
  keyColumn: string;
  /** Keyset columns with the entity property each maps to, e.g. [['inspected_on','inspectedOn'], ['id','id']]; the last is unique. */
  order: [column: string, property: keyof T & string][];
  direction: 'asc' | 'desc';
  parts: readonly CursorPart<unknown>[];
  /** Extra SQL condition on the table (alias `t`), e.g. `t.status <> 'DISMISSED'`; no client values. */
  where?: string;
}

export interface PageRequest {
  key: string;
  page: PageArgs;
}

export function pagesBy<T extends object>(em: EntityManager, entity: EntityName<T>, opts: PagesByOptions<T>): DataLoader<PageRequest, Connection<T>, string> {
  const cols = opts.order.map(([c]) => `t.${c}`).join(', ');
  const extra = opts.where ? ` and (${opts.where})` : '';
  const counts = new DataLoader<string, number>(async (keys) => {
    const rows: { k: string; n: string }[] = await em.getConnection().execute(
      `select t.${opts.keyColumn} as k, count(*) as n from ${opts.table} t where t.${opts.keyColumn} in (?)${extra} group by t.${opts.keyColumn}`,
      [[...keys]],
    );
    const byKey = new Map(rows.map((r) => [r.k, Number(r.n)]));
    return keys.map((k) => byKey.get(k) ?? 0);
  });
  const cursorOf = (row: T) => encodeCursor(opts.order.map(([, p]) => row[p] as string | number));

  const loadGroup = async (keys: string[], args: PageArgs): Promise<Map<string, Connection<T>>> => {
    const window = pageWindow(args, opts.parts);
    // forward: the list's order after `after`; backward: the reverse order before `before`
    const reverse = window.backward;
    const dir = (opts.direction === 'desc') !== reverse ? 'desc' : 'asc';
    const params: unknown[] = [keys];
    const conditions: string[] = [];
    const tuple = (values: unknown[], op: string) => {
      params.push(...values);
      conditions.push(`(${cols}) ${op} (${values.map(() => '?').join(', ')})`);
    };
    // in list order, "after" means beyond: smaller for a descending list
    const beyond = opts.direction === 'desc' ? '<' : '>';
    const before = opts.direction === 'desc' ? '>' : '<';
    if (window.after) tuple(window.after as unknown[], beyond);
    if (window.before) tuple(window.before as unknown[], before);
    params.push(window.size + 1);
    const sql =
      `select * from (select t.*, row_number() over (partition by t.${opts.keyColumn} order by ${opts.order.map(([c]) => `t.${c} ${dir}`).join(', ')}) as rn__ ` +
      `from ${opts.table} t where t.${opts.keyColumn} in (?)${extra}${conditions.map((c) => ` and ${c}`).join('')}) x where rn__ <= ? order by ${opts.keyColumn}, rn__`;
    const rows: Record<string, unknown>[] = await em.getConnection().execute(sql, params);
    const grouped = new Map<string, T[]>(keys.map((k) => [k, []]));
    for (const { rn__: _rn, ...row } of rows) grouped.get(String(row[opts.keyColumn]))?.push(em.map(entity, row as never));
    return new Map(keys.map((k) => [k, toConnection(grouped.get(k)!, window, () => counts.load(k), cursorOf)]));
  };

  return new DataLoader<PageRequest, Connection<T>, string>(
    async (requests) => {
      // one statement per distinct paging-argument set (normally one: every parent asks the same)
      const groups = new Map<string, { args: PageArgs; keys: string[] }>();
      for (const r of requests) {
        const sig = JSON.stringify([r.page.first ?? null, r.page.after ?? null, r.page.last ?? null, r.page.before ?? null]);
        if (!groups.has(sig)) groups.set(sig, { args: r.page, keys: [] });
        groups.get(sig)!.keys.push(r.key);
      }
      const results = new Map<string, Connection<T> | Error>();
      await Promise.all(
        [...groups.entries()].map(async ([sig, g]) => {
          try {
            const pages = await loadGroup([...new Set(g.keys)], g.args);
            for (const [k, c] of pages) results.set(`${sig}|${k}`, c);
          } catch (err) {
            for (const k of g.keys) results.set(`${sig}|${k}`, err as Error);
          }
        }),
      );
      return requests.map((r) => results.get(`${JSON.stringify([r.page.first ?? null, r.page.after ?? null, r.page.last ?? null, r.page.before ?? null])}|${r.key}`)!);
    },
    { cacheKeyFn: (r) => JSON.stringify([r.key, r.page.first ?? null, r.page.after ?? null, r.page.last ?? null, r.page.before ?? null]) },
  );
}

import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badInput } from './errors';
import { textProblem } from './input-guard';

/** Relay-style cursor connections: opaque cursors over a stable, indexed sort key. */
@ObjectType({ description: 'Where a page of a cursor connection ends, and whether more follows (Relay PageInfo).' })
export class PageInfo {
  @Field({ description: 'True when more items follow this page: ask again with `after: endCursor`.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item on this page; null when the page is empty.' })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}
export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

export function connectionType<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} of a page, with its cursor.` })
  class EdgeType {
    @Field({ description: 'Opaque position of this item: pass it as `after` to continue from here.' })
    cursor!: string;

    @Field(() => node, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, {
    description: `One page of a cursor-paginated list of ${name} items (Relay-style connection); the list field says the order.`,
  })
  class ConnectionType {
    @Field(() => [EdgeType], { description: 'The items of this page, in order.' })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'Where this page ends and whether more follows.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of items matching the filter (all pages).' })
    totalCount!: number;
  }
  return ConnectionType;
}

export const MAX_PAGE_SIZE = 100;

export function pageSize(first: number | null | undefined, fallback = 20): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE_SIZE) {
    throw badInput(`"first" must be between 1 and ${MAX_PAGE_SIZE}, got ${n}.`, 'first');
  }
  return n;
}

export function encodeCursor(parts: (string | number)[]): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

/** One part of a cursor: what it must be. `parse` returns undefined for anything else. */
export interface CursorPart<T> {
  readonly parse: (value: unknown) => T | undefined;
}
type PartValues<P extends readonly CursorPart<unknown>[]> = { -readonly [K in keyof P]: P[K] extends CursorPart<infer T> ? T : never };

const MAX_INT4 = 2_147_483_647;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const CursorPart = {
  /** A database id (int4 primary key): an integer 1..2^31-1. */
  id: {
    parse: (v: unknown) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 1 && v <= MAX_INT4 ? v : undefined),
  } as CursorPart<number>,
  /** A non-empty string of at most `max` characters, well-formed, without NUL, matching `pattern` if given. */
  text: (max: number, pattern?: RegExp): CursorPart<string> => ({
    parse: (v) =>
      typeof v === 'string' && v.length > 0 && textProblem(v, max) === null && (!pattern || pattern.test(v)) ? v : undefined,
  }),
  /** A calendar day `YYYY-MM-DD` that exists. */
  isoDate: {
    parse: (v: unknown) => {
      if (typeof v !== 'string' || !ISO_DATE.test(v)) return undefined;
      const d = new Date(`${v}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v ? v : undefined;
    },
  } as CursorPart<string>,
};

/** Cursors this hub hands out are a few dozen characters; anything much longer is not one of them. */
export const MAX_CURSOR_LENGTH = 256;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/**
 * Decodes a cursor made by encodeCursor, checking every part against what the caller expects, so
 * that nothing unchecked (NaN, Infinity, an object, a 1 MB string) reaches SQL. Anything else is
 * BAD_USER_INPUT naming the argument.
 */
export function decodeCursor<const P extends readonly CursorPart<unknown>[]>(cursor: string, parts: P, argument = 'after'): PartValues<P> {
  const refuse = () => badInput(`"${argument}" is not a cursor this list produced.`, argument);
  if (typeof cursor !== 'string' || cursor.length > MAX_CURSOR_LENGTH || !BASE64URL.test(cursor)) throw refuse();
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse();
  }
  if (!Array.isArray(decoded) || decoded.length !== parts.length) throw refuse();
  return parts.map((part, i) => {
    const value = part.parse(decoded[i]);
    if (value === undefined) throw refuse();
    return value;
  }) as PartValues<P>;
}

/** Largest value of a bigint (int8) column: event cursors are outbox ids. */
const MAX_INT8 = 9_223_372_036_854_775_807n;

/**
 * An event cursor (the `cursor` of a subscription event: an outbox id in decimal) given back as
 * `after`; 0 means "from the beginning". Null when absent; BAD_USER_INPUT naming the argument otherwise.
 */
export function decodeEventCursor(after: string | null | undefined, argument = 'after'): bigint | null {
  if (after == null) return null;
  if (typeof after === 'string' && /^\d{1,19}$/.test(after)) {
    const n = BigInt(after);
    if (n <= MAX_INT8) return n;
  }
  throw badInput(`"${argument}" is not an event cursor: pass the cursor of the last event received.`, argument);
}

/** Builds a connection from one page fetched with limit+1 rows (the extra row says "more"). */
export function toConnection<T>(rows: T[], limit: number, totalCount: number, cursorOf: (row: T) => string): Connection<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((node) => ({ node, cursor: cursorOf(node) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
    totalCount,
  };
}

/**
 * One page of entities with an integer `id` in id order (stable under concurrent inserts), and the
 * total matching the conditions: two statements whatever the page size.
 */
export async function findPageById<T extends { id: number }>(
  em: EntityManager,
  entity: EntityName<T>,
  conditions: (FilterQuery<T> | (() => FilterQuery<T>))[],
  first: number | null | undefined,
  after: string | null | undefined,
  order: 'asc' | 'desc',
): Promise<Connection<T>> {
  const limit = pageSize(first);
  // a condition given as a function is built once per statement: MikroORM's raw() keys are use-once
  const built = () => conditions.map((c) => (typeof c === 'function' ? c() : c));
  const where = (conditions.length ? { $and: built() } : {}) as FilterQuery<T>;
  const cursor = after ? decodeCursor(after, [CursorPart.id])[0] : null;
  const page = (cursor === null ? (conditions.length ? { $and: built() } : {}) : { $and: [...built(), { id: order === 'asc' ? { $gt: cursor } : { $lt: cursor } }] }) as FilterQuery<T>;
  const [rows, total] = await Promise.all([
    em.find(entity, page, { orderBy: { id: order } as never, limit: limit + 1 }),
    em.count(entity, where),
  ]);
  return toConnection(rows as T[], limit, total, (r) => encodeCursor([r.id]));
}

import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badInput } from './errors';
import { textProblem } from './input-guard';
import { PAGE_SIZE_DEFAULT } from './list-size';

/**
 * Relay-style cursor connections: opaque cursors over a stable, indexed sort key. PageInfo is
 * @shareable: every subgraph with a connection (hub, police, …) resolves it the same way.
 */
@Directive('@shareable')
@ObjectType({ description: 'Where a page of a cursor connection ends, and whether more follows (Relay PageInfo).' })
export class PageInfo {
  @Field({
    description:
      'True when more items follow this page: ask again with `first` and `after: endCursor`. When paging backward (`last`), true if `before` was given.',
  })
  hasNextPage!: boolean;

  @Field({
    description:
      'True when items come before this page: ask again with `last` and `before: startCursor`. When paging forward (`first`), true if `after` was given.',
  })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item on this page; null when the page is empty.' })
  startCursor!: string | null;

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
  /** Counted on first read only (a lazy getter): a page whose client does not select it costs no count statement. */
  readonly totalCount: Promise<number>;
}

/**
 * Gives `connection` a `totalCount` that runs `count` on first read, once: GraphQL reads the field
 * only when the client selects it, so a page without it is one statement, not two.
 */
export function withLazyTotal<C extends object>(connection: C, count: () => Promise<number>): C & { readonly totalCount: Promise<number> } {
  let total: Promise<number> | null = null;
  Object.defineProperty(connection, 'totalCount', { get: () => (total ??= count()), enumerable: true });
  return connection as C & { readonly totalCount: Promise<number> };
}

export function connectionType<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} of a page, with its cursor.` })
  class EdgeType {
    @Field({ description: 'Opaque position of this item: pass it as `after` (or `before`) to page from here.' })
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

    @Field(() => Int, {
      description: 'Number of items matching the filter (all pages). Counted only when selected: it costs one more SQL statement, so leave it out when paging.',
    })
    totalCount!: number;
  }
  return ConnectionType;
}

/**
 * The deprecation reason of a plain list that a connection replaced (the list keeps working for
 * clients built on it; changing its type would break them).
 */
export const replacedByConnection = (connection: string) => `Unbounded: every record in one list. Read \`${connection}\` (a page at a time, first/after).`;

export const MAX_PAGE_SIZE = 100;

/** The Relay paging arguments of a connection field. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** Which slice of the ordered list a page is: `size` items after `after` and/or before `before`, from the start (forward) or the end (backward). */
export interface PageWindow<K> {
  size: number;
  backward: boolean;
  after: K | null;
  before: K | null;
}

function checkSize(n: number, argument: string, max = MAX_PAGE_SIZE): number {
  if (!Number.isInteger(n) || n < 1 || n > max) throw badInput(`"${argument}" must be between 1 and ${max}, got ${n}.`, argument);
  return n;
}

/**
 * Reads Relay paging arguments: `first` (default 20) pages forward from `after`, `last` backward
 * from `before`; asking for both `first` and `last` is BAD_USER_INPUT, as is a cursor this list did
 * not produce (every part checked before it reaches SQL).
 */
export function pageWindow<const P extends readonly CursorPart<unknown>[]>(args: PageArgs, parts: P, fallback = PAGE_SIZE_DEFAULT, max = MAX_PAGE_SIZE): PageWindow<PartValues<P>> {
  if (args.first != null && args.last != null) throw badInput('Give "first" (page forward) or "last" (page backward), not both.', 'last');
  const backward = args.last != null;
  return {
    size: backward ? checkSize(args.last!, 'last', max) : checkSize(args.first ?? fallback, 'first', max),
    backward,
    // an empty cursor means "no cursor": clients send "" for the first page
    after: args.after ? decodeCursor(args.after, parts, 'after') : null,
    before: args.before ? decodeCursor(args.before, parts, 'before') : null,
  };
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
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

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
  /** An instant as `Date.toISOString()` writes it (UTC, milliseconds): keyset cursors over timestamp columns. */
  isoDateTime: {
    parse: (v: unknown) => {
      if (typeof v !== 'string' || !ISO_INSTANT.test(v)) return undefined;
      const d = new Date(v);
      return !Number.isNaN(d.getTime()) && d.toISOString() === v ? v : undefined;
    },
  } as CursorPart<string>,
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

/**
 * Builds a connection from one page fetched with size+1 rows in the fetch order (the list's order
 * when paging forward, reversed when paging backward): the extra row says "more in that direction".
 * `count` runs only if the client selects `totalCount`.
 */
export function toConnection<T>(rows: T[], window: PageWindow<unknown>, count: () => Promise<number>, cursorOf: (row: T) => string): Connection<T> {
  const more = rows.length > window.size;
  const page = rows.slice(0, window.size);
  if (window.backward) page.reverse();
  const edges = page.map((node) => ({ node, cursor: cursorOf(node) }));
  return withLazyTotal(
    {
      edges,
      pageInfo: {
        hasNextPage: window.backward ? window.before !== null : more,
        hasPreviousPage: window.backward ? more : window.after !== null,
        startCursor: edges.length ? edges[0].cursor : null,
        endCursor: edges.length ? edges[edges.length - 1].cursor : null,
      },
    },
    count,
  );
}

/**
 * One page of entities in the order of `orderBy` (ending with a unique key, so the order is total
 * and stable under concurrent inserts) through MikroORM's cursor pagination (`findByCursor`): one
 * statement whatever the page size, plus one count if the client selects `totalCount`. Cursors are checked
 * against `parts` (one per orderBy key) before MikroORM decodes them.
 */
export async function findPage<T extends object, const P extends readonly CursorPart<unknown>[]>(
  em: EntityManager,
  entity: EntityName<T>,
  conditions: (FilterQuery<T> | (() => FilterQuery<T>))[],
  args: PageArgs,
  orderBy: Record<string, 'asc' | 'desc'>,
  parts: P,
): Promise<Connection<T>> {
  const window = pageWindow(args, parts);
  // a condition given as a function is built once per statement: MikroORM's raw() keys are use-once
  const where = () => (conditions.length ? { $and: conditions.map((c) => (typeof c === 'function' ? (c as () => FilterQuery<T>)() : c)) } : {}) as FilterQuery<T>;
  const page = await em.findByCursor(entity, where(), {
    ...(window.backward ? { last: window.size } : { first: window.size }),
    after: args.after || undefined,
    before: args.before || undefined,
    orderBy: orderBy as never,
    includeCount: false,
  });
  const edges = page.items.map((node) => ({ node, cursor: page.from(node) }));
  return withLazyTotal(
    {
      edges,
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.hasPrevPage,
        startCursor: edges.length ? edges[0].cursor : null,
        endCursor: edges.length ? edges[edges.length - 1].cursor : null,
      },
    },
    () => em.count(entity, where()),
  );
}

/** The Relay paging arguments every connection field takes. */
@ArgsType()
export class ConnectionArgs implements PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page forward: at most this many items (1 to 100), after `after` or from the start; 20 when neither `first` nor `last` is given.' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of an item (e.g. `pageInfo.endCursor` of the previous page): the page starts after it.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: 'Page backward: at most this many items (1 to 100), before `before` or up to the end. Not with `first`.' })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of an item (e.g. `pageInfo.startCursor` of the next page): the page ends before it.' })
  before?: string | null;
}

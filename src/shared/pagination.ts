import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badInput } from './errors';

/** Relay-style cursor connections: opaque cursors over a stable, indexed sort key. */
@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
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
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
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

export function decodeCursor(cursor: string, arity: number): (string | number)[] {
  try {
    const parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parts) && parts.length === arity) return parts;
  } catch {
    /* fall through */
  }
  throw badInput('"after" is not a cursor this list produced.', 'after');
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
  conditions: FilterQuery<T>[],
  first: number | null | undefined,
  after: string | null | undefined,
  order: 'asc' | 'desc',
): Promise<Connection<T>> {
  const limit = pageSize(first);
  const where = (conditions.length ? { $and: conditions } : {}) as FilterQuery<T>;
  const cursor = after ? Number(decodeCursor(after, 1)[0]) : null;
  const page = (cursor === null ? where : { $and: [...conditions, { id: order === 'asc' ? { $gt: cursor } : { $lt: cursor } }] }) as FilterQuery<T>;
  const [rows, total] = await Promise.all([
    em.find(entity, page, { orderBy: { id: order } as never, limit: limit + 1 }),
    em.count(entity, where),
  ]);
  return toConnection(rows as T[], limit, total, (r) => encodeCursor([r.id]));
}

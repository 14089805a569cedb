import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../../shared/auth';
import { may } from '../policy';
import { badInput } from '../../../shared/errors';
import { type Connection, CursorPart, decodeCursor, encodeCursor, pageSize, toConnection } from '../../../shared/pagination';
import { Enterprise } from './enterprise.entity';
import type { EnterpriseFilter } from './enterprise.types';

const MAX_FILTER_TEXT = 100;
/** Enterprise cursors carry the last USCC of the page: 18 characters of the USCC alphabet. */
const USCC_CURSOR = CursorPart.text(18, /^[0-9A-Z]{18}$/);

/** Lists enterprises by USCC order (the primary key index), filtered to what the viewer may see. */
export async function listEnterprises(
  em: EntityManager,
  viewer: Viewer,
  filter: EnterpriseFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Connection<Enterprise>> {
  const limit = pageSize(first);
  const where: FilterQuery<Enterprise> & Record<string, unknown> = {};
  if (!may(viewer, 'enterprise.listAll', null)) where.uscc = viewer.uscc ?? ''; // an enterprise user: only its own
  if (filter?.nameContains) {
    if (filter.nameContains.length > MAX_FILTER_TEXT) throw badInput('nameContains is too long.', 'filter.nameContains');
    where.name = { $ilike: `%${filter.nameContains.replace(/[%_\\]/g, (c) => `\\${c}`)}%` };
  }
  if (filter?.isKeyEnterprise != null) where.isKeyEnterprise = filter.isKeyEnterprise;
  if (filter?.policeJurisdiction) where.policeJurisdiction = filter.policeJurisdiction;
  if (filter?.park) where.park = filter.park;

  const pageWhere = { ...where } as Record<string, unknown>;
  if (after) {
    const [uscc] = decodeCursor(after, [USCC_CURSOR]);
    pageWhere.$and = [{ uscc: { $gt: uscc } }, ...(where.uscc ? [{ uscc: where.uscc }] : [])];
    delete pageWhere.uscc;
  }
  const [rows, total] = await Promise.all([
    em.find(Enterprise, pageWhere as FilterQuery<Enterprise>, { orderBy: { uscc: 'asc' }, limit: limit + 1 }),
    em.count(Enterprise, where),
  ]);
  return toConnection(rows, limit, total, (e) => encodeCursor([e.uscc]));
}

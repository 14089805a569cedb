import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../../shared/auth';
import { may } from '../policy';
import { badInput } from '../../../shared/errors';
import { type Connection, CursorPart, findPage, type PageArgs } from '../../../shared/pagination';
import { Enterprise } from './enterprise.entity';
import type { EnterpriseFilter } from './enterprise.types';

const MAX_FILTER_TEXT = 100;
/** Enterprise cursors carry the last USCC of the page: 18 characters of the USCC alphabet. */
const USCC_CURSOR = CursorPart.text(18, /^[0-9A-Z]{18}$/);

/** Lists enterprises by USCC order (the primary key index), filtered to what the viewer may see. */
export async function listEnterprises(em: EntityManager, viewer: Viewer, filter: EnterpriseFilter | null | undefined, page: PageArgs): Promise<Connection<Enterprise>> {
  const and: FilterQuery<Enterprise>[] = [];
  if (!may(viewer, 'enterprise.listAll', null)) and.push({ uscc: viewer.uscc ?? '' }); // an enterprise user: only its own
  if (filter?.nameContains) {
    if (filter.nameContains.length > MAX_FILTER_TEXT) throw badInput('nameContains is too long.', 'filter.nameContains');
    and.push({ name: { $ilike: `%${filter.nameContains.replace(/[%_\\]/g, (c) => `\\${c}`)}%` } });
  }
  if (filter?.isKeyEnterprise != null) and.push({ isKeyEnterprise: filter.isKeyEnterprise });
  if (filter?.policeJurisdiction) and.push({ policeJurisdiction: filter.policeJurisdiction });
  if (filter?.park) and.push({ park: filter.park });
  return findPage(em, Enterprise, and, page, { uscc: 'asc' }, [USCC_CURSOR]);
}

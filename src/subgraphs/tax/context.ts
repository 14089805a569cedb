import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../shared/context';
import { manyBy } from '../../shared/loaders';
import { Arrears, CreditRatingRecord } from './credit/tax.entity';

export function createTaxLoaders(em: EntityManager) {
  return {
    ratingsByUscc: manyBy(em, CreditRatingRecord, 'uscc', { orderBy: { year: 'desc' } }),
    arrearsByUscc: manyBy(em, Arrears, 'uscc', { orderBy: { since: 'desc' } }),
  };
}
export type TaxLoaders = ReturnType<typeof createTaxLoaders>;
export type TaxContext = RequestContext<TaxLoaders>;

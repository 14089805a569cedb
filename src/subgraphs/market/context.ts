import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../shared/context';
import { manyBy, oneBy } from '../../shared/loaders';
import { AbnormalListing, Penalty, Registration } from './registration/registration.entity';

export function createMarketLoaders(em: EntityManager) {
  return {
    registrationByUscc: oneBy(em, Registration, 'uscc'),
    abnormalListingsByUscc: manyBy(em, AbnormalListing, 'uscc', { orderBy: { listedOn: 'desc' } }),
    penaltiesByUscc: manyBy(em, Penalty, 'uscc', { orderBy: { decidedOn: 'desc' } }),
  };
}
export type MarketLoaders = ReturnType<typeof createMarketLoaders>;
export type MarketContext = RequestContext<MarketLoaders>;

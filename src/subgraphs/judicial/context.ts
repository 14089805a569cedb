import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../shared/context';
import { manyBy } from '../../shared/loaders';
import { Litigation, MediationCase } from './mediation/judicial.entity';

export function createJudicialLoaders(em: EntityManager) {
  return {
    mediationCasesByUscc: manyBy(em, MediationCase, 'uscc', { orderBy: { openedOn: 'desc' } }),
    litigationsByUscc: manyBy(em, Litigation, 'uscc', { orderBy: { filedOn: 'desc' } }),
  };
}
export type JudicialLoaders = ReturnType<typeof createJudicialLoaders>;
export type JudicialContext = RequestContext<JudicialLoaders>;

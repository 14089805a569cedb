import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../shared/context';
import { manyBy, oneBy } from '../../shared/loaders';
import { Alert, Officer, OfficerAssignment, Station, Visit } from './station/station.entity';

export function createPoliceLoaders(em: EntityManager) {
  return {
    assignmentByUscc: oneBy(em, OfficerAssignment, 'uscc', { populate: ['officer'] }),
    stationByCode: oneBy(em, Station, 'code'),
    officersByStation: new DataLoader<string, Officer[]>(async (codes) => {
      const rows = await em.find(Officer, { station: { code: { $in: [...codes] } } }, { orderBy: { badge: 'asc' } });
      return codes.map((code) => rows.filter((o) => o.station.code === code));
    }),
    visitsByUscc: manyBy(em, Visit, 'uscc', { orderBy: { visitedOn: 'desc' } }),
    alertsByUscc: manyBy(em, Alert, 'uscc', { orderBy: { occurredAt: 'desc' } }),
  };
}
export type PoliceLoaders = ReturnType<typeof createPoliceLoaders>;
export type PoliceContext = RequestContext<PoliceLoaders>;

import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../shared/context';
import { manyBy, manyByRelation, oneBy } from '../../shared/loaders';
import type { AttachmentSettings } from '../../shared/attachments/settings';
import type { SubgraphRuntime } from '../../shared/subgraph-server';
import { VisitAttachment } from './visit/visit-attachment.entity';
import { Alert, Officer, OfficerAssignment, SafetyTraining, Station, Visit } from './station/station.entity';
import { PoliceRiskSignalRow } from './risk/risk.entity';

export function createPoliceLoaders(em: EntityManager) {
  return {
    /** The current assignment (一企一警) of each enterprise, or null. */
    assignmentByUscc: new DataLoader<string, OfficerAssignment | null>(async (usccs) => {
      // the officer joined in: one statement for a whole list of enterprises
      const rows = await em.find(OfficerAssignment, { uscc: { $in: [...usccs] }, endedOn: null }, { populate: ['officer'] });
      const byUscc = new Map(rows.map((r) => [r.uscc, r]));
      return usccs.map((u) => byUscc.get(u) ?? null);
    }),
    /** Every assignment of each enterprise, newest first: the liaison history. */
    assignmentHistoryByUscc: manyBy(em, OfficerAssignment, 'uscc', { orderBy: { assignedOn: 'desc', id: 'desc' } }),
    officerByBadge: oneBy(em, Officer, 'badge'),
    stationByCode: oneBy(em, Station, 'code'),
    officersByStation: new DataLoader<string, Officer[]>(async (codes) => {
      const rows = await em.find(Officer, { station: { code: { $in: [...codes] } } }, { orderBy: { badge: 'asc' } });
      return codes.map((code) => rows.filter((o) => o.station.code === code));
    }),
    visitsByUscc: manyBy(em, Visit, 'uscc', { orderBy: { visitedOn: 'desc', id: 'desc' } }),
    alertsByUscc: manyBy(em, Alert, 'uscc', { orderBy: { occurredAt: 'desc', id: 'desc' } }),
    /** The police's materialised risk signals (维稳风险信号) of each enterprise: one statement per batch of references. */
    riskSignalsByUscc: manyBy(em, PoliceRiskSignalRow, 'uscc', { orderBy: { category: 'asc' } }),
    trainingsByUscc: manyBy(em, SafetyTraining, 'uscc', { orderBy: { heldOn: 'desc', id: 'desc' } }),
    /** Visits referred to by the hub (`Issue.originVisit`): one statement per batch of references. */
    visitById: new DataLoader<number, Visit | null>(async (ids) => {
      const rows = await em.find(Visit, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((v) => [v.id, v]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    attachmentsByVisit: manyByRelation(em, VisitAttachment, 'visit', { orderBy: { id: 'asc' } }),
  };
}
export type PoliceLoaders = ReturnType<typeof createPoliceLoaders>;
/** The police subgraph's long-lived parts: its attachment settings (storage, scanner, links). */
export interface PoliceRuntime extends SubgraphRuntime {
  attachments: AttachmentSettings;
}
export type PoliceContext = RequestContext<PoliceLoaders, PoliceRuntime>;

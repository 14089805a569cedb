import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../shared/context';
import { pagesBy } from '../../shared/batched-pages';
import { figuresBy, manyBy, manyByRelation, oneBy } from '../../shared/loaders';
import { CursorPart } from '../../shared/pagination';
import type { AlertCategory, AlertSeverity } from './station/police-enums';
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
    /** Every visit of each enterprise (the deprecated plain list `police.visits`). */
    visitsByUscc: manyBy(em, Visit, 'uscc', { orderBy: { visitedOn: 'desc', id: 'desc' } }),
    /** enterprise.police.visitsConnection: newest first, one statement for a whole list of enterprises. */
    visitPages: pagesBy(em, Visit, {
      table: 'police.visit', keyColumn: 'uscc', order: [['visited_on', 'visitedOn'], ['id', 'id']], direction: 'desc', parts: [CursorPart.isoDate, CursorPart.id],
    }),
    /** visitCount and lastVisitedOn: one grouped statement, no visit rows loaded. */
    visitFiguresByUscc: figuresBy(em, { table: 'police.visit', keyColumn: 'uscc', select: 'count(*) as n, max(t.visited_on)::text as last' }, (rows) => ({
      count: Number(rows[0]?.n ?? 0),
      lastVisitedOn: (rows[0]?.last as string | undefined) ?? null,
    })),
    /** Every alert of each enterprise (the deprecated plain list `police.alerts`). */
    alertsByUscc: manyBy(em, Alert, 'uscc', { orderBy: { occurredAt: 'desc', id: 'desc' } }),
    /** enterprise.police.alertsConnection: newest first. */
    alertPages: pagesBy(em, Alert, {
      table: 'police.alert', keyColumn: 'uscc', order: [['occurred_at', 'occurredAt'], ['id', 'id']], direction: 'desc', parts: [CursorPart.isoDateTime, CursorPart.id],
    }),
    /** alertTally and alertCount: alerts counted by category and severity in one grouped statement. */
    alertFiguresByUscc: figuresBy(
      em,
      { table: 'police.alert', keyColumn: 'uscc', select: 't.category, t.severity, count(*) as n, max(t.occurred_at) as latest', groupBy: 't.category, t.severity' },
      (rows) => rows.map((r) => ({ category: r.category as AlertCategory, severity: r.severity as AlertSeverity, count: Number(r.n), latest: new Date(r.latest as string | Date) })),
    ),
    /** The police's materialised risk signals (维稳风险信号) of each enterprise: one statement per batch of references. */
    riskSignalsByUscc: manyBy(em, PoliceRiskSignalRow, 'uscc', { orderBy: { category: 'asc' } }),
    /** Every training of each enterprise (the deprecated plain list `police.safetyTrainings`). */
    trainingsByUscc: manyBy(em, SafetyTraining, 'uscc', { orderBy: { heldOn: 'desc', id: 'desc' } }),
    /** enterprise.police.safetyTrainingsConnection: newest first. */
    trainingPages: pagesBy(em, SafetyTraining, {
      table: 'police.safety_training', keyColumn: 'uscc', order: [['held_on', 'heldOn'], ['id', 'id']], direction: 'desc', parts: [CursorPart.isoDate, CursorPart.id],
    }),
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

import { policeMigrations } from '../../../migrations/police';
import type { SubgraphModule } from '../../shared/subgraph-server';
import { createPoliceLoaders, type PoliceLoaders, type PoliceRuntime } from './context';
import { attachmentSettings } from '../../shared/attachments/settings';
import { AttachmentBlob } from '../../shared/attachments/blob.entity';
import { attachmentDownloadRoute } from '../../shared/attachments/download-route';
import { VisitAttachment } from './visit/visit-attachment.entity';
import { buildPoliceSchema } from './schema';
import { PoliceRiskRule, PoliceRiskSignalRow } from './risk/risk.entity';
import { refreshPoliceSignals, RISK_RULES_LOCK } from './risk/risk.service';
import { startSignalRefresh, type SignalRefresh } from '../../shared/risk-refresh';
import { Alert, KeyEnterprise, Officer, OfficerAssignment, SafetyTraining, Station, Visit } from './station/station.entity';

/** police (公安): liaison stations, officers, the officer ↔ enterprise assignment, visits, alerts, safety trainings. */
export const policeSubgraph: SubgraphModule<PoliceLoaders> = {
  name: 'police',
  entities: [Station, Officer, KeyEnterprise, OfficerAssignment, Visit, Alert, SafetyTraining, VisitAttachment, AttachmentBlob, PoliceRiskRule, PoliceRiskSignalRow],
  migrations: policeMigrations,
  buildSchema: buildPoliceSchema,
  createLoaders: createPoliceLoaders,
  // the attachment settings, and the refresh that materialises the police risk signals at start and
  // re-evaluates them as alerts leave the rules' windows (src/shared/risk-refresh.ts)
  startRuntime: async ({ orm, log, clock, config }): Promise<PoliceRuntime & SignalRefresh> =>
    Object.assign(await startSignalRefresh({ orm, log: log.child('risk'), clock, intervalMs: config.riskSweepIntervalMs, lock: RISK_RULES_LOCK, rewrite: refreshPoliceSignals }), {
      attachments: attachmentSettings(config, 'police.attachment_blob'),
    }),
  // visit attachments: uploads (multipart from the gateway) and /files/police/… downloads
  acceptsUploads: true,
  httpRoutes: (opts) => [attachmentDownloadRoute({ ...opts, subgraph: 'police', find: (em, id) => em.findOne(VisitAttachment, id) })],
};

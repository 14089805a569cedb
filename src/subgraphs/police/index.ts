import { policeMigrations } from '../../../migrations/police';
import type { SubgraphModule } from '../../shared/subgraph-server';
import { createPoliceLoaders, type PoliceLoaders, type PoliceRuntime } from './context';
import { attachmentSettings } from '../../shared/attachments/settings';
import { AttachmentBlob } from '../../shared/attachments/blob.entity';
import { attachmentDownloadRoute } from '../../shared/attachments/download-route';
import { VisitAttachment } from './visit/visit-attachment.entity';
import { buildPoliceSchema } from './schema';
import { PoliceRiskRule, PoliceRiskSignalRow } from './risk/risk.entity';
import { startPoliceRiskRefresh, type PoliceRiskRefresh } from './risk/risk-refresh';
import { Alert, KeyEnterprise, Officer, OfficerAssignment, SafetyTraining, Station, Visit } from './station/station.entity';

/** police (公安): liaison stations, officers, the officer ↔ enterprise assignment, visits, alerts, safety trainings. */
export const policeSubgraph: SubgraphModule<PoliceLoaders> = {
  name: 'police',
  entities: [Station, Officer, KeyEnterprise, OfficerAssignment, Visit, Alert, SafetyTraining, VisitAttachment, AttachmentBlob, PoliceRiskRule, PoliceRiskSignalRow],
  migrations: policeMigrations,
  buildSchema: buildPoliceSchema,
  createLoaders: createPoliceLoaders,
  // the attachment settings, and the refresh that re-evaluates the police risk signals as alerts
  // leave the rules' windows (police/risk)
  startRuntime: async ({ orm, log, clock, config }): Promise<PoliceRuntime & PoliceRiskRefresh> =>
    Object.assign(startPoliceRiskRefresh({ orm, log: log.child('risk'), clock, intervalMs: config.riskSweepIntervalMs }), {
      attachments: attachmentSettings(config, 'police.attachment_blob'),
    }),
  // visit attachments: uploads (multipart from the gateway) and /files/police/… downloads
  acceptsUploads: true,
  httpRoutes: (opts) => [attachmentDownloadRoute({ ...opts, subgraph: 'police', find: (em, id) => em.findOne(VisitAttachment, id) })],
};

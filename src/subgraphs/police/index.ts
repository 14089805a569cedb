import { policeMigrations } from '../../../migrations/police';
import type { SubgraphModule } from '../../shared/subgraph-server';
import { createPoliceLoaders, type PoliceLoaders, type PoliceRuntime } from './context';
import { attachmentSettings } from '../../shared/attachments/settings';
import { AttachmentBlob } from '../../shared/attachments/blob.entity';
import { serveAttachmentDownloads } from '../../shared/attachments/download-route';
import { VisitAttachment } from './visit/visit-attachment.entity';
import { buildPoliceSchema } from './schema';
import { Alert, KeyEnterprise, Officer, OfficerAssignment, SafetyTraining, Station, Visit } from './station/station.entity';

/** police (公安): liaison stations, officers, the officer ↔ enterprise assignment, visits, alerts, safety trainings. */
export const policeSubgraph: SubgraphModule<PoliceLoaders> = {
  name: 'police',
  entities: [Station, Officer, KeyEnterprise, OfficerAssignment, Visit, Alert, SafetyTraining, VisitAttachment, AttachmentBlob],
  migrations: policeMigrations,
  buildSchema: buildPoliceSchema,
  createLoaders: createPoliceLoaders,
  startRuntime: async ({ config }): Promise<PoliceRuntime> => ({ attachments: attachmentSettings(config, 'police.attachment_blob'), stop: async () => {} }),
  // visit attachments: uploads (multipart from the gateway) and /files/police/… downloads
  acceptsUploads: true,
  routes: (app, opts) => serveAttachmentDownloads(app, { ...opts, subgraph: 'police', find: (em, id) => em.findOne(VisitAttachment, id) }),
};

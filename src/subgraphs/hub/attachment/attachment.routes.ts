import type express from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { serveAttachmentDownloads } from '../../../shared/attachments/download-route';
import type { Clock } from '../../../shared/clock';
import type { Config } from '../../../shared/config';
import type { Logger } from '../../../shared/logger';
import { Attachment } from './attachment.entity';

/** GET /files/hub/<id>: downloads of requests' and replies' attachments (see serveAttachmentDownloads). */
export function attachmentRoutes(app: express.Express, opts: { orm: MikroORM; config: Config; log: Logger; clock: Clock }): void {
  serveAttachmentDownloads(app, { ...opts, subgraph: 'hub', find: (em, id) => em.findOne(Attachment, id) });
}

import type { MikroORM } from '@mikro-orm/postgresql';
import { attachmentDownloadRoute } from '../../../shared/attachments/download-route';
import type { Clock } from '../../../shared/clock';
import type { Config } from '../../../shared/config';
import type { Logger } from '../../../shared/logger';
import type { SubgraphRoute } from '../../../shared/subgraph-server';
import { Attachment } from './attachment.entity';

/** GET /files/hub/<id>: downloads of requests' and replies' attachments (see attachmentDownloadRoute). */
export function attachmentRoute(opts: { orm: MikroORM; config: Config; log: Logger; clock: Clock }): SubgraphRoute {
  return attachmentDownloadRoute({ ...opts, subgraph: 'hub', find: (em, id) => em.findOne(Attachment, id) });
}

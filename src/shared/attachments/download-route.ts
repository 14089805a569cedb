import type express from 'express';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../clock';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { parseDownloadPath, verifyDownload } from './download-url';
import { attachmentSettings } from './settings';
import { DatabaseStorage, type AttachmentStorage } from './storage';

/** What a download needs of an attachment row. */
export interface StoredAttachment {
  id: number;
  fileName: string;
  contentType: string;
  sha256: string;
  storage: 'DATABASE' | 'S3';
  storageKey: string;
}

const refuse = (res: express.Response, status: number, message: string, code: string) =>
  res.status(status).set('cache-control', 'no-store').json({ errors: [{ message, extensions: { code } }] });

/** `filename*` (RFC 6266/8187) for any name, with a plain ASCII fallback for old clients. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

/**
 * GET /files/<subgraph>/<id>?expires=…&signature=…: the bytes of one attachment, for a link the
 * subgraph issued (the gateway's /files/ route forwards here). The link's signature and expiry are
 * the whole check: the need-to-know rules were applied when it was issued, and it is valid for
 * minutes. The expiry is judged by the subgraph's clock, the one that set it.
 */
export function serveAttachmentDownloads(
  app: express.Express,
  opts: { subgraph: string; orm: MikroORM; config: Config; log: Logger; clock: Clock; find(em: EntityManager, id: number): Promise<StoredAttachment | null> },
): void {
  const table = `${opts.subgraph}.attachment_blob` as const;
  const settings = attachmentSettings(opts.config, table);
  const database = new DatabaseStorage(table);
  // each row says where its bytes are: files stored before a switch of storage stay readable
  const storageOf = (kind: string): AttachmentStorage | null => (kind === settings.storage.kind ? settings.storage : kind === 'DATABASE' ? database : null);

  app.get(`/files/${opts.subgraph}/:id`, async (req, res, next) => {
    try {
      const link = parseDownloadPath(req.originalUrl);
      if (!link || link.subgraph !== opts.subgraph) return refuse(res, 404, 'No such download link.', 'NOT_FOUND');
      const verdict = verifyDownload(settings.urlSecret, link, Math.floor(opts.clock().getTime() / 1000));
      if (verdict === 'invalid') return refuse(res, 403, 'This download link is not valid: ask for downloadUrl again.', 'FORBIDDEN');
      if (verdict === 'expired') return refuse(res, 403, 'This download link has expired: ask for downloadUrl again.', 'FORBIDDEN');
      const em = opts.orm.em.fork();
      const attachment = await opts.find(em, link.id);
      if (!attachment) return refuse(res, 404, 'No such attachment.', 'NOT_FOUND');
      const store = storageOf(attachment.storage);
      const bytes = store ? await store.get(em, attachment.storageKey) : null;
      if (!bytes) {
        opts.log.error(`attachment ${attachment.id}: no bytes in ${attachment.storage} under ${attachment.storageKey}`);
        return refuse(res, 503, 'The file is not available at the moment.', 'SERVICE_UNAVAILABLE');
      }
      res
        .status(200)
        .set({
          'content-type': attachment.contentType,
          'content-length': String(bytes.length),
          'content-disposition': contentDisposition(attachment.fileName),
          // served as the sniffed type, as a download, never rendered as a page of ours
          'x-content-type-options': 'nosniff',
          'content-security-policy': "default-src 'none'; sandbox",
          'cache-control': 'private, no-store',
          etag: `"${attachment.sha256}"`,
        })
        .end(bytes);
    } catch (err) {
      next(err);
    }
  });
}

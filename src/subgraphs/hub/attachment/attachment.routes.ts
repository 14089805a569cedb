import type express from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { parseDownloadPath, verifyDownload } from '../../../shared/attachments/download-url';
import { attachmentSettings } from '../../../shared/attachments/settings';
import { DatabaseStorage, type AttachmentStorage } from '../../../shared/attachments/storage';
import type { Clock } from '../../../shared/clock';
import type { Config } from '../../../shared/config';
import type { Logger } from '../../../shared/logger';
import { Attachment } from './attachment.entity';

const refuse = (res: express.Response, status: number, message: string, code: string) =>
  res.status(status).set('cache-control', 'no-store').json({ errors: [{ message, extensions: { code } }] });

/** `filename*` (RFC 6266/8187) for any name, with a plain ASCII fallback for old clients. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

/**
 * GET /files/hub/<id>?expires=…&signature=… — the bytes of one attachment, for a link that
 * `Attachment.downloadUrl` issued (the gateway's /files/ route forwards here). The link's signature
 * and expiry are the whole check: the need-to-know rules were applied when it was issued, and the
 * link is valid for minutes. The expiry is judged by the hub's clock, the one that set it.
 */
export function attachmentRoutes(app: express.Express, opts: { orm: MikroORM; config: Config; log: Logger; clock: Clock }): void {
  const settings = attachmentSettings(opts.config, 'hub.attachment_blob');
  const database = new DatabaseStorage('hub.attachment_blob');
  const storageOf = (kind: string): AttachmentStorage | null => (kind === settings.storage.kind ? settings.storage : kind === 'DATABASE' ? database : null);

  app.get('/files/hub/:id', async (req, res, next) => {
    try {
      const link = parseDownloadPath(req.originalUrl);
      if (!link || link.subgraph !== 'hub') return refuse(res, 404, 'No such download link.', 'NOT_FOUND');
      const verdict = verifyDownload(settings.urlSecret, link, Math.floor(opts.clock().getTime() / 1000));
      if (verdict === 'invalid') return refuse(res, 403, 'This download link is not valid: ask for Attachment.downloadUrl again.', 'FORBIDDEN');
      if (verdict === 'expired') return refuse(res, 403, 'This download link has expired: ask for Attachment.downloadUrl again.', 'FORBIDDEN');
      const em = opts.orm.em.fork();
      const attachment = await em.findOne(Attachment, link.id);
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

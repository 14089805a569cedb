import type http from 'node:http';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../clock';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { parseDownloadPath, verifyDownload } from './download-url';
import { attachmentSettings } from './settings';
import { DatabaseStorage, type AttachmentStorage } from './storage';
import type { SubgraphRoute } from '../subgraph-server';

/** What a download needs of an attachment row. */
export interface StoredAttachment {
  id: number;
  fileName: string;
  contentType: string;
  sha256: string;
  storage: 'DATABASE' | 'S3';
  storageKey: string;
}

const refuse = (res: http.ServerResponse, status: number, message: string, code: string) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
};

/** `filename*` (RFC 6266/8187) for any name, with a plain ASCII fallback for old clients. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

/**
 * GET|HEAD /files/<subgraph>/<id>?expires=…&signature=…: the bytes of one attachment, for a link the
 * subgraph issued (the gateway's /files/ route forwards here, signed like every subgraph route).
 * The link's signature and expiry are the whole check: the need-to-know rules were applied when it
 * was issued, and it is valid for minutes. The expiry is judged by the subgraph's clock, the one
 * that set it.
 */
export function attachmentDownloadRoute(opts: {
  subgraph: string;
  orm: MikroORM;
  config: Config;
  log: Logger;
  clock: Clock;
  find(em: EntityManager, id: number): Promise<StoredAttachment | null>;
}): SubgraphRoute {
  const table = `${opts.subgraph}.attachment_blob` as const;
  const settings = attachmentSettings(opts.config, table);
  const database = new DatabaseStorage(table);
  // each row says where its bytes are: files stored before a switch of storage stay readable
  const storageOf = (kind: string): AttachmentStorage | null => (kind === settings.storage.kind ? settings.storage : kind === 'DATABASE' ? database : null);

  return {
    prefix: `/files/${opts.subgraph}/`,
    async handle(req, res) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Downloads are GET requests.', 'BAD_USER_INPUT');
      const link = parseDownloadPath((req as { originalUrl?: string }).originalUrl ?? req.url ?? '');
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
      res.writeHead(200, {
        'content-type': attachment.contentType,
        'content-length': String(bytes.length),
        'content-disposition': contentDisposition(attachment.fileName),
        // served as the sniffed type, as a download, never rendered as a page of ours
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; sandbox",
        'cache-control': 'private, no-store',
        etag: `"${attachment.sha256}"`,
      });
      res.end(req.method === 'HEAD' ? undefined : bytes);
    },
  };
}

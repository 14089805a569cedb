import { Readable } from 'node:stream';
import type http from 'node:http';
import { parseDownloadPath, verifyDownload } from '../shared/attachments/download-url';
import type { SubgraphName } from '../shared/config';
import { ROUTE_SIGNATURE_HEADER, signRouteRequest } from '../shared/gateway-signature';
import type { GatewayRoute } from './routes';

/** Subgraphs that keep attachments and serve them under /files/<name>/. */
const FILE_SUBGRAPHS: readonly SubgraphName[] = ['hub', 'police'];

const send = (res: http.ServerResponse, status: number, message: string, code: string, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
};

/** Response headers of the subgraph's download passed on to the client. */
const PASSED_HEADERS = ['content-type', 'content-length', 'content-disposition', 'x-content-type-options', 'content-security-policy', 'cache-control', 'etag'];

/**
 * GET /files/<subgraph>/<id>?expires=…&signature=…: downloads through the links `downloadUrl`
 * issues (shared/attachments/download-url.ts). The gateway checks the signature, so a forged or
 * altered link never reaches a subgraph, and streams the file from the subgraph that owns it,
 * which checks the gateway's route signature, then the link's signature and expiry again (by its own clock, the one that set the expiry).
 * No token is needed: the link is the proof that access was checked when it was issued.
 */
export const filesRoute: GatewayRoute = {
  prefix: '/files/',
  async handle(req, res, ctx) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Downloads are GET requests.', 'BAD_USER_INPUT', { allow: 'GET, HEAD' });
    const link = parseDownloadPath(req.url ?? '');
    if (!link || !(FILE_SUBGRAPHS as readonly string[]).includes(link.subgraph)) return send(res, 404, 'No such download link.', 'NOT_FOUND');
    if (verifyDownload(ctx.config.gatewaySigning.secret, link, null) !== 'ok') {
      return send(res, 403, 'This download link is not valid: ask for Attachment.downloadUrl again.', 'FORBIDDEN');
    }
    // rebuilt from the checked parts, never the raw path: nothing but this download reaches the subgraph
    const path = `/files/${link.subgraph}/${link.id}?expires=${link.expires}&signature=${encodeURIComponent(link.signature)}`;
    const upstream = new URL(path, ctx.subgraphUrls[link.subgraph as SubgraphName]);
    const abort = new AbortController();
    res.once('close', () => abort.abort());
    const answer = await fetch(upstream, {
      method: req.method,
      // signed (method and path) like every subgraph route: only the gateway reaches it
      headers: { [ROUTE_SIGNATURE_HEADER]: signRouteRequest(ctx.config.gatewaySigning.secret, req.method, path) },
      signal: abort.signal,
    });
    const headers: Record<string, string> = {};
    for (const name of PASSED_HEADERS) {
      const value = answer.headers.get(name);
      if (value !== null) headers[name] = value;
    }
    res.writeHead(answer.status, headers);
    if (!answer.body || req.method === 'HEAD') return void res.end();
    Readable.fromWeb(answer.body as import('node:stream/web').ReadableStream).pipe(res);
  },
};

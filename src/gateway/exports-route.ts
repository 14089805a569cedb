import http from 'node:http';
import https from 'node:https';
import { pipeline } from 'node:stream';
import { ROUTE_SIGNATURE_HEADER, signRouteRequest } from '../shared/gateway-signature';
import type { GatewayRoute } from './routes';

/** Headers of the hub's answer that the browser needs; nothing else is passed on. */
const PASSED_ON = ['content-type', 'content-disposition', 'cache-control', 'x-content-type-options', 'retry-after', 'allow'];

const refuse = (res: http.ServerResponse, status: number, code: string, message: string) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
};

/**
 * `/exports/<token>/<file>`: downloads of exports (the hub's createExport hands out these links).
 * The gateway stays the only public endpoint: it forwards the GET to the hub subgraph, signed
 * (method and path) so the hub knows it came through here, and streams the answer back as it
 * arrives, with backpressure both ways; a client that goes away cancels the hub's work.
 */
export function exportsRoute(): GatewayRoute {
  return {
    prefix: '/exports/',
    handle(req, res, ctx) {
      const path = req.url ?? '/';
      if (req.method !== 'GET') {
        res.setHeader('allow', 'GET');
        return refuse(res, 405, 'BAD_USER_INPUT', 'Export links are downloaded with GET.');
      }
      if (path.length > 600) return refuse(res, 404, 'NOT_FOUND', 'This is not an export link.');
      const target = new URL(path, new URL(ctx.subgraphUrls.hub).origin);
      const client = target.protocol === 'https:' ? https : http;
      return new Promise<void>((resolve) => {
        const upstream = client.request(
          target,
          {
            method: 'GET',
            headers: {
              [ROUTE_SIGNATURE_HEADER]: signRouteRequest(ctx.config.gatewaySigning.secret, 'GET', path),
              'x-client-address': req.socket.remoteAddress ?? '',
            },
          },
          (answer) => {
            const headers = Object.fromEntries(PASSED_ON.filter((h) => answer.headers[h] !== undefined).map((h) => [h, answer.headers[h] as string]));
            res.writeHead(answer.statusCode ?? 502, headers);
            pipeline(answer, res, (err) => {
              if (err && !res.destroyed) res.destroy();
              resolve();
            });
          },
        );
        upstream.on('error', (err) => {
          if (!res.headersSent) {
            ctx.log.warn(`export download: the hub did not answer (${err.message})`);
            refuse(res, 502, 'INTERNAL_SERVER_ERROR', 'The hub could not be reached for this download: try again.');
          } else res.destroy();
          resolve();
        });
        // the browser went away: stop the hub's work too
        res.on('close', () => {
          if (!res.writableFinished) upstream.destroy();
        });
        upstream.end();
      });
    },
  };
}

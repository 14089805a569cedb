import type http from 'node:http';
import type { Config, SubgraphName } from '../shared/config';
import type { Logger } from '../shared/logger';
import { filesRoute } from './files';
import { exportsRoute } from './exports-route';
import { consoleRoute, devTokenRoute } from './console';

/** What a route outside GraphQL gets to work with (downloads, exports, the console's files). */
export interface GatewayRouteContext {
  config: Config;
  log: Logger;
  subgraphUrls: Record<SubgraphName, string>;
}

/**
 * An HTTP route the gateway serves beside `/graphql` (which stays the runtime's). Matched by path
 * prefix, first match wins; everything else goes to the runtime.
 */
export interface GatewayRoute {
  /** Path prefix, e.g. `/files/`. */
  prefix: string;
  /** When present, decides instead of the prefix (the console matches `/` but not `/graphql`). */
  matches?(path: string, req: http.IncomingMessage): boolean;
  handle(req: http.IncomingMessage, res: http.ServerResponse, ctx: GatewayRouteContext): void | Promise<void>;
}

/** The routes in use. Each feature adds its own entry here. */
export function gatewayRoutes(_ctx: GatewayRouteContext): GatewayRoute[] {
  return [
    // attachment downloads through short-lived signed links (./files.ts)
    filesRoute,
    // exports (导出) through short-lived signed links (./exports-route.ts)
    exportsRoute(),
    devTokenRoute(),
    // the web console (./console.ts) answers every other GET it is given: keep it last
    consoleRoute(),
  ];
}

/** Wraps the runtime's request listener so the extra routes are tried first. */
export function withRoutes(
  routes: GatewayRoute[],
  ctx: GatewayRouteContext,
  fallback: http.RequestListener,
): http.RequestListener {
  if (routes.length === 0) return fallback;
  return (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const route = routes.find((r) => (r.matches ? r.matches(path, req) : path.startsWith(r.prefix)));
    if (!route) return fallback(req, res);
    Promise.resolve(route.handle(req, res, ctx)).catch((err: unknown) => {
      ctx.log.error(`gateway route ${route.prefix} failed`, err);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(res.headersSent ? undefined : JSON.stringify({ errors: [{ message: 'Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
    });
  };
}

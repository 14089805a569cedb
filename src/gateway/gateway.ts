import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime, getGraphQLWSOptions } from '@graphql-hive/gateway-runtime';
import httpTransport from '@graphql-mesh/transport-http';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Config, SubgraphName } from '../shared/config';
import type { Logger } from '../shared/logger';
import { readSupergraph, withSubgraphUrls } from './compose';

export interface RunningGateway {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * The one public endpoint: Hive Gateway runtime serving the checked-in supergraph, planning each
 * operation across the subgraphs over HTTP (subscriptions over graphql-ws). It does not verify
 * tokens itself: it forwards Authorization and every subgraph verifies it.
 */
export async function startGateway(opts: {
  config: Config;
  log: Logger;
  host: string;
  port: number;
  subgraphUrls: Record<SubgraphName, string>;
}): Promise<RunningGateway> {
  const supergraph = withSubgraphUrls(readSupergraph(), opts.subgraphUrls);
  const gateway = createGatewayRuntime({
    supergraph,
    transports: { http: httpTransport },
    transportEntries: {
      '*.http': { options: { subscriptions: { kind: 'ws', location: '/graphql' } } },
    },
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => {
        const authorization = request.headers.get('authorization');
        return authorization ? { authorization } : {};
      },
    },
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    readinessCheckEndpoint: '/ready',
    landingPage: false,
    graphiql: opts.config.env !== 'production',
    // the gateway's own request logging is noisy at info; warnings and errors still show
    logging: opts.config.logLevel === 'silent' ? false : opts.config.logLevel === 'info' ? 'warn' : opts.config.logLevel,
  });

  const server = http.createServer(gateway);
  const wss = new WebSocketServer({ server, path: '/graphql' });
  const wsServer = useServer(
    getGraphQLWSOptions(gateway, (ctx) => ({
      // lets header propagation see the WebSocket's token as if it were an HTTP header
      headers: { authorization: (ctx.connectionParams?.authorization as string | undefined) ?? '' },
      connectionParams: ctx.connectionParams,
    })),
    wss,
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${opts.host === '0.0.0.0' ? 'localhost' : opts.host}:${port}/graphql`;
  opts.log.info(`gateway listening on ${url}`);
  return {
    url,
    port,
    async stop() {
      await wsServer.dispose();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await gateway.dispose();
    },
  };
}

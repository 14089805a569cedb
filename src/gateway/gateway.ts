import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime, getGraphQLWSOptions } from '@graphql-hive/gateway-runtime';
import httpTransport from '@graphql-mesh/transport-http';
import wsTransport from '@graphql-mesh/transport-ws';
import { GraphQLError } from 'graphql';
import type { OperationResult, ServerOptions } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Config, SubgraphName } from '../shared/config';
import type { Logger } from '../shared/logger';
import { drainable, subgraphsReadiness, type Drainer } from '../shared/shutdown';
import { readSupergraph } from './supergraph';
import { originHeaders } from './origin';
import { documentedErrorsPlugin, supergraphScalars } from './errors';
import { createLimits } from './limits';
import { Registry } from 'prom-client';
import { tracingEnabled } from '../shared/tracing';
import { operationLog, prometheusPlugin, tracingPlugin } from './observability';
import { gatewayRoutes, withRoutes } from './routes';
import { uploadsPlugin } from './uploads';
import { trustedDocumentsOption } from './trusted-documents';
import { clientAuthorization, corsOptions, httpPolicyPlugin, noNullOriginPlugin, noSuggestionsPlugin, subgraphSigning } from './perimeter';

/**
 * Header propagation only runs for executions that began as HTTP requests. Operations that came in
 * over the gateway's WebSocket (subscriptions, and the entity fetches that fill their events'
 * federated fields) carry the token in connectionParams: hand it on the same way.
 */
function forwardWebSocketToken() {
  return {
    onSubgraphExecute({ executionRequest }: { executionRequest: { context?: any; extensions?: Record<string, any> } }) {
      const context = executionRequest.context;
      const token = context?.connectionParams?.authorization;
      if (typeof token !== 'string' || !token || context?.request?.headers?.get?.('authorization')) return;
      const extensions = (executionRequest.extensions ||= {});
      extensions.headers = { ...(extensions.headers ?? {}), ...originHeaders(undefined, context), authorization: token };
    },
  };
}

/**
 * Over HTTP the runtime turns a GraphQL error a plugin throws before execution (a trusted-documents
 * refusal, ./trusted-documents.ts) into the response; over graphql-ws it would close the whole socket
 * with 4500, ending the connection's other subscriptions too. Answer that one operation with it instead.
 */
function answeringRefusals<O extends ServerOptions<any, any>>(options: O): O {
  const answer = <A,>(run: ((args: A) => OperationResult) | undefined) =>
    run &&
    (async (args: A): Promise<Awaited<OperationResult>> => {
      try {
        return await run(args);
      } catch (err) {
        if (!(err instanceof GraphQLError)) throw err;
        // the HTTP status it carries means nothing here
        const { http: _http, ...extensions } = err.extensions ?? {};
        return { errors: [new GraphQLError(err.message, { extensions })] };
      }
    });
  return { ...options, execute: answer(options.execute), subscribe: answer(options.subscribe) };
}

export interface RunningGateway {
  url: string;
  port: number;
  /** Readiness and graceful shutdown (see shutdown.ts). */
  drainer: Drainer;
  /** The runtime's Prometheus metrics (served by the metrics server, METRICS_PORT); null when metrics are off. */
  metricsRegistry: Registry | null;
  /** Drains (in-flight requests until `deadline`, default now + SHUTDOWN_GRACE_MS), then stops. */
  stop(deadline?: number): Promise<void>;
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
  const supergraph = readSupergraph();
  const production = opts.config.env === 'production';
  const limits = await createLimits(opts.config, opts.log, supergraph);
  const metricsRegistry = opts.config.metrics ? new Registry() : null;
  // the console's operations (and other clients' lists) by hash; TRUSTED_DOCUMENTS_ONLY: nothing else (./trusted-documents.ts)
  const trusted = trustedDocumentsOption(opts.config);
  opts.log.info(`trusted documents: ${trusted.documents.size}${opts.config.trustedDocuments.only ? ', and nothing else runs (TRUSTED_DOCUMENTS_ONLY)' : ''}`);
  // tracing on (OTEL_EXPORTER_OTLP_ENDPOINT): the runtime's OpenTelemetry plugin, which also sends `traceparent` upstream
  let tracing: ReturnType<typeof tracingPlugin> | null = null;
  // LOG_LEVEL=silent and no metrics: nothing to log or count, the plugin stays out entirely
  const observeOperations = opts.config.logLevel !== 'silent' || metricsRegistry !== null;
  const operations = operationLog({
    log: opts.log,
    graphqlPath: '/graphql',
    authenticationOf: limits.authenticationOf,
    tracing: () => tracing,
    registry: metricsRegistry,
  });
  const gateway = createGatewayRuntime({
    supergraph,
    transports: { http: httpTransport, ws: wsTransport },
    transportEntries: {
      // subscriptions travel to the subgraph over graphql-ws, carrying the client's token
      '*.http': {
        options: {
          subscriptions: {
            kind: 'ws',
            location: '/graphql',
            options: { connectionParams: { authorization: '{context.connectionParams.authorization}' } },
          },
        },
      },
      // where each subgraph really runs (the supergraph file holds the one-process defaults)
      ...Object.fromEntries(Object.entries(opts.subgraphUrls).map(([name, location]) => [name, { location }])),
    },
    propagateHeaders: {
      // HTTP: the Authorization header; WebSocket: connectionParams.authorization (federated fields of events)
      fromClientToSubgraphs: ({ request, context }) => {
        const headers: Record<string, string> = {};
        const authorization = clientAuthorization({ ...context, request });
        // client address and trace id for the subgraphs' audit trails (./origin.ts); the operation's
        // own traceparent (./observability.ts) wins, so logs, traces and audit rows share one id
        const traceparent = operations.traceparentFor(request);
        return { ...originHeaders(request, context), ...(traceparent ? { traceparent } : {}), ...(authorization ? { authorization } : {}) };
      },
    },
    // every subgraph refuses operations that do not carry this signature
    hmacSignature: subgraphSigning(opts.config),
    cors: corsOptions(opts.config),
    disableIntrospection: production ? {} : undefined,
    additionalResolvers: supergraphScalars,
    persistedDocuments: trusted.option,
    plugins: (ctx) => [
      ...(tracingEnabled() ? [(tracing = tracingPlugin(ctx))] : []),
      ...(metricsRegistry ? [prometheusPlugin(metricsRegistry, ctx)] : []),
      documentedErrorsPlugin(),
      httpPolicyPlugin('/graphql'),
      noNullOriginPlugin(),
      ...(production ? [noSuggestionsPlugin()] : []),
      forwardWebSocketToken(),
      // bounded queries: body size, token, rate, tokens, depth, aliases, directives and cost (./limits.ts)
      ...limits.plugins,
      // file uploads: hashed for the request signature (./uploads.ts)
      uploadsPlugin(opts.config),
      // after documentedErrorsPlugin: logs the codes the client receives
      ...(observeOperations ? [operations.plugin] : []),
    ],
    // file uploads (GraphQL multipart request spec), forwarded to the subgraph as multipart (./uploads.ts)
    multipart: true,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    readinessCheckEndpoint: '/ready',
    landingPage: false,
    graphiql: !production,
    // the gateway's own request logging is noisy at info; warnings and errors still show
    logging: opts.config.logLevel === 'silent' ? false : opts.config.logLevel === 'info' ? 'warn' : opts.config.logLevel,
  });

  // the runtime loads the supergraph on its first HTTP request; a WebSocket subscription arriving
  // first would find no schema, so load it now (the answer does not matter: with trusted documents
  // only, it is a refusal, after the load)
  await gateway.fetch('http://gateway/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });

  // routes beside /graphql (./routes.ts); everything else is the runtime's
  const routeContext = { config: opts.config, log: opts.log, subgraphUrls: opts.subgraphUrls };
  const server = http.createServer(withRoutes(gatewayRoutes(routeContext), routeContext, gateway));
  const wss = new WebSocketServer({ server, path: '/graphql', maxPayload: limits.maxMessageBytes });
  const wsServer = useServer(
    answeringRefusals(
      getGraphQLWSOptions(gateway, (ctx) => ({
        // lets header propagation see the WebSocket's token as if it were an HTTP header
        headers: { authorization: (ctx.connectionParams?.authorization as string | undefined) ?? '' },
        connectionParams: ctx.connectionParams,
        clientAddress: (ctx.extra as { request?: { socket?: { remoteAddress?: string } } }).request?.socket?.remoteAddress,
      })),
    ),
    wss,
  );
  // /ready: not draining and every subgraph ready (its database answers), then the runtime's own check
  const drainer = drainable(server, { log: opts.log, wss, readiness: { check: subgraphsReadiness(opts.subgraphUrls), passThrough: true } });
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
    drainer,
    metricsRegistry,
    async stop(deadline = Date.now() + opts.config.shutdownGraceMs) {
      await drainer.drain(deadline);
      await wsServer.dispose();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await gateway.dispose();
      await limits.close();
    },
  };
}

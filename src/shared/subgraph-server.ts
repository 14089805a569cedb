import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { context } from '@opentelemetry/api';
import express from 'express';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { EntityClass, MigrationObject } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { ExecutionResult, GraphQLError, GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Authentication } from './auth';
import { systemClock, type Clock } from './clock';
import { authenticate } from './auth';
import type { Config, SubgraphName } from './config';
import type { RequestContext } from './context';
import { isPublicError } from './errors';
import { hasValidGatewaySignature, hasValidRouteSignature, ROUTE_SIGNATURE_HEADER, unsignedRequestError } from './gateway-signature';
import { setHubTimeZone } from './time-zone';
import { parseTraceparent, requestTrace, type Logger, type TraceIds } from './logger';
import { ormPoolStats, type Metrics } from './metrics';
import { endSpan, startSubgraphSpan, tracingEnabled } from './tracing';
import { BACKGROUND, QueryCounter, createOrm, migrate } from './orm';
import { withAdvisoryLock } from './database';
import { databaseReadiness, drainable, type Drainer } from './shutdown';
import { AuditTrail, originFromHeaders } from './audit/trail';
import { startAuditMaintenance } from './audit/retention';
import { MultipartError, parseMultipart } from './uploads';

/** What every subgraph folder exports: its tables, its migrations, its schema and its demo data. */
export interface SubgraphModule<Loaders = unknown> {
  name: SubgraphName;
  entities: EntityClass<unknown>[];
  migrations: MigrationObject[];
  buildSchema(): Promise<GraphQLSchema>;
  createLoaders(em: EntityManager): Loaders;
  /** Takes file uploads (multipart requests from the gateway; see ./uploads.ts). */
  acceptsUploads?: boolean;
  /**
   * Runs after the migrations, inside the migration lock, before the demo data: what must exist
   * at the clock's "now" before anything is written (the hub's outbox partitions of this month).
   */
  afterMigrate?(orm: MikroORM, clock: Clock, log: Logger): Promise<void>;
  /** Long-lived parts (event bus, schedulers), started once the schema is migrated. */
  /** `directDatabaseUrl`: bypasses any transaction-mode pooler, for session features such as LISTEN. */
  startRuntime?(opts: {
    orm: MikroORM;
    /**
     * Where the other subgraphs answer (`/graphql` URLs), read when a request needs one (one
     * process: filled in as each subgraph starts; separate processes: SUBGRAPH_URL_<NAME>).
     */
    peers: Readonly<Partial<Record<SubgraphName, string>>>;
    databaseUrl: string;
    directDatabaseUrl: string;
    config: Config;
    log: Logger;
    clock: Clock;
    metrics: Metrics | null;
  }): Promise<SubgraphRuntime>;
  /** HTTP routes beside /graphql (the hub's `/exports/`, attachment downloads under `/files/`), given the started runtime (null without one). */
  httpRoutes?(opts: { orm: MikroORM; config: Config; log: Logger; clock: Clock; runtime: SubgraphRuntime | null }): SubgraphRoute[];
}

/**
 * An HTTP route a subgraph serves beside /graphql (`/exports/`, `/files/<subgraph>/`), reached only through
 * the gateway, which forwards it with a signature of the method and path (see gateway-signature).
 */
export interface SubgraphRoute {
  /** Path prefix, e.g. `/exports/`. */
  prefix: string;
  handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void>;
}

/** Loads demo records into a subgraph's empty tables; true if it did (see src/demo/seeds). */
export type SeedFn = (em: EntityManager, log: Logger, clock: Clock) => Promise<boolean>;

export interface SubgraphRuntime {
  stop(): Promise<void>;
}

export interface RunningSubgraph {
  name: SubgraphName;
  url: string;
  port: number;
  orm: MikroORM;
  /** SQL statements issued by this subgraph (tests assert batching with it). */
  queries: QueryCounter;
  runtime: SubgraphRuntime | null;
  /** Readiness and graceful shutdown (see shutdown.ts). */
  drainer: Drainer;
  /** This subgraph's audit trail (writer of its chain) and its partition maintenance job. */
  audit: { trail: AuditTrail; maintain(): Promise<void> };
  /** Drains (in-flight requests until `deadline`, default now + SHUTDOWN_GRACE_MS), then stops. */
  stop(deadline?: number): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;

function formatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (isPublicError(code)) {
      // keep message, path, code and any input hints; never a stack trace
      const { stacktrace: _s, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
      return { ...formatted, extensions };
    }
    log.error('unexpected error in resolver', (error as { originalError?: unknown })?.originalError ?? error);
    return {
      message: 'Internal error: the hub could not complete this operation. It has been logged.',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/** The same masking for WebSocket results: our codes pass, anything else becomes a generic error. */
function maskResult(log: Logger, result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const format = formatError(log);
  return { ...result, errors: result.errors.map((e) => format(e.toJSON(), e) as unknown as GraphQLError) };
}

/** Opens the subgraph's database: its own MikroORM, its schema migrated, demo data if wanted. */
export async function openSubgraphDatabase(
  module: SubgraphModule,
  opts: { databaseUrl: string; directDatabaseUrl?: string; poolMax: number; seed: SeedFn | null; log: Logger; clock?: Clock },
): Promise<{ orm: MikroORM; queries: QueryCounter; applied: string[]; seeded: boolean }> {
  const queries = new QueryCounter();
  const orm = await createOrm({
    name: module.name,
    databaseUrl: opts.databaseUrl,
    entities: module.entities,
    migrations: module.migrations,
    poolMax: opts.poolMax,
    counter: queries,
  });
  try {
    // several instances of one subgraph may start together: one migrates and seeds, the others wait.
    // A session lock: behind a transaction-mode pooler it would stay on whichever server connection
    // took it, so it goes straight to PostgreSQL.
    const { applied, seeded } = await withAdvisoryLock(opts.directDatabaseUrl ?? opts.databaseUrl, `liaison-hub:migrate:${module.name}`, async () => {
      const applied = await migrate(orm);
      if (applied.length) opts.log.info(`applied migrations: ${applied.join(', ')}`);
      await module.afterMigrate?.(orm, opts.clock ?? systemClock, opts.log);
      const seeded = opts.seed ? await opts.seed(orm.em.fork(), opts.log, opts.clock ?? systemClock) : false;
      return { applied, seeded };
    });
    return { orm, queries, applied, seeded };
  } catch (err) {
    await orm.close();
    throw err;
  }
}

/**
 * Serves one subgraph over HTTP: POST /graphql (Apollo Server 5 on Express), GET /health. Every request
 * gets its own EntityManager fork and DataLoaders; the caller's token is verified here, not
 * trusted from the gateway.
 */
export async function startSubgraph(
  module: SubgraphModule,
  opts: {
    config: Config;
    databaseUrl: string;
    directDatabaseUrl?: string;
    host: string;
    port: number;
    log: Logger;
    seed?: SeedFn | null;
    clock?: Clock;
    metrics?: Metrics | null;
    /** The other subgraphs' URLs (see startRuntime); default: the configured SUBGRAPH_URL_<NAME>s. */
    peers?: Readonly<Partial<Record<SubgraphName, string>>>;
  },
): Promise<RunningSubgraph> {
  const log = opts.log.child(module.name);
  const signingSecret = opts.config.gatewaySigning.secret;
  setHubTimeZone(opts.config.timeZone);
  const clock = opts.clock ?? systemClock;
  const directDatabaseUrl = opts.directDatabaseUrl ?? opts.databaseUrl;
  const { orm, queries } = await openSubgraphDatabase(module, {
    databaseUrl: opts.databaseUrl,
    directDatabaseUrl,
    poolMax: opts.config.dbPoolMax,
    seed: opts.seed ?? null,
    log,
    clock,
  });
  const schema = await module.buildSchema();
  const metrics = opts.metrics ?? null;
  const trail = new AuditTrail(opts.databaseUrl, module.name, clock, log, { flushMs: opts.config.audit.readFlushMs, maxBatch: 500 });
  const maintenance = startAuditMaintenance({
    orm,
    schema: module.name,
    clock,
    log,
    retentionMonths: opts.config.audit.retentionMonths,
    intervalMs: opts.config.audit.maintenanceIntervalMs,
  });
  await maintenance.runNow();
  const runtime = module.startRuntime
    ? await module.startRuntime({ orm, peers: opts.peers ?? opts.config.subgraphs.urls, databaseUrl: opts.databaseUrl, directDatabaseUrl, config: opts.config, log, clock, metrics })
    : null;
  const removePool = metrics?.addPool(module.name, ormPoolStats(orm, opts.config.dbPoolMax));
  const traced = tracingEnabled();
  const makeContext = (auth: Authentication, header: (name: string) => string | null | undefined): RequestContext => {
    const ctx: RequestContext = {
      auth,
      authorization: header('authorization') ?? null,
      audit: { trail, auth, origin: originFromHeaders(header) },
      em: orm.em.fork(),
      loaders: undefined,
      log,
      clock,
      runtime,
      renew() {
        ctx.em = orm.em.fork();
        ctx.loaders = module.createLoaders(ctx.em);
      },
    };
    ctx.loaders = module.createLoaders(ctx.em);
    return ctx;
  };
  // the standard integration: Express 5 with Apollo's middleware; the HTTP server exists first so
  // that Apollo's drain plugin can close it when Apollo stops
  const app = express();
  app.disable('x-powered-by');
  const server = http.createServer(app);
  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: opts.config.env !== 'production',
    includeStacktraceInErrorResponses: false,
    // no "Did you mean …" hints to whoever probes a production schema
    hideSchemaDetailsFromClientErrors: opts.config.env === 'production',
    formatError: formatError(log),
    // federated tracing is for Apollo's hosted studio, which this deployment does not use;
    // stop() drains first (shutdown.ts: 503 to new requests, in-flight ones finish), then this closes the server
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginDrainHttpServer({ httpServer: server })],
    // the process drains and stops everything in order (shutdown.ts); Apollo must not race it
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  const refuse = (res: express.Response, status: number, message: string, code: string) =>
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', subgraph: module.name });
  });
  const isMultipart = (req: express.Request) => (req.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/form-data');
  const jsonBody = express.raw({ type: () => true, limit: MAX_BODY_BYTES });
  const uploadLimits = {
    maxBytes: opts.config.attachments.maxRequestBytes,
    maxFiles: opts.config.attachments.maxFiles,
    maxOperationsBytes: MAX_BODY_BYTES,
  };
  app.post(
    '/graphql',
    // only the gateway calls a subgraph, always as a signed JSON POST (or a signed multipart one
    // carrying files, to subgraphs that take uploads)
    (req, res, next) =>
      (req.headers['content-type'] ?? '').includes('application/json') || (module.acceptsUploads && isMultipart(req))
        ? next()
        : refuse(res, 405, 'Send the request to the gateway.', 'FORBIDDEN'),
    // the raw body first: the signature is checked before anything else reads the request
    (req, res, next) => {
      if (!isMultipart(req)) return jsonBody(req, res, next);
      parseMultipart(req, uploadLimits).then(
        ({ body, variables, signedVariables }) => {
          // the files stand in the signed text as their hash and size (./uploads.ts)
          if (!hasValidGatewaySignature(signingSecret, { ...body, variables: signedVariables }, req.headers.authorization)) {
            refuse(res, 403, unsignedRequestError().message, 'FORBIDDEN');
            return;
          }
          req.body = { ...body, variables };
          // what Apollo reads from here on is this parsed JSON operation; its CSRF prevention (which asks
          // multipart requests for a preflight header) has nothing to guard once the gateway's
          // signature is verified: only the gateway can produce a request that gets this far
          req.headers['content-type'] = 'application/json';
          next();
        },
        (err: unknown) => {
          if (err instanceof MultipartError) refuse(res, err.status, err.message, err.status === 413 ? 'REQUEST_TOO_LARGE' : 'BAD_USER_INPUT');
          else next(err);
        },
      );
    },
    (req, res, next) => {
      if (!Buffer.isBuffer(req.body)) return next(); // multipart: parsed and verified above
      let body: unknown;
      try {
        body = JSON.parse((req.body as Buffer).toString('utf8'));
        if (!body || typeof body !== 'object' || Array.isArray(body)) throw new Error('not an object');
      } catch {
        refuse(res, 400, 'Request body is not a JSON GraphQL request.', 'BAD_USER_INPUT');
        return;
      }
      if (!hasValidGatewaySignature(signingSecret, body as Record<string, unknown>, req.headers.authorization)) {
        refuse(res, 403, unsignedRequestError().message, 'FORBIDDEN');
        return;
      }
      req.body = body;
      next();
    },
    // the gateway's trace id on every line logged while this operation runs (traced or not)
    (req, res, next) => {
      const operationName = typeof req.body.operationName === 'string' ? (req.body.operationName as string) : undefined;
      const started = performance.now();
      const logDone = (ids: TraceIds | null) =>
        log.debug('operation', { operation: operationName ?? null, durationMs: Math.round((performance.now() - started) * 10) / 10, ...ids });
      if (traced) {
        const { span, ctx } = startSubgraphSpan(module.name, req.headers, operationName);
        const sc = span.spanContext();
        const ids: TraceIds = { trace_id: sc.traceId, span_id: sc.spanId };
        res.once('close', () => {
          endSpan(span, res.statusCode >= 500 || !res.writableFinished);
          logDone(ids);
        });
        context.with(ctx, () => requestTrace.run(ids, next));
        return;
      }
      const ids = parseTraceparent(req.headers.traceparent as string | undefined);
      res.once('close', () => logDone(ids));
      if (ids) requestTrace.run(ids, next);
      else next();
    },
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        makeContext(await authenticate(opts.config.jwt, req.headers.authorization), (name) => {
          const value = req.headers[name.toLowerCase()];
          return Array.isArray(value) ? value.join(', ') : value;
        }),
    }),
  );
  app.all('/graphql', (_req, res) => refuse(res, 405, 'Send the request to the gateway.', 'FORBIDDEN'));
  for (const route of module.httpRoutes?.({ orm, config: opts.config, log, clock, runtime }) ?? []) {
    app.use(route.prefix, (req, res, next) => {
      // the gateway signs method and path: these routes, too, answer only the gateway
      if (!hasValidRouteSignature(signingSecret, req.method, req.originalUrl, req.headers[ROUTE_SIGNATURE_HEADER])) {
        refuse(res, 403, unsignedRequestError().message, 'FORBIDDEN');
        return;
      }
      route.handle(req, res).catch(next);
    });
  }
  app.use((_req, res) => res.status(404).end());
  app.use((err: { status?: number; type?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = err.type === 'entity.too.large' ? 413 : 500;
    if (status === 500) log.error('request failed', err);
    if (res.headersSent) return res.end();
    res.status(status).json({ errors: [{ message: status === 413 ? 'Request body too large.' : 'Internal error.' }] });
  });
  server.keepAliveTimeout = 65_000;
  // subscriptions: graphql-ws on the same path; the token comes in connectionParams.authorization
  const wss = new WebSocketServer({ server, path: '/graphql' });
  const ws = useServer(
    {
      schema,
      onSubscribe: (ctx, _id, payload) => {
        const authorization = ctx.connectionParams?.authorization;
        if (!hasValidGatewaySignature(signingSecret, payload, typeof authorization === 'string' ? authorization : null)) {
          return [unsignedRequestError()];
        }
      },
      context: async (ctx) =>
        makeContext(await authenticate(opts.config.jwt, ctx.connectionParams?.authorization as string | undefined), (name) => {
          const value = ctx.connectionParams?.[name];
          return typeof value === 'string' ? value : null;
        }),
      onNext: (_ctx, _id, _payload, _args, result) => maskResult(log, result as ExecutionResult),
      // errors while setting a subscription up (refused, bad input, or a fault) take this path
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatError(log)(e.toJSON(), e)),
    },
    wss,
  );
  // GET /ready: a cheap `select 1` (not counted as a request's query)
  const drainer = drainable(server, { log, wss, readiness: { check: databaseReadiness(() => orm.em.fork().execute('select 1', [], 'all', BACKGROUND)) } });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${opts.host}:${port}/graphql`;
  log.info(`subgraph ${module.name} listening on ${url}`);
  return {
    name: module.name,
    url,
    port,
    orm,
    queries,
    runtime,
    drainer,
    audit: { trail, maintain: () => maintenance.runNow() },
    async stop(deadline = Date.now() + opts.config.shutdownGraceMs) {
      await drainer.drain(deadline);
      await ws.dispose();
      await runtime?.stop();
      removePool?.();
      maintenance.stop();
      await trail.stop();
      await apollo.stop(); // its drain plugin closes the HTTP server and any connection left
      await orm.close();
    },
  };
}

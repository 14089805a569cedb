import { randomBytes } from 'node:crypto';
import type { GatewayConfigContext, GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { OpenTelemetryPlugin } from '@graphql-hive/plugin-opentelemetry';
import usePrometheus, { createCounter, createHistogram } from '@graphql-mesh/plugin-prometheus';
import { trace } from '@opentelemetry/api';
import { getOperationAST, type DocumentNode, type GraphQLError } from 'graphql';
import { Counter, Registry } from 'prom-client';
import type { Authentication } from '../shared/auth';
import { parseTraceparent, type Logger } from '../shared/logger';

/**
 * The gateway's metrics (the runtime's Prometheus plugin), traces (the runtime's OpenTelemetry
 * plugin) and its one log line per operation. Nothing here records a token, a variable or any
 * text the caller wrote other than the operation's name.
 */

/** Operation names are the client's choice: a bounded number of distinct names become labels. */
const MAX_OPERATION_NAMES = 200;
const NAME = /^[_A-Za-z][_0-9A-Za-z]{0,79}$/;

export function boundedNames(max = MAX_OPERATION_NAMES) {
  const seen = new Set<string>();
  return (name: string | null | undefined): string => {
    if (!name) return 'Anonymous';
    if (seen.has(name)) return name;
    if (!NAME.test(name) || seen.size >= max) return 'other';
    seen.add(name);
    return name;
  };
}

/** Error codes as labels: the documented ones (README "Errors", "Limits"); anything else is OTHER. */
const KNOWN_CODES = new Set([
  'UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'INTERNAL_SERVER_ERROR',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'SHUTTING_DOWN', 'REQUEST_TOO_LARGE', 'RATE_LIMITED',
  'MAX_TOKENS_LIMIT', 'MAX_DEPTH_LIMIT', 'MAX_ALIASES_LIMIT', 'MAX_DIRECTIVES_LIMIT', 'COST_ESTIMATED_TOO_EXPENSIVE',
  'DOWNSTREAM_SERVICE_ERROR', 'SUBREQUEST_HTTP_ERROR',
]);
const codeLabel = (code: unknown) => (typeof code === 'string' && KNOWN_CODES.has(code) ? code : 'OTHER');
const codeOf = (error: unknown) => codeLabel((error as GraphQLError | undefined)?.extensions?.code);

/** Subgraph URLs without query strings: a handful of values. */
const urlLabel = (url: string) => {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return 'unknown';
  }
};

/**
 * The runtime's Prometheus plugin, into `registry` (served on METRICS_PORT, not on the public
 * port: `endpoint: false`). Only the series below, with labels that hold no per-user data (the
 * plugin's defaults would label HTTP durations with the full URL, i.e. a GET query's variables,
 * and errors with their result path).
 */
export function prometheusPlugin(registry: Registry, ctx: GatewayConfigContext): GatewayPlugin {
  const op = boundedNames();
  const subOp = boundedNames();
  const operationLabels = (p: { operationName?: string; operationType?: string }) => ({
    operationName: op(p.operationName),
    operationType: p.operationType ?? 'unknown',
  });
  const durationBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
  return usePrometheus({
    log: ctx.log,
    registry,
    endpoint: false,
    skipIntrospection: true,
    metrics: {
      graphql_envelop_request: createCounter({
        registry,
        counter: { name: 'graphql_envelop_request', help: 'GraphQL operations executed by the gateway (including subscriptions)', labelNames: ['operationName', 'operationType'] },
        fillLabelsFn: operationLabels,
      }),
      graphql_envelop_request_duration: createHistogram({
        registry,
        histogram: { name: 'graphql_envelop_request_duration', help: 'Time to execute a GraphQL operation at the gateway, subgraph calls included (seconds)', labelNames: ['operationName', 'operationType'], buckets: durationBuckets },
        fillLabelsFn: operationLabels,
      }),
      graphql_envelop_error_result: createCounter({
        registry,
        counter: { name: 'graphql_envelop_error_result', help: 'Errors in GraphQL results, by operation, phase and extensions.code', labelNames: ['operationName', 'operationType', 'phase', 'code'] },
        fillLabelsFn: (p: { operationName?: string; operationType?: string; errorPhase?: string; error?: unknown }) => ({
          ...operationLabels(p),
          phase: p.errorPhase ?? 'unknown',
          code: codeOf(p.error),
        }),
      }),
      graphql_yoga_http_duration: createHistogram({
        registry,
        histogram: { name: 'graphql_yoga_http_duration', help: 'Time to answer a GraphQL HTTP request at the gateway (seconds)', labelNames: ['operationName', 'operationType', 'method', 'statusCode'], buckets: durationBuckets },
        fillLabelsFn: (p: { operationName?: string; operationType?: string; request: Request; response: Response }) => ({
          ...operationLabels(p),
          method: p.request.method,
          statusCode: p.response.status,
        }),
      }) as never,
      graphql_gateway_subgraph_execute_duration: createHistogram({
        registry,
        histogram: { name: 'graphql_gateway_subgraph_execute_duration', help: 'Time of one subgraph call planned by the gateway (seconds)', labelNames: ['subgraphName', 'operationName', 'operationType'], buckets: durationBuckets },
        fillLabelsFn: (p: { subgraphName: string; executionRequest: { operationName?: string; operationType?: string } }) => ({
          subgraphName: p.subgraphName,
          operationName: subOp(p.executionRequest.operationName),
          operationType: p.executionRequest.operationType ?? 'query',
        }),
      }) as never,
      graphql_gateway_subgraph_execute_errors: createCounter({
        registry,
        counter: { name: 'graphql_gateway_subgraph_execute_errors', help: 'Errors returned by subgraph calls', labelNames: ['subgraphName', 'operationName', 'operationType'] },
        fillLabelsFn: (p: { subgraphName: string; executionRequest: { operationName?: string; operationType?: string } }) => ({
          subgraphName: p.subgraphName,
          operationName: subOp(p.executionRequest.operationName),
          operationType: p.executionRequest.operationType ?? 'query',
        }),
      }) as never,
      graphql_gateway_fetch_duration: createHistogram({
        registry,
        histogram: { name: 'graphql_gateway_fetch_duration', help: 'Time of the HTTP requests from the gateway to subgraphs (seconds)', labelNames: ['url', 'method', 'statusCode'], buckets: durationBuckets },
        fillLabelsFn: (p: { url: string; options: { method?: string }; response: Response }) => ({
          url: urlLabel(p.url),
          method: p.options.method ?? 'POST',
          statusCode: p.response.status,
        }),
      }) as never,
      graphql_envelop_request_time_summary: false,
      graphql_envelop_phase_parse: false,
      graphql_envelop_phase_validate: false,
      graphql_envelop_phase_context: false,
      graphql_envelop_phase_execute: false,
      graphql_envelop_phase_subscribe: false,
      graphql_envelop_deprecated_field: false,
      graphql_envelop_schema_change: false,
      graphql_envelop_execute_resolver: false,
    },
  }) as GatewayPlugin;
}

/** The runtime's OpenTelemetry plugin (only when tracing is on: see src/shared/tracing.ts). */
export function tracingPlugin(ctx: GatewayConfigContext): OpenTelemetryPlugin {
  // loaded only when tracing is on
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { useOpenTelemetry } = require('@graphql-hive/plugin-opentelemetry') as typeof import('@graphql-hive/plugin-opentelemetry');
  return useOpenTelemetry({
    ...ctx,
    traces: {
      spans: {
        // probes and GraphiQL's page are not operations
        http: ({ request }) => new URL(request.url).pathname === '/graphql',
        // parse/validate/context-building spans add little to the plan and subgraph spans
        graphqlParse: false,
        graphqlValidate: false,
        graphqlContextBuilding: false,
      },
    },
  });
}

const DECLARED = /^\s*(query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/;

/**
 * Name and type as the request declares them, for operations refused before they are parsed (no
 * token, a limit); replaced by the parsed document's once it is executed.
 */
function declared(params: { operationName?: string | null; query?: unknown }): { name: string | null; type?: string } {
  const m = typeof params.query === 'string' ? DECLARED.exec(params.query.slice(0, 200)) : null;
  return { name: params.operationName ?? m?.[2] ?? null, type: m?.[1] };
}

const newTraceId = () => randomBytes(16).toString('hex');
const newSpanId = () => randomBytes(8).toString('hex');

interface OperationState {
  start: number;
  /** Tracing off: the trace id of the logs (the caller's `traceparent`, else a new one) and the traceparent sent to subgraphs. */
  traceId?: string;
  traceparent?: string;
  name?: string | null;
  type?: string;
  codes: Set<string>;
}

export interface OperationLog {
  plugin: GatewayPlugin;
  /** Tracing off: the `traceparent` to send to subgraphs for this request, so their logs carry the gateway's trace id. */
  traceparentFor(request: Request | undefined): string | undefined;
}

/**
 * One JSON line per operation (HTTP request to /graphql, or operation over the WebSocket):
 * operation name and type, user id, department, duration, HTTP status, error codes and the trace
 * id. Never the token, the query text or the variables. Errors are also counted by code in
 * `liaison_gateway_errors_total` (refusals before execution included) when metrics are on.
 */
export function operationLog(opts: {
  log: Logger;
  graphqlPath: string;
  authenticationOf(key: object): Authentication | undefined;
  /** The OpenTelemetry plugin when tracing is on (created with the runtime's plugins, after this). */
  tracing(): OpenTelemetryPlugin | null;
  registry: Registry | null;
}): OperationLog {
  const states = new WeakMap<object, OperationState>();
  const errorsByCode = opts.registry
    ? new Counter({ name: 'liaison_gateway_errors_total', help: 'Errors answered by the gateway, by extensions.code (limits and refusals before execution included)', labelNames: ['code'], registers: [opts.registry] })
    : null;

  const who = (key: object | undefined) => {
    const auth = key ? opts.authenticationOf(key) : undefined;
    return auth?.kind === 'viewer' ? { userId: auth.viewer.id, department: auth.viewer.department } : { userId: null, department: null };
  };

  const traceIdOf = (request: Request | undefined, state: OperationState) => {
    if (state.traceId) return state.traceId;
    const tracing = opts.tracing();
    const ctx = tracing && request ? tracing.getHttpContext(request) : undefined;
    return (ctx && trace.getSpan(ctx)?.spanContext().traceId) || null;
  };

  const collectCodes = (state: OperationState, result: unknown) => {
    for (const r of Array.isArray(result) ? result : [result]) {
      const errors = (r as { errors?: readonly unknown[] } | null)?.errors;
      if (errors) for (const e of errors) state.codes.add(codeOf(e));
    }
  };

  const name = (document: DocumentNode, operationName: string | null | undefined) => {
    const ast = getOperationAST(document, operationName);
    return { name: ast?.name?.value ?? operationName ?? null, type: ast?.operation };
  };

  const write = (state: OperationState, key: object | undefined, traceId: string | null, status?: number) => {
    for (const code of state.codes) errorsByCode?.inc({ code });
    opts.log.info('operation', {
      operation: state.name ?? null,
      operationType: state.type ?? null,
      ...who(key),
      durationMs: Math.round((performance.now() - state.start) * 10) / 10,
      ...(status !== undefined ? { status } : { transport: 'websocket' }),
      errorCodes: [...state.codes],
      trace_id: traceId,
    });
  };

  const plugin: GatewayPlugin = {
    onRequest({ request, url }) {
      if (url.pathname !== opts.graphqlPath || request.method === 'OPTIONS') return;
      // GraphiQL's page is a GET without a query (a trusted document by GET names its hash instead)
      if (request.method === 'GET' && !url.searchParams.has('query') && !url.searchParams.has('extensions') && !url.searchParams.has('documentId')) return;
      const state: OperationState = { start: performance.now(), codes: new Set() };
      if (!opts.tracing()) {
        state.traceId = parseTraceparent(request.headers.get('traceparent'))?.trace_id ?? newTraceId();
        state.traceparent = `00-${state.traceId}-${newSpanId()}-00`;
      }
      states.set(request, state);
    },
    onParams({ params, request, context }) {
      if (request) {
        const state = states.get(request);
        if (state) Object.assign(state, declared(params));
        return;
      }
      // an operation over the gateway's WebSocket: logged when its execution starts (subscriptions) or ends
      const state: OperationState = { start: performance.now(), codes: new Set(), ...declared(params) };
      if (!opts.tracing()) state.traceId = newTraceId();
      states.set(context, state);
    },
    onExecute({ args }) {
      const ctx = args.contextValue as { request?: Request } & object;
      const state = (ctx.request && states.get(ctx.request)) || states.get(ctx);
      if (state) Object.assign(state, name(args.document, args.operationName));
      if (!state || ctx.request) return;
      return {
        onExecuteDone({ result }) {
          collectCodes(state, result);
          write(state, ctx, traceIdOf(undefined, state));
        },
      };
    },
    onSubscribe({ args }) {
      const ctx = args.contextValue as { request?: Request } & object;
      const state = (ctx.request && states.get(ctx.request)) || states.get(ctx);
      if (state) Object.assign(state, name(args.document, args.operationName));
      if (!state || ctx.request) return;
      return {
        // a subscription's line is written once it is set up (or refused); its events are not operations
        onSubscribeResult({ result }) {
          if (!(Symbol.asyncIterator in (result as object))) collectCodes(state, result);
          write(state, ctx, traceIdOf(undefined, state));
        },
      };
    },
    onResultProcess({ request, result }) {
      const state = states.get(request);
      if (state && result && !(Symbol.asyncIterator in (result as object))) collectCodes(state, result);
    },
    onResponse({ request, response }) {
      const state = states.get(request);
      if (!state) return;
      states.delete(request);
      write(state, request, traceIdOf(request, state), response.status);
    },
  };

  return {
    plugin,
    traceparentFor: (request) => (request ? states.get(request)?.traceparent : undefined),
  };
}

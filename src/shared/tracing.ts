import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Context, type Span } from '@opentelemetry/api';
import type { NodeSDK } from '@opentelemetry/sdk-node';
import type { tracing } from '@opentelemetry/sdk-node';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * OpenTelemetry tracing, off unless OTEL_EXPORTER_OTLP_ENDPOINT (or _TRACES_ENDPOINT) is set.
 * Off means off: the SDK is not even loaded (it is required lazily), no instrumentation patches
 * anything, the gateway adds no plugin and the subgraphs start no span: zero overhead.
 *
 * On: `@opentelemetry/sdk-node` with the http and pg instrumentations, W3C trace context, the
 * OTLP exporter configured by the standard OTEL_* variables (protocol, headers, sampler, …).
 * The pg instrumentation patches `pg` when it is required, so tracing must start before anything
 * loads `pg`: main.ts starts it first thing (src/shared/tracing-bootstrap.ts).
 */

let sdk: NodeSDK | null = null;

export const TRACER_NAME = 'liaison-hub';

export function tracingEnabled(): boolean {
  return sdk !== null;
}

/** True when the environment asks for an OTLP exporter. */
export function otlpConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return !!(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) && env.OTEL_SDK_DISABLED !== 'true';
}

/**
 * Starts the SDK once per process. `spanProcessors` replaces the OTLP exporter (tests: an
 * in-memory exporter); `instrument: false` skips the http/pg instrumentations (jest's module
 * loader bypasses the require hooks they patch with).
 */
export function startTracing(opts: { serviceName: string; spanProcessors?: tracing.SpanProcessor[]; instrument?: boolean }): void {
  if (sdk) return;
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { NodeSDK } = require('@opentelemetry/sdk-node') as typeof import('@opentelemetry/sdk-node');
  const instrumentations = [];
  if (opts.instrument !== false) {
    const { HttpInstrumentation } = require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
    const { PgInstrumentation } = require('@opentelemetry/instrumentation-pg') as typeof import('@opentelemetry/instrumentation-pg');
    const probe = /^\/(health|ready|metrics)(\?|$)/;
    instrumentations.push(
      // probes and scrapes are not worth a trace each
      new HttpInstrumentation({ ignoreIncomingRequestHook: (req) => probe.test(req.url ?? ''), requireParentforOutgoingSpans: true }),
      // background work (event bus sweeps, SLA scans) has no parent: no trace per sweep
      new PgInstrumentation({ requireParentSpan: true }),
    );
  }
  /* eslint-enable @typescript-eslint/no-require-imports */
  sdk = new NodeSDK({
    serviceName: process.env.OTEL_SERVICE_NAME ? undefined : opts.serviceName,
    spanProcessors: opts.spanProcessors,
    instrumentations,
    // metrics are Prometheus' (METRICS_PORT) and logs are pino's: the SDK exports traces only
    metricReaders: [],
    logRecordProcessors: [],
  });
  sdk.start();
}

/**
 * Flushes and stops the SDK (spans still buffered are exported), giving up after `timeoutMs`: an
 * unreachable collector must not hold up a shutdown (the exporter itself retries for up to 10 s).
 */
export async function stopTracing(timeoutMs = 2_000): Promise<void> {
  const running = sdk;
  sdk = null;
  if (!running) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    running.shutdown(),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the collector did not take the last spans within ${timeoutMs} ms`)), timeoutMs);
      timer.unref();
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * A subgraph's span for one operation, child of the caller's span: the HTTP server span when the
 * http instrumentation made one, otherwise the `traceparent` the gateway sent. Only called when
 * tracing is on.
 */
export function startSubgraphSpan(subgraph: string, headers: IncomingHttpHeaders, operationName: string | undefined): { span: Span; ctx: Context } {
  const active = context.active();
  const parent = trace.getSpan(active) ? active : propagation.extract(ROOT_CONTEXT, headers);
  const span = trace.getTracer(TRACER_NAME).startSpan(
    `subgraph ${subgraph}${operationName ? ` ${operationName}` : ''}`,
    {
      kind: trace.getSpan(active) ? SpanKind.INTERNAL : SpanKind.SERVER,
      attributes: { 'liaison.subgraph': subgraph, ...(operationName ? { 'graphql.operation.name': operationName } : {}) },
    },
    parent,
  );
  return { span, ctx: trace.setSpan(parent, span) };
}

export function endSpan(span: Span, failed: boolean): void {
  if (failed) span.setStatus({ code: SpanStatusCode.ERROR });
  span.end();
}

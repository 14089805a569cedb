import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MikroORM } from '@mikro-orm/postgresql';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Logger } from './logger';

/**
 * Prometheus metrics of the subgraphs (prom-client), one set per process. The gateway's own
 * metrics come from the runtime's Prometheus plugin (src/gateway/observability.ts) in a registry of
 * its own; the metrics server (`METRICS_PORT`) serves every registry of the process on one page.
 *
 * Families are created once per process and read their values from "sources" that subgraphs add
 * and remove as they start and stop (a restarted subgraph registers again, nothing is re-created).
 * No label carries a user, a token or a variable: labels are subgraph and department codes.
 * Every name is listed in the README ("Operations: metrics, traces, logs").
 */

export interface PoolStats {
  inUse: number;
  idle: number;
  /** Requests waiting for a connection (pool exhausted). */
  waiting: number;
  max: number;
}

export interface EventSourceStats {
  /** Newest event id in the outbox minus the newest this instance delivered to its subscribers. */
  lag(): Promise<number>;
  /** Live subscriptions served by this instance. */
  subscribers(): number;
}

/** Pool figures of a MikroORM (knex → tarn) connection pool; zeros before the pool exists. */
export function ormPoolStats(orm: MikroORM, max: number): () => PoolStats {
  return () => {
    const pool = (orm.em.getConnection().getKnex().client as { pool?: { numUsed(): number; numFree(): number; numPendingAcquires(): number } }).pool;
    return {
      inUse: pool?.numUsed() ?? 0,
      idle: pool?.numFree() ?? 0,
      waiting: pool?.numPendingAcquires() ?? 0,
      max,
    };
  };
}

/** A scrape must not hang on a database that does not answer. */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

export interface SlaMetrics {
  scanDuration: Histogram;
  scanFailures: Counter;
  warnings: Counter;
  overdueRequests: Gauge<'department'>;
}

export class Metrics {
  readonly registry = new Registry();
  private readonly pools = new Map<string, () => PoolStats>();
  private readonly eventSources = new Map<string, EventSourceStats>();
  private slaMetrics: SlaMetrics | null = null;

  constructor(opts: { defaultMetrics?: boolean } = {}) {
    const registers = [this.registry];
    const pools = this.pools;
    const sources = this.eventSources;
    if (opts.defaultMetrics) collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'liaison_db_pool_connections',
      help: 'Connections of the subgraph database pool, by state (in_use, idle)',
      labelNames: ['subgraph', 'state'],
      registers,
      collect() {
        this.reset();
        for (const [subgraph, stats] of pools) {
          const s = stats();
          this.set({ subgraph, state: 'in_use' }, s.inUse);
          this.set({ subgraph, state: 'idle' }, s.idle);
        }
      },
    });
    new Gauge({
      name: 'liaison_db_pool_waiting',
      help: 'Queries waiting for a free connection of the subgraph database pool',
      labelNames: ['subgraph'],
      registers,
      collect() {
        this.reset();
        for (const [subgraph, stats] of pools) this.set({ subgraph }, stats().waiting);
      },
    });
    new Gauge({
      name: 'liaison_db_pool_max',
      help: 'Size limit of the subgraph database pool (DB_POOL_MAX)',
      labelNames: ['subgraph'],
      registers,
      collect() {
        this.reset();
        for (const [subgraph, stats] of pools) this.set({ subgraph }, stats().max);
      },
    });
    new Gauge({
      name: 'liaison_outbox_lag_events',
      help: 'Newest event id in the outbox minus the newest this instance has delivered (0 when caught up)',
      labelNames: ['subgraph'],
      registers,
      async collect() {
        this.reset();
        await Promise.all(
          [...sources].map(async ([subgraph, source]) => {
            // an unreachable database leaves the series out of this scrape rather than failing it
            const lag = await withTimeout(source.lag(), 1_000).catch(() => null);
            if (lag !== null) this.set({ subgraph }, lag);
          }),
        );
      },
    });
    new Gauge({
      name: 'liaison_event_subscribers',
      help: 'Live subscriptions (GraphQL subscriptions to events) served by this instance',
      labelNames: ['subgraph'],
      registers,
      collect() {
        this.reset();
        for (const [subgraph, source] of sources) this.set({ subgraph }, source.subscribers());
      },
    });
  }

  /** The hub's SLA scan (逾期扫描) metrics, made on first use so that other processes do not list them empty. */
  get sla(): SlaMetrics {
    const registers = [this.registry];
    return (this.slaMetrics ??= {
      scanDuration: new Histogram({
        name: 'liaison_sla_scan_duration_seconds',
        help: 'Duration of one SLA scan of the hub (deadline warnings and the overdue count)',
        buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
        registers,
      }),
      scanFailures: new Counter({ name: 'liaison_sla_scan_failures_total', help: 'SLA scans that failed (e.g. the database was unreachable)', registers }),
      warnings: new Counter({ name: 'liaison_sla_warnings_emitted_total', help: 'SLA warnings (reply due tomorrow, reply overdue, referral not signed for) written to the outbox by this instance', registers }),
      overdueRequests: new Gauge({
        name: 'liaison_requests_overdue',
        help: 'Open requests past their reply deadline, by lead department ("unassigned": not routed yet), as of the last SLA scan',
        labelNames: ['department'],
        registers,
      }),
    });
  }

  /** Reports `stats` as the pool of `subgraph` until the returned function is called. */
  addPool(subgraph: string, stats: () => PoolStats): () => void {
    this.pools.set(subgraph, stats);
    return () => this.pools.get(subgraph) === stats && this.pools.delete(subgraph);
  }

  /** Reports an event outbox reader (lag, subscribers) until the returned function is called. */
  addEventSource(subgraph: string, source: EventSourceStats): () => void {
    this.eventSources.set(subgraph, source);
    return () => this.eventSources.get(subgraph) === source && this.eventSources.delete(subgraph);
  }

  /** The overdue count per department, replacing the previous scan's (departments that reached 0 say 0). */
  setOverdue(counts: Record<string, number>): void {
    const gauge = this.sla.overdueRequests;
    gauge.reset();
    for (const [department, n] of Object.entries(counts)) gauge.set({ department }, n);
  }
}

export interface MetricsServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * `GET /metrics` on its own port (METRICS_PORT), apart from the gateway's public one: operators'
 * scrapers reach it on the private network, internet users never do. Several registries of one
 * process (the gateway's plugin, the subgraphs') are served as one page.
 */
export async function startMetricsServer(opts: { host: string; port: number; registries: () => Registry[]; log: Logger }): Promise<MetricsServer> {
  const server = http.createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path !== '/metrics' || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404).end();
      return;
    }
    try {
      const pages = await Promise.all(opts.registries().map((r) => r.metrics()));
      res.writeHead(200, { 'content-type': Registry.PROMETHEUS_CONTENT_TYPE, 'cache-control': 'no-store' }).end(pages.filter(Boolean).join('\n'));
    } catch (err) {
      opts.log.error('collecting metrics failed', err);
      res.writeHead(500).end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${opts.host === '0.0.0.0' ? 'localhost' : opts.host}:${port}/metrics`;
  opts.log.info(`metrics on ${url}`);
  return {
    url,
    port,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

import { randomBytes } from 'node:crypto';
import { startGateway, type RunningGateway } from './gateway/gateway';
import { SUBGRAPH_NAMES, type Config, type SubgraphName } from './shared/config';
import type { Clock } from './shared/clock';
import { startEmbeddedPostgres } from './shared/database';
import type { Logger } from './shared/logger';
import { Metrics, startMetricsServer, type MetricsServer } from './shared/metrics';
import { startSubgraph, type RunningSubgraph } from './shared/subgraph-server';
import { SUBGRAPHS } from './subgraphs';
import { DEMO_SEEDS } from './demo/seeds';

export interface Database {
  url: string;
  /** The same database bypassing any pooler (DATABASE_DIRECT_URL): for LISTEN and the migration lock. */
  directUrl: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** DATABASE_URL when set, otherwise the embedded PostgreSQL in EMBEDDED_PG_DIR. */
export async function openDatabase(config: Config, log: Logger): Promise<Database> {
  if (config.databaseUrl) return { url: config.databaseUrl, directUrl: config.databaseDirectUrl ?? config.databaseUrl, embedded: false, stop: async () => {} };
  const pg = await startEmbeddedPostgres({ ...config.embeddedPg, database: 'liaison_hub', log: log.child('postgres') });
  return { url: pg.url, directUrl: pg.url, embedded: true, stop: () => pg.stop() };
}

export interface RunningHub {
  /** The configuration the pieces run with (a one-process hub makes up its own signing secret). */
  config: Config;
  gateway: RunningGateway;
  subgraphs: Record<SubgraphName, RunningSubgraph>;
  /** The subgraphs' metrics (null when METRICS_PORT is unset). */
  metrics: Metrics | null;
  /** GET /metrics of the whole process (gateway and subgraphs), on METRICS_PORT; null when metrics are off. */
  metricsServer: MetricsServer | null;
  /** Stops one subgraph (server and database pool), as if its process died. */
  stopSubgraph(name: SubgraphName): Promise<void>;
  /** Starts a stopped subgraph again on the port it had, so the gateway finds it. */
  restartSubgraph(name: SubgraphName): Promise<void>;
  /** Drains the gateway, then the subgraphs (in-flight requests until `deadline`), then stops them. */
  stop(deadline?: number): Promise<void>;
}

/**
 * The whole hub in one process: five subgraphs on loopback (each its own HTTP server, Apollo
 * Server and MikroORM), then the gateway pointed at them. The same pieces run as separate
 * processes via `main.ts subgraph <name>` and `main.ts gateway`.
 */
export async function startHub(opts: {
  config: Config;
  log: Logger;
  databaseUrl: string;
  /** LISTEN and the migration lock connect here (default: databaseUrl); see Config.databaseDirectUrl. */
  directDatabaseUrl?: string;
  /** 'random' picks free ports (tests); otherwise SUBGRAPH_PORT_BASE + index. */
  subgraphPorts?: 'configured' | 'random';
  gatewayPort?: number;
  /** The domain clock for every subgraph (default: the system clock); tests pass one they control. */
  clock?: Clock;
  /** Process metrics (main.ts adds the Node.js default ones); made here when METRICS_PORT is set. */
  metrics?: Metrics;
}): Promise<RunningHub> {
  const { log } = opts;
  // gateway and subgraphs share this process: a fresh signing secret beats the published dev one
  const config: Config = opts.config.gatewaySigning.isDevSecret
    ? { ...opts.config, gatewaySigning: { secret: randomBytes(32).toString('base64url'), isDevSecret: false } }
    : opts.config;
  // SUBGRAPH_PORT_BASE=0: every subgraph on a free port (the gateway learns them here)
  const random = opts.subgraphPorts === 'random' || config.subgraphs.portBase === 0;
  const metrics = config.metrics ? (opts.metrics ?? new Metrics()) : null;
  const portOf = (name: SubgraphName) => (random ? 0 : config.subgraphs.portBase + SUBGRAPH_NAMES.indexOf(name));
  // the subgraphs' own URLs, filled in as each starts: a subgraph that asks another reads it per request
  const peers: Partial<Record<SubgraphName, string>> = {};
  const launch = async (name: SubgraphName, port: number) => {
    const running = await startSubgraph(SUBGRAPHS[name], {
      config,
      databaseUrl: opts.databaseUrl,
      directDatabaseUrl: opts.directDatabaseUrl,
      host: config.subgraphs.host,
      port,
      log,
      clock: opts.clock,
      metrics,
      // the demo district, when wanted, is handed in here: subgraphs do not import demo data
      seed: config.seedDemoData ? DEMO_SEEDS[name] : null,
      peers,
    });
    peers[name] = running.url;
    return running;
  };

  const subgraphs = {} as Record<SubgraphName, RunningSubgraph>;
  const started = await Promise.allSettled(SUBGRAPH_NAMES.map(async (name) => (subgraphs[name] = await launch(name, portOf(name)))));
  const failed = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) {
    await Promise.all(Object.values(subgraphs).map((s) => s.stop().catch(() => {})));
    throw failed.reason;
  }
  let gateway: RunningGateway;
  try {
    gateway = await startGateway({
      config,
      log: log.child('gateway'),
      host: config.gateway.host,
      port: opts.gatewayPort ?? config.gateway.port,
      subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, subgraphs[n].url])) as Record<SubgraphName, string>,
    });
  } catch (err) {
    await Promise.all(Object.values(subgraphs).map((s) => s.stop().catch(() => {})));
    throw err;
  }
  let metricsServer: MetricsServer | null = null;
  if (config.metrics && metrics) {
    const gatewayRegistry = gateway.metricsRegistry;
    metricsServer = await startMetricsServer({
      ...config.metrics,
      log,
      registries: () => (gatewayRegistry ? [gatewayRegistry, metrics.registry] : [metrics.registry]),
    }).catch(async (err) => {
      await gateway.stop();
      await Promise.all(Object.values(subgraphs).map((s) => s.stop().catch(() => {})));
      throw err;
    });
  }
  const stopped = new Set<SubgraphName>();
  return {
    config,
    gateway,
    subgraphs,
    metrics,
    metricsServer,
    async stopSubgraph(name) {
      if (stopped.has(name)) return;
      stopped.add(name);
      await subgraphs[name].stop();
    },
    async restartSubgraph(name) {
      if (!stopped.has(name)) return;
      subgraphs[name] = await launch(name, subgraphs[name].port);
      stopped.delete(name);
    },
    async stop(deadline = Date.now() + config.shutdownGraceMs) {
      const running = SUBGRAPH_NAMES.filter((n) => !stopped.has(n));
      // all of the hub is going: every /ready says so now, while the subgraphs still serve the gateway's in-flight requests
      for (const n of running) subgraphs[n].drainer.markNotReady();
      await gateway.stop(deadline);
      await Promise.all(running.map((n) => subgraphs[n].stop(deadline)));
      // last: a scrape during the drain still answers
      await metricsServer?.stop();
    },
  };
}

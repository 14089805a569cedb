import 'reflect-metadata';
// before anything loads pg or http: tracing (when OTEL_EXPORTER_OTLP_ENDPOINT is set) patches them
import './shared/tracing-bootstrap';
import { openDatabase, startHub, type Database } from './app';
import { defaultSubgraphUrl } from './gateway/supergraph';
import { startGateway } from './gateway/gateway';
import { ConfigError, loadConfig, SUBGRAPH_NAMES, type Config, type SubgraphName } from './shared/config';
import { createLogger, type Logger } from './shared/logger';
import { installShutdownHandlers } from './shared/shutdown';
import { Metrics, startMetricsServer } from './shared/metrics';
import { stopTracing } from './shared/tracing';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { openSubgraphDatabase, startSubgraph } from './shared/subgraph-server';
import { SUBGRAPHS } from './subgraphs';
import { DEMO_SEEDS } from './demo/seeds';

const USAGE = `usage: node dist/src/main.js [all | subgraph <${SUBGRAPH_NAMES.join('|')}> | gateway | migrate | seed]`;

/** Drains and stops everything once, on Ctrl-C or SIGTERM, Postgres last (see shared/shutdown.ts). */
function onShutdown(log: Logger, config: Config, stop: (deadline: number) => Promise<void>) {
  installShutdownHandlers({
    log,
    graceMs: config.shutdownGraceMs,
    stop: async (deadline) => {
      await stop(deadline);
      // spans still buffered go out before the process exits
      await stopTracing().catch((err) => log.warn(`flushing traces failed: ${(err as Error).message}`));
    },
  });
}

/** A process's metrics: Node.js' own (CPU, memory, event loop, GC) plus what it runs. */
const processMetrics = (config: Config) => (config.metrics ? new Metrics({ defaultMetrics: true }) : null);

function parseSubgraphName(arg: string | undefined): SubgraphName {
  if (!SUBGRAPH_NAMES.includes(arg as SubgraphName)) throw new ConfigError(`unknown subgraph "${arg ?? ''}"\n${USAGE}`);
  return arg as SubgraphName;
}

async function runAll(config: Config, log: Logger) {
  const started = Date.now();
  const db = await openDatabase(config, log);
  try {
    const hub = await startHub({ config, log, databaseUrl: db.url, directDatabaseUrl: db.directUrl, metrics: processMetrics(config) ?? undefined });
    onShutdown(log, config, async (deadline) => {
      await hub.stop(deadline);
      await db.stop();
    });
    const ms = Date.now() - started;
    console.log(`
liaison-hub is up in ${ms} ms
  GraphQL (HTTP + WebSocket): ${hub.gateway.url}
  metrics: ${hub.metricsServer ? hub.metricsServer.url : 'off (set METRICS_PORT)'}
  database: ${db.embedded ? `embedded PostgreSQL in ${config.embeddedPg.dir} (port ${config.embeddedPg.port})` : 'DATABASE_URL'}
  subgraphs: ${SUBGRAPH_NAMES.map((n) => `${n} ${hub.subgraphs[n].url}`).join(', ')}
Get a token for a demo user:  npm run token -- police-officer   (also: police-admin, coordinator, tax-officer, market-officer, judicial-officer, enterprise, auditor)
Audit trail (AUDITOR only): query auditTrail / auditTrailCsv with the auditor's token;  npm run audit:verify  checks the hash chains.
Then send it as  Authorization: Bearer <token>.  Ctrl-C stops everything.
`);
  } catch (err) {
    await db.stop();
    throw err;
  }
}

async function runOne(config: Config, log: Logger, name: SubgraphName) {
  const db = await openDatabase(config, log);
  const metrics = processMetrics(config);
  const sub = await startSubgraph(SUBGRAPHS[name], {
    config,
    databaseUrl: db.url,
    directDatabaseUrl: db.directUrl,
    host: config.gateway.host,
    port: config.gateway.port,
    log,
    seed: config.seedDemoData ? DEMO_SEEDS[name] : null,
    metrics,
  });
  const metricsServer = config.metrics && metrics ? await startMetricsServer({ ...config.metrics, log, registries: () => [metrics.registry] }) : null;
  onShutdown(log, config, async (deadline) => {
    await sub.stop(deadline);
    await metricsServer?.stop();
    await db.stop();
  });
}

async function runGateway(config: Config, log: Logger) {
  const urls = Object.fromEntries(
    SUBGRAPH_NAMES.map((n) => [n, config.subgraphs.urls[n] ?? defaultSubgraphUrl(n, config.subgraphs.portBase)]),
  ) as Record<SubgraphName, string>;
  const gw = await startGateway({ config, log: log.child('gateway'), host: config.gateway.host, port: config.gateway.port, subgraphUrls: urls });
  // the gateway process has no subgraph metrics: the runtime's plus Node.js' own
  const nodeMetrics = new Registry();
  const metricsServer = config.metrics && gw.metricsRegistry
    ? (collectDefaultMetrics({ register: nodeMetrics }), await startMetricsServer({ ...config.metrics, log, registries: () => [gw.metricsRegistry!, nodeMetrics] }))
    : null;
  onShutdown(log, config, async (deadline) => {
    await gw.stop(deadline);
    await metricsServer?.stop();
  });
}

/** migrate (and seed): run every subgraph's migrations against the database, then exit. */
async function runMaintenance(config: Config, log: Logger, seed: boolean) {
  const db = await openDatabase(config, log);
  try {
    for (const name of SUBGRAPH_NAMES) {
      const { orm, applied, seeded } = await openSubgraphDatabase(SUBGRAPHS[name], {
        databaseUrl: db.url,
        directDatabaseUrl: db.directUrl,
        poolMax: 2,
        seed: seed ? DEMO_SEEDS[name] : null,
        log: log.child(name),
      });
      console.log(`${name}: ${applied.length ? `applied ${applied.join(', ')}` : 'schema up to date'}${seed ? (seeded ? ', demo data loaded' : ', demo data already present') : ''}`);
      await orm.close();
    }
  } finally {
    await db.stop();
  }
}

async function main() {
  const [command = 'all', arg] = process.argv.slice(2);
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  switch (command) {
    case 'all':
      return runAll(config, log);
    case 'subgraph':
      return runOne(config, log, parseSubgraphName(arg));
    case 'gateway':
      return runGateway(config, log);
    case 'migrate':
      return runMaintenance(config, log, false);
    case 'seed':
      return runMaintenance(config, log, true);
    default:
      throw new ConfigError(USAGE);
  }
}

main().catch((err) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});

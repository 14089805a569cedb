import { otlpConfigured, startTracing } from './tracing';

/**
 * Imported first by main.ts: the pg and http instrumentations can only patch modules loaded after
 * them. Each process names itself by what it runs (`liaison-hub-gateway`, `liaison-hub-police`, or
 * `liaison-hub` for everything in one process); OTEL_SERVICE_NAME overrides it.
 */
const [command = 'all', arg] = process.argv.slice(2);
if (otlpConfigured() && ['all', 'subgraph', 'gateway'].includes(command)) {
  startTracing({ serviceName: command === 'subgraph' ? `liaison-hub-${arg}` : command === 'gateway' ? 'liaison-hub-gateway' : 'liaison-hub' });
}

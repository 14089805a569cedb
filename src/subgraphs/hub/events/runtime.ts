import type { MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../../../shared/clock';
import type { Config } from '../../../shared/config';
import { EventBus } from './event-bus';
import type { Logger } from '../../../shared/logger';
import type { SubgraphRuntime } from '../../../shared/subgraph-server';
import { EventStore, type HubEvent } from './event-store';
import { EVENTS_CHANNEL } from './outbox';
import { startSlaScheduler, type SlaScheduler } from './sla-scheduler';
import type { Metrics } from '../../../shared/metrics';
import { startRiskWatcher, type RiskWatcher } from '../risk/risk-watcher';

export interface HubRuntime extends SubgraphRuntime {
  events: EventBus<HubEvent>;
  store: EventStore;
  sla: SlaScheduler;
  /** Reassesses enterprises' risk (维稳风险) when departments' signals change (hub/risk). */
  risk: RiskWatcher;
}

export async function startHubRuntime(opts: {
  orm: MikroORM;
  databaseUrl: string;
  directDatabaseUrl: string;
  config: Config;
  log: Logger;
  clock: Clock;
  metrics?: Metrics | null;
}): Promise<HubRuntime> {
  const store = new EventStore(() => opts.orm.em.fork());
  // LISTEN holds a session: through a transaction-mode pooler (PgBouncer) notifications never
  // arrive, so the listener connects straight to PostgreSQL; reads of the outbox use the pool
  const events = new EventBus<HubEvent>({ databaseUrl: opts.directDatabaseUrl, channel: EVENTS_CHANNEL, source: store, log: opts.log.child('events'), sweepMs: opts.config.eventsSweepIntervalMs });
  await events.start();
  const risk = startRiskWatcher({ orm: opts.orm, databaseUrl: opts.directDatabaseUrl, log: opts.log.child('risk'), clock: opts.clock, sweepMs: opts.config.riskSweepIntervalMs });
  const sla = startSlaScheduler(opts.orm, opts.log.child('sla'), opts.config.slaScanIntervalMs, opts.clock, opts.metrics ?? null);
  // outbox lag = newest event id − newest this instance delivered; subscribers of this instance
  const removeSource = opts.metrics?.addEventSource('hub', {
    lag: async () => Number((await store.latest()) - events.cursor),
    subscribers: () => events.subscriberCount,
  });
  return {
    events,
    store,
    sla,
    risk,
    async stop() {
      removeSource?.();
      await risk.stop();
      await sla.stop();
      await events.stop();
    },
  };
}

import type { MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../../../shared/clock';
import type { Config } from '../../../shared/config';
import { EventBus } from './event-bus';
import type { Logger } from '../../../shared/logger';
import type { SubgraphRuntime } from '../../../shared/subgraph-server';
import { EventStore, type HubEvent } from './event-store';
import { EVENTS_CHANNEL } from './outbox';
import { startSlaScheduler } from './sla-scheduler';

export interface HubRuntime extends SubgraphRuntime {
  events: EventBus<HubEvent>;
  store: EventStore;
}

export async function startHubRuntime(opts: { orm: MikroORM; databaseUrl: string; directDatabaseUrl: string; config: Config; log: Logger; clock: Clock }): Promise<HubRuntime> {
  const store = new EventStore(() => opts.orm.em.fork());
  // LISTEN holds a session: through a transaction-mode pooler (PgBouncer) notifications never
  // arrive, so the listener connects straight to PostgreSQL; reads of the outbox use the pool
  const events = new EventBus<HubEvent>({ databaseUrl: opts.directDatabaseUrl, channel: EVENTS_CHANNEL, source: store, log: opts.log.child('events'), sweepMs: opts.config.eventsSweepIntervalMs });
  await events.start();
  const sla = startSlaScheduler(opts.orm, opts.log.child('sla'), opts.config.slaScanIntervalMs, opts.clock);
  return {
    events,
    store,
    async stop() {
      await sla.stop();
      await events.stop();
    },
  };
}

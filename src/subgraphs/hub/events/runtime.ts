import type { MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../../../shared/clock';
import type { Config } from '../../../shared/config';
import { EventBus } from './event-bus';
import type { Logger } from '../../../shared/logger';
import type { SubgraphRuntime } from '../../../shared/subgraph-server';
import { EventStore, type HubEvent } from './event-store';
import { EVENTS_CHANNEL } from './outbox';
import { startSlaScheduler, type SlaScheduler } from './sla-scheduler';
import { startOutboxMaintenance, type OutboxMaintenance } from './outbox-retention';
import type { Metrics } from '../../../shared/metrics';
import { probeTrigrams, type Trigrams } from '../duplicate/trigram';
import { attachmentSettings, type AttachmentSettings } from '../../../shared/attachments/settings';
import { startRiskWatcher, type RiskWatcher } from '../risk/risk-watcher';

export interface HubRuntime extends SubgraphRuntime {
  events: EventBus<HubEvent>;
  store: EventStore;
  sla: SlaScheduler;
  /** The outbox's partitions and replay window (outbox-retention.ts): `runNow()` runs a maintenance pass at the clock's now. */
  outbox: { replayDays: number; runNow(): Promise<OutboxMaintenance | null> };
  /** RECEIVED_AT_MAX_WORKING_DAYS: how far back submitIssue's receivedAt may go. */
  receivedAtMaxWorkingDays: number;
  /** Possible duplicates (查重): where pg_trgm is, and the similarity threshold (DUPLICATE_SIMILARITY_THRESHOLD). */
  duplicates: { trigrams: Trigrams; threshold: number };
  /** Where attachment bytes go, their limits and scanner, download links (attachment/). */
  attachments: AttachmentSettings;
  /** The process's configuration (exports read their limits from it). */
  config: Config;
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
  const trigrams = await probeTrigrams(opts.orm.em.fork(), opts.log);
  const store = new EventStore(() => opts.orm.em.fork());
  // partitions for this month and the next ones before anything is written; expired ones dropped
  const outbox = await startOutboxMaintenance({ orm: opts.orm, clock: opts.clock, log: opts.log.child('outbox'), replayDays: opts.config.outbox.replayDays, intervalMs: opts.config.outbox.maintenanceIntervalMs });
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
    outbox: { replayDays: opts.config.outbox.replayDays, runNow: outbox.runNow },
    receivedAtMaxWorkingDays: opts.config.receivedAtMaxWorkingDays,
    duplicates: { trigrams, threshold: opts.config.duplicates.similarityThreshold },
    attachments: attachmentSettings(opts.config, 'hub.attachment_blob'),
    config: opts.config,
    risk,
    async stop() {
      removeSource?.();
      await risk.stop();
      await sla.stop();
      await events.stop();
      await outbox.stop();
    },
  };
}

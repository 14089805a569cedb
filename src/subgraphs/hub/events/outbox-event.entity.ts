import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Outbox (事件发件箱): every change others must hear about, written in the same transaction as
 * the change. The id is the public cursor. A statement trigger NOTIFYs `liaison_hub_events` on
 * commit (see the migration). The table is partitioned by month of `occurredAt` (migration
 * OutboxPartitions; its primary key is (id, occurred_at), which this entity, used only to insert,
 * need not know); old months are dropped after OUTBOX_REPLAY_DAYS (outbox-retention.ts).
 */
@Entity({ tableName: 'event' })
@Index({ properties: ['issueId', 'id'] })
export class OutboxEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  occurredAt: Date = new Date();

  /** ISSUE (status and timeline), REFERRAL, SLA (deadline warnings), MEETING. */
  @Property({ type: 'string', length: 20 })
  stream!: string;

  @Property({ type: 'string', length: 40 })
  type!: string;

  @Property({ type: 'integer', nullable: true })
  issueId: number | null = null;

  @Property({ type: 'integer', nullable: true })
  referralId: number | null = null;

  @Property({ type: 'string', length: 18, nullable: true })
  enterpriseUscc: string | null = null;

  @Index()
  @Property({ type: 'integer', nullable: true })
  meetingId: number | null = null;

  /** Departments concerned (lead, assisting, referral ends): officers of these may see the event. */
  @Property({ type: 'string[]', default: '{}' })
  departments: string[] = [];

  @Property({ type: 'json' })
  payload: Record<string, unknown> = {};

  /** Makes a scheduled warning unique however many instances produce it (claimed in hub.event_dedupe: sla-scheduler.ts). */
  @Property({ type: 'string', length: 200, nullable: true })
  dedupeKey: string | null = null;
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { OutboxEvent } from './outbox-event.entity';

export const EVENTS_CHANNEL = 'liaison_hub_events';
const ORDER_LOCK = 'liaison-hub:outbox-order';

/**
 * Serialises outbox writers until their commit, so cursors (bigserial ids) become visible in
 * increasing order: a reader that has seen cursor N can never later find a smaller one. Held only
 * from the first event of a transaction to its commit, milliseconds.
 */
export async function takeOutboxOrderLock(tx: EntityManager, logging?: { label: string }): Promise<void> {
  await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [ORDER_LOCK], 'all', logging);
}

export interface NewEvent {
  stream: 'ISSUE' | 'REFERRAL' | 'SLA' | 'MEETING' | 'RISK';
  type: string;
  issueId?: number | null;
  referralId?: number | null;
  enterpriseUscc?: string | null;
  meetingId?: number | null;
  departments: string[];
  payload: Record<string, unknown>;
  occurredAt: Date;
}

/** Records an event in the caller's transaction: it exists if and only if the change commits. */
export async function recordEvent(tx: EntityManager, event: NewEvent): Promise<void> {
  await takeOutboxOrderLock(tx);
  tx.create(OutboxEvent, { ...event, departments: [...new Set(event.departments)] });
}

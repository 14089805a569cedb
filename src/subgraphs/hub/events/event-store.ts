import type { EntityManager } from '@mikro-orm/postgresql';
import type { StoredEvent } from './event-bus';
import { BACKGROUND } from '../../../shared/orm';

/** An outbox row as the bus and the subscriptions see it. */
export interface HubEvent extends StoredEvent {
  occurredAt: Date;
  stream: string;
  type: string;
  issueId: number | null;
  referralId: number | null;
  enterpriseUscc: string | null;
  meetingId: number | null;
  departments: string[];
  payload: Record<string, any>;
}

/** Who sees an event: the same rules as reading the issue (DESIGN §7), checked in SQL and in memory. */
export interface EventAudience {
  streams: string[];
  issueId?: number | null;
  meetingId?: number | null;
  /** Officers: events concerning one of these departments. */
  department?: string | null;
  /** Enterprise users: events of their own enterprise. */
  enterpriseUscc?: string | null;
}

const toEvent = (row: Record<string, any>): HubEvent => ({
  id: BigInt(row.id),
  occurredAt: row.occurred_at,
  stream: row.stream,
  type: row.type,
  issueId: row.issue_id,
  referralId: row.referral_id,
  enterpriseUscc: row.enterprise_uscc,
  meetingId: row.meeting_id,
  departments: row.departments ?? [],
  payload: row.payload ?? {},
});

export function accepts(audience: EventAudience) {
  return (e: HubEvent) =>
    audience.streams.includes(e.stream) &&
    (audience.issueId == null || e.issueId === audience.issueId) &&
    (audience.meetingId == null || e.meetingId === audience.meetingId) &&
    (audience.department == null || e.departments.includes(audience.department)) &&
    (audience.enterpriseUscc == null || e.enterpriseUscc === audience.enterpriseUscc);
}

export class EventStore {
  constructor(private readonly em: () => EntityManager) {}

  async latest(): Promise<bigint> {
    const [row] = await this.em().execute<{ max: string | null }[]>('select max(id) as max from hub.event', [], 'all', BACKGROUND);
    return BigInt(row.max ?? 0);
  }

  /** All events after a cursor (what the bus fans out). */
  async after(after: bigint, limit: number): Promise<HubEvent[]> {
    const rows = await this.em().execute('select * from hub.event where id > ? order by id limit ?', [after.toString(), limit], 'all', BACKGROUND);
    return rows.map(toEvent);
  }

  /** A subscriber's replay: only what it may see, filtered in SQL (uses the primary key and issue indexes). */
  forAudience(audience: EventAudience) {
    return {
      after: async (after: bigint, limit: number): Promise<HubEvent[]> => {
        const where = ['id > ?', `stream in (${audience.streams.map(() => '?').join(', ')})`];
        const params: unknown[] = [after.toString(), ...audience.streams];
        if (audience.issueId != null) (where.push('issue_id = ?'), params.push(audience.issueId));
        if (audience.meetingId != null) (where.push('meeting_id = ?'), params.push(audience.meetingId));
        if (audience.department != null) (where.push('? = any(departments)'), params.push(audience.department));
        if (audience.enterpriseUscc != null) (where.push('enterprise_uscc = ?'), params.push(audience.enterpriseUscc));
        const rows = await this.em().execute(`select * from hub.event where ${where.join(' and ')} order by id limit ?`, [...params, limit], 'all', BACKGROUND);
        return rows.map(toEvent);
      },
    };
  }
}

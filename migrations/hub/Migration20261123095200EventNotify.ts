import { Migration } from '@mikro-orm/migrations';

/**
 * Wakes every hub instance when outbox events commit: a statement-level trigger NOTIFYs
 * `liaison_hub_events`. NOTIFY is transactional: it is delivered on commit and never for a
 * rolled-back transaction, so a woken reader always finds committed events.
 */
export class Migration20261123095200EventNotify extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function hub.notify_events() returns trigger language plpgsql as $$
      begin
        perform pg_notify('liaison_hub_events', '');
        return null;
      end $$;`);
    this.addSql(`create trigger event_notify after insert on hub.event for each statement execute function hub.notify_events();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists event_notify on hub.event;`);
    this.addSql(`drop function if exists hub.notify_events();`);
  }
}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261126010538 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "market"."risk_signal" ("id" serial primary key, "uscc" varchar(18) not null, "key" varchar(40) not null, "category" text check ("category" in ('ABNORMAL_LISTING', 'RECENT_PENALTY', 'COMPLAINTS')) not null, "level" text check ("level" in ('NONE', 'LOW', 'MEDIUM', 'HIGH')) not null, "observed_at" timestamptz not null, "details" text not null);`);
    this.addSql(`alter table "market"."risk_signal" add constraint "risk_signal_uscc_key_unique" unique ("uscc", "key");`);

    // what the hub may read of the department's signals: no details (the boundary, README "Risk assessment")
    this.addSql(`create view "market"."risk_signal_for_hub" as
      select "uscc", 'market'::text as "department", "category", "level", "observed_at" from "market"."risk_signal";`);

    // every change of a signal wakes the hub (delivered on commit, never on rollback; duplicates in one transaction fold)
    this.addSql(`create or replace function "market"."notify_risk_signal"() returns trigger language plpgsql as $$
      begin
        perform pg_notify('liaison_risk_signals', 'market:' || coalesce(new.uscc, old.uscc));
        return null;
      end $$;`);
    this.addSql(`create trigger "risk_signal_notify" after insert or delete on "market"."risk_signal" for each row execute function "market"."notify_risk_signal"();`);
    this.addSql(`create trigger "risk_signal_notify_update" after update on "market"."risk_signal" for each row when (old.* is distinct from new.*) execute function "market"."notify_risk_signal"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop view if exists "market"."risk_signal_for_hub";`);
    this.addSql(`drop function if exists "market"."notify_risk_signal"() cascade;`);
    this.addSql(`drop table if exists "market"."risk_signal" cascade;`);
  }

}

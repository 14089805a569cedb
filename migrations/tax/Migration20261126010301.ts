import { Migration } from '@mikro-orm/migrations';

export class Migration20261126010301 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "tax"."risk_signal" ("id" serial primary key, "uscc" varchar(18) not null, "key" varchar(40) not null, "category" text check ("category" in ('ARREARS_OUTSTANDING', 'CREDIT_RATING', 'MISSED_FILINGS')) not null, "level" text check ("level" in ('NONE', 'LOW', 'MEDIUM', 'HIGH')) not null, "observed_at" timestamptz not null, "details" text not null);`);
    this.addSql(`alter table "tax"."risk_signal" add constraint "risk_signal_uscc_key_unique" unique ("uscc", "key");`);

    // what the hub may read of the department's signals: no details (the boundary, README "Risk assessment")
    this.addSql(`create view "tax"."risk_signal_for_hub" as
      select "uscc", 'tax'::text as "department", "category", "level", "observed_at" from "tax"."risk_signal";`);

    // every change of a signal wakes the hub (delivered on commit, never on rollback; duplicates in one transaction fold)
    this.addSql(`create or replace function "tax"."notify_risk_signal"() returns trigger language plpgsql as $$
      begin
        perform pg_notify('liaison_risk_signals', 'tax:' || coalesce(new.uscc, old.uscc));
        return null;
      end $$;`);
    this.addSql(`create trigger "risk_signal_notify" after insert or delete on "tax"."risk_signal" for each row execute function "tax"."notify_risk_signal"();`);
    this.addSql(`create trigger "risk_signal_notify_update" after update on "tax"."risk_signal" for each row when (old.* is distinct from new.*) execute function "tax"."notify_risk_signal"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop view if exists "tax"."risk_signal_for_hub";`);
    this.addSql(`drop function if exists "tax"."notify_risk_signal"() cascade;`);
    this.addSql(`drop table if exists "tax"."risk_signal" cascade;`);
  }

}

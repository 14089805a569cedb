import { Migration } from '@mikro-orm/migrations';

export class Migration20261126005730 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "judicial"."risk_signal" ("id" serial primary key, "uscc" varchar(18) not null, "key" varchar(40) not null, "category" text check ("category" in ('OPEN_MEDIATION', 'FAILED_MEDIATION', 'WAGE_ARREARS', 'LITIGATION')) not null, "level" text check ("level" in ('NONE', 'LOW', 'MEDIUM', 'HIGH')) not null, "observed_at" timestamptz not null, "details" text not null);`);
    this.addSql(`alter table "judicial"."risk_signal" add constraint "risk_signal_uscc_key_unique" unique ("uscc", "key");`);

    // what the hub may read of the bureau's signals: no details (the boundary, README "Risk assessment")
    this.addSql(`create view "judicial"."risk_signal_for_hub" as
      select "uscc", 'judicial'::text as "department", "category", "level", "observed_at" from "judicial"."risk_signal";`);

    // every change of a signal wakes the hub (delivered on commit, never on rollback; duplicates in one transaction fold)
    this.addSql(`create or replace function "judicial"."notify_risk_signal"() returns trigger language plpgsql as $$
      begin
        perform pg_notify('liaison_risk_signals', 'judicial:' || coalesce(new.uscc, old.uscc));
        return null;
      end $$;`);
    this.addSql(`create trigger "risk_signal_notify" after insert or delete on "judicial"."risk_signal" for each row execute function "judicial"."notify_risk_signal"();`);
    this.addSql(`create trigger "risk_signal_notify_update" after update on "judicial"."risk_signal" for each row when (old.* is distinct from new.*) execute function "judicial"."notify_risk_signal"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop view if exists "judicial"."risk_signal_for_hub";`);
    this.addSql(`drop function if exists "judicial"."notify_risk_signal"() cascade;`);
    this.addSql(`drop table if exists "judicial"."risk_signal" cascade;`);
  }

}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261125235210 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "police"."risk_rule" ("id" serial primary key, "category" text check ("category" in ('REPEATED_ALERTS', 'SEVERE_ALERTS')) not null, "alert_category" text check ("alert_category" in ('THEFT', 'FRAUD', 'DISPUTE', 'FIRE', 'PUBLIC_ORDER', 'TRAFFIC', 'OTHER')) null, "min_severity" text check ("min_severity" in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')) not null default 'LOW', "threshold" smallint not null, "window_days" smallint not null, "level" text check ("level" in ('NONE', 'LOW', 'MEDIUM', 'HIGH')) not null, "updated_at" timestamptz not null, "updated_by_name" varchar(100) not null);`);

    this.addSql(`create table "police"."risk_signal" ("id" serial primary key, "uscc" varchar(18) not null, "category" text check ("category" in ('REPEATED_ALERTS', 'SEVERE_ALERTS')) not null, "level" text check ("level" in ('NONE', 'LOW', 'MEDIUM', 'HIGH')) not null, "observed_at" timestamptz not null, "details" text not null);`);
    this.addSql(`alter table "police"."risk_signal" add constraint "risk_signal_uscc_category_unique" unique ("uscc", "category");`);

    // the police's default rules (风险规则); police administrators change them with setPoliceRiskRules
    this.addSql(`insert into "police"."risk_rule" ("category", "alert_category", "min_severity", "threshold", "window_days", "level", "updated_at", "updated_by_name") values
      ('REPEATED_ALERTS', null, 'LOW', 3, 90, 'MEDIUM', now(), '系统默认'),
      ('REPEATED_ALERTS', null, 'LOW', 5, 90, 'HIGH', now(), '系统默认'),
      ('SEVERE_ALERTS', null, 'HIGH', 1, 90, 'MEDIUM', now(), '系统默认'),
      ('SEVERE_ALERTS', null, 'CRITICAL', 1, 365, 'HIGH', now(), '系统默认');`);

    // what the hub may read of the police's signals: no details (the boundary, README "Risk assessment")
    this.addSql(`create view "police"."risk_signal_for_hub" as
      select "uscc", 'police'::text as "department", "category", "level", "observed_at" from "police"."risk_signal";`);

    // every change of a signal wakes the hub (delivered on commit, never on rollback; duplicates in one transaction fold)
    this.addSql(`create or replace function "police"."notify_risk_signal"() returns trigger language plpgsql as $$
      begin
        perform pg_notify('liaison_risk_signals', 'police:' || coalesce(new.uscc, old.uscc));
        return null;
      end $$;`);
    this.addSql(`create trigger "risk_signal_notify" after insert or delete on "police"."risk_signal" for each row execute function "police"."notify_risk_signal"();`);
    this.addSql(`create trigger "risk_signal_notify_update" after update on "police"."risk_signal" for each row when (old.* is distinct from new.*) execute function "police"."notify_risk_signal"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop view if exists "police"."risk_signal_for_hub";`);
    this.addSql(`drop function if exists "police"."notify_risk_signal"() cascade;`);
    this.addSql(`drop table if exists "police"."risk_rule" cascade;`);

    this.addSql(`drop table if exists "police"."risk_signal" cascade;`);
  }

}

import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 11, police: safety trainings; alerts get category and severity enums (the Chinese words of
 * older rows mapped) and who recorded them; the register keeps each key enterprise's visit interval
 * and next due day; a read-only view the hub checks visit problems against (reportVisitProblem).
 */
export class Migration20261125232839 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "police"."safety_training" ("id" serial primary key, "uscc" varchar(18) not null, "held_on" date not null, "topic" varchar(200) not null, "attendee_count" int not null, "recorded_by_name" varchar(100) not null, "recorded_by" varchar(100) not null, "recorded_at" timestamptz not null);`);
    this.addSql(`create index "safety_training_uscc_held_on_index" on "police"."safety_training" ("uscc", "held_on");`);

    this.addSql(`alter table "police"."alert" add column "severity" text check ("severity" in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')) not null default 'MEDIUM', add column "recorded_at" timestamptz null, add column "recorded_by" varchar(100) null, add column "recorded_by_name" varchar(100) null;`);
    this.addSql(`alter table "police"."alert" alter column "category" type text using ("category"::text);`);
    // hand-written: the free-text categories of older rows become enum values
    this.addSql(`update "police"."alert" set "category" = case "category" when '盗窃' then 'THEFT' when '诈骗' then 'FRAUD' when '纠纷' then 'DISPUTE' when '消防' then 'FIRE' when '治安' then 'PUBLIC_ORDER' when '交通' then 'TRAFFIC' else 'OTHER' end where "category" not in ('THEFT', 'FRAUD', 'DISPUTE', 'FIRE', 'PUBLIC_ORDER', 'TRAFFIC', 'OTHER');`);
    this.addSql(`alter table "police"."alert" add constraint "alert_category_check" check("category" in ('THEFT', 'FRAUD', 'DISPUTE', 'FIRE', 'PUBLIC_ORDER', 'TRAFFIC', 'OTHER'));`);

    this.addSql(`alter table "police"."key_enterprise" add column "visit_interval_days" smallint not null default 90, add column "last_visited_on" date null, add column "next_visit_due" date null;`);
    // hand-written: the due day from the latest visit (or the registration day), then required
    this.addSql(`update "police"."key_enterprise" k set "last_visited_on" = (select max(v."visited_on") from "police"."visit" v where v."uscc" = k."uscc");`);
    this.addSql(`update "police"."key_enterprise" set "next_visit_due" = coalesce("last_visited_on", "registered_on") + "visit_interval_days";`);
    this.addSql(`alter table "police"."key_enterprise" alter column "next_visit_due" set not null;`);
    this.addSql(`create index "key_enterprise_station_code_next_visit_due_uscc_index" on "police"."key_enterprise" ("station_code", "next_visit_due", "uscc");`);

    // hand-written: what the police publish to the hub about a visit, read-only, so the hub can
    // check a visit problem it turns into a request inside its own transaction (README, "Police")
    this.addSql(`create view "police"."visit_for_hub" as select v."id", v."uscc", v."visited_on", v."problems_found", o."name" as "officer_name" from "police"."visit" v join "police"."officer" o on o."badge" = v."officer_badge";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop view if exists "police"."visit_for_hub";`);
    this.addSql(`drop table if exists "police"."safety_training" cascade;`);

    this.addSql(`alter table "police"."alert" drop constraint if exists "alert_category_check";`);

    this.addSql(`alter table "police"."alert" drop column "severity", drop column "recorded_at", drop column "recorded_by", drop column "recorded_by_name";`);

    this.addSql(`alter table "police"."alert" alter column "category" type varchar(50) using ("category"::varchar(50));`);

    this.addSql(`drop index "police"."key_enterprise_station_code_next_visit_due_uscc_index";`);
    this.addSql(`alter table "police"."key_enterprise" drop column "visit_interval_days", drop column "last_visited_on", drop column "next_visit_due";`);
  }

}

import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 11, police: liaison assignments (一企一警) become a history, key enterprises get a register
 * per station, officers a link to their account, visits people met / problems found.
 */
export class Migration20261125214446 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "police"."key_enterprise" ("uscc" varchar(18) not null, "station_code" varchar(32) not null, "registered_on" date not null, constraint "key_enterprise_pkey" primary key ("uscc"));`);
    this.addSql(`create index "key_enterprise_station_code_index" on "police"."key_enterprise" ("station_code");`);

    this.addSql(`alter table "police"."key_enterprise" add constraint "key_enterprise_station_code_foreign" foreign key ("station_code") references "police"."station" ("code") on update cascade;`);

    this.addSql(`alter table "police"."officer" add column "user_id" varchar(100) null;`);
    this.addSql(`alter table "police"."officer" add constraint "officer_user_id_unique" unique ("user_id");`);

    this.addSql(`alter table "police"."officer_assignment" drop constraint "officer_assignment_uscc_unique";`);

    this.addSql(`alter table "police"."officer_assignment" add column "ended_on" date null, add column "reason" text null, add column "end_reason" text null;`);
    this.addSql(`create index "officer_assignment_uscc_assigned_on_index" on "police"."officer_assignment" ("uscc", "assigned_on");`);
    // hand-written: at most one current (not ended) assignment per enterprise
    this.addSql(`create unique index "officer_assignment_current_uscc" on "police"."officer_assignment" ("uscc") where "ended_on" is null;`);
    // hand-written: enterprises assigned before the register existed are on their officer's station's register
    this.addSql(`insert into "police"."key_enterprise" ("uscc", "station_code", "registered_on") select a."uscc", o."station_code", a."assigned_on" from "police"."officer_assignment" a join "police"."officer" o on o."badge" = a."officer_badge" on conflict do nothing;`);

    this.addSql(`alter table "police"."visit" add column "people_met" text not null default '', add column "problems_found" jsonb not null default '[]', add column "recorded_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "police"."key_enterprise" cascade;`);

    this.addSql(`alter table "police"."officer" drop constraint "officer_user_id_unique";`);
    this.addSql(`alter table "police"."officer" drop column "user_id";`);

    this.addSql(`drop index "police"."officer_assignment_current_uscc";`);
    this.addSql(`drop index "police"."officer_assignment_uscc_assigned_on_index";`);
    this.addSql(`alter table "police"."officer_assignment" drop column "ended_on", drop column "reason", drop column "end_reason";`);

    this.addSql(`alter table "police"."officer_assignment" add constraint "officer_assignment_uscc_unique" unique ("uscc");`);

    this.addSql(`alter table "police"."visit" drop column "people_met", drop column "problems_found", drop column "recorded_at";`);
  }

}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261123091505 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "police";`);
    this.addSql(`create table "police"."alert" ("id" serial primary key, "uscc" varchar(18) not null, "occurred_at" timestamptz not null, "category" varchar(50) not null, "summary" text not null);`);
    this.addSql(`create index "alert_uscc_occurred_at_index" on "police"."alert" ("uscc", "occurred_at");`);

    this.addSql(`create table "police"."station" ("code" varchar(32) not null, "name" varchar(100) not null, "jurisdiction" varchar(100) not null, constraint "station_pkey" primary key ("code"));`);

    this.addSql(`create table "police"."officer" ("badge" varchar(32) not null, "name" varchar(50) not null, "phone" varchar(30) not null, "station_code" varchar(32) not null, constraint "officer_pkey" primary key ("badge"));`);
    this.addSql(`create index "officer_station_code_index" on "police"."officer" ("station_code");`);

    this.addSql(`create table "police"."officer_assignment" ("id" serial primary key, "uscc" varchar(18) not null, "officer_badge" varchar(32) not null, "assigned_on" date not null);`);
    this.addSql(`alter table "police"."officer_assignment" add constraint "officer_assignment_uscc_unique" unique ("uscc");`);
    this.addSql(`create index "officer_assignment_officer_badge_index" on "police"."officer_assignment" ("officer_badge");`);

    this.addSql(`create table "police"."visit" ("id" serial primary key, "uscc" varchar(18) not null, "officer_badge" varchar(32) not null, "visited_on" date not null, "notes" text not null);`);
    this.addSql(`create index "visit_uscc_visited_on_index" on "police"."visit" ("uscc", "visited_on");`);

    this.addSql(`alter table "police"."officer" add constraint "officer_station_code_foreign" foreign key ("station_code") references "police"."station" ("code") on update cascade;`);

    this.addSql(`alter table "police"."officer_assignment" add constraint "officer_assignment_officer_badge_foreign" foreign key ("officer_badge") references "police"."officer" ("badge") on update cascade;`);

    this.addSql(`alter table "police"."visit" add constraint "visit_officer_badge_foreign" foreign key ("officer_badge") references "police"."officer" ("badge") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "police"."officer" drop constraint "officer_station_code_foreign";`);

    this.addSql(`alter table "police"."officer_assignment" drop constraint "officer_assignment_officer_badge_foreign";`);

    this.addSql(`alter table "police"."visit" drop constraint "visit_officer_badge_foreign";`);

    this.addSql(`drop table if exists "police"."alert" cascade;`);

    this.addSql(`drop table if exists "police"."station" cascade;`);

    this.addSql(`drop table if exists "police"."officer" cascade;`);

    this.addSql(`drop table if exists "police"."officer_assignment" cascade;`);

    this.addSql(`drop table if exists "police"."visit" cascade;`);

    this.addSql(`drop schema if exists "police";`);
  }

}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261123091508 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "market";`);
    this.addSql(`create type "market"."registration_status" as enum ('ACTIVE', 'REVOKED', 'DEREGISTERED');`);
    this.addSql(`create table "market"."abnormal_listing" ("id" serial primary key, "uscc" varchar(18) not null, "listed_on" date not null, "reason" varchar(200) not null, "removed_on" date null);`);
    this.addSql(`create index "abnormal_listing_uscc_listed_on_index" on "market"."abnormal_listing" ("uscc", "listed_on");`);

    this.addSql(`create table "market"."penalty" ("id" serial primary key, "uscc" varchar(18) not null, "decision_no" varchar(60) not null, "decided_on" date not null, "violation" varchar(300) not null, "fine_yuan" numeric(14,2) not null);`);
    this.addSql(`create index "penalty_uscc_decided_on_index" on "market"."penalty" ("uscc", "decided_on");`);

    this.addSql(`create table "market"."registration" ("uscc" varchar(18) not null, "status" "market"."registration_status" not null, "registered_on" date not null, "registered_capital_wan" numeric(14,2) not null, "business_scope" text not null, constraint "registration_pkey" primary key ("uscc"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "market"."abnormal_listing" cascade;`);

    this.addSql(`drop table if exists "market"."penalty" cascade;`);

    this.addSql(`drop table if exists "market"."registration" cascade;`);

    this.addSql(`drop type "market"."registration_status";`);
    this.addSql(`drop schema if exists "market";`);
  }

}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261123091514 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "judicial";`);
    this.addSql(`create type "judicial"."litigation_role" as enum ('PLAINTIFF', 'DEFENDANT');`);
    this.addSql(`create type "judicial"."mediation_grade" as enum ('COMMUNITY', 'STREET', 'DISTRICT');`);
    this.addSql(`create type "judicial"."mediation_status" as enum ('OPEN', 'SETTLED', 'FAILED');`);
    this.addSql(`create table "judicial"."litigation" ("id" serial primary key, "uscc" varchar(18) not null, "case_no" varchar(60) not null, "court" varchar(100) not null, "role" "judicial"."litigation_role" not null, "cause" varchar(200) not null, "filed_on" date not null, "pending" boolean not null default true);`);
    this.addSql(`create index "litigation_uscc_index" on "judicial"."litigation" ("uscc");`);

    this.addSql(`create table "judicial"."mediation_case" ("id" serial primary key, "uscc" varchar(18) not null, "case_no" varchar(40) not null, "grade" "judicial"."mediation_grade" not null, "status" "judicial"."mediation_status" not null, "subject" varchar(200) not null, "opened_on" date not null, "closed_on" date null);`);
    this.addSql(`alter table "judicial"."mediation_case" add constraint "mediation_case_case_no_unique" unique ("case_no");`);
    this.addSql(`create index "mediation_case_uscc_status_index" on "judicial"."mediation_case" ("uscc", "status");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "judicial"."litigation" cascade;`);

    this.addSql(`drop table if exists "judicial"."mediation_case" cascade;`);

    this.addSql(`drop type "judicial"."litigation_role";`);
    this.addSql(`drop type "judicial"."mediation_grade";`);
    this.addSql(`drop type "judicial"."mediation_status";`);
    this.addSql(`drop schema if exists "judicial";`);
  }

}

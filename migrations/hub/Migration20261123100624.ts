import { Migration } from '@mikro-orm/migrations';

export class Migration20261123100624 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "hub"."meeting_kind" as enum ('REGULAR', 'AD_HOC');`);
    this.addSql(`create type "hub"."meeting_status" as enum ('SCHEDULED', 'IN_SESSION', 'ADJOURNED', 'CANCELLED');`);
    this.addSql(`create type "hub"."agenda_item_status" as enum ('PENDING', 'DISCUSSING', 'DECIDED', 'DEFERRED');`);
    this.addSql(`create type "hub"."action_item_status" as enum ('OPEN', 'DONE');`);
    this.addSql(`create table "hub"."joint_meeting" ("id" serial primary key, "title" varchar(200) not null, "kind" "hub"."meeting_kind" not null, "convening_department_code" varchar(32) not null, "scheduled_at" timestamptz not null, "location" varchar(300) not null, "status" "hub"."meeting_status" not null default 'SCHEDULED', "series_key" varchar(60) null, "started_at" timestamptz null, "adjourned_at" timestamptz null, "summary" text null, "created_by" varchar(100) not null);`);
    this.addSql(`create index "joint_meeting_series_key_index" on "hub"."joint_meeting" ("series_key");`);
    this.addSql(`create index "joint_meeting_scheduled_at_index" on "hub"."joint_meeting" ("scheduled_at");`);

    this.addSql(`create table "hub"."agenda_item" ("id" serial primary key, "meeting_id" int not null, "issue_id" int null, "title" varchar(200) not null, "position" int not null, "status" "hub"."agenda_item_status" not null default 'PENDING', "decision" text null, "decided_at" timestamptz null, "deferred_reason" text null);`);
    this.addSql(`create index "agenda_item_issue_id_index" on "hub"."agenda_item" ("issue_id");`);
    this.addSql(`create index "agenda_item_meeting_id_position_index" on "hub"."agenda_item" ("meeting_id", "position");`);

    this.addSql(`create table "hub"."action_item" ("id" serial primary key, "meeting_id" int not null, "agenda_item_id" int not null, "issue_id" int null, "owner_department_code" varchar(32) not null, "task" text not null, "due_date" date null, "due_date_problem" text null, "status" "hub"."action_item_status" not null default 'OPEN', "completed_at" timestamptz null, "completion_note" text null);`);
    this.addSql(`create index "action_item_owner_department_code_status_index" on "hub"."action_item" ("owner_department_code", "status");`);

    this.addSql(`create table "hub"."meeting_participant" ("id" serial primary key, "meeting_id" int not null, "department_code" varchar(32) not null, "person_name" varchar(100) null, "user_id" varchar(100) null, "invited" boolean not null default true, "attended" boolean not null default false, "joined_at" timestamptz null);`);
    this.addSql(`create index "meeting_participant_meeting_id_index" on "hub"."meeting_participant" ("meeting_id");`);

    this.addSql(`alter table "hub"."joint_meeting" add constraint "joint_meeting_convening_department_code_foreign" foreign key ("convening_department_code") references "hub"."department" ("code") on update cascade;`);

    this.addSql(`alter table "hub"."agenda_item" add constraint "agenda_item_meeting_id_foreign" foreign key ("meeting_id") references "hub"."joint_meeting" ("id") on update cascade;`);
    this.addSql(`alter table "hub"."agenda_item" add constraint "agenda_item_issue_id_foreign" foreign key ("issue_id") references "hub"."issue" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "hub"."action_item" add constraint "action_item_meeting_id_foreign" foreign key ("meeting_id") references "hub"."joint_meeting" ("id") on update cascade;`);
    this.addSql(`alter table "hub"."action_item" add constraint "action_item_agenda_item_id_foreign" foreign key ("agenda_item_id") references "hub"."agenda_item" ("id") on update cascade;`);
    this.addSql(`alter table "hub"."action_item" add constraint "action_item_issue_id_foreign" foreign key ("issue_id") references "hub"."issue" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "hub"."action_item" add constraint "action_item_owner_department_code_foreign" foreign key ("owner_department_code") references "hub"."department" ("code") on update cascade;`);

    this.addSql(`alter table "hub"."meeting_participant" add constraint "meeting_participant_meeting_id_foreign" foreign key ("meeting_id") references "hub"."joint_meeting" ("id") on update cascade;`);

    this.addSql(`alter table "hub"."event" add column "meeting_id" int null;`);
    this.addSql(`create index "event_meeting_id_index" on "hub"."event" ("meeting_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "hub"."agenda_item" drop constraint "agenda_item_meeting_id_foreign";`);

    this.addSql(`alter table "hub"."action_item" drop constraint "action_item_meeting_id_foreign";`);

    this.addSql(`alter table "hub"."meeting_participant" drop constraint "meeting_participant_meeting_id_foreign";`);

    this.addSql(`alter table "hub"."action_item" drop constraint "action_item_agenda_item_id_foreign";`);

    this.addSql(`drop table if exists "hub"."joint_meeting" cascade;`);

    this.addSql(`drop table if exists "hub"."agenda_item" cascade;`);

    this.addSql(`drop table if exists "hub"."action_item" cascade;`);

    this.addSql(`drop table if exists "hub"."meeting_participant" cascade;`);

    this.addSql(`drop index "hub"."event_meeting_id_index";`);
    this.addSql(`alter table "hub"."event" drop column "meeting_id";`);

    this.addSql(`drop type "hub"."meeting_kind";`);
    this.addSql(`drop type "hub"."meeting_status";`);
    this.addSql(`drop type "hub"."agenda_item_status";`);
    this.addSql(`drop type "hub"."action_item_status";`);
  }

}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261123093036 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "hub"."issue_channel" as enum ('ONLINE', 'HOTLINE', 'VISIT', 'SYMPOSIUM', 'LIAISON_OFFICER', 'WECHAT_GROUP');`);
    this.addSql(`create type "hub"."issue_priority" as enum ('LOW', 'NORMAL', 'HIGH', 'URGENT');`);
    this.addSql(`create type "hub"."issue_status" as enum ('SUBMITTED', 'ASSIGNED', 'ACCEPTED', 'IN_PROGRESS', 'RESPONDED', 'RESOLVED', 'CLOSED', 'REOPENED', 'ESCALATED');`);
    this.addSql(`create type "hub"."satisfaction" as enum ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED');`);
    this.addSql(`create type "hub"."referral_kind" as enum ('TRANSFER', 'ASSIST');`);
    this.addSql(`create type "hub"."referral_status" as enum ('PENDING', 'ACCEPTED', 'REJECTED', 'CANCELLED', 'COMPLETED');`);
    this.addSql(`create table "hub"."calendar_year" ("year" smallint not null, "holidays" text[] not null, "makeup_workdays" text[] not null, "updated_at" timestamptz not null default now(), constraint "calendar_year_pkey" primary key ("year"));`);

    this.addSql(`create table "hub"."issue_category" ("code" varchar(40) not null, "name_zh" varchar(100) not null, "name_en" varchar(100) not null, "reply_working_days" smallint not null default 5, constraint "issue_category_pkey" primary key ("code"));`);

    this.addSql(`create table "hub"."issue" ("id" serial primary key, "number" varchar(20) not null, "enterprise_uscc" varchar(18) not null, "title" varchar(200) not null, "description" text not null, "category_code" varchar(40) not null, "channel" "hub"."issue_channel" not null, "priority" "hub"."issue_priority" not null default 'NORMAL', "status" "hub"."issue_status" not null default 'SUBMITTED', "lead_department_code" varchar(32) null, "assisting_department_codes" text[] not null default '{}', "submitted_by" varchar(100) not null, "submitted_at" timestamptz not null, "submitted_on" date not null, "reply_deadline" date null, "reply_deadline_problem" text null, "assigned_at" timestamptz null, "sign_off_deadline" date null, "routing_explanation" text null, "accepted_at" timestamptz null, "signed_on_time" boolean null, "responded_at" timestamptz null, "response" text null, "responded_on_time" boolean null, "reply_working_days" smallint null, "resolved_at" timestamptz null, "resolution" text null, "resolved_on_time" boolean null, "satisfaction" "hub"."satisfaction" null, "rating_comment" text null, "rating_recorded_in_person" boolean not null default false, "closed_at" timestamptz null, "follow_up_note" text null, "reopen_count" smallint not null default 0, "escalation_reason" text null);`);
    this.addSql(`alter table "hub"."issue" add constraint "issue_number_unique" unique ("number");`);
    this.addSql(`create index "issue_enterprise_uscc_index" on "hub"."issue" ("enterprise_uscc");`);
    this.addSql(`create index "issue_submitted_on_index" on "hub"."issue" ("submitted_on");`);
    this.addSql(`create index "issue_status_reply_deadline_index" on "hub"."issue" ("status", "reply_deadline");`);
    this.addSql(`create index "issue_lead_department_code_status_index" on "hub"."issue" ("lead_department_code", "status");`);

    this.addSql(`create table "hub"."issue_number_counter" ("year" smallint not null, "last" int not null, constraint "issue_number_counter_pkey" primary key ("year"));`);

    this.addSql(`create table "hub"."issue_timeline" ("id" serial primary key, "issue_id" int not null, "at" timestamptz not null, "action" varchar(40) not null, "actor_id" varchar(100) not null, "actor_name" varchar(100) not null, "department_code" varchar(32) null, "from_status" "hub"."issue_status" null, "to_status" "hub"."issue_status" null, "note" text null);`);
    this.addSql(`create index "issue_timeline_issue_id_id_index" on "hub"."issue_timeline" ("issue_id", "id");`);

    this.addSql(`create table "hub"."referral" ("id" serial primary key, "issue_id" int not null, "from_department_code" varchar(32) not null, "to_department_code" varchar(32) not null, "kind" "hub"."referral_kind" not null, "reason" text not null, "status" "hub"."referral_status" not null default 'PENDING', "idempotency_key" varchar(100) not null, "created_by" varchar(100) not null, "created_at" timestamptz not null, "sign_off_deadline" date null, "answered_at" timestamptz null, "answered_by" varchar(100) null, "answer_note" text null, "completed_at" timestamptz null, "completion_note" text null);`);
    this.addSql(`create index "referral_issue_id_index" on "hub"."referral" ("issue_id");`);
    this.addSql(`create index "referral_from_department_code_status_index" on "hub"."referral" ("from_department_code", "status");`);
    this.addSql(`create index "referral_to_department_code_status_index" on "hub"."referral" ("to_department_code", "status");`);
    this.addSql(`alter table "hub"."referral" add constraint "referral_from_department_code_idempotency_key_unique" unique ("from_department_code", "idempotency_key");`);

    this.addSql(`create table "hub"."routing_rule" ("id" serial primary key, "priority" int not null, "category_code" varchar(40) null, "keywords" text[] not null default '{}', "department_code" varchar(32) not null, "description" varchar(200) not null, "enabled" boolean not null default true);`);

    this.addSql(`alter table "hub"."issue" add constraint "issue_enterprise_uscc_foreign" foreign key ("enterprise_uscc") references "hub"."enterprise" ("uscc") on update cascade;`);
    this.addSql(`alter table "hub"."issue" add constraint "issue_category_code_foreign" foreign key ("category_code") references "hub"."issue_category" ("code") on update cascade;`);
    this.addSql(`alter table "hub"."issue" add constraint "issue_lead_department_code_foreign" foreign key ("lead_department_code") references "hub"."department" ("code") on update cascade on delete set null;`);

    this.addSql(`alter table "hub"."issue_timeline" add constraint "issue_timeline_issue_id_foreign" foreign key ("issue_id") references "hub"."issue" ("id") on update cascade;`);

    this.addSql(`alter table "hub"."referral" add constraint "referral_issue_id_foreign" foreign key ("issue_id") references "hub"."issue" ("id") on update cascade;`);
    this.addSql(`alter table "hub"."referral" add constraint "referral_from_department_code_foreign" foreign key ("from_department_code") references "hub"."department" ("code") on update cascade;`);
    this.addSql(`alter table "hub"."referral" add constraint "referral_to_department_code_foreign" foreign key ("to_department_code") references "hub"."department" ("code") on update cascade;`);

    this.addSql(`alter table "hub"."routing_rule" add constraint "routing_rule_category_code_foreign" foreign key ("category_code") references "hub"."issue_category" ("code") on update cascade on delete set null;`);
    this.addSql(`alter table "hub"."routing_rule" add constraint "routing_rule_department_code_foreign" foreign key ("department_code") references "hub"."department" ("code") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "hub"."issue" drop constraint "issue_category_code_foreign";`);

    this.addSql(`alter table "hub"."routing_rule" drop constraint "routing_rule_category_code_foreign";`);

    this.addSql(`alter table "hub"."issue_timeline" drop constraint "issue_timeline_issue_id_foreign";`);

    this.addSql(`alter table "hub"."referral" drop constraint "referral_issue_id_foreign";`);

    this.addSql(`drop table if exists "hub"."calendar_year" cascade;`);

    this.addSql(`drop table if exists "hub"."issue_category" cascade;`);

    this.addSql(`drop table if exists "hub"."issue" cascade;`);

    this.addSql(`drop table if exists "hub"."issue_number_counter" cascade;`);

    this.addSql(`drop table if exists "hub"."issue_timeline" cascade;`);

    this.addSql(`drop table if exists "hub"."referral" cascade;`);

    this.addSql(`drop table if exists "hub"."routing_rule" cascade;`);

    this.addSql(`drop type "hub"."issue_channel";`);
    this.addSql(`drop type "hub"."issue_priority";`);
    this.addSql(`drop type "hub"."issue_status";`);
    this.addSql(`drop type "hub"."satisfaction";`);
    this.addSql(`drop type "hub"."referral_kind";`);
    this.addSql(`drop type "hub"."referral_status";`);
  }

}

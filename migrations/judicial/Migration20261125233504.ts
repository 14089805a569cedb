import { Migration } from '@mikro-orm/migrations';

/** Graded mediation as a workflow (分级调解): case timeline, categories, case text, request link, litigation from a failed case, legal aid. */
export class Migration20261125233504 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "judicial"."dispute_category" as enum ('WAGE_ARREARS', 'LABOUR', 'CONTRACT', 'LEASE', 'OTHER');`);
    this.addSql(`create type "judicial"."legal_aid_status" as enum ('RECEIVED', 'GRANTED', 'REFUSED');`);
    this.addSql(`create type "judicial"."mediation_action" as enum ('OPENED', 'ESCALATED', 'SETTLED', 'FAILED', 'LITIGATION_FILED');`);
    this.addSql(`create table "judicial"."legal_aid_request" ("id" serial primary key, "uscc" varchar(18) not null, "applicant" text not null, "category" "judicial"."dispute_category" not null, "matter" text not null, "status" "judicial"."legal_aid_status" not null default 'RECEIVED', "received_on" date not null, "decided_on" date null, "decision_reason" text null, "recorded_by" varchar(100) not null, "decided_by" varchar(100) null, "mediation_case_id" int null);`);
    this.addSql(`create index "legal_aid_request_mediation_case_id_index" on "judicial"."legal_aid_request" ("mediation_case_id");`);
    this.addSql(`create index "legal_aid_request_uscc_received_on_index" on "judicial"."legal_aid_request" ("uscc", "received_on");`);

    this.addSql(`create table "judicial"."mediation_step" ("id" serial primary key, "mediation_case_id" int not null, "action" "judicial"."mediation_action" not null, "from_grade" "judicial"."mediation_grade" null, "grade" "judicial"."mediation_grade" not null, "status" "judicial"."mediation_status" not null, "note" text null, "at" timestamptz not null, "actor_id" varchar(100) not null, "actor_name" varchar(100) not null);`);
    this.addSql(`create index "mediation_step_mediation_case_id_index" on "judicial"."mediation_step" ("mediation_case_id");`);

    this.addSql(`alter table "judicial"."legal_aid_request" add constraint "legal_aid_request_mediation_case_id_foreign" foreign key ("mediation_case_id") references "judicial"."mediation_case" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "judicial"."mediation_step" add constraint "mediation_step_mediation_case_id_foreign" foreign key ("mediation_case_id") references "judicial"."mediation_case" ("id") on update cascade;`);

    this.addSql(`alter table "judicial"."mediation_case" add column "category" "judicial"."dispute_category" not null default 'OTHER', add column "description" text null, add column "parties" text null, add column "grade_since" date null, add column "closing_note" text null, add column "issue_id" varchar(32) null;`);
    // existing cases: at their grade since they were opened; category read from the subject the seeds and first records used
    this.addSql(`update "judicial"."mediation_case" set "grade_since" = "opened_on", "category" = case when "subject" like '%欠薪%' then 'WAGE_ARREARS' when "subject" like '%劳动%' then 'LABOUR' when "subject" like '%合同%' then 'CONTRACT' when "subject" like '%租赁%' then 'LEASE' else 'OTHER' end::"judicial"."dispute_category";`);
    this.addSql(`alter table "judicial"."mediation_case" alter column "grade_since" set not null;`);
    this.addSql(`create index "mediation_case_issue_id_index" on "judicial"."mediation_case" ("issue_id");`);
    this.addSql(`CREATE UNIQUE INDEX mediation_case_one_open_per_issue ON judicial.mediation_case USING btree (issue_id) WHERE (status = 'OPEN'::judicial.mediation_status);`);

    this.addSql(`alter table "judicial"."litigation" add column "mediation_case_id" int null, add column "recorded_at" timestamptz null;`);
    this.addSql(`alter table "judicial"."litigation" add constraint "litigation_mediation_case_id_foreign" foreign key ("mediation_case_id") references "judicial"."mediation_case" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "judicial"."litigation" add constraint "litigation_mediation_case_id_unique" unique ("mediation_case_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "judicial"."legal_aid_request" cascade;`);

    this.addSql(`drop table if exists "judicial"."mediation_step" cascade;`);

    this.addSql(`alter table "judicial"."litigation" drop constraint "litigation_mediation_case_id_foreign";`);

    this.addSql(`alter table "judicial"."litigation" drop constraint "litigation_mediation_case_id_unique";`);
    this.addSql(`alter table "judicial"."litigation" drop column "mediation_case_id", drop column "recorded_at";`);

    this.addSql(`drop index "judicial"."mediation_case_issue_id_index";`);
    this.addSql(`drop index "judicial"."mediation_case_one_open_per_issue";`);
    this.addSql(`alter table "judicial"."mediation_case" drop column "category", drop column "description", drop column "parties", drop column "grade_since", drop column "closing_note", drop column "issue_id";`);

    this.addSql(`drop type "judicial"."dispute_category";`);
    this.addSql(`drop type "judicial"."legal_aid_status";`);
    this.addSql(`drop type "judicial"."mediation_action";`);
  }

}

import { Migration } from '@mikro-orm/migrations';

/** Market supervision's own work: inspections, consumer complaints, listing removals, penalty status (issue 11). */
export class Migration20261125233359 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "market"."complaint_status" as enum ('RECEIVED', 'HANDLING', 'CLOSED', 'DISMISSED');`);
    this.addSql(`create type "market"."inspection_result" as enum ('PASSED', 'RECTIFICATION_REQUIRED', 'FAILED');`);
    this.addSql(`create type "market"."penalty_status" as enum ('DECIDED', 'APPEALED', 'PAID', 'REVOKED');`);
    this.addSql(`create table "market"."consumer_complaint" ("id" serial primary key, "uscc" varchar(18) not null, "received_on" date not null, "subject" varchar(200) not null, "details" text not null, "status" "market"."complaint_status" not null default 'RECEIVED', "handling_since" date null, "closed_on" date null, "outcome" text null, "recorded_by" varchar(100) not null);`);
    this.addSql(`create index "consumer_complaint_uscc_received_on_id_index" on "market"."consumer_complaint" ("uscc", "received_on", "id");`);
    this.addSql(`create index "consumer_complaint_received_on_id_index" on "market"."consumer_complaint" ("received_on", "id");`);

    this.addSql(`create table "market"."inspection" ("id" serial primary key, "uscc" varchar(18) not null, "inspected_on" date not null, "inspector" varchar(200) not null, "result" "market"."inspection_result" not null, "notes" text not null, "recorded_by" varchar(100) not null, "recorded_at" timestamptz not null);`);
    this.addSql(`create index "inspection_uscc_inspected_on_id_index" on "market"."inspection" ("uscc", "inspected_on", "id");`);

    this.addSql(`alter table "market"."abnormal_listing" add column "removal_reason" varchar(200) null;`);
    this.addSql(`CREATE UNIQUE INDEX abnormal_listing_current_uscc ON market.abnormal_listing USING btree (uscc) WHERE (removed_on IS NULL);`);

    this.addSql(`alter table "market"."penalty" add column "status" "market"."penalty_status" not null default 'DECIDED', add column "status_changed_on" date null, add column "status_note" text null;`);
    this.addSql(`alter table "market"."penalty" add constraint "penalty_decision_no_unique" unique ("decision_no");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "market"."consumer_complaint" cascade;`);

    this.addSql(`drop table if exists "market"."inspection" cascade;`);

    this.addSql(`drop index "market"."abnormal_listing_current_uscc";`);
    this.addSql(`alter table "market"."abnormal_listing" drop column "removal_reason";`);

    this.addSql(`alter table "market"."penalty" drop constraint "penalty_decision_no_unique";`);
    this.addSql(`alter table "market"."penalty" drop column "status", drop column "status_changed_on", drop column "status_note";`);

    this.addSql(`drop type "market"."complaint_status";`);
    this.addSql(`drop type "market"."inspection_result";`);
    this.addSql(`drop type "market"."penalty_status";`);
  }

}

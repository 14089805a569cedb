import { Migration } from '@mikro-orm/migrations';

export class Migration20261125214420 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "hub"."issue_extension_status" as enum ('PENDING', 'APPROVED', 'REFUSED');`);
    this.addSql(`create table "hub"."issue_extension" ("id" serial primary key, "issue_id" int not null, "working_days" smallint not null, "reason" text not null, "status" "hub"."issue_extension_status" not null default 'PENDING', "department_code" varchar(32) not null, "requested_by" varchar(100) not null, "requested_by_name" varchar(100) null, "requested_at" timestamptz not null, "deadline_before" date not null, "deadline_after" date null, "decided_at" timestamptz null, "decided_by" varchar(100) null, "decided_by_name" varchar(100) null, "decision_note" text null);`);
    this.addSql(`create index "issue_extension_issue_id_index" on "hub"."issue_extension" ("issue_id");`);
    // hand-written: at most one pending extension per request (behind the issue row lock)
    this.addSql(`create unique index "issue_extension_one_pending" on "hub"."issue_extension" ("issue_id") where "status" = 'PENDING';`);

    this.addSql(`create table "hub"."issue_urging" ("id" serial primary key, "issue_id" int not null, "urged_on" date not null, "at" timestamptz not null, "department_code" varchar(32) null, "actor_id" varchar(100) not null, "note" text null, "for_deadline" date null);`);
    this.addSql(`create index "issue_urging_department_code_index" on "hub"."issue_urging" ("department_code");`);
    this.addSql(`alter table "hub"."issue_urging" add constraint "issue_urging_issue_id_for_deadline_unique" unique ("issue_id", "for_deadline");`);
    this.addSql(`alter table "hub"."issue_urging" add constraint "issue_urging_issue_id_urged_on_unique" unique ("issue_id", "urged_on");`);

    this.addSql(`alter table "hub"."issue_extension" add constraint "issue_extension_issue_id_foreign" foreign key ("issue_id") references "hub"."issue" ("id") on update cascade;`);

    this.addSql(`alter table "hub"."issue_urging" add constraint "issue_urging_issue_id_foreign" foreign key ("issue_id") references "hub"."issue" ("id") on update cascade;`);

    this.addSql(`alter table "hub"."issue" add column "original_reply_deadline" date null, add column "urge_count" smallint not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "hub"."issue_extension" cascade;`);

    this.addSql(`drop table if exists "hub"."issue_urging" cascade;`);

    this.addSql(`alter table "hub"."issue" drop column "original_reply_deadline", drop column "urge_count";`);

    this.addSql(`drop type "hub"."issue_extension_status";`);
  }

}

import { Migration } from '@mikro-orm/migrations';

/** The tax bureau's own work: taxpayer register, re-ratings, filing compliance, who recorded arrears (issue 11). */
export class Migration20261125233426 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "tax"."filing_status" as enum ('FILED', 'FILED_LATE', 'MISSED');`);
    this.addSql(`create table "tax"."credit_rating_revision" ("id" serial primary key, "rating_record_id" int not null, "previous_rating" "tax"."credit_rating_grade" not null, "rating" "tax"."credit_rating_grade" not null, "revised_on" date not null, "reason" text not null, "revised_by" varchar(100) not null);`);
    this.addSql(`create index "credit_rating_revision_rating_record_id_index" on "tax"."credit_rating_revision" ("rating_record_id");`);

    this.addSql(`create table "tax"."filing" ("id" serial primary key, "uscc" varchar(18) not null, "period" varchar(7) not null, "due_on" date not null, "status" "tax"."filing_status" not null, "filed_on" date null, "recorded_by" varchar(100) not null);`);
    this.addSql(`create index "filing_uscc_due_on_id_index" on "tax"."filing" ("uscc", "due_on", "id");`);
    this.addSql(`alter table "tax"."filing" add constraint "filing_uscc_period_unique" unique ("uscc", "period");`);

    this.addSql(`create table "tax"."taxpayer" ("uscc" varchar(18) not null, "registered_on" date not null, constraint "taxpayer_pkey" primary key ("uscc"));`);
    // a database seeded before the register existed: every enterprise with tax records is a taxpayer
    this.addSql(`insert into "tax"."taxpayer" ("uscc", "registered_on") select "uscc", min("day") from (select "uscc", make_date("year", 1, 1) as "day" from "tax"."credit_rating" union all select "uscc", "since" from "tax"."arrears") s group by "uscc";`);

    this.addSql(`alter table "tax"."credit_rating_revision" add constraint "credit_rating_revision_rating_record_id_foreign" foreign key ("rating_record_id") references "tax"."credit_rating" ("id") on update cascade;`);

    this.addSql(`alter table "tax"."arrears" add column "recorded_by" varchar(100) null;`);
    this.addSql(`CREATE INDEX arrears_outstanding_since_id ON tax.arrears USING btree (since, id) WHERE (settled_on IS NULL);`);

    this.addSql(`alter table "tax"."credit_rating" add column "rated_on" date null, add column "reason" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "tax"."credit_rating_revision" cascade;`);

    this.addSql(`drop table if exists "tax"."filing" cascade;`);

    this.addSql(`drop table if exists "tax"."taxpayer" cascade;`);

    this.addSql(`drop index "tax"."arrears_outstanding_since_id";`);
    this.addSql(`alter table "tax"."arrears" drop column "recorded_by";`);

    this.addSql(`alter table "tax"."credit_rating" drop column "rated_on", drop column "reason";`);

    this.addSql(`drop type "tax"."filing_status";`);
  }

}

import { Migration } from '@mikro-orm/migrations';

/**
 * Duplicates (查重, 合并) and splits (拆分): the MERGED status, the links between requests, and
 * pg_trgm for the similarity of their text. The extension goes into the hub's own schema (the hub
 * alone uses it); a database where it was installed before keeps it where it is, and the hub finds
 * it at start (duplicate/trigram.ts). pg_trgm is a trusted extension: the database owner may create it.
 * MERGED is only added here, never used: a new enum value cannot be used in the transaction that adds it.
 */
export class Migration20261125233318Duplicates extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm with schema "hub";`);
    this.addSql(`alter type "hub"."issue_status" add value if not exists 'MERGED' after 'ESCALATED';`);

    this.addSql(`alter table "hub"."issue" add column "merged_into_id" int null, add column "merged_at" timestamptz null, add column "split_from_id" int null;`);
    this.addSql(`alter table "hub"."issue" add constraint "issue_merged_into_id_foreign" foreign key ("merged_into_id") references "hub"."issue" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "hub"."issue" add constraint "issue_split_from_id_foreign" foreign key ("split_from_id") references "hub"."issue" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "issue_merged_into_id_index" on "hub"."issue" ("merged_into_id");`);
    this.addSql(`create index "issue_split_from_id_index" on "hub"."issue" ("split_from_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "hub"."issue" drop constraint "issue_merged_into_id_foreign";`);
    this.addSql(`alter table "hub"."issue" drop constraint "issue_split_from_id_foreign";`);

    this.addSql(`drop index "hub"."issue_merged_into_id_index";`);
    this.addSql(`drop index "hub"."issue_split_from_id_index";`);
    this.addSql(`alter table "hub"."issue" drop column "merged_into_id", drop column "merged_at", drop column "split_from_id";`);
    // an enum value cannot be dropped; MERGED stays, unused. pg_trgm stays too: it may be another's
  }

}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261123095134 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "hub"."event" ("id" bigserial primary key, "occurred_at" timestamptz not null default now(), "stream" varchar(20) not null, "type" varchar(40) not null, "issue_id" int null, "referral_id" int null, "enterprise_uscc" varchar(18) null, "departments" text[] not null default '{}', "payload" jsonb not null, "dedupe_key" varchar(200) null);`);
    this.addSql(`alter table "hub"."event" add constraint "event_dedupe_key_unique" unique ("dedupe_key");`);
    this.addSql(`create index "event_issue_id_id_index" on "hub"."event" ("issue_id", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "hub"."event" cascade;`);
  }

}

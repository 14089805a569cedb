import { Migration } from '@mikro-orm/migrations';

export class Migration20261125233559Attachments extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "hub"."attachment_kind" as enum ('REQUEST', 'REPLY');`);
    this.addSql(`create table "hub"."attachment_blob" ("key" varchar(200) not null, "bytes" bytea not null, constraint "attachment_blob_pkey" primary key ("key"));`);

    this.addSql(`create table "hub"."attachment" ("id" serial primary key, "issue_id" int not null, "kind" "hub"."attachment_kind" not null, "file_name" varchar(200) not null, "content_type" varchar(100) not null, "size_bytes" int not null, "sha256" varchar(64) not null, "storage" varchar(10) not null, "storage_key" varchar(200) not null, "uploaded_by" varchar(100) not null, "uploaded_by_name" varchar(100) null, "uploaded_by_department" varchar(32) null, "uploaded_at" timestamptz not null);`);
    this.addSql(`create index "attachment_issue_id_id_index" on "hub"."attachment" ("issue_id", "id");`);

    this.addSql(`alter table "hub"."attachment" add constraint "attachment_issue_id_foreign" foreign key ("issue_id") references "hub"."issue" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "hub"."attachment_blob" cascade;`);

    this.addSql(`drop table if exists "hub"."attachment" cascade;`);

    this.addSql(`drop type "hub"."attachment_kind";`);
  }

}

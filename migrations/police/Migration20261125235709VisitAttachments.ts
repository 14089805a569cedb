import { Migration } from '@mikro-orm/migrations';

export class Migration20261125235709VisitAttachments extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "police"."attachment_blob" ("key" varchar(200) not null, "bytes" bytea not null, constraint "attachment_blob_pkey" primary key ("key"));`);

    this.addSql(`create table "police"."visit_attachment" ("id" serial primary key, "visit_id" int not null, "uscc" varchar(18) not null, "file_name" varchar(200) not null, "content_type" varchar(100) not null, "size_bytes" int not null, "sha256" varchar(64) not null, "storage" varchar(10) not null, "storage_key" varchar(200) not null, "uploaded_by_badge" varchar(32) not null, "uploaded_at" timestamptz not null);`);
    this.addSql(`create index "visit_attachment_visit_id_id_index" on "police"."visit_attachment" ("visit_id", "id");`);

    this.addSql(`alter table "police"."visit_attachment" add constraint "visit_attachment_visit_id_foreign" foreign key ("visit_id") references "police"."visit" ("id") on update cascade;`);
    this.addSql(`alter table "police"."visit_attachment" add constraint "visit_attachment_uploaded_by_badge_foreign" foreign key ("uploaded_by_badge") references "police"."officer" ("badge") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "police"."attachment_blob" cascade;`);

    this.addSql(`drop table if exists "police"."visit_attachment" cascade;`);
  }

}

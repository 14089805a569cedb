import { Migration } from '@mikro-orm/migrations';

export class Migration20261125232956 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "hub"."export_request" ("id" serial primary key, "kind" varchar(30) not null, "format" varchar(10) not null, "params" jsonb not null, "user_id" varchar(100) not null, "user_name" varchar(100) null, "department" varchar(32) null, "roles" text[] not null, "uscc" varchar(18) null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "row_count" int not null, "downloads" smallint not null default 0, "last_download_at" timestamptz null, "rows_written" int null);`);
    this.addSql(`create index "export_request_user_id_created_at_index" on "hub"."export_request" ("user_id", "created_at");`);

    this.addSql(`create table "hub"."response_template" ("id" serial primary key, "department_code" varchar(32) not null, "category_code" varchar(40) null, "title" varchar(100) not null, "body" text not null, "updated_by" varchar(100) not null, "updated_by_name" varchar(100) null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "response_template_department_code_category_code_index" on "hub"."response_template" ("department_code", "category_code");`);

    this.addSql(`alter table "hub"."response_template" add constraint "response_template_department_code_foreign" foreign key ("department_code") references "hub"."department" ("code") on update cascade;`);
    this.addSql(`alter table "hub"."response_template" add constraint "response_template_category_code_foreign" foreign key ("category_code") references "hub"."issue_category" ("code") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "hub"."export_request" cascade;`);

    this.addSql(`drop table if exists "hub"."response_template" cascade;`);
  }

}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261123091502 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "hub";`);
    this.addSql(`create table "hub"."department" ("code" varchar(32) not null, "name_zh" varchar(100) not null, "name_en" varchar(100) not null, "created_at" timestamptz not null default now(), constraint "department_pkey" primary key ("code"));`);

    this.addSql(`create table "hub"."enterprise" ("uscc" varchar(18) not null, "name" varchar(200) not null, "legal_representative" varchar(100) not null, "address" varchar(300) not null, "park" varchar(100) null, "police_jurisdiction" varchar(100) not null, "industry" varchar(100) not null, "is_key_enterprise" boolean not null default false, "created_at" timestamptz not null default now(), constraint "enterprise_pkey" primary key ("uscc"));`);
    this.addSql(`create index "enterprise_name_index" on "hub"."enterprise" ("name");`);
    this.addSql(`create index "enterprise_police_jurisdiction_index" on "hub"."enterprise" ("police_jurisdiction");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "hub"."department" cascade;`);

    this.addSql(`drop table if exists "hub"."enterprise" cascade;`);

    this.addSql(`drop schema if exists "hub";`);
  }

}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261123091629 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "tax";`);
    this.addSql(`create type "tax"."credit_rating_grade" as enum ('A', 'B', 'M', 'C', 'D');`);
    this.addSql(`create table "tax"."arrears" ("id" serial primary key, "uscc" varchar(18) not null, "tax_type" varchar(50) not null, "amount_yuan" numeric(14,2) not null, "since" date not null, "settled_on" date null);`);
    this.addSql(`create index "arrears_uscc_index" on "tax"."arrears" ("uscc");`);

    this.addSql(`create table "tax"."credit_rating" ("id" serial primary key, "uscc" varchar(18) not null, "year" smallint not null, "rating" "tax"."credit_rating_grade" not null);`);
    this.addSql(`alter table "tax"."credit_rating" add constraint "credit_rating_uscc_year_unique" unique ("uscc", "year");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "tax"."arrears" cascade;`);

    this.addSql(`drop table if exists "tax"."credit_rating" cascade;`);

    this.addSql(`drop type "tax"."credit_rating_grade";`);
    this.addSql(`drop schema if exists "tax";`);
  }

}

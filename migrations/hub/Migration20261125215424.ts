import { Migration } from '@mikro-orm/migrations';

/**
 * Request numbers (SQ-<year>-<6 digits>) from one Postgres sequence per year instead of a counter
 * row every submit updated and held locked to its commit (one hot row serialised all submits).
 * `hub.next_issue_number(year)` creates the year's sequence on first use; creators of the same year
 * queue on a transaction advisory lock for that year only, and `create sequence if not exists`
 * then finds the first one's. Sequences are not transactional: a submit that rolls back leaves a
 * gap in the numbers (allowed).
 */
export class Migration20261125215424 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function "hub"."next_issue_number"(p_year integer) returns bigint language plpgsql as $$
declare
  seq text := format('hub.issue_number_%s', p_year);
begin
  return nextval(seq);
exception when undefined_table then
  perform pg_advisory_xact_lock(hashtext('hub.issue_number'), p_year);
  execute format('create sequence if not exists %s as integer', seq);
  return nextval(seq);
end $$;`);
    // the years counted so far go on from where their counter stopped
    this.addSql(`do $$
declare r record;
begin
  for r in select year, last from hub.issue_number_counter loop
    execute format('create sequence if not exists hub.issue_number_%s as integer start with %s', r.year, r.last + 1);
  end loop;
end $$;`);
    this.addSql(`drop table if exists "hub"."issue_number_counter" cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`create table "hub"."issue_number_counter" ("year" int2 not null, "last" int4 not null, constraint "issue_number_counter_pkey" primary key ("year"));`);
    this.addSql(`do $$
declare r record;
begin
  for r in select sequencename, last_value from pg_sequences where schemaname = 'hub' and sequencename ~ '^issue_number_\\d+$' loop
    insert into hub.issue_number_counter (year, last) values (substring(r.sequencename from 14)::int2, coalesce(r.last_value, 0));
    execute format('drop sequence hub.%I', r.sequencename);
  end loop;
end $$;`);
    this.addSql(`drop function if exists "hub"."next_issue_number"(integer);`);
  }
}

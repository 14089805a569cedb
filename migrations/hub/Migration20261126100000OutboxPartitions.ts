import { Migration } from '@mikro-orm/migrations';

/**
 * The outbox `hub.event` becomes a table partitioned by month of `occurred_at` (calendar months in
 * UTC, `hub.event_2026_09` …), with a DEFAULT partition `hub.event_default` for a row whose month
 * has no partition yet (a clock far off): no insert ever fails for want of a partition.
 *
 * - The id stays the cursor (same sequence, same values); the primary key is (id, occurred_at),
 *   as a partitioned table's unique keys must contain the partition key. Each partition's primary
 *   key index starts with id, so `id > $cursor order by id limit n` is a merge of index scans.
 * - `hub.create_event_partition(month)` creates one month's partition (idempotent): as a table of
 *   its own, filled with the rows of that month waiting in the default partition, then ATTACHed
 *   (which takes SHARE UPDATE EXCLUSIVE on hub.event, not ACCESS EXCLUSIVE as CREATE … PARTITION OF
 *   would). The hub's maintenance (src/subgraphs/hub/events/outbox-retention.ts) calls it ahead of
 *   time; a bulk loader may call it for the months it fills.
 * - Dropped partitions leave their highest id in `hub.event_retention.dropped_through`: a resume
 *   cursor below it has lost events and is refused (the client must reload).
 * - SLA warnings were unique by `dedupe_key`; a unique key must now contain occurred_at, which
 *   differs between scans, so the keys live in `hub.event_dedupe` (one row per warning ever emitted).
 *
 * Columns and plain indexes are copied from the table as it is (LIKE, pg_get_indexdef), so columns
 * or indexes added to hub.event by another migration before this one are kept.
 */
export class Migration20261126100000OutboxPartitions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "hub"."event" rename to "event_unpartitioned";`);
    // free the constraint and index names for the new table
    this.addSql(`do $$
      declare r record;
      begin
        for r in select conname from pg_constraint where conrelid = 'hub.event_unpartitioned'::regclass and contype in ('p', 'u', 'x') loop
          execute format('alter table hub.event_unpartitioned rename constraint %I to %I', r.conname, left('old_' || r.conname, 63));
        end loop;
        for r in select c.relname from pg_index i join pg_class c on c.oid = i.indexrelid
                  where i.indrelid = 'hub.event_unpartitioned'::regclass and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid) loop
          execute format('alter index hub.%I rename to %I', r.relname, left('old_' || r.relname, 63));
        end loop;
      end $$;`);
    this.addSql(`create table "hub"."event" (like "hub"."event_unpartitioned" including defaults including identity including generated including comments) partition by range ("occurred_at");`);
    this.addSql(`alter table "hub"."event" add constraint "event_pkey" primary key ("id", "occurred_at");`);
    this.addSql(`alter sequence "hub"."event_id_seq" owned by "hub"."event"."id";`);
    // the old table's plain (non-unique) indexes, on the new one under their old names
    this.addSql(`do $$
      declare r record;
      begin
        for r in select c.relname, pg_get_indexdef(i.indexrelid) as def from pg_index i join pg_class c on c.oid = i.indexrelid
                  where i.indrelid = 'hub.event_unpartitioned'::regclass and not i.indisunique loop
          execute regexp_replace(r.def, '^CREATE INDEX \\S+ ON \\S+', format('CREATE INDEX %I ON hub.event', substr(r.relname, 5)));
        end loop;
      end $$;`);
    this.addSql(`create table "hub"."event_default" partition of "hub"."event" default;`);
    this.addSql(`create function "hub"."create_event_partition"(month timestamptz) returns text language plpgsql as $$
      declare
        lo_utc timestamp := date_trunc('month', month at time zone 'UTC');
        name text := 'event_' || to_char(lo_utc, 'YYYY_MM');
        lo text := to_char(lo_utc, 'YYYY-MM-DD') || ' 00:00:00+00';
        hi text := to_char(lo_utc + interval '1 month', 'YYYY-MM-DD') || ' 00:00:00+00';
      begin
        if to_regclass(format('hub.%I', name)) is not null then return null; end if;
        -- rows of that month that came before their partition wait in the default one: locked
        -- first, so none is added there while they move
        lock table hub.event_default in access exclusive mode;
        execute format('create table hub.%I (like hub.event including defaults including identity including generated)', name);
        execute format('with moved as (delete from hub.event_default where occurred_at >= $1 and occurred_at < $2 returning *) insert into hub.%I select * from moved', name)
          using lo::timestamptz, hi::timestamptz;
        execute format('alter table hub.event attach partition hub.%I for values from (%L) to (%L)', name, lo, hi);
        return name;
      end $$;`);
    // a partition for every month with events, and this month and the next two
    this.addSql(`select "hub"."create_event_partition"(m at time zone 'UTC')
      from generate_series(
        date_trunc('month', least((select min("occurred_at") from "hub"."event_unpartitioned"), now()) at time zone 'UTC'),
        date_trunc('month', greatest((select max("occurred_at") from "hub"."event_unpartitioned"), now()) at time zone 'UTC') + interval '2 months',
        interval '1 month') m;`);
    this.addSql(`insert into "hub"."event" select * from "hub"."event_unpartitioned";`);
    this.addSql(`create table "hub"."event_dedupe" ("dedupe_key" varchar(200) primary key, "occurred_at" timestamptz not null);`);
    this.addSql(`insert into "hub"."event_dedupe" ("dedupe_key", "occurred_at") select "dedupe_key", "occurred_at" from "hub"."event_unpartitioned" where "dedupe_key" is not null;`);
    this.addSql(`create table "hub"."event_retention" ("singleton" boolean primary key default true check ("singleton"), "dropped_through" bigint not null default 0);`);
    this.addSql(`insert into "hub"."event_retention" default values;`);
    this.addSql(`drop table "hub"."event_unpartitioned";`);
    this.addSql(`create trigger "event_notify" after insert on "hub"."event" for each statement execute function "hub"."notify_events"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "hub"."event" rename to "event_partitioned";`);
    this.addSql(`alter table "hub"."event_partitioned" rename constraint "event_pkey" to "event_partitioned_pkey";`);
    this.addSql(`do $$
      declare r record;
      begin
        for r in select c.relname from pg_index i join pg_class c on c.oid = i.indexrelid
                  where i.indrelid = 'hub.event_partitioned'::regclass and not i.indisunique loop
          execute format('alter index hub.%I rename to %I', r.relname, left('p_' || r.relname, 63));
        end loop;
      end $$;`);
    this.addSql(`create table "hub"."event" (like "hub"."event_partitioned" including defaults including identity including generated including comments);`);
    this.addSql(`alter table "hub"."event" add constraint "event_pkey" primary key ("id");`);
    this.addSql(`alter sequence "hub"."event_id_seq" owned by "hub"."event"."id";`);
    this.addSql(`do $$
      declare r record;
      begin
        for r in select c.relname, pg_get_indexdef(i.indexrelid) as def from pg_index i join pg_class c on c.oid = i.indexrelid
                  where i.indrelid = 'hub.event_partitioned'::regclass and not i.indisunique loop
          execute regexp_replace(r.def, '^CREATE INDEX \\S+ ON (ONLY )?\\S+', format('CREATE INDEX %I ON hub.event', substr(r.relname, 3)));
        end loop;
      end $$;`);
    this.addSql(`insert into "hub"."event" select * from "hub"."event_partitioned" order by "id";`);
    // a key emitted twice cannot be, so only its first event keeps it
    this.addSql(`update "hub"."event" e set "dedupe_key" = null where "dedupe_key" is not null and exists (select 1 from "hub"."event" f where f."dedupe_key" = e."dedupe_key" and f."id" < e."id");`);
    this.addSql(`alter table "hub"."event" add constraint "event_dedupe_key_unique" unique ("dedupe_key");`);
    this.addSql(`drop table "hub"."event_partitioned";`);
    this.addSql(`drop function "hub"."create_event_partition"(timestamptz);`);
    this.addSql(`drop table "hub"."event_dedupe";`);
    this.addSql(`drop table "hub"."event_retention";`);
    this.addSql(`create trigger "event_notify" after insert on "hub"."event" for each statement execute function "hub"."notify_events"();`);
  }
}

/**
 * The audit trail's tables, one set per subgraph schema (安全审计): `<schema>.audit_log`, partitioned
 * by month, each row chained to the one before it by a SHA-256 hash; `<schema>.audit_anchor` keeps
 * the last hash of every partition the retention job detached, so the chain stays verifiable
 * across the cut. Every subgraph's migration runs this SQL for its own schema.
 *
 * Why a trigger computes the chain: the previous hash must be read and the new row written under
 * one lock, in the inserting transaction, whatever code inserts. The transaction advisory lock is
 * held from the insert until commit; audit rows are the last statement of a transaction, so that is
 * one round trip.
 */
export function auditTablesSql(schema: string): string[] {
  const s = `"${schema}"`;
  return [
    `create sequence ${s}."audit_log_seq";`,
    `create table ${s}."audit_log" (
      "seq" bigint not null,
      "at" timestamptz not null,
      "kind" text not null check ("kind" in ('MUTATION', 'READ', 'AUDIT')),
      "operation" text not null,
      "field" text null,
      "user_id" text null,
      "user_name" text null,
      "department" text null,
      "roles" text null,
      "access" text null,
      "uscc" text null,
      "request_number" text null,
      "entities" text null,
      "result" text not null,
      "client_address" text null,
      "forwarded_for" text null,
      "trace_id" text null,
      "prev_hash" text not null,
      "hash" text not null,
      primary key ("seq", "at")
    ) partition by range ("at");`,
    `create index "audit_log_at_index" on ${s}."audit_log" ("at");`,
    `create index "audit_log_user_index" on ${s}."audit_log" ("user_id", "seq");`,
    `create index "audit_log_uscc_index" on ${s}."audit_log" ("uscc", "seq");`,
    // rows whose month has no partition yet (a clock far off): kept, never lost
    `create table ${s}."audit_log_default" partition of ${s}."audit_log" default;`,
    `create table ${s}."audit_anchor" (
      "partition_name" text primary key,
      "first_seq" bigint not null,
      "last_seq" bigint not null,
      "rows" bigint not null,
      "last_hash" text not null,
      "detached_at" timestamptz not null
    );`,
    // one field of the hashed content: NULL as "~", else "<bytes>:<text>" (no separator can be forged)
    `create function ${s}."audit_field"(v text) returns text language sql immutable as
      $$ select case when v is null then '~' else octet_length(v)::text || ':' || v end $$;`,
    `create function ${s}."audit_content"(r ${s}."audit_log") returns text language sql immutable as $$
      select ${s}.audit_field(r.seq::text) || ${s}.audit_field(((extract(epoch from r.at) * 1000000)::bigint)::text)
        || ${s}.audit_field(r.kind) || ${s}.audit_field(r.operation) || ${s}.audit_field(r.field)
        || ${s}.audit_field(r.user_id) || ${s}.audit_field(r.user_name) || ${s}.audit_field(r.department)
        || ${s}.audit_field(r.roles) || ${s}.audit_field(r.access) || ${s}.audit_field(r.uscc)
        || ${s}.audit_field(r.request_number) || ${s}.audit_field(r.entities) || ${s}.audit_field(r.result)
        || ${s}.audit_field(r.client_address) || ${s}.audit_field(r.forwarded_for) || ${s}.audit_field(r.trace_id)
        || ${s}.audit_field(r.prev_hash)
    $$;`,
    `create function ${s}."audit_log_chain"() returns trigger language plpgsql as $$
      declare
        previous text;
        -- the chain's head as this transaction left it ('h' || hash); transaction-local, undone with it
        head text := current_setting('liaison.audit_head_${schema}', true);
      begin
        if head is null or head = '' then
          -- one writer at a time per chain; released at commit
          perform pg_advisory_xact_lock(hashtext('${schema}.audit_log'));
          select "hash" into previous from ${s}."audit_log" order by "seq" desc limit 1;
          if previous is null then
            select "last_hash" into previous from ${s}."audit_anchor" order by "last_seq" desc limit 1;
          end if;
        else
          -- this transaction holds the lock already: no one else appended since its last row
          previous := substr(head, 2);
        end if;
        new."seq" := nextval('${s}."audit_log_seq"');
        new."prev_hash" := coalesce(previous, '');
        new."hash" := encode(sha256(convert_to(${s}.audit_content(new), 'UTF8')), 'hex');
        perform set_config('liaison.audit_head_${schema}', 'h' || new."hash", true);
        return new;
      end $$;`,
    `create trigger "audit_log_chain" before insert on ${s}."audit_log" for each row execute function ${s}."audit_log_chain"();`,
    // append-only, whoever connects (even a superuser or the owner must first disable the trigger)
    `create function ${s}."audit_append_only"() returns trigger language plpgsql as $$
      begin
        raise exception 'audit rows are append-only: % on %.% is refused', tg_op, tg_table_schema, tg_table_name
          using errcode = 'insufficient_privilege';
      end $$;`,
    `create trigger "audit_log_append_only" before update or delete on ${s}."audit_log" for each row execute function ${s}."audit_append_only"();`,
    `create trigger "audit_log_no_truncate" before truncate on ${s}."audit_log" for each statement execute function ${s}."audit_append_only"();`,
    `create trigger "audit_log_default_no_truncate" before truncate on ${s}."audit_log_default" for each statement execute function ${s}."audit_append_only"();`,
    `create trigger "audit_anchor_append_only" before update or delete on ${s}."audit_anchor" for each row execute function ${s}."audit_append_only"();`,
    `create trigger "audit_anchor_no_truncate" before truncate on ${s}."audit_anchor" for each statement execute function ${s}."audit_append_only"();`,
    // when the application connects as a role that does not own these tables, it can only add rows
    `revoke update, delete, truncate on ${s}."audit_log", ${s}."audit_log_default", ${s}."audit_anchor" from public;`,
  ];
}

export function dropAuditTablesSql(schema: string): string[] {
  const s = `"${schema}"`;
  return [
    `drop table if exists ${s}."audit_log" cascade;`,
    `drop table if exists ${s}."audit_anchor" cascade;`,
    `drop function if exists ${s}."audit_log_chain"() cascade;`,
    `drop function if exists ${s}."audit_append_only"() cascade;`,
    `drop function if exists ${s}."audit_content"(${s}."audit_log") cascade;`,
    `drop function if exists ${s}."audit_field"(text) cascade;`,
    `drop sequence if exists ${s}."audit_log_seq";`,
  ];
}

import { Migration } from '@mikro-orm/migrations';

/** Fills hub.issue_department from the rule for every request (the migration's backfill; the inbox bench reuses it). */
export const ISSUE_DEPARTMENT_BACKFILL = `insert into "hub"."issue_department" (department_code, issue_id, deadline_key)
  select d.code, i.id, coalesce(i.reply_deadline, '9999-12-31'::date)
  from hub.issue i
  cross join lateral (
    select i.lead_department_code as code
    union select unnest(i.assisting_department_codes)
    union select r.from_department_code from hub.referral r where r.issue_id = i.id
    union select r.to_department_code from hub.referral r where r.issue_id = i.id
  ) d
  where d.code is not null
  on conflict do nothing;`;

/**
 * hub.issue_department: one row per (department, request) the department's officers may see —
 * the lead, every assisting department, and both sides of every referral of the request, whatever
 * its status (policy.ts issueVisibilitySql, the same rule). The inbox reads it by
 * (department_code, issue_id) or (department_code, deadline_key, issue_id): one index range scan
 * in the list's order, stopping at the page size, instead of testing the OR/EXISTS rule on every row.
 *
 * Kept by triggers, in the writing transaction: every writer of hub.issue (routing, escalation,
 * transfers, assists, meetings, the calendar, seeds, raw SQL) and of hub.referral (proposed and
 * every later answer) is covered, so the derived set cannot drift from the rule.
 */
export class Migration20261125214500IssueDepartment extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "hub"."issue_department" (
      "department_code" varchar(32) not null,
      "issue_id" int not null references "hub"."issue" ("id") on delete cascade,
      "deadline_key" date not null,
      primary key ("department_code", "issue_id"));`);
    this.addSql(`comment on table "hub"."issue_department" is 'Who may see a request (lead, assisting, both sides of every referral); kept by triggers; deadline_key = coalesce(reply_deadline, 9999-12-31) for the REPLY_DEADLINE_FIRST inbox.';`);
    this.addSql(`create index "issue_department_deadline_index" on "hub"."issue_department" ("department_code", "deadline_key", "issue_id");`);
    this.addSql(`create index "issue_department_issue_id_index" on "hub"."issue_department" ("issue_id");`);

    // recomputes one request's rows from the rule (the issue row is locked by the statement that fired)
    this.addSql(`create or replace function "hub"."issue_department_sync"(p_issue integer) returns void language plpgsql as $$
begin
  delete from hub.issue_department where issue_id = p_issue;
  insert into hub.issue_department (department_code, issue_id, deadline_key)
  select d.code, i.id, coalesce(i.reply_deadline, '9999-12-31'::date)
  from hub.issue i
  cross join lateral (
    select i.lead_department_code as code
    union select unnest(i.assisting_department_codes)
    union select r.from_department_code from hub.referral r where r.issue_id = i.id
    union select r.to_department_code from hub.referral r where r.issue_id = i.id
  ) d
  where i.id = p_issue and d.code is not null
  on conflict do nothing;
end $$;`);
    this.addSql(`create or replace function "hub"."issue_department_on_issue"() returns trigger language plpgsql as $$
begin
  perform hub.issue_department_sync(new.id);
  return null;
end $$;`);
    this.addSql(`create or replace function "hub"."issue_department_on_referral"() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then perform hub.issue_department_sync(old.issue_id); end if;
  if tg_op in ('INSERT', 'UPDATE') and (tg_op = 'INSERT' or new.issue_id <> old.issue_id) then perform hub.issue_department_sync(new.issue_id); end if;
  return null;
end $$;`);
    this.addSql(`create trigger "issue_department_insert" after insert on "hub"."issue" for each row execute function "hub"."issue_department_on_issue"();`);
    this.addSql(`create trigger "issue_department_update" after update of "lead_department_code", "assisting_department_codes", "reply_deadline" on "hub"."issue" for each row
      when (old.lead_department_code is distinct from new.lead_department_code or old.assisting_department_codes is distinct from new.assisting_department_codes or old.reply_deadline is distinct from new.reply_deadline)
      execute function "hub"."issue_department_on_issue"();`);
    this.addSql(`create trigger "issue_department_referral" after insert or delete or update of "issue_id", "from_department_code", "to_department_code" on "hub"."referral" for each row execute function "hub"."issue_department_on_referral"();`);

    // backfill existing requests
    this.addSql(ISSUE_DEPARTMENT_BACKFILL);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "issue_department_referral" on "hub"."referral";`);
    this.addSql(`drop trigger if exists "issue_department_update" on "hub"."issue";`);
    this.addSql(`drop trigger if exists "issue_department_insert" on "hub"."issue";`);
    this.addSql(`drop function if exists "hub"."issue_department_on_referral"();`);
    this.addSql(`drop function if exists "hub"."issue_department_on_issue"();`);
    this.addSql(`drop function if exists "hub"."issue_department_sync"(integer);`);
    this.addSql(`drop table if exists "hub"."issue_department";`);
  }
}

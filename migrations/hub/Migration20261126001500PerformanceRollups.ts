import { Migration } from '@mikro-orm/migrations';

/** The counters of a rollup row, in order (hub.performance_day and hub.performance_delta). */
export const PERFORMANCE_COUNTERS = [
  'received', 'signed_on_time', 'sign_off_unknown', 'reply_unknown', 'resolved_reply_unknown', 'responded_on_time',
  'resolved', 'resolved_on_time', 'rated', 'satisfied', 'reopened', 'reply_days_sum', 'reply_days_count',
  'referrals_answered', 'referrals_rejected', 'extensions_requested', 'extensions_approved', 'urgings',
] as const;
const COLS = PERFORMANCE_COUNTERS.join(', ');
const SUMS = PERFORMANCE_COUNTERS.map((c) => `sum(${c})`).join(', ');

/**
 * What one request contributes, by (lead department, submission day): the row-level rule of
 * departmentPerformance (a MERGED request counts nowhere; a missing or provisional deadline is
 * "unknown"), times `s` (+1 to add the row, -1 to take it away).
 */
const ISSUE_CONTRIBUTION = (i: string, s: string) => `select ${i}.lead_department_code, ${i}.submitted_on, ${s},
    ${s} * (${i}.signed_on_time is true)::int,
    ${s} * (${i}.sign_off_deadline is null or ${i}.sign_off_deadline_problem is not null)::int,
    ${s} * (${i}.reply_deadline is null or ${i}.reply_deadline_problem is not null)::int,
    ${s} * (${i}.resolved_at is not null and (${i}.reply_deadline is null or ${i}.reply_deadline_problem is not null))::int,
    ${s} * (${i}.responded_on_time is true)::int,
    ${s} * (${i}.resolved_at is not null)::int,
    ${s} * (${i}.resolved_on_time is true)::int,
    ${s} * (${i}.satisfaction is not null)::int,
    ${s} * (${i}.satisfaction is not null and ${i}.satisfaction::text in ('SATISFIED', 'BASICALLY_SATISFIED'))::int,
    ${s} * (coalesce(${i}.reopen_count, 0) > 0)::int,
    ${s} * coalesce(${i}.reply_working_days, 0)::bigint,
    ${s} * (${i}.reply_working_days is not null)::int,
    0, 0, 0, 0, 0`;

/** What happened around requests, by the department concerned and the request's submission day (each source row once). */
const AROUND_ROWS = `select r.issue_id, r.to_department_code as code, (r.status::text in ('ACCEPTED', 'REJECTED', 'COMPLETED'))::int as answered, (r.status::text = 'REJECTED')::int as rejected, 0 as requested, 0 as approved, 0 as urgings from hub.referral r
      union all select e.issue_id, e.department_code, 0, 0, 1, (e.status::text = 'APPROVED')::int, 0 from hub.issue_extension e
      union all select u.issue_id, u.department_code, 0, 0, 0, 0, 1 from hub.issue_urging u where u.department_code is not null`;

/** Fills hub.performance_day from the source rows (the migration's backfill; the bench reuses it). */
export const PERFORMANCE_BACKFILL = `insert into hub.performance_day (department_code, day, ${COLS})
  select department_code, day, ${SUMS} from (
    ${ISSUE_CONTRIBUTION('i', '1')}
    from hub.issue i where i.lead_department_code is not null and i.submitted_on is not null and i.status::text <> 'MERGED'
    union all
    select x.code, i.submitted_on, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, x.answered, x.rejected, x.requested, x.approved, x.urgings
    from (${AROUND_ROWS}) x join hub.issue i on i.id = x.issue_id
    where x.code is not null and i.submitted_on is not null
  ) t (department_code, day, ${COLS})
  group by department_code, day
  on conflict (department_code, day) do update set ${PERFORMANCE_COUNTERS.map((c) => `${c} = performance_day.${c} + excluded.${c}`).join(', ')};`;

/**
 * Moves every pending delta into hub.performance_day, in one statement (a CTE of the read in
 * departmentPerformance, and the bench). Only one session folds at a time (a transaction-level
 * advisory lock tried, never waited for); the others simply read the deltas as they are.
 */
export const PERFORMANCE_FOLD_CTE = `fold_lock as (select pg_try_advisory_xact_lock(hashtext('hub.performance_fold')) as got),
  fold_moved as (delete from hub.performance_delta where (select got from fold_lock) returning *),
  fold as (insert into hub.performance_day (department_code, day, ${COLS})
    select department_code, day, ${SUMS} from fold_moved group by department_code, day
    on conflict (department_code, day) do update set ${PERFORMANCE_COUNTERS.map((c) => `${c} = performance_day.${c} + excluded.${c}`).join(', ')})`;

/**
 * Statistics rollups (issue 17): departmentPerformance per department per submission day, kept
 * exact by triggers in the transaction of every write to a request, a referral, an extension or
 * an urging (every transition, answer, calendar reload, merge, raw SQL alike).
 *
 * Triggers do not update the day's row: two transactions changing requests of the same department
 * and day would wait on each other until commit (and could deadlock, e.g. opposite transfers).
 * Instead each change appends a signed delta row to hub.performance_delta (an insert conflicts
 * with nobody); readers add hub.performance_day and the deltas of the period, and fold the deltas
 * into the day rows now and then (PERFORMANCE_FOLD_CTE). Both tables together are always the exact
 * sum of the source rows as of the reader's snapshot.
 */
export class Migration20261126001500PerformanceRollups extends Migration {
  override async up(): Promise<void> {
    const counters = PERFORMANCE_COUNTERS.map((c) => `"${c}" ${c === 'reply_days_sum' ? 'bigint' : 'int'} not null default 0`).join(',\n      ');
    this.addSql(`create table "hub"."performance_day" (
      "department_code" varchar(32) not null,
      "day" date not null,
      ${counters},
      primary key ("department_code", "day"));`);
    this.addSql(`create index "performance_day_day_index" on "hub"."performance_day" ("day");`);
    this.addSql(`comment on table "hub"."performance_day" is 'departmentPerformance per (department, submission day): request figures by the lead department, referral/extension/urging figures by the department concerned; plus hub.performance_delta = exact; kept by triggers.';`);
    this.addSql(`create table "hub"."performance_delta" (
      "department_code" varchar(32) not null,
      "day" date not null,
      ${counters});`);
    this.addSql(`comment on table "hub"."performance_delta" is 'Signed changes to hub.performance_day not folded in yet (appended by triggers, folded by readers).';`);

    // one request's share as a delta row (none when it counts nowhere)
    this.addSql(`create or replace function "hub"."performance_issue_rows"(i hub.issue, s int) returns setof hub.performance_delta language sql stable as $$
  ${ISSUE_CONTRIBUTION('i', 's')}
  where i.lead_department_code is not null and i.submitted_on is not null and i.status::text <> 'MERGED';
$$;`);
    // what happened around one request, filed under a given day (when its submission day moves)
    this.addSql(`create or replace function "hub"."performance_around_delta"(p_issue int, p_day date, s int) returns void language sql as $$
  insert into hub.performance_delta (department_code, day, referrals_answered, referrals_rejected, extensions_requested, extensions_approved, urgings)
  select x.code, p_day, s * sum(x.answered), s * sum(x.rejected), s * sum(x.requested), s * sum(x.approved), s * sum(x.urgings)
  from (${AROUND_ROWS}) x
  where x.issue_id = p_issue and x.code is not null and p_day is not null
  group by x.code;
$$;`);
    // an update files one row: the new share minus the old one, nothing when they are equal (most
    // transitions change a counter or two; many change none)
    this.addSql(`create or replace function "hub"."performance_on_issue"() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    -- before the delete: its referrals, extensions and urgings still exist (their cascaded
    -- deletes find no request afterwards and add nothing)
    insert into hub.performance_delta select * from hub.performance_issue_rows(old, -1);
    perform hub.performance_around_delta(old.id, old.submitted_on, -1);
    return old;
  end if;
  if tg_op = 'INSERT' then
    insert into hub.performance_delta select * from hub.performance_issue_rows(new, 1);
    return null;
  end if;
  insert into hub.performance_delta (department_code, day, ${COLS})
  select department_code, day, ${SUMS}
  from (select * from hub.performance_issue_rows(old, -1) union all select * from hub.performance_issue_rows(new, 1)) x
  group by department_code, day
  having ${PERFORMANCE_COUNTERS.map((c) => `sum(${c}) <> 0`).join(' or ')};
  if old.submitted_on is distinct from new.submitted_on then
    perform hub.performance_around_delta(old.id, old.submitted_on, -1);
    perform hub.performance_around_delta(new.id, new.submitted_on, 1);
  end if;
  return null;
end $$;`);
    // a source row of "around" figures: its department, the request's day, its counters
    const around = (table: string, code: string, values: (r: string) => string[], only = 'true') => `create or replace function "hub"."performance_on_${table}"() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    insert into hub.performance_delta (department_code, day, referrals_answered, referrals_rejected, extensions_requested, extensions_approved, urgings)
    select old.${code}, i.submitted_on, ${values('old').map((v) => `-(${v})`).join(', ')}
    from hub.issue i where i.id = old.issue_id and i.submitted_on is not null and old.${code} is not null and ${only.replace(/\br\./g, 'old.')};
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    insert into hub.performance_delta (department_code, day, referrals_answered, referrals_rejected, extensions_requested, extensions_approved, urgings)
    select new.${code}, i.submitted_on, ${values('new').join(', ')}
    from hub.issue i where i.id = new.issue_id and i.submitted_on is not null and new.${code} is not null and ${only.replace(/\br\./g, 'new.')};
  end if;
  return null;
end $$;`;
    this.addSql(around('referral', 'to_department_code', (r) => [`(${r}.status::text in ('ACCEPTED', 'REJECTED', 'COMPLETED'))::int`, `(${r}.status::text = 'REJECTED')::int`, '0', '0', '0'], `r.status::text in ('ACCEPTED', 'REJECTED', 'COMPLETED')`));
    this.addSql(around('issue_extension', 'department_code', (r) => ['0', '0', '1', `(${r}.status::text = 'APPROVED')::int`, '0']));
    this.addSql(around('issue_urging', 'department_code', () => ['0', '0', '0', '0', '1']));

    const issueColumns = ['lead_department_code', 'submitted_on', 'status', 'signed_on_time', 'sign_off_deadline', 'sign_off_deadline_problem', 'reply_deadline', 'reply_deadline_problem', 'resolved_at', 'responded_on_time', 'resolved_on_time', 'satisfaction', 'reopen_count', 'reply_working_days'];
    this.addSql(`create trigger "performance_issue_insert" after insert on "hub"."issue" for each row execute function "hub"."performance_on_issue"();`);
    this.addSql(`create trigger "performance_issue_update" after update of ${issueColumns.map((c) => `"${c}"`).join(', ')} on "hub"."issue" for each row
      when (${issueColumns.map((c) => `old.${c} is distinct from new.${c}`).join(' or ')})
      execute function "hub"."performance_on_issue"();`);
    this.addSql(`create trigger "performance_issue_delete" before delete on "hub"."issue" for each row execute function "hub"."performance_on_issue"();`);
    this.addSql(`create trigger "performance_referral" after insert or delete or update of "issue_id", "to_department_code", "status" on "hub"."referral" for each row execute function "hub"."performance_on_referral"();`);
    this.addSql(`create trigger "performance_issue_extension" after insert or delete or update of "issue_id", "department_code", "status" on "hub"."issue_extension" for each row execute function "hub"."performance_on_issue_extension"();`);
    this.addSql(`create trigger "performance_issue_urging" after insert or delete or update of "issue_id", "department_code" on "hub"."issue_urging" for each row execute function "hub"."performance_on_issue_urging"();`);

    // a truncate fires no row triggers: rebuild from what is left (rare: tests, resets)
    this.addSql(`create or replace function "hub"."performance_rebuild"() returns trigger language plpgsql as $$
begin
  delete from hub.performance_delta;
  delete from hub.performance_day;
  ${PERFORMANCE_BACKFILL}
  return null;
end $$;`);
    for (const table of ['issue', 'referral', 'issue_extension', 'issue_urging']) {
      this.addSql(`create trigger "performance_${table}_truncate" after truncate on "hub"."${table}" for each statement execute function "hub"."performance_rebuild"();`);
    }

    this.addSql(PERFORMANCE_BACKFILL);
  }

  override async down(): Promise<void> {
    for (const table of ['issue', 'referral', 'issue_extension', 'issue_urging']) this.addSql(`drop trigger if exists "performance_${table}_truncate" on "hub"."${table}";`);
    this.addSql(`drop function if exists "hub".performance_rebuild();`);
    for (const [trigger, table] of [['performance_issue_urging', 'issue_urging'], ['performance_issue_extension', 'issue_extension'], ['performance_referral', 'referral'], ['performance_issue_delete', 'issue'], ['performance_issue_update', 'issue'], ['performance_issue_insert', 'issue']]) {
      this.addSql(`drop trigger if exists "${trigger}" on "hub"."${table}";`);
    }
    for (const f of ['performance_on_issue_urging()', 'performance_on_issue_extension()', 'performance_on_referral()', 'performance_on_issue()', 'performance_around_delta(int, date, int)', 'performance_issue_rows(hub.issue, int)']) {
      this.addSql(`drop function if exists "hub".${f};`);
    }
    this.addSql(`drop table if exists "hub"."performance_delta";`);
    this.addSql(`drop table if exists "hub"."performance_day";`);
  }
}

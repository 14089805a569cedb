import { Migration } from '@mikro-orm/migrations';

/**
 * Risk assessment (维稳风险评估): the hub's stored level per enterprise, the hub's own signal source
 * (open wage-arrears requests, 欠薪/弃企跑路) as a view, and the notification that wakes the hub's
 * reassessment when a request changes (the departments' signal tables notify the same channel).
 */
export class Migration20261125235644RiskAssessment extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "hub"."risk_assessment" ("uscc" varchar(18) not null, "rank" smallint not null, "departments" text[] not null default '{}', "assessed_at" timestamptz not null, "changed_at" timestamptz not null, constraint "risk_assessment_pkey" primary key ("uscc"));`);
    this.addSql(`create index "risk_assessment_rank_uscc_index" on "hub"."risk_assessment" ("rank" desc, "uscc");`);

    // open, routed requests about unpaid wages or an owner gone missing: one signal per enterprise and
    // lead department; two or more, or an abandonment (跑路/弃企), is HIGH
    this.addSql(`create view "hub"."risk_signal_requests" as
      select i.enterprise_uscc as uscc, i.lead_department_code as department, 'WAGE_ARREARS_REQUESTS'::text as category,
             case when count(*) >= 2 or bool_or(i.title || i.description ~ '(跑路|弃企|失联)') then 'HIGH' else 'MEDIUM' end as level,
             max(i.submitted_at) as observed_at,
             count(*) || ' open request(s): ' || string_agg(i.number || ' ' || i.title, '; ' order by i.submitted_at desc) as details
      from hub.issue i
      where i.status::text in ('SUBMITTED', 'ASSIGNED', 'ACCEPTED', 'IN_PROGRESS', 'REOPENED', 'ESCALATED')
        and i.lead_department_code is not null
        and (i.category_code = 'labour_dispute' or i.title || i.description ~ '(欠薪|讨薪|拖欠.{0,8}工资|工资.{0,4}拖欠|跑路|弃企)')
      group by i.enterprise_uscc, i.lead_department_code;`);
    this.addSql(`create or replace function "hub"."notify_risk_signal"() returns trigger language plpgsql as $$
      begin
        perform pg_notify('liaison_risk_signals', 'hub:' || new.enterprise_uscc);
        return null;
      end $$;`);
    this.addSql(`create trigger "issue_risk_notify" after insert on "hub"."issue" for each row execute function "hub"."notify_risk_signal"();`);
    this.addSql(`create trigger "issue_risk_notify_update" after update of status, lead_department_code, category_code, title, description on "hub"."issue"
      for each row when (old.status is distinct from new.status or old.lead_department_code is distinct from new.lead_department_code
        or old.category_code is distinct from new.category_code or old.title is distinct from new.title or old.description is distinct from new.description)
      execute function "hub"."notify_risk_signal"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "issue_risk_notify" on "hub"."issue";`);
    this.addSql(`drop trigger if exists "issue_risk_notify_update" on "hub"."issue";`);
    this.addSql(`drop function if exists "hub"."notify_risk_signal"();`);
    this.addSql(`drop view if exists "hub"."risk_signal_requests";`);
    this.addSql(`drop table if exists "hub"."risk_assessment" cascade;`);
  }

}

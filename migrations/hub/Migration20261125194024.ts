import { Migration } from '@mikro-orm/migrations';

export class Migration20261125194024 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "hub"."issue" add column "submitted_by_name" varchar(100) null, add column "submitted_by_department" varchar(32) null;`);

    this.addSql(`alter table "hub"."referral" add column "created_by_name" varchar(100) null, add column "created_by_department" varchar(32) null, add column "answered_by_name" varchar(100) null, add column "answered_by_department" varchar(32) null;`);
    // names of earlier records: the timeline already names every actor (its latest entry wins)
    this.addSql(`create temporary table actor_names on commit drop as
      select distinct on (actor_id) actor_id, actor_name, department_code from "hub"."issue_timeline" order by actor_id, id desc;`);
    this.addSql(`update "hub"."issue" i set submitted_by_name = a.actor_name, submitted_by_department = a.department_code from actor_names a where a.actor_id = i.submitted_by;`);
    this.addSql(`update "hub"."referral" r set created_by_name = a.actor_name, created_by_department = a.department_code from actor_names a where a.actor_id = r.created_by;`);
    this.addSql(`update "hub"."referral" r set answered_by_name = a.actor_name, answered_by_department = a.department_code from actor_names a where a.actor_id = r.answered_by;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "hub"."issue" drop column "submitted_by_name", drop column "submitted_by_department";`);

    this.addSql(`alter table "hub"."referral" drop column "created_by_name", drop column "created_by_department", drop column "answered_by_name", drop column "answered_by_department";`);
  }

}

import { Migration } from '@mikro-orm/migrations';

/** Issue 11: a request raised on a police visit problem (reportVisitProblem) keeps the visit and which problem; one request per problem (a partial index: requests from other channels stay out of it). */
export class Migration20261125234226 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "hub"."issue" add column "origin_visit_id" int null, add column "origin_problem_index" smallint null;`);
    this.addSql(`CREATE UNIQUE INDEX issue_origin_visit_problem ON hub.issue USING btree (origin_visit_id, origin_problem_index) WHERE (origin_visit_id IS NOT NULL);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "hub"."issue_origin_visit_problem";`);
    this.addSql(`alter table "hub"."issue" drop column "origin_visit_id", drop column "origin_problem_index";`);
  }

}

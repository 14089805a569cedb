import { Migration } from '@mikro-orm/migrations';

/** Issue 11: a request raised on a police visit problem (reportVisitProblem) keeps the visit and which problem; one request per problem. */
export class Migration20261125233045 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "hub"."issue" add column "origin_visit_id" int null, add column "origin_problem_index" smallint null;`);
    this.addSql(`alter table "hub"."issue" add constraint "issue_origin_visit_id_origin_problem_index_unique" unique ("origin_visit_id", "origin_problem_index");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "hub"."issue" drop constraint "issue_origin_visit_id_origin_problem_index_unique";`);
    this.addSql(`alter table "hub"."issue" drop column "origin_visit_id", drop column "origin_problem_index";`);
  }

}

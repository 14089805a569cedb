import { Migration } from '@mikro-orm/migrations';

/** Concluding a lawsuit (结案): its outcome, day, note and who recorded it; the case timeline step for it. */
export class Migration20261126030932LitigationConclusion extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "judicial"."litigation_outcome" as enum ('JUDGMENT', 'SETTLED_IN_COURT', 'WITHDRAWN');`);
    this.addSql(`alter table "judicial"."litigation" add column "outcome" "judicial"."litigation_outcome" null, add column "concluded_on" date null, add column "conclusion_note" text null, add column "concluded_by" varchar(100) null;`);

    this.addSql(`alter type "judicial"."mediation_action" add value if not exists 'LITIGATION_CONCLUDED' after 'LITIGATION_FILED';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "judicial"."litigation" drop column "outcome", drop column "concluded_on", drop column "conclusion_note", drop column "concluded_by";`);

    this.addSql(`drop type "judicial"."litigation_outcome";`);
  }

}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261125181257 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "hub"."action_item" add column "due_in_working_days" smallint null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "hub"."action_item" drop column "due_in_working_days";`);
  }

}

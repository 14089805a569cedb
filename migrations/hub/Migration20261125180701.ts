import { Migration } from '@mikro-orm/migrations';

export class Migration20261125180701 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "hub"."issue" add column "idempotency_key" varchar(100) null;`);
    this.addSql(`alter table "hub"."issue" add constraint "issue_submitted_by_idempotency_key_unique" unique ("submitted_by", "idempotency_key");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "hub"."issue" drop constraint "issue_submitted_by_idempotency_key_unique";`);
    this.addSql(`alter table "hub"."issue" drop column "idempotency_key";`);
  }

}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261126030011 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "market"."risk_rule" add column "window_days" smallint null;`);

    // the windows were code (365 days for penalties, 90 for complaints): now each counting rule's own, editable with setMarketRiskRules
    this.addSql(`update "market"."risk_rule" set "window_days" = case
      when "condition" in ('PENALTIES', 'PENALTIES_MORE', 'PENALTIES_MANY', 'PENALTY_FINES', 'PENALTY_FINES_LARGE') then 365
      when "condition" in ('COMPLAINTS', 'COMPLAINTS_MORE', 'COMPLAINTS_MANY') then 90 end;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "market"."risk_rule" drop column "window_days";`);
  }

}

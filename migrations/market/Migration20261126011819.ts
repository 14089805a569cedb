import { Migration } from '@mikro-orm/migrations';

export class Migration20261126011819 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "market"."risk_rule" ("condition" text not null, "level" text check ("level" in ('NONE', 'LOW', 'MEDIUM', 'HIGH')) not null, "threshold" int null, "updated_at" timestamptz not null, "updated_by_name" varchar(100) not null, constraint "risk_rule_pkey" primary key ("condition"));`);

    // market supervision's default rules (市场监管风险规则), the former code rules; its administrators change them with setMarketRiskRules
    this.addSql(`insert into "market"."risk_rule" ("condition", "level", "threshold", "updated_at", "updated_by_name") values
      ('ABNORMAL_LISTING', 'MEDIUM', null, now(), '系统默认'),
      ('PENALTIES', 'LOW', 1, now(), '系统默认'),
      ('PENALTIES_MORE', 'MEDIUM', 2, now(), '系统默认'),
      ('PENALTIES_MANY', 'HIGH', 3, now(), '系统默认'),
      ('PENALTY_FINES', 'MEDIUM', 100000, now(), '系统默认'),
      ('PENALTY_FINES_LARGE', 'HIGH', 500000, now(), '系统默认'),
      ('COMPLAINTS', 'LOW', 1, now(), '系统默认'),
      ('COMPLAINTS_MORE', 'MEDIUM', 3, now(), '系统默认'),
      ('COMPLAINTS_MANY', 'HIGH', 10, now(), '系统默认');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "market"."risk_rule" cascade;`);
  }

}

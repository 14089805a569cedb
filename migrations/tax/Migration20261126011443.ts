import { Migration } from '@mikro-orm/migrations';

export class Migration20261126011443 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "tax"."risk_rule" ("condition" text not null, "level" text check ("level" in ('NONE', 'LOW', 'MEDIUM', 'HIGH')) not null, "threshold" int null, "updated_at" timestamptz not null, "updated_by_name" varchar(100) not null, constraint "risk_rule_pkey" primary key ("condition"));`);

    // the tax bureau's default rules (税务风险规则), the former code rules; its administrators change them with setTaxRiskRules
    this.addSql(`insert into "tax"."risk_rule" ("condition", "level", "threshold", "updated_at", "updated_by_name") values
      ('ARREARS', 'MEDIUM', null, now(), '系统默认'),
      ('ARREARS_LARGE', 'HIGH', 100000, now(), '系统默认'),
      ('RATING_C', 'MEDIUM', null, now(), '系统默认'),
      ('RATING_D', 'HIGH', null, now(), '系统默认'),
      ('MISSED_FILINGS', 'LOW', 1, now(), '系统默认'),
      ('MISSED_FILINGS_MORE', 'MEDIUM', 2, now(), '系统默认'),
      ('MISSED_FILINGS_MANY', 'HIGH', 3, now(), '系统默认');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "tax"."risk_rule" cascade;`);
  }

}

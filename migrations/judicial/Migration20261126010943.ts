import { Migration } from '@mikro-orm/migrations';

export class Migration20261126010943 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "judicial"."risk_rule" ("condition" text not null, "level" text check ("level" in ('NONE', 'LOW', 'MEDIUM', 'HIGH')) not null, "window_days" smallint null, "updated_at" timestamptz not null, "updated_by_name" varchar(100) not null, constraint "risk_rule_pkey" primary key ("condition"));`);

    // the bureau's default rules (司法风险规则), today's practice; its administrators change them with setJudicialRiskRules
    this.addSql(`insert into "judicial"."risk_rule" ("condition", "level", "window_days", "updated_at", "updated_by_name") values
      ('OPEN_COMMUNITY', 'LOW', null, now(), '系统默认'),
      ('OPEN_STREET', 'MEDIUM', null, now(), '系统默认'),
      ('OPEN_DISTRICT', 'HIGH', null, now(), '系统默认'),
      ('OPEN_WAGE_ARREARS', 'HIGH', null, now(), '系统默认'),
      ('FAILED', 'MEDIUM', 180, now(), '系统默认'),
      ('FAILED_WAGE_ARREARS', 'HIGH', 180, now(), '系统默认'),
      ('LITIGATION_AFTER_MEDIATION', 'HIGH', null, now(), '系统默认'),
      ('LITIGATION_DEFENDANT', 'MEDIUM', null, now(), '系统默认'),
      ('LITIGATION_PLAINTIFF', 'LOW', null, now(), '系统默认');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "judicial"."risk_rule" cascade;`);
  }

}

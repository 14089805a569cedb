import { Migration } from '@mikro-orm/migrations';

/**
 * Reference data every deployment needs (not demo data): the four departments, request categories
 * with their reply limits, the default routing rules, and the State Council holiday arrangements
 * for 2025 and 2026 (国务院办公厅放假通知). Later years are added with setWorkdayCalendarYear.
 */
export class Migration20261123093100ReferenceData extends Migration {
  override async up(): Promise<void> {
    this.addSql(`insert into hub.department (code, name_zh, name_en) values ('police', '公安分局', 'Public Security Bureau') on conflict (code) do nothing;`);
    this.addSql(`insert into hub.department (code, name_zh, name_en) values ('market', '市场监督管理局', 'Market Supervision Bureau') on conflict (code) do nothing;`);
    this.addSql(`insert into hub.department (code, name_zh, name_en) values ('tax', '税务局', 'Tax Bureau') on conflict (code) do nothing;`);
    this.addSql(`insert into hub.department (code, name_zh, name_en) values ('judicial', '司法局', 'Judicial Bureau') on conflict (code) do nothing;`);
    this.addSql(`insert into hub.issue_category (code, name_zh, name_en, reply_working_days) values ('public_security', '治安问题', 'Public security', 5) on conflict (code) do nothing;`);
    this.addSql(`insert into hub.issue_category (code, name_zh, name_en, reply_working_days) values ('fraud', '涉诈风险', 'Fraud risk', 5) on conflict (code) do nothing;`);
    this.addSql(`insert into hub.issue_category (code, name_zh, name_en, reply_working_days) values ('safety_hazard', '安全隐患', 'Safety hazard', 2) on conflict (code) do nothing;`);
    this.addSql(`insert into hub.issue_category (code, name_zh, name_en, reply_working_days) values ('licence', '证照办理', 'Licences and registration', 5) on conflict (code) do nothing;`);
    this.addSql(`insert into hub.issue_category (code, name_zh, name_en, reply_working_days) values ('product_quality', '产品质量', 'Product quality', 5) on conflict (code) do nothing;`);
    this.addSql(`insert into hub.issue_category (code, name_zh, name_en, reply_working_days) values ('tax_service', '涉税服务', 'Tax services', 5) on conflict (code) do nothing;`);
    this.addSql(`insert into hub.issue_category (code, name_zh, name_en, reply_working_days) values ('labour_dispute', '劳资纠纷', 'Labour dispute', 5) on conflict (code) do nothing;`);
    this.addSql(`insert into hub.issue_category (code, name_zh, name_en, reply_working_days) values ('contract_dispute', '合同纠纷', 'Contract dispute', 5) on conflict (code) do nothing;`);
    this.addSql(`insert into hub.issue_category (code, name_zh, name_en, reply_working_days) values ('other', '其他', 'Other', 5) on conflict (code) do nothing;`);
    this.addSql(`insert into hub.routing_rule (priority, category_code, keywords, department_code, description) values (10, null, '{发票,纳税,退税,税}', 'tax', '发票/税 → 税务');`);
    this.addSql(`insert into hub.routing_rule (priority, category_code, keywords, department_code, description) values (20, null, '{诈骗,盗窃,被盗,治安,报警}', 'police', '诈骗/盗窃 → 公安');`);
    this.addSql(`insert into hub.routing_rule (priority, category_code, keywords, department_code, description) values (30, null, '{营业执照,商标,质量,年报}', 'market', '营业执照/商标/质量 → 市场监管');`);
    this.addSql(`insert into hub.routing_rule (priority, category_code, keywords, department_code, description) values (40, null, '{纠纷,调解,欠薪,劳资}', 'judicial', '纠纷/调解/欠薪 → 司法');`);
    this.addSql(`insert into hub.routing_rule (priority, category_code, keywords, department_code, description) values (100, 'public_security', '{}', 'police', '治安问题 → 公安');`);
    this.addSql(`insert into hub.routing_rule (priority, category_code, keywords, department_code, description) values (101, 'fraud', '{}', 'police', '涉诈风险 → 公安');`);
    this.addSql(`insert into hub.routing_rule (priority, category_code, keywords, department_code, description) values (102, 'safety_hazard', '{}', 'police', '安全隐患 → 公安');`);
    this.addSql(`insert into hub.routing_rule (priority, category_code, keywords, department_code, description) values (103, 'licence', '{}', 'market', '证照办理 → 市场监管');`);
    this.addSql(`insert into hub.routing_rule (priority, category_code, keywords, department_code, description) values (104, 'product_quality', '{}', 'market', '产品质量 → 市场监管');`);
    this.addSql(`insert into hub.routing_rule (priority, category_code, keywords, department_code, description) values (105, 'tax_service', '{}', 'tax', '涉税服务 → 税务');`);
    this.addSql(`insert into hub.routing_rule (priority, category_code, keywords, department_code, description) values (106, 'labour_dispute', '{}', 'judicial', '劳资纠纷 → 司法');`);
    this.addSql(`insert into hub.routing_rule (priority, category_code, keywords, department_code, description) values (107, 'contract_dispute', '{}', 'judicial', '合同纠纷 → 司法');`);
    this.addSql(`insert into hub.calendar_year (year, holidays, makeup_workdays) values (2025, '{2025-01-01,2025-01-28,2025-01-29,2025-01-30,2025-01-31,2025-02-01,2025-02-02,2025-02-03,2025-02-04,2025-04-04,2025-04-05,2025-04-06,2025-05-01,2025-05-02,2025-05-03,2025-05-04,2025-05-05,2025-05-31,2025-06-01,2025-06-02,2025-10-01,2025-10-02,2025-10-03,2025-10-04,2025-10-05,2025-10-06,2025-10-07,2025-10-08}', '{2025-01-26,2025-02-08,2025-04-27,2025-09-28,2025-10-11}') on conflict (year) do nothing;`);
    this.addSql(`insert into hub.calendar_year (year, holidays, makeup_workdays) values (2026, '{2026-01-01,2026-01-02,2026-01-03,2026-02-15,2026-02-16,2026-02-17,2026-02-18,2026-02-19,2026-02-20,2026-02-21,2026-02-22,2026-02-23,2026-04-04,2026-04-05,2026-04-06,2026-05-01,2026-05-02,2026-05-03,2026-05-04,2026-05-05,2026-06-19,2026-06-20,2026-06-21,2026-09-25,2026-09-26,2026-09-27,2026-10-01,2026-10-02,2026-10-03,2026-10-04,2026-10-05,2026-10-06,2026-10-07}', '{2026-01-04,2026-02-14,2026-02-28,2026-05-09,2026-09-20,2026-10-10}') on conflict (year) do nothing;`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from hub.routing_rule;`);
    this.addSql(`delete from hub.calendar_year where year in (2025, 2026);`);
  }
}

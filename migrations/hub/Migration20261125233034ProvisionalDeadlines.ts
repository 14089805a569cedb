import { Migration } from '@mikro-orm/migrations';

const REASON = `'Provisional: counted Monday to Friday only, because the working-day calendar has no State Council holiday arrangement for the year this deadline reaches. A coordinator or department administrator loads it with the setWorkdayCalendarYear mutation; this deadline is then recomputed automatically.'`;

/** The n-th Monday–Friday day after a date (a provisional deadline, as calendar.service.ts deadlineAfter counts one for an unknown year). */
const weekdaysAfter = (from: string, n: string) =>
  `(select d::date from generate_series((${from} + 1)::timestamp, (${from} + 2 * ${n} + 14)::timestamp, interval '1 day') d where extract(isodow from d) < 6 order by d offset greatest(${n}, 1) - 1 limit 1)`;

/**
 * Provisional deadlines (暂定期限) and received time (来电/来访时间): issue.received_at,
 * issue.sign_off_deadline_problem, referral.sign_off_deadline_problem. Rows that earlier versions
 * left without a deadline (their calendar year not loaded) get a provisional one now, counted
 * Monday–Friday, with the reason; loading the year recomputes them (deadline-settlement.ts).
 */
export class Migration20261125233034ProvisionalDeadlines extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "hub"."issue" add column "received_at" timestamptz null, add column "sign_off_deadline_problem" text null;`);
    this.addSql(`alter table "hub"."referral" add column "sign_off_deadline_problem" text null;`);

    this.addSql(`update hub.issue i set reply_deadline = ${weekdaysAfter('i.submitted_on', 'c.reply_working_days')}, reply_deadline_problem = ${REASON}
      from hub.issue_category c where c.code = i.category_code and i.reply_deadline is null;`);
    this.addSql(`update hub.issue i set sign_off_deadline = ${weekdaysAfter(`(i.assigned_at at time zone 'Asia/Shanghai')::date`, '1')}, sign_off_deadline_problem = ${REASON}
      where i.assigned_at is not null and i.sign_off_deadline is null;`);
    this.addSql(`update hub.referral r set sign_off_deadline = ${weekdaysAfter(`(r.created_at at time zone 'Asia/Shanghai')::date`, '1')}, sign_off_deadline_problem = ${REASON}
      where r.sign_off_deadline is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "hub"."issue" drop column "received_at", drop column "sign_off_deadline_problem";`);
    this.addSql(`alter table "hub"."referral" drop column "sign_off_deadline_problem";`);
  }
}

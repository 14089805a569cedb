import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { toHubDate } from '../../../shared/time-zone';
import { badInput } from '../../../shared/errors';
import { issueOverdueSql } from '../overdue';
import { IssueStatus, OPEN_STATUSES } from '../issue/issue-status';
import { PERFORMANCE_COUNTERS, PERFORMANCE_FOLD_CTE } from '../../../../migrations/hub/Migration20261126001500PerformanceRollups';

/**
 * The "three rates" (响应率, 解决率, 满意率) and their companions for one department, over the
 * requests it leads that were submitted in the period. Rates are null when their denominator is 0.
 * A request whose deadline the working-day calendar cannot tell yet (its year is not loaded: the
 * deadline shown is provisional, 暂定) is counted apart (`replyDeadlineUnknown`, `signOffDeadlineUnknown`) and left out of the on-time
 * rates, never counted as late; loading the year sets its deadline and judges it.
 */
@ObjectType({ description: 'The "three rates" (三率: 响应率 response, 解决率 resolution, 满意率 satisfaction) and their companions for one department over the requests it leads that were submitted in the period. Rates are fractions from 0 to 1 rounded to 4 decimals (0.8571 = 85.71%), null when their denominator is 0; requests whose deadline the calendar cannot tell yet are counted apart, never as late.' })
export class DepartmentPerformance {
  @Field(() => ID, { description: 'Code of the department.' })
  departmentCode!: string;

  @Field(() => Int, { description: 'Requests led by the department, submitted in the period.' })
  received!: number;

  @Field(() => Int, { description: 'Received requests signed for (签收) within their sign-off deadline.' })
  signedOnTime!: number;

  @Field(() => Int, { description: 'Received requests whose sign-off deadline is not known yet or only provisional (暂定: its calendar year not loaded): not in timelySignOffRate.' })
  signOffDeadlineUnknown!: number;

  @Field(() => Float, { nullable: true, description: 'Signed (签收) within 1 working day of assignment / received with a known sign-off deadline.' })
  timelySignOffRate!: number | null;

  @Field(() => Int, { description: 'Received requests answered within their reply deadline.' })
  respondedOnTime!: number;

  @Field(() => Int, { description: 'Received requests whose reply deadline is not known yet or only provisional (暂定: its calendar year not loaded): not in responseRate or resolvedOnTimeRate, never counted as late.' })
  replyDeadlineUnknown!: number;

  @Field(() => Float, { nullable: true, description: 'Replied within the reply deadline / received with a known reply deadline (响应率).' })
  responseRate!: number | null;

  @Field(() => Int, { description: 'Received requests concluded (办结).' })
  resolved!: number;

  @Field(() => Float, { nullable: true, description: 'Resolved / received (解决率).' })
  resolutionRate!: number | null;

  @Field(() => Int, { description: 'Resolved requests concluded by their reply deadline.' })
  resolvedOnTime!: number;

  @Field(() => Float, { nullable: true, description: 'Resolved by the reply deadline / resolved with a known reply deadline.' })
  resolvedOnTimeRate!: number | null;

  @Field(() => Int, { description: 'Requests the enterprise rated.' })
  rated!: number;

  @Field(() => Int, { description: 'Rated satisfied or basically satisfied.' })
  satisfied!: number;

  @Field(() => Float, { nullable: true, description: 'Satisfied or basically satisfied / rated (满意率).' })
  satisfactionRate!: number | null;

  @Field(() => Int, { description: 'Referrals to the department (on requests of the period) that were answered.' })
  referralsAnswered!: number;

  @Field(() => Int, { description: 'Referrals to the department that it sent back (退回).' })
  referralsRejected!: number;

  @Field(() => Float, { nullable: true, description: 'Referrals sent back / answered (退回率).' })
  referralRejectionRate!: number | null;

  @Field(() => Int, { description: 'Requests reopened at least once.' })
  reopened!: number;

  @Field(() => Float, { nullable: true, description: 'Reopened / resolved (重办率).' })
  reopenRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Average working days from submission to the reply, rounded to 2 decimals.' })
  averageWorkingDaysToReply!: number | null;

  @Field(() => Int, { description: 'Still open, unanswered and past the reply deadline today.' })
  openOverdue!: number;

  @Field(() => Int, { description: 'Extensions (延期) the department asked for on requests of the period.' })
  extensionsRequested!: number;

  @Field(() => Int, { description: 'Of those, the ones a coordinator approved.' })
  extensionsApproved!: number;

  @Field(() => Int, { description: 'Urgings (催办) of requests of the period while the department led them, by people and automatic.' })
  urgings!: number;
}

export const rate = (num: number, den: number) => (den > 0 ? Math.round((num / den) * 10000) / 10000 : null);

/** One department's counters, as both the rollup read and the row-level reference return them. */
export type PerformanceCounters = Record<string, string | number | null>;

/** Rates and rounding from the counters (the same for the rollups and the row-level reference). */
export function toPerformance(row: PerformanceCounters, around: PerformanceCounters | undefined): DepartmentPerformance {
  const n = (k: string) => Number(row[k] ?? 0);
  const answered = Number(around?.answered ?? 0);
  const rejected = Number(around?.rejected ?? 0);
  return {
    departmentCode: String(row.code),
    received: n('received'),
    signedOnTime: n('signed_on_time'),
    signOffDeadlineUnknown: n('sign_off_unknown'),
    timelySignOffRate: rate(n('signed_on_time'), n('received') - n('sign_off_unknown')),
    respondedOnTime: n('responded_on_time'),
    replyDeadlineUnknown: n('reply_unknown'),
    responseRate: rate(n('responded_on_time'), n('received') - n('reply_unknown')),
    resolved: n('resolved'),
    resolutionRate: rate(n('resolved'), n('received')),
    resolvedOnTime: n('resolved_on_time'),
    resolvedOnTimeRate: rate(n('resolved_on_time'), n('resolved') - n('resolved_reply_unknown')),
    rated: n('rated'),
    satisfied: n('satisfied'),
    satisfactionRate: rate(n('satisfied'), n('rated')),
    referralsAnswered: answered,
    referralsRejected: rejected,
    referralRejectionRate: rate(rejected, answered),
    reopened: n('reopened'),
    reopenRate: rate(n('reopened'), n('resolved')),
    averageWorkingDaysToReply: row.avg_reply_days == null ? null : Math.round(Number(row.avg_reply_days) * 100) / 100,
    openOverdue: n('open_overdue'),
    extensionsRequested: Number(around?.requested ?? 0),
    extensionsApproved: Number(around?.approved ?? 0),
    urgings: Number(around?.urgings ?? 0),
  };
}

const SUMS = PERFORMANCE_COUNTERS.map((c) => `sum(${c}) as ${c}`).join(', ');
const COLS = PERFORMANCE_COUNTERS.join(', ');
const READ_ONLY_SQL_TRANSACTION = '25006';

/**
 * "Open overdue" per lead department, live (it depends on today): the overdue rule's fragment,
 * plus its own conditions repeated outside its coalesce so that the partial index of open,
 * unanswered requests (issue_open_unanswered_index, by submission day) serves it index-only
 * instead of a scan of every request of the period.
 */
export function openOverdueSql(from: string, to: string, now: Date): { sql: string; params: unknown[] } {
  const today = toHubDate(now);
  const overdue = issueOverdueSql('i', today);
  return {
    sql: `select i.lead_department_code as code, count(*) as open_overdue from hub.issue i
       where i.status in (?) and i.responded_at is null and i.reply_deadline < ? and ${overdue.sql}
         and i.submitted_on between ? and ? and i.status <> ? and i.lead_department_code is not null
       group by i.lead_department_code`,
    params: [OPEN_STATUSES, today, ...overdue.params, from, to, IssueStatus.MERGED],
  };
}

/**
 * Read from the rollups (hub.performance_day + the deltas not folded in yet, kept by triggers in
 * the transaction of every change: see migrations/hub/Migration20261126001500PerformanceRollups),
 * so the cost grows with departments × days of the period, not with requests. Two statements run
 * concurrently: the rollups (which also fold pending deltas into the day rows, in the same
 * statement and snapshot, so the figures stay exact), and "open overdue", which depends on today
 * and is counted live over open, unanswered requests only (openOverdueSql). The figures are
 * those of the row-level SQL (performance.reference.ts), which a test compares on random histories.
 * A duplicate merged into another request (MERGED) is in no request figure (its survivor counts);
 * what happened around it (referrals answered, extensions, urgings) was real work and still counts.
 */
export async function departmentPerformance(em: EntityManager, from: string, to: string, now: Date): Promise<DepartmentPerformance[]> {
  if (from > to) throw badInput(`"from" (${from}) is after "to" (${to}).`, 'from');
  const openOverdue = openOverdueSql(from, to, now);
  const rollups = (fold: boolean) =>
    em.execute<PerformanceCounters[]>(
      `with ${fold ? `${PERFORMANCE_FOLD_CTE},` : ''}
       p as (select department_code, ${SUMS} from (
           select department_code, ${COLS} from hub.performance_day where day between ? and ?
           union all
           select department_code, ${COLS} from hub.performance_delta where day between ? and ?) x
         group by department_code)
       select d.code, p.*, p.reply_days_sum / nullif(p.reply_days_count, 0) as avg_reply_days,
              p.referrals_answered as answered, p.referrals_rejected as rejected,
              p.extensions_requested as requested, p.extensions_approved as approved
       from hub.department d left join p on p.department_code = d.code
       order by d.code`,
      [from, to, from, to],
    );
  const [rows, overdueRows] = await Promise.all([
    // the fold is housekeeping: not inside a caller's transaction (which may be read-only, and
    // would keep the advisory lock to its end), and skipped where writes are refused (a replica)
    em.isInTransaction()
      ? rollups(false)
      : rollups(true).catch((err: { code?: string }) => {
          if (err?.code === READ_ONLY_SQL_TRANSACTION) return rollups(false);
          throw err;
        }),
    em.execute<{ code: string; open_overdue: string }[]>(openOverdue.sql, openOverdue.params),
  ]);
  const open = new Map(overdueRows.map((r) => [r.code, r.open_overdue]));
  return rows.map((row) => toPerformance({ ...row, open_overdue: open.get(String(row.code)) ?? 0 }, row));
}

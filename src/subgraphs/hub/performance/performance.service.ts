import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { toHubDate } from '../../../shared/time-zone';
import { badInput } from '../../../shared/errors';
import { issueOverdueSql } from '../overdue';
import { IssueStatus } from '../issue/issue-status';

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

const rate = (num: number, den: number) => (den > 0 ? Math.round((num / den) * 10000) / 10000 : null);

/**
 * Two aggregate statements, whatever the number of issues: nothing is loaded into memory row by
 * row. A duplicate merged into another request (MERGED) is not a request of its own: it is left
 * out of every request figure (its survivor counts), so closing a repeat neither lowers the lead
 * department's rates nor counts as received; what happened around it (referrals answered,
 * extensions, urgings) was real work and still counts. On-time flags were judged against the reply deadline in force at the time (an approved
 * extension moves it), so they need no correction here.
 */
export async function departmentPerformance(em: EntityManager, from: string, to: string, now: Date): Promise<DepartmentPerformance[]> {
  if (from > to) throw badInput(`"from" (${from}) is after "to" (${to}).`, 'from');
  const overdue = issueOverdueSql('i', toHubDate(now));
  const issues = await em.execute<Record<string, string | null>[]>(
    `select d.code,
       count(i.id) as received,
       count(i.id) filter (where i.signed_on_time) as signed_on_time,
       count(i.id) filter (where i.sign_off_deadline is null or i.sign_off_deadline_problem is not null) as sign_off_unknown,
       count(i.id) filter (where i.reply_deadline is null or i.reply_deadline_problem is not null) as reply_unknown,
       count(i.id) filter (where i.resolved_at is not null and (i.reply_deadline is null or i.reply_deadline_problem is not null)) as resolved_reply_unknown,
       count(i.id) filter (where i.responded_on_time) as responded_on_time,
       count(i.id) filter (where i.resolved_at is not null) as resolved,
       count(i.id) filter (where i.resolved_on_time) as resolved_on_time,
       count(i.id) filter (where i.satisfaction is not null) as rated,
       count(i.id) filter (where i.satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED')) as satisfied,
       count(i.id) filter (where i.reopen_count > 0) as reopened,
       avg(i.reply_working_days) as avg_reply_days,
       count(i.id) filter (where ${overdue.sql}) as open_overdue
     from hub.department d
     left join hub.issue i on i.lead_department_code = d.code and i.submitted_on between ? and ? and i.status <> ?
     group by d.code order by d.code`,
    [...overdue.params, from, to, IssueStatus.MERGED],
  );
  // what happened around the requests, per department, in one pass: referrals answered by the
  // receiving department, extensions by the department that asked, urgings by the lead when urged
  const around = await em.execute<{ code: string; answered: string; rejected: string; requested: string; approved: string; urgings: string }[]>(
    `select x.code, sum(x.answered) as answered, sum(x.rejected) as rejected,
            sum(x.requested) as requested, sum(x.approved) as approved, sum(x.urgings) as urgings
     from (
       select r.to_department_code as code,
              (r.status in ('ACCEPTED', 'REJECTED', 'COMPLETED'))::int as answered, (r.status = 'REJECTED')::int as rejected,
              0 as requested, 0 as approved, 0 as urgings
       from hub.referral r join hub.issue i on i.id = r.issue_id where i.submitted_on between ? and ?
       union all
       select e.department_code, 0, 0, 1, (e.status = 'APPROVED')::int, 0
       from hub.issue_extension e join hub.issue i on i.id = e.issue_id where i.submitted_on between ? and ?
       union all
       select u.department_code, 0, 0, 0, 0, 1
       from hub.issue_urging u join hub.issue i on i.id = u.issue_id where i.submitted_on between ? and ? and u.department_code is not null
     ) x group by x.code`,
    [from, to, from, to, from, to],
  );
  const byDept = new Map(around.map((r) => [r.code, r]));
  return issues.map((row) => {
    const n = (k: string) => Number(row[k] ?? 0);
    const ref = byDept.get(row.code!);
    const answered = Number(ref?.answered ?? 0);
    const rejected = Number(ref?.rejected ?? 0);
    return {
      departmentCode: row.code!,
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
      extensionsRequested: Number(ref?.requested ?? 0),
      extensionsApproved: Number(ref?.approved ?? 0),
      urgings: Number(ref?.urgings ?? 0),
    };
  });
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { toHubDate } from '../../../shared/time-zone';
import { badInput } from '../../../shared/errors';
import { issueOverdueSql } from '../overdue';
import { IssueStatus } from '../issue/issue-status';
import { type DepartmentPerformance, toPerformance } from './performance.service';

/**
 * The row-level SQL departmentPerformance ran before the rollups, kept as the reference the
 * rollups are tested against (test/integration/closed-loop/performance-rollups.test.ts); not used
 * by the hub. Two aggregate statements, whatever the number of issues: nothing is loaded into memory row by
 * row. A duplicate merged into another request (MERGED) is not a request of its own: it is left
 * out of every request figure (its survivor counts), so closing a repeat neither lowers the lead
 * department's rates nor counts as received; what happened around it (referrals answered,
 * extensions, urgings) was real work and still counts. On-time flags were judged against the reply deadline in force at the time (an approved
 * extension moves it), so they need no correction here.
 */
export async function departmentPerformanceRowLevel(em: EntityManager, from: string, to: string, now: Date): Promise<DepartmentPerformance[]> {
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
  return issues.map((row) => toPerformance(row, byDept.get(row.code!)));
}

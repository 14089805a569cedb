import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../../shared/auth';
import { toHubDate } from '../../../shared/time-zone';
import { type Connection, CursorPart, encodeCursor, type PageArgs, pageWindow, toConnection } from '../../../shared/pagination';
import { parseUscc } from '../enterprise/uscc';
import { parseId } from '../validation';
import { Issue } from './issue.entity';
import { RecordAccess } from '../../../shared/need-to-know';
import { authorize, issueAccess, issueFacts, issueScope, issueVisibilitySql } from '../policy';
import { summaryOf } from './issue-summary';
import { issueOverdueSql } from '../overdue';
import { IssueOrder, type IssueFilter } from './issue.types';

/** Sorts a missing deadline after every real one. */
const NO_DEADLINE = '9999-12-31';

/** Reads of issues, always narrowed to what the viewer may see. */
export class IssueQueryService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** One request as the viewer may see it: in full, or its summary view (issue-summary.ts); FORBIDDEN when neither. */
  async get(id: string, referralDepartments: (issueId: number) => Promise<string[]>, load: (id: number) => Promise<Issue | null>): Promise<Issue | null> {
    const issue = await load(parseId(id, 'id', 'Issue'));
    if (!issue) return null;
    const facts = issueFacts(issue, await referralDepartments(issue.id));
    authorize(this.viewer, 'issue.readSummary', facts);
    return issueAccess(this.viewer, facts) === RecordAccess.FULL ? issue : summaryOf(issue);
  }

  /**
   * One page in the chosen order (newest first by default), forward or backward. One statement
   * whatever the page size (size+1 rows), and one count only if the client selects `totalCount`.
   * `maxPageSize`: pages larger than the API's 100, for exports that walk the list in batches.
   */
  async list(filter: IssueFilter | null | undefined, page: PageArgs, order: IssueOrder = IssueOrder.NEWEST_FIRST, maxPageSize?: number): Promise<Connection<Issue>> {
    // keyset over (sort key, id): a total order, stable under concurrent inserts
    const byDeadline = order === IssueOrder.REPLY_DEADLINE_FIRST;
    const direction = order === IssueOrder.NEWEST_FIRST ? 'desc' : 'asc';
    const window = byDeadline ? pageWindow(page, [CursorPart.isoDate, CursorPart.id], undefined, maxPageSize) : pageWindow(page, [CursorPart.id], undefined, maxPageSize);
    const placeholders = byDeadline ? '(?::date, ?)' : '?';
    const cursorOf = byDeadline ? (i: Issue) => encodeCursor([i.replyDeadline ?? NO_DEADLINE, i.id]) : (i: Issue) => encodeCursor([i.id]);
    // an officer's inbox walks hub.issue_department (one row per department that may see a request,
    // kept by triggers: the same rule as issueVisibilitySql) in index order; others read hub.issue
    const scope = issueScope(this.viewer);
    const viaDepartment = scope.kind === 'department';
    const deadlineKey = viaDepartment ? 'v.deadline_key' : `coalesce(i.reply_deadline, '${NO_DEADLINE}'::date)`;
    const idKey = viaDepartment ? 'v.issue_id' : 'i.id';
    const key = byDeadline ? `(${deadlineKey}, ${idKey})` : idKey;
    const from = viaDepartment ? 'hub.issue_department v join hub.issue i on i.id = v.issue_id' : 'hub.issue i';
    const conditions: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, ...values: unknown[]) => {
      conditions.push(sql);
      params.push(...values);
    };
    // visibility first: the filter can only narrow it
    if (scope.kind === 'department') add('v.department_code = ?', scope.department);
    else {
      const visible = issueVisibilitySql(this.viewer, 'i');
      add(visible.sql, ...visible.params);
    }
    if (filter?.status?.length) add(`i.status in (${filter.status.map(() => '?').join(', ')})`, ...filter.status);
    if (filter?.leadDepartment) add('i.lead_department_code = ?', filter.leadDepartment);
    if (filter?.assistingDepartment) add('? = any(i.assisting_department_codes)', filter.assistingDepartment);
    if (filter?.department) add('(i.lead_department_code = ? or ? = any(i.assisting_department_codes))', filter.department, filter.department);
    if (filter?.enterprise) add('i.enterprise_uscc = ?', parseUscc(filter.enterprise, 'filter.enterprise'));
    if (filter?.category) add('i.category_code = ?', filter.category);
    if (filter?.urged != null) add(filter.urged ? 'i.urge_count > 0' : 'i.urge_count = 0');
    if (filter?.submittedFrom) add('i.submitted_on >= ?', filter.submittedFrom);
    if (filter?.submittedTo) add('i.submitted_on <= ?', filter.submittedTo);
    if (filter?.overdue != null) {
      const overdue = issueOverdueSql('i', toHubDate(this.clock()));
      add(filter.overdue ? overdue.sql : `not ${overdue.sql}`, ...overdue.params);
    }
    const where = conditions.length ? `where ${conditions.join(' and ')}` : '';
    const pageConditions = [...conditions];
    const pageParams = [...params];
    // "after" a cursor means further along the order; paging backward reads the order reversed from `before`
    const [later, earlier] = direction === 'asc' ? ['>', '<'] : ['<', '>'];
    const bound = (op: string, values: unknown[]) => {
      pageConditions.push(`${key} ${op} ${placeholders}`);
      pageParams.push(...values);
      // the same bound on i.id too: Postgres does not carry an inequality across the join, and without
      // it a merge join walks hub.issue from its end down to the cursor
      if (viaDepartment && !byDeadline) {
        pageConditions.push(`i.id ${op} ?`);
        pageParams.push(...values);
      }
    };
    if (window.after) bound(later, window.after);
    if (window.before) bound(earlier, window.before);
    const pageWhere = pageConditions.length ? `where ${pageConditions.join(' and ')}` : '';
    const fetch = window.backward ? (direction === 'asc' ? 'desc' : 'asc') : direction;
    const orderBy = byDeadline ? `${deadlineKey} ${fetch}, ${idKey} ${fetch}` : `${idKey} ${fetch}`;
    const rows = await this.em.execute(`select i.* from ${from} ${pageWhere} order by ${orderBy} limit ?`, [...pageParams, window.size + 1]);
    const issues = rows.map((row: Record<string, unknown>) => this.em.map(Issue, row));
    const count = async () => {
      const [{ total }] = await this.em.execute<{ total: string }[]>(`select count(*) as total from ${from} ${where}`, params);
      return Number(total);
    };
    return toConnection(issues, window, count, cursorOf);
  }
}

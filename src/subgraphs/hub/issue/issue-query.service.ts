import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../../shared/auth';
import { toHubDate } from '../../../shared/time-zone';
import { type Connection, CursorPart, encodeCursor, type PageArgs, pageWindow, toConnection } from '../../../shared/pagination';
import { parseUscc } from '../enterprise/uscc';
import { parseId } from '../validation';
import { Issue } from './issue.entity';
import { authorize, issueFacts, issueVisibilitySql } from '../policy';
import { issueOverdueSql } from '../overdue';
import type { IssueFilter } from './issue.types';

/** Reads of issues, always narrowed to what the viewer may see. */
export class IssueQueryService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async get(id: string, referralDepartments: (issueId: number) => Promise<string[]>, load: (id: number) => Promise<Issue | null>): Promise<Issue | null> {
    const issue = await load(parseId(id, 'id', 'Issue'));
    if (!issue) return null;
    authorize(this.viewer, 'issue.read', issueFacts(issue, await referralDepartments(issue.id)));
    return issue;
  }

  /**
   * One page, newest first (id order: stable under concurrent inserts), forward or backward. Two
   * statements whatever the page size: the page (size+1 rows) and the total.
   */
  async list(filter: IssueFilter | null | undefined, page: PageArgs): Promise<Connection<Issue>> {
    const window = pageWindow(page, [CursorPart.id]);
    const v = this.viewer;
    const conditions: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, ...values: unknown[]) => {
      conditions.push(sql);
      params.push(...values);
    };
    // visibility first: the filter can only narrow it
    const visible = issueVisibilitySql(v, 'i');
    add(visible.sql, ...visible.params);
    if (filter?.status?.length) add(`i.status in (${filter.status.map(() => '?').join(', ')})`, ...filter.status);
    if (filter?.leadDepartment) add('i.lead_department_code = ?', filter.leadDepartment);
    if (filter?.assistingDepartment) add('? = any(i.assisting_department_codes)', filter.assistingDepartment);
    if (filter?.department) add('(i.lead_department_code = ? or ? = any(i.assisting_department_codes))', filter.department, filter.department);
    if (filter?.enterprise) add('i.enterprise_uscc = ?', parseUscc(filter.enterprise, 'filter.enterprise'));
    if (filter?.category) add('i.category_code = ?', filter.category);
    if (filter?.submittedFrom) add('i.submitted_on >= ?', filter.submittedFrom);
    if (filter?.submittedTo) add('i.submitted_on <= ?', filter.submittedTo);
    if (filter?.overdue != null) {
      const overdue = issueOverdueSql('i', toHubDate(this.clock()));
      add(filter.overdue ? overdue.sql : `not ${overdue.sql}`, ...overdue.params);
    }
    const where = conditions.length ? `where ${conditions.join(' and ')}` : '';
    const pageConditions = [...conditions];
    const pageParams = [...params];
    // newest first: "after" a cursor means a smaller id; paging backward reads upward from `before`
    if (window.after) {
      pageConditions.push('i.id < ?');
      pageParams.push(window.after[0]);
    }
    if (window.before) {
      pageConditions.push('i.id > ?');
      pageParams.push(window.before[0]);
    }
    const pageWhere = pageConditions.length ? `where ${pageConditions.join(' and ')}` : '';
    const [rows, [{ total }]] = await Promise.all([
      this.em.execute(`select i.* from hub.issue i ${pageWhere} order by i.id ${window.backward ? 'asc' : 'desc'} limit ?`, [...pageParams, window.size + 1]),
      this.em.execute<{ total: string }[]>(`select count(*) as total from hub.issue i ${where}`, params),
    ]);
    const issues = rows.map((row: Record<string, unknown>) => this.em.map(Issue, row));
    return toConnection(issues, window, Number(total), (i) => encodeCursor([i.id]));
  }
}

import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../../shared/auth';
import { toHubDate } from '../../../shared/time-zone';
import { type Connection, CursorPart, decodeCursor, encodeCursor, pageSize, toConnection } from '../../../shared/pagination';
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
    const issue = await load(parseId(id, 'id'));
    if (!issue) return null;
    authorize(this.viewer, 'issue.read', issueFacts(issue, await referralDepartments(issue.id)));
    return issue;
  }

  /**
   * One page, newest first (id order: stable under concurrent inserts). Two statements whatever the
   * page size: the page (limit+1 rows) and the total.
   */
  async list(filter: IssueFilter | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<Connection<Issue>> {
    const limit = pageSize(first);
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
    if (after) {
      const [lastId] = decodeCursor(after, [CursorPart.id]);
      pageConditions.push('i.id < ?');
      pageParams.push(lastId);
    }
    const pageWhere = pageConditions.length ? `where ${pageConditions.join(' and ')}` : '';
    const [rows, [{ total }]] = await Promise.all([
      this.em.execute(`select i.* from hub.issue i ${pageWhere} order by i.id desc limit ?`, [...pageParams, limit + 1]),
      this.em.execute<{ total: string }[]>(`select count(*) as total from hub.issue i ${where}`, params),
    ]);
    const issues = rows.map((row: Record<string, unknown>) => this.em.map(Issue, row));
    return toConnection(issues, limit, Number(total), (i) => encodeCursor([i.id]));
  }
}

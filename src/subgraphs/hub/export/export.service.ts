import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../../shared/auth';
import type { Config } from '../../../shared/config';
import { badInput, rateLimited } from '../../../shared/errors';
import { toHubDate } from '../../../shared/time-zone';
import { Department } from '../department/department.entity';
import { IssueQueryService } from '../issue/issue-query.service';
import { IssueOrder, type IssueFilter } from '../issue/issue.types';
import { authorize } from '../policy';
import { exportLinkPath } from './export-link';
import { ExportRequest } from './export.entity';
import { ExportKind, type CreateExportInput, type CreatedExport } from './export.types';

const HOUR_MS = 3_600_000;

/** The file an export is saved as: Chinese for people, an ASCII twin for old clients. */
export function exportFileName(e: { kind: string; format: string; params: Record<string, unknown>; createdAt: Date }): { name: string; ascii: string } {
  const ext = e.format === 'XLSX' ? 'xlsx' : 'csv';
  if (e.kind === ExportKind.DEPARTMENT_PERFORMANCE) {
    const period = `${e.params.from}_${e.params.to}`;
    return { name: `部门绩效-${period}.${ext}`, ascii: `department-performance-${period}.${ext}` };
  }
  const day = toHubDate(e.createdAt);
  return { name: `诉求清单-${day}.${ext}`, ascii: `requests-${day}.${ext}` };
}

/**
 * 导出: checks what the caller asks for as the list or the query itself would (same filter
 * parsing, same visibility), counts the rows, applies the per-user quota and row limit, and
 * records the export with the caller's claims; the download then needs only the signed link.
 */
export class ExportService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly clock: () => Date,
    private readonly config: Pick<Config, 'exports' | 'gatewaySigning'>,
  ) {}

  async create(input: CreateExportInput, requireKnownDepartments: (filter: IssueFilter) => Promise<void>): Promise<CreatedExport> {
    const v = this.viewer;
    const { maxRows, maxPerHour, linkTtlSeconds } = this.config.exports;
    let params: Record<string, unknown>;
    let rowCount: number;
    if (input.kind === ExportKind.ISSUES) {
      authorize(v, 'export.issues', null);
      if (input.from != null || input.to != null) throw badInput('from and to are for DEPARTMENT_PERFORMANCE: narrow a requests export with filter.submittedFrom / filter.submittedTo.', input.from != null ? 'input.from' : 'input.to');
      const filter = { ...(input.filter ?? {}) } as IssueFilter;
      const orderBy = input.orderBy ?? IssueOrder.NEWEST_FIRST;
      // the list's own query checks the filter and counts what the caller may see
      rowCount = await (await new IssueQueryService(this.em, v, this.clock).list(filter, { first: 1 }, orderBy)).totalCount;
      if (rowCount === 0) await requireKnownDepartments(filter);
      if (rowCount > maxRows) {
        throw badInput(`This export would hold ${rowCount} requests, more than ${maxRows} (EXPORT_MAX_ROWS): narrow the filter, e.g. by submittedFrom / submittedTo.`, 'input.filter');
      }
      params = { filter, orderBy };
    } else {
      authorize(v, 'export.performance', null);
      if (input.filter) throw badInput('filter is for ISSUES exports: a DEPARTMENT_PERFORMANCE export takes from and to.', 'input.filter');
      if (!input.from) throw badInput('from is required for a DEPARTMENT_PERFORMANCE export.', 'input.from');
      if (!input.to) throw badInput('to is required for a DEPARTMENT_PERFORMANCE export.', 'input.to');
      if (input.from > input.to) throw badInput(`"from" (${input.from}) is after "to" (${input.to}).`, 'input.from');
      rowCount = await this.em.count(Department, {});
      params = { from: input.from, to: input.to };
    }
    const now = this.clock();
    const created = await this.em.transactional(async (tx) => {
      // one user's exports are counted one at a time, so two at once cannot both slip under the quota
      await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`liaison-hub:export-quota:${v.id}`]);
      const recent = await tx.find(ExportRequest, { userId: v.id, createdAt: { $gt: new Date(now.getTime() - HOUR_MS) } }, { orderBy: { createdAt: 'asc' }, fields: ['createdAt'], limit: maxPerHour });
      if (recent.length >= maxPerHour) {
        const retryAfter = Math.max(1, Math.ceil((recent[0].createdAt.getTime() + HOUR_MS - now.getTime()) / 1000));
        throw rateLimited(`At most ${maxPerHour} exports per hour per user (EXPORT_MAX_PER_HOUR): try again in ${retryAfter} s.`, retryAfter);
      }
      return tx.create(ExportRequest, {
        kind: input.kind,
        format: input.format,
        params,
        userId: v.id,
        userName: v.displayName,
        department: v.department,
        roles: [...v.roles],
        uscc: v.uscc,
        createdAt: now,
        expiresAt: new Date(now.getTime() + linkTtlSeconds * 1000),
        rowCount,
      });
    });
    const { name } = exportFileName(created);
    return { url: exportLinkPath(this.config.gatewaySigning.secret, created, name), fileName: name, expiresAt: created.expiresAt, rowCount };
  }
}

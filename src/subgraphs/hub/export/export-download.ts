import type http from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Role, Viewer } from '../../../shared/auth';
import type { Clock } from '../../../shared/clock';
import type { Config } from '../../../shared/config';
import type { Logger } from '../../../shared/logger';
import type { SubgraphRoute } from '../../../shared/subgraph-server';
import { toHubDate } from '../../../shared/time-zone';
import { Department } from '../department/department.entity';
import { Enterprise } from '../enterprise/enterprise.entity';
import { IssueQueryService } from '../issue/issue-query.service';
import type { IssueFilter, IssueOrder } from '../issue/issue.types';
import { issueIsOverdue } from '../overdue';
import { departmentPerformance } from '../performance/performance.service';
import { IssueCategory } from '../routing/routing.entity';
import { ISSUE_COLUMNS, type IssueRow, PERFORMANCE_COLUMNS } from './export-columns';
import { csvWriter, type Column, type SheetWriter, xlsxWriter } from './export-format';
import { EXPORTS_PREFIX, linkMatches, parseExportLink } from './export-link';
import { ExportRequest } from './export.entity';
import { exportFileName } from './export.service';
import { ExportKind } from './export.types';

/** Rows read per statement: the list's own keyset query, 1,000 rows a page. */
export const EXPORT_BATCH = 1000;
/** Downloads one link may start (a retried download works; a link passed around soon stops). */
export const MAX_DOWNLOADS_PER_LINK = 3;

const CONTENT_TYPES: Record<string, string> = {
  CSV: 'text/csv; charset=utf-8',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

function refuse(res: http.ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

function writerFor<R>(format: string, out: http.ServerResponse, columns: Column<R>[], sheet: string): SheetWriter<R> {
  return format === 'XLSX' ? xlsxWriter(out, columns, sheet) : csvWriter(out, columns);
}

/**
 * Walks the requests list in batches through IssueQueryService.list, the `issues` query's own SQL
 * (visibility, filter, order, keyset cursor), so the file holds exactly what the API lists, and
 * never more than one batch is in memory. Each batch is one statement on a pooled connection (no
 * connection held while a slow client reads) plus one for its enterprises' names.
 */
async function writeIssues(orm: MikroORM, viewer: Viewer, clock: Clock, params: Record<string, unknown>, writer: SheetWriter<IssueRow>, maxRows: number, out: http.ServerResponse): Promise<number> {
  const base = orm.em.fork();
  const departments = new Map((await base.find(Department, {})).map((d) => [d.code, d.nameZh]));
  const categories = new Map((await base.find(IssueCategory, {})).map((c) => [c.code, c.nameZh]));
  const filter = (params.filter ?? {}) as IssueFilter;
  const orderBy = params.orderBy as IssueOrder;
  let after: string | null = null;
  let written = 0;
  while (written < maxRows && !out.destroyed) {
    // a fresh identity map per batch: nothing of the previous batch stays reachable
    const em = orm.em.fork();
    const page = await new IssueQueryService(em, viewer, clock).list(filter, { first: Math.min(EXPORT_BATCH, maxRows - written), after }, orderBy, EXPORT_BATCH);
    if (!page.edges.length) break;
    const usccs = [...new Set(page.edges.map((e) => e.node.enterprise.uscc))];
    const names = new Map((await em.find(Enterprise, { uscc: { $in: usccs } }, { fields: ['uscc', 'name'] })).map((e) => [e.uscc, e.name]));
    const today = toHubDate(clock());
    await writer.batch(
      page.edges.map(({ node: issue }) => ({
        issue,
        enterpriseName: names.get(issue.enterprise.uscc) ?? '',
        categoryName: categories.get(issue.category.code) ?? issue.category.code,
        leadDepartmentName: issue.leadDepartment ? (departments.get(issue.leadDepartment.code) ?? issue.leadDepartment.code) : null,
        assistingDepartmentNames: issue.assistingDepartmentCodes.map((c) => departments.get(c) ?? c),
        isOverdue: issueIsOverdue(issue, today),
      })),
    );
    written += page.edges.length;
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return written;
}

/**
 * GET /exports/<token>/<file>: the hub's side of a download (the gateway forwards it, signed). The
 * link must be one this hub signed for that export and user, not expired, not used up; then the
 * rows are read with the claims the export was created with and streamed as they are read.
 */
export function exportRoutes(deps: { orm: MikroORM; config: Config; log: Logger; clock: Clock }): SubgraphRoute[] {
  const { orm, config, log, clock } = deps;
  let streaming = 0;
  const usersStreaming = new Set<string>();

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.method !== 'GET') return refuse(res, 405, 'BAD_USER_INPUT', 'Export links are downloaded with GET.', { allow: 'GET' });
    const path = (req as { originalUrl?: string }).originalUrl ?? req.url ?? '';
    const link = parseExportLink(path);
    if (!link) return refuse(res, 404, 'NOT_FOUND', 'This is not an export link: create one with the createExport mutation.');
    const em = orm.em.fork();
    const row = await em.findOne(ExportRequest, link.id);
    if (!row || !linkMatches(config.gatewaySigning.secret, link, row)) {
      return refuse(res, 403, 'FORBIDDEN', 'This export link is not valid: it was altered or not issued by this hub. Create a new export with createExport.');
    }
    const now = clock();
    if (now.getTime() >= row.expiresAt.getTime()) {
      return refuse(res, 410, 'LINK_EXPIRED', `This export link expired at ${row.expiresAt.toISOString()}: links work for ${config.exports.linkTtlSeconds} s (EXPORT_LINK_TTL_SECONDS). Create a new export with createExport.`);
    }
    // a used-up link is told so before anything else (the claim below is what really counts)
    if (row.downloads >= MAX_DOWNLOADS_PER_LINK) return refuse(res, 410, 'LINK_USED', `This export link has been downloaded ${MAX_DOWNLOADS_PER_LINK} times already: create a new export with createExport.`);
    if (usersStreaming.has(row.userId)) return refuse(res, 429, 'RATE_LIMITED', 'Another of your exports is downloading: one at a time per user. Try again when it has finished.', { 'retry-after': '5' });
    if (streaming >= config.exports.maxConcurrent) {
      return refuse(res, 429, 'RATE_LIMITED', `This hub instance is streaming ${streaming} exports already (EXPORT_MAX_CONCURRENT): try again in a few seconds.`, { 'retry-after': '5' });
    }
    const claimed = await em.execute('update hub.export_request set downloads = downloads + 1, last_download_at = ? where id = ? and downloads < ? returning id', [now, row.id, MAX_DOWNLOADS_PER_LINK]);
    if (!claimed.length) return refuse(res, 410, 'LINK_USED', `This export link has been downloaded ${MAX_DOWNLOADS_PER_LINK} times already: create a new export with createExport.`);
    streaming++;
    usersStreaming.add(row.userId);
    let released = false;
    // the slot frees once the rows are written, before the file's end is flushed: a client that
    // saw the end may ask again at once
    const release = () => {
      if (released) return;
      released = true;
      streaming--;
      usersStreaming.delete(row.userId);
    };
    try {
      const viewer: Viewer = { id: row.userId, displayName: row.userName ?? row.userId, department: row.department, roles: row.roles as Role[], uscc: row.uscc };
      const { name, ascii } = exportFileName(row);
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[row.format] ?? 'application/octet-stream',
        'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      });
      let rows: number;
      if (row.kind === ExportKind.ISSUES) {
        const writer = writerFor(row.format, res, ISSUE_COLUMNS, '诉求清单');
        rows = await writeIssues(orm, viewer, clock, row.params, writer, config.exports.maxRows, res);
        release(); // the rows are out; only the file's end is left to flush
        await writer.finish();
      } else {
        // a handful of rows: departmentPerformance's own two aggregates, the API's numbers
        const figures = await departmentPerformance(em, String(row.params.from), String(row.params.to), clock());
        const names = new Map((await em.find(Department, {})).map((d) => [d.code, d.nameZh]));
        const writer = writerFor(row.format, res, PERFORMANCE_COLUMNS, '部门绩效');
        await writer.batch(figures.map((f) => ({ row: f, departmentName: names.get(f.departmentCode) ?? f.departmentCode })));
        release(); // the rows are out; only the file's end is left to flush
        await writer.finish();
        rows = figures.length;
      }
      await orm.em.fork().nativeUpdate(ExportRequest, { id: row.id }, { rowsWritten: rows });
    } catch (err) {
      if (!res.destroyed && !(err instanceof Error && err.message === 'download closed')) log.error(`export ${row.id} failed while streaming`, err);
      // the headers are out: a cut connection is how the client learns the file is incomplete
      res.destroy();
    } finally {
      release();
    }
  }
  return [{ prefix: EXPORTS_PREFIX.slice(0, -1), handle }];
}

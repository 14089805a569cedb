import type { EntityManager } from '@mikro-orm/postgresql';
import { type Authentication, type Viewer, hasRole, requireViewer } from '../../../shared/auth';
import { badInput, forbidden } from '../../../shared/errors';
import { textProblem } from '../../../shared/input-guard';
import { CursorPart, encodeCursor, pageWindow, toConnection, type Connection, type PageArgs } from '../../../shared/pagination';
import { actorOf, resultOf, type AuditRequest } from '../../../shared/audit/trail';
import { AuditKind, AuditSource, type AuditEntry, type AuditTrailFilter } from './audit.types';

/**
 * Reading the audit trails (AUDITOR only). Every subgraph keeps its own chain in its own schema;
 * the hub reads all five because an inspector needs them side by side and they live in one
 * database (a deliberate exception to "each subgraph reads only its own schema": read-only, and
 * only here and in `npm run audit:verify`). Order: newest first (at, source, seq).
 */
const SOURCES = Object.values(AuditSource);
const SOURCE_ORDER = [...SOURCES].sort();
export const MAX_CSV_ROWS = 10_000;

export function assertAuditor(viewer: Viewer): void {
  if (!hasRole(viewer, 'AUDITOR')) throw forbidden('Only auditors (AUDITOR role) may read the audit trail.');
}

const text = (value: string | null | undefined, name: string, max = 100) => {
  if (value == null) return null;
  const problem = textProblem(value, max);
  if (problem) throw badInput(`filter.${name}: ${problem}`, `filter.${name}`);
  return value;
};

const AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const cursorParts = [CursorPart.text(40, AT), CursorPart.text(10, /^(hub|police|market|tax|judicial)$/), CursorPart.text(20, /^\d{1,19}$/)] as const;

interface Row {
  source: AuditSource;
  seq: string;
  at_text: string;
  at: Date;
  [column: string]: unknown;
}

function toEntry(r: Row): AuditEntry {
  return {
    id: `AuditEntry:${r.source}:${r.seq_text}`,
    source: r.source,
    seq: r.seq_text as string,
    at: new Date(r.at),
    kind: r.kind as AuditKind,
    operation: r.operation as string,
    field: r.field as string | null,
    userId: r.user_id as string | null,
    userName: r.user_name as string | null,
    department: r.department as string | null,
    roles: typeof r.roles === 'string' && r.roles ? r.roles.split(',') : [],
    access: r.access as string | null,
    uscc: r.uscc as string | null,
    requestNumber: r.request_number as string | null,
    entities: r.entities as string | null,
    result: r.result as string,
    clientAddress: r.client_address as string | null,
    forwardedFor: r.forwarded_for as string | null,
    traceId: r.trace_id as string | null,
    hash: r.hash as string,
    prevHash: r.prev_hash as string,
  };
}

const cursorOf = (e: AuditEntry & { atText?: string }) => encodeCursor([e.atText!, e.source, e.seq]);

export class AuditService {
  constructor(private readonly em: EntityManager, private readonly audit: AuditRequest | undefined) {}

  /** Conditions of the filter, per source branch (the same for each). */
  private where(filter: AuditTrailFilter | null | undefined): { sql: string[]; params: unknown[] } {
    const sql: string[] = [];
    const params: unknown[] = [];
    const eq = (column: string, value: unknown) => {
      if (value == null) return;
      sql.push(`"${column}" = ?`);
      params.push(value);
    };
    eq('user_id', text(filter?.user, 'user'));
    eq('department', text(filter?.department, 'department', 50));
    eq('uscc', text(filter?.enterprise, 'enterprise', 18));
    eq('result', text(filter?.result, 'result', 40));
    eq('kind', filter?.kind ?? null);
    const operation = text(filter?.operation, 'operation', 200);
    if (operation != null) {
      sql.push('("operation" = ? or "field" = ?)');
      params.push(operation, operation);
    }
    if (filter?.from) {
      sql.push('"at" >= ?');
      params.push(filter.from);
    }
    if (filter?.to) {
      sql.push('"at" < ?');
      params.push(filter.to);
    }
    return { sql, params };
  }

  private sources(filter: AuditTrailFilter | null | undefined): AuditSource[] {
    const wanted = filter?.sources?.length ? filter.sources : SOURCES;
    return SOURCE_ORDER.filter((s) => wanted.includes(s));
  }

  /**
   * One page of rows merged from every source, in the order newest first by (at, source, seq):
   * `after` keeps what comes later in that order, `before` what comes earlier; a backward page is
   * read in the reverse order (toConnection puts it back).
   */
  private async rows(
    filter: AuditTrailFilter | null | undefined,
    limit: number,
    after: [string, string, string] | null,
    before: [string, string, string] | null,
    backward: boolean,
  ): Promise<(AuditEntry & { atText: string })[]> {
    const { sql, params } = this.where(filter);
    const branches: string[] = [];
    const all: unknown[] = [];
    const direction = backward ? 'asc' : 'desc';
    for (const source of this.sources(filter)) {
      const conditions = [...sql];
      const branchParams = [...params];
      const bound = (cursor: [string, string, string], later: boolean) => {
        const [at, cursorSource, seq] = cursor;
        const [lt, le] = later ? ['<', '<='] : ['>', '>='];
        // tuple (at, source, seq) compared with the cursor's, within this source's branch
        if (later ? source < cursorSource : source > cursorSource) {
          conditions.push(`"at" ${le} ?::timestamptz`);
          branchParams.push(at);
        } else if (source === cursorSource) {
          conditions.push(`("at" ${lt} ?::timestamptz or ("at" = ?::timestamptz and "seq" ${lt} ?))`);
          branchParams.push(at, at, seq);
        } else {
          conditions.push(`"at" ${lt} ?::timestamptz`);
          branchParams.push(at);
        }
      };
      if (after) bound(after, true);
      if (before) bound(before, false);
      branches.push(
        `(select '${source}' as source, "seq"::text as seq_text, to_char("at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at_text, *
            from "${source}"."audit_log" ${conditions.length ? `where ${conditions.join(' and ')}` : ''}
           order by "at" ${direction}, "seq" ${direction} limit ${limit})`,
      );
      all.push(...branchParams);
    }
    if (!branches.length) return [];
    const rows = (await this.em.execute(
      `select * from (${branches.join(' union all ')}) t order by "at" ${direction}, source ${direction}, "seq" ${direction} limit ${limit}`,
      all,
    )) as Row[];
    return rows.map((r) => ({ ...toEntry(r), atText: r.at_text }));
  }

  private async count(filter: AuditTrailFilter | null | undefined): Promise<number> {
    const { sql, params } = this.where(filter);
    const sources = this.sources(filter);
    if (!sources.length) return 0;
    const branches = sources.map((s) => `select count(*) as n from "${s}"."audit_log" ${sql.length ? `where ${sql.join(' and ')}` : ''}`);
    const [row] = await this.em.execute(`select sum(n)::int as total from (${branches.join(' union all ')}) t`, sources.flatMap(() => params));
    return Number(row.total);
  }

  /** Records the auditor's own query in the hub's chain, written before the answer leaves. */
  private async recordAccess(operation: string, filter: AuditTrailFilter | null | undefined, result: string): Promise<void> {
    if (!this.audit) return;
    const at = this.audit.trail.clock();
    await this.audit.trail.write([
      {
        at,
        kind: 'AUDIT',
        operation,
        field: null,
        access: null,
        uscc: filter?.enterprise ?? null,
        requestNumber: null,
        entities: filter ? JSON.stringify(filter) : null,
        result,
        ...actorOf(this.audit.auth),
        ...this.audit.origin,
      },
    ]);
  }

  /** Runs an auditor query: refused unless AUDITOR; either way recorded. */
  async audited<T>(auth: Authentication, operation: string, filter: AuditTrailFilter | null | undefined, work: () => Promise<T>): Promise<T> {
    try {
      assertAuditor(requireViewer(auth));
      const result = await work();
      await this.recordAccess(operation, filter, 'OK');
      return result;
    } catch (err) {
      await this.recordAccess(operation, filter, resultOf(err));
      throw err;
    }
  }

  async page(filter: AuditTrailFilter | null | undefined, paging: PageArgs): Promise<Connection<AuditEntry>> {
    const window = pageWindow(paging, cursorParts);
    const rows = await this.rows(filter, window.size + 1, window.after as [string, string, string] | null, window.before as [string, string, string] | null, window.backward);
    // the total is counted only when the client asks for it
    return toConnection(rows, window, () => this.count(filter), cursorOf);
  }

  async csv(filter: AuditTrailFilter | null | undefined, first: number | null | undefined): Promise<string> {
    const limit = first ?? 1000;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_CSV_ROWS) throw badInput(`"first" must be between 1 and ${MAX_CSV_ROWS}.`, 'first');
    const rows = await this.rows(filter, limit, null, null, false);
    const columns: (keyof AuditEntry)[] = [
      'source', 'seq', 'at', 'kind', 'operation', 'field', 'userId', 'userName', 'department', 'roles', 'access', 'uscc',
      'requestNumber', 'entities', 'result', 'clientAddress', 'forwardedFor', 'traceId', 'prevHash', 'hash',
    ];
    const cell = (v: unknown) => {
      let s = v == null ? '' : v instanceof Date ? v.toISOString() : Array.isArray(v) ? v.join(' ') : String(v);
      // a cell a spreadsheet would run as a formula is quoted as text (CSV injection)
      if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
      return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    };
    return [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\r\n') + '\r\n';
  }
}

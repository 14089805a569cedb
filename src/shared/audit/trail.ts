import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import type { Transaction } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Pool } from 'pg';
import type { Authentication } from '../auth';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import { BACKGROUND } from '../orm';

/**
 * The audit trail (安全审计) of one subgraph: who did or read what, when, from where, with what
 * result. Mutations are written in the transaction of the change (see subscriber.ts); reads of
 * confidential fields are buffered and written in one multi-row INSERT shortly after the response.
 * Rows never carry the token or free text typed into a form: only ids, names of operations and
 * fields, and error codes.
 */
export type AuditKind = 'MUTATION' | 'READ' | 'AUDIT';

export interface AuditActor {
  userId: string | null;
  userName: string | null;
  department: string | null;
  roles: string | null;
}

/** Where a request came from, as the gateway forwarded it. */
export interface RequestOrigin {
  clientAddress: string | null;
  forwardedFor: string | null;
  traceId: string;
}

export interface AuditRow extends AuditActor, RequestOrigin {
  at: Date;
  kind: AuditKind;
  operation: string;
  field: string | null;
  access: string | null;
  uscc: string | null;
  requestNumber: string | null;
  entities: string | null;
  result: string;
}

/** Header names the gateway sets for the subgraphs (see gateway.ts `forwardOrigin`). */
export const CLIENT_ADDRESS_HEADER = 'x-client-address';
const TRACEPARENT = /^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/;
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;
const FORWARDED_FOR = /^[0-9A-Fa-f.:, \[\]]{1,200}$/;

export const newTraceId = () => randomBytes(16).toString('hex');

/** The W3C trace id of `traceparent`, else a sane `x-request-id`, else null. */
export function traceIdFrom(get: (name: string) => string | null | undefined): string | null {
  const tp = get('traceparent')?.trim().toLowerCase();
  const m = tp ? TRACEPARENT.exec(tp) : null;
  if (m && !/^0+$/.test(m[1])) return m[1];
  const rid = get('x-request-id')?.trim();
  return rid && REQUEST_ID.test(rid) ? rid : null;
}

/** Origin of a request from its headers; anything malformed is dropped rather than stored. */
export function originFromHeaders(get: (name: string) => string | null | undefined): RequestOrigin {
  const address = get(CLIENT_ADDRESS_HEADER)?.trim() ?? '';
  const forwarded = get('x-forwarded-for')?.trim() ?? '';
  return {
    clientAddress: isIP(address) ? address : null,
    forwardedFor: FORWARDED_FOR.test(forwarded) ? forwarded : null,
    traceId: traceIdFrom(get) ?? newTraceId(),
  };
}

export function actorOf(auth: Authentication): AuditActor {
  if (auth.kind !== 'viewer') return { userId: null, userName: null, department: null, roles: null };
  const v = auth.viewer;
  return { userId: v.id, userName: v.displayName, department: v.department, roles: v.roles.join(',') };
}

const COLUMNS = [
  'at', 'kind', 'operation', 'field', 'user_id', 'user_name', 'department', 'roles', 'access', 'uscc',
  'request_number', 'entities', 'result', 'client_address', 'forwarded_for', 'trace_id',
] as const;

function values(r: AuditRow): unknown[] {
  return [
    r.at, r.kind, r.operation, r.field, r.userId, r.userName, r.department, r.roles, r.access, r.uscc,
    r.requestNumber, r.entities, r.result, r.clientAddress, r.forwardedFor, r.traceId,
  ];
}

/** One row's INSERT (`?` placeholders, for the ORM); the chain trigger fills seq, prev_hash and hash. */
export function insertSql(schema: string): string {
  return `insert into "${schema}"."audit_log" (${COLUMNS.map((c) => `"${c}"`).join(', ')}) values (${COLUMNS.map(() => '?').join(', ')})`;
}

/**
 * Any number of rows in one INSERT with one parameter: a JSON array of row arrays, unpacked by
 * Postgres (cheaper for Node than binding 16 parameters a row), in array order.
 */
export function insertBatchSql(schema: string): string {
  const columns = COLUMNS.map((c, i) => (i === 0 ? `(e->>0)::timestamptz` : `e->>${i}`)).join(', ');
  return `insert into "${schema}"."audit_log" (${COLUMNS.map((c) => `"${c}"`).join(', ')}) select ${columns} from json_array_elements($1::json) with ordinality as r(e, n) order by n`;
}

/** The error code of a refused operation, as the client sees it. */
export function resultOf(err: unknown): string {
  const code = (err as { extensions?: { code?: unknown } })?.extensions?.code;
  return typeof code === 'string' && /^[A-Z_]{1,40}$/.test(code) ? code : 'INTERNAL_SERVER_ERROR';
}

/** What the request-scoped part of an audit row needs: the trail, the caller, where they came from. */
export interface AuditRequest {
  trail: AuditTrail;
  auth: Authentication;
  origin: RequestOrigin;
  /** The caller as audit rows name them, worked out once per request. */
  actor?: AuditActor;
}

/**
 * One mutation being audited: the rows the ORM subscriber writes at each commit take their
 * content from here. Set for the duration of the resolver through `mutationScope`.
 */
export class MutationAudit {
  /** Entity name → ids of rows the mutation changed (filled at each flush). */
  readonly touched = new Map<string, Set<string>>();
  /** Enterprises and request numbers the mutation touched: named on the row only when it is one. */
  readonly usccs = new Set<string>();
  readonly requestNumbers = new Set<string>();
  written = false;
  constructor(
    readonly request: AuditRequest,
    readonly operation: string,
    /** Ids named in the arguments (never free text). */
    readonly argumentIds: Record<string, string>,
  ) {
    if (argumentIds.uscc) this.usccs.add(argumentIds.uscc);
  }

  row(result: string): AuditRow {
    const entities: Record<string, unknown> = {};
    if (Object.keys(this.argumentIds).length) entities.args = this.argumentIds;
    for (const [name, ids] of [...this.touched].sort(([a], [b]) => a.localeCompare(b))) entities[name] = [...ids].slice(0, 50);
    return {
      at: this.request.trail.clock(),
      kind: 'MUTATION',
      operation: this.operation,
      field: null,
      access: null,
      // a mutation spanning several enterprises (a meeting's agenda) names none here; `entities` lists them
      uscc: this.usccs.size === 1 ? [...this.usccs][0] : null,
      requestNumber: this.requestNumbers.size === 1 ? [...this.requestNumbers][0] : null,
      entities: Object.keys(entities).length ? JSON.stringify(entities) : null,
      result,
      ...actorOf(this.request.auth),
      ...this.request.origin,
    };
  }
}

export const mutationScope = new AsyncLocalStorage<MutationAudit>();

const ID_KEY = /^(id|uscc|code|[a-z][A-Za-z]*Id|[a-z][A-Za-z]*Ids|idempotencyKey)$/;

/**
 * Ids in a mutation's arguments, at any depth of its input objects: what the mutation aimed at.
 * Named by their own key (`issueId`, not `input.issueId`), so rows read the same whether a mutation
 * takes flat arguments or one input object; the first occurrence of a key wins.
 */
export function argumentIds(args: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (value: unknown, depth: number) => {
    if (!value || typeof value !== 'object' || depth > 3) return;
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      if (key === 'idempotencyKey' || key in out) continue;
      if (ID_KEY.test(key) && (typeof v === 'string' || typeof v === 'number') && String(v).length <= 64) {
        out[key] = String(v);
      } else if (ID_KEY.test(key) && Array.isArray(v)) {
        out[key] = v.filter((x) => typeof x === 'string' || typeof x === 'number').slice(0, 20).join(',');
      } else if (typeof v === 'object' && !Array.isArray(v)) {
        walk(v, depth + 1);
      }
    }
  };
  walk(args, 0);
  return out;
}

export interface AuditTrailOptions {
  /** Reads wait at most this long before their batch is written. */
  flushMs: number;
  /** A batch this large is written at once. */
  maxBatch: number;
}

/**
 * The writer of one subgraph's chain. Confidential reads are queued in memory and written in
 * one statement per batch off the request path; a batch that cannot be written is logged and
 * retried with the next one (kept up to 10 000 rows).
 */
export class AuditTrail {
  private queue: AuditRow[] = [];
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();
  private stopped = false;
  /**
   * Benchmark switch only (bench/audit-reads.ts measures the read path with and without it): there
   * is deliberately no configuration that turns auditing off.
   */
  readsEnabled = true;

  /**
   * Rows written outside a mutation's transaction go through a small pool of their own, straight to
   * pg: the ORM would also format every batch into a log line.
   */
  private readonly pool: Pool;
  private readonly batchSql: string;

  constructor(
    databaseUrl: string,
    readonly schema: string,
    readonly clock: Clock,
    private readonly log: Logger,
    private readonly opts: AuditTrailOptions = { flushMs: 200, maxBatch: 500 },
  ) {
    this.batchSql = insertBatchSql(schema);
    this.pool = new Pool({ connectionString: databaseUrl, max: 2, idleTimeoutMillis: 30_000 });
    this.pool.on('error', (err) => this.log.warn(`audit: idle database connection failed: ${err.message}`));
  }

  /** Rows written now, in their own transaction (refusals, auditor queries, mutations that changed nothing). */
  async write(rows: AuditRow[]): Promise<void> {
    if (!rows.length) return;
    await this.pool.query(this.batchSql, [JSON.stringify(rows.map(values))]);
  }

  /** The row written inside a mutation's transaction, just before it commits. */
  async writeInTransaction(row: AuditRow, em: EntityManager, transaction: Transaction): Promise<void> {
    await em.getConnection().execute(insertSql(this.schema), values(row), 'run', transaction, BACKGROUND);
  }

  /** Queues a confidential read; written within `flushMs` (or at once when the batch is full). */
  recordRead(row: AuditRow): void {
    if (this.stopped) return;
    this.queue.push(row);
    if (this.queue.length >= this.opts.maxBatch) {
      void this.flush();
    } else if (!this.timer) {
      // not inside the request's async context: the flush belongs to no mutation
      this.timer = mutationScope.exit(() => setTimeout(() => void this.flush(), this.opts.flushMs));
      this.timer.unref();
    }
  }

  /** Writes every queued read now; resolves when they are stored. */
  flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.flushing = this.flushing.then(async () => {
      const batch = this.queue.splice(0, this.queue.length);
      for (let i = 0; i < batch.length; i += this.opts.maxBatch) {
        const part = batch.slice(i, i + this.opts.maxBatch);
        try {
          await mutationScope.exit(() => this.write(part));
        } catch (err) {
          this.log.error(`audit: ${part.length} read rows could not be written; retrying with the next batch`, err);
          this.queue.unshift(...part.slice(0, 10_000 - this.queue.length));
          if (!this.timer && !this.stopped) {
            this.timer = setTimeout(() => void this.flush(), Math.max(this.opts.flushMs, 1000));
            this.timer.unref();
          }
          return;
        }
      }
    });
    return this.flushing;
  }

  async stop(): Promise<void> {
    await this.flush();
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.pool.end();
  }
}

import { createHash } from 'node:crypto';

/**
 * The hash chain, recomputed in Node independently of the database trigger that wrote it (so a
 * trigger replaced by someone with owner rights is caught too). Content: every column in a fixed
 * order, each as `<bytes>:<text>` (NULL as `~`), then the previous row's hash; the time as
 * microseconds since the epoch. Must match `audit_content` in schema-sql.ts.
 */
export interface StoredAuditRow {
  seq: string;
  at_us: string;
  kind: string;
  operation: string;
  field: string | null;
  user_id: string | null;
  user_name: string | null;
  department: string | null;
  roles: string | null;
  access: string | null;
  uscc: string | null;
  request_number: string | null;
  entities: string | null;
  result: string;
  client_address: string | null;
  forwarded_for: string | null;
  trace_id: string | null;
  prev_hash: string;
  hash: string;
}

const part = (v: string | null) => (v === null ? '~' : `${Buffer.byteLength(v, 'utf8')}:${v}`);

export function rowContent(r: StoredAuditRow): string {
  return [
    r.seq, r.at_us, r.kind, r.operation, r.field, r.user_id, r.user_name, r.department, r.roles, r.access, r.uscc,
    r.request_number, r.entities, r.result, r.client_address, r.forwarded_for, r.trace_id, r.prev_hash,
  ].map(part).join('');
}

export const rowHash = (r: StoredAuditRow) => createHash('sha256').update(rowContent(r), 'utf8').digest('hex');

export type Query = (sql: string, params: unknown[]) => Promise<Record<string, any>[]>;

export interface ChainReport {
  schema: string;
  ok: boolean;
  rows: number;
  /** Partitions detached by retention whose last hash anchors the chain. */
  anchors: number;
  /** The first row that breaks the chain, and how. */
  problem: { seq: string; reason: string } | null;
}

/** Walks one subgraph's chain in sequence order; stops at the first row that breaks it. */
export async function verifyChain(query: Query, schema: string, pageSize = 2000): Promise<ChainReport> {
  const s = `"${schema}"`;
  const [{ n: anchorCount }] = await query(`select count(*)::int as n from ${s}."audit_anchor"`, []);
  const anchors = await query(`select "last_seq"::text as seq_text, "last_hash" from ${s}."audit_anchor" order by "last_seq" desc limit 1`, []);
  let previous = anchors[0]?.last_hash ?? '';
  let previousSeq: string | null = anchors[0] ? `${anchors[0].seq_text} (last row of a detached partition)` : null;
  let rows = 0;
  let after = anchors[0]?.seq_text ?? '0';
  for (;;) {
    const page = (await query(
      `select "seq"::text as seq_text, ((extract(epoch from "at") * 1000000)::bigint)::text as at_us, "kind", "operation", "field",
              "user_id", "user_name", "department", "roles", "access", "uscc", "request_number", "entities", "result",
              "client_address", "forwarded_for", "trace_id", "prev_hash", "hash"
         from ${s}."audit_log" where "seq" > ? order by "seq" limit ?`,
      [after, pageSize],
    )).map(({ seq_text, ...rest }) => ({ ...rest, seq: seq_text })) as StoredAuditRow[];
    for (const row of page) {
      rows++;
      if (rowHash(row) !== row.hash) {
        return { schema, ok: false, rows, anchors: anchorCount, problem: { seq: row.seq, reason: `row ${row.seq} was changed: its content no longer matches its hash` } };
      }
      if (row.prev_hash !== previous) {
        const before = previousSeq === null ? 'the start of the chain' : `row ${previousSeq}`;
        return {
          schema, ok: false, rows, anchors: anchorCount,
          problem: { seq: row.seq, reason: `row ${row.seq} does not follow ${before}: a row between them was deleted or changed, or row ${row.seq} was inserted out of order` },
        };
      }
      previous = row.hash;
      previousSeq = row.seq;
    }
    if (page.length < pageSize) break;
    after = page[page.length - 1].seq;
  }
  // rows older than the newest anchor still attached (the default partition) are outside the walk
  const stray = anchors[0] ? await query(`select "seq"::text as seq_text from ${s}."audit_log" where "seq" <= ? order by "seq" limit 1`, [anchors[0].seq_text]) : [];
  if (stray.length) {
    return { schema, ok: false, rows, anchors: anchorCount, problem: { seq: stray[0].seq_text, reason: `row ${stray[0].seq_text} lies before the detached partitions' anchor: inserted out of order` } };
  }
  return { schema, ok: true, rows, anchors: anchorCount, problem: null };
}

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

type Problem = { seq: string; reason: string };

/**
 * Walks the rows of one table in sequence order from `previous` (the hash the first row must link
 * to); the first row that breaks the chain is the problem. `after`: only rows with a larger seq.
 */
async function walk(
  query: Query,
  table: string,
  start: { previous: string; label: string | null; after: string },
  pageSize: number,
): Promise<{ rows: number; last: { seq: string; hash: string } | null; problem: Problem | null }> {
  let previous = start.previous;
  let previousSeq = start.label;
  let after = start.after;
  let rows = 0;
  let last: { seq: string; hash: string } | null = null;
  for (;;) {
    const page = (await query(
      `select "seq"::text as seq_text, ((extract(epoch from "at") * 1000000)::bigint)::text as at_us, "kind", "operation", "field",
              "user_id", "user_name", "department", "roles", "access", "uscc", "request_number", "entities", "result",
              "client_address", "forwarded_for", "trace_id", "prev_hash", "hash"
         from ${table} where "seq" > ? order by "seq" limit ?`,
      [after, pageSize],
    )).map(({ seq_text, ...rest }) => ({ ...rest, seq: seq_text })) as StoredAuditRow[];
    for (const row of page) {
      rows++;
      if (rowHash(row) !== row.hash) {
        return { rows, last, problem: { seq: row.seq, reason: `row ${row.seq} was changed: its content no longer matches its hash` } };
      }
      if (row.prev_hash !== previous) {
        const before = previousSeq === null ? 'the start of the chain' : `row ${previousSeq}`;
        return {
          rows, last,
          problem: { seq: row.seq, reason: `row ${row.seq} does not follow ${before}: a row between them was deleted or changed, or row ${row.seq} was inserted out of order` },
        };
      }
      previous = row.hash;
      previousSeq = row.seq;
      last = { seq: row.seq, hash: row.hash };
    }
    if (page.length < pageSize) return { rows, last, problem: null };
    after = page[page.length - 1].seq;
  }
}

/** Walks one subgraph's live chain in sequence order; stops at the first row that breaks it. */
export async function verifyChain(query: Query, schema: string, pageSize = 2000): Promise<ChainReport> {
  const s = `"${schema}"`;
  const [{ n: anchorCount }] = await query(`select count(*)::int as n from ${s}."audit_anchor"`, []);
  const anchors = await query(`select "last_seq"::text as seq_text, "last_hash" from ${s}."audit_anchor" order by "last_seq" desc limit 1`, []);
  const result = await walk(
    query,
    `${s}."audit_log"`,
    {
      previous: anchors[0]?.last_hash ?? '',
      label: anchors[0] ? `${anchors[0].seq_text} (last row of a detached partition)` : null,
      after: anchors[0]?.seq_text ?? '0',
    },
    pageSize,
  );
  if (result.problem) return { schema, ok: false, rows: result.rows, anchors: anchorCount, problem: result.problem };
  // rows older than the newest anchor still attached (the default partition) are outside the walk
  const stray = anchors[0] ? await query(`select "seq"::text as seq_text from ${s}."audit_log" where "seq" <= ? order by "seq" limit 1`, [anchors[0].seq_text]) : [];
  if (stray.length) {
    return { schema, ok: false, rows: result.rows, anchors: anchorCount, problem: { seq: stray[0].seq_text, reason: `row ${stray[0].seq_text} lies before the detached partitions' anchor: inserted out of order` } };
  }
  return { schema, ok: true, rows: result.rows, anchors: anchorCount, problem: null };
}

export interface ArchiveReport {
  partition: string;
  /** false: the table is gone (dropped after archiving elsewhere), nothing to check here. */
  present: boolean;
  ok: boolean;
  rows: number;
  problem: Problem | null;
}

/**
 * Checks the partitions retention detached, oldest first: each one's rows chain on from the
 * previous partition's anchored last hash, and end at its own anchor (same last hash, same count),
 * so an archived month cannot be edited, trimmed or swapped either.
 */
export async function verifyArchive(query: Query, schema: string, pageSize = 2000): Promise<ArchiveReport[]> {
  const s = `"${schema}"`;
  const anchors = await query(
    `select "partition_name", "first_seq"::text as first_text, "last_seq"::text as last_text, "rows"::text as rows_text, "last_hash",
            to_regclass(quote_ident(?) || '.' || quote_ident("partition_name")) is not null as present
       from ${s}."audit_anchor" order by "last_seq"`,
    [schema],
  );
  const reports: ArchiveReport[] = [];
  let previous: { hash: string; label: string } | null = null;
  for (const a of anchors) {
    const partition = a.partition_name as string;
    if (!a.present) {
      reports.push({ partition, present: false, ok: true, rows: 0, problem: null });
      previous = { hash: a.last_hash, label: `${a.last_text} (last row of ${partition})` };
      continue;
    }
    const table = `${s}."${partition.replace(/"/g, '""')}"`;
    // the oldest partition still here links to whatever came before it (itself maybe archived away)
    const [first] = previous ? [] : await query(`select "prev_hash" from ${table} order by "seq" limit 1`, []);
    const result = await walk(query, table, { previous: previous?.hash ?? first?.prev_hash ?? '', label: previous?.label ?? null, after: '0' }, pageSize);
    let problem = result.problem;
    if (!problem && (result.last?.hash !== a.last_hash || String(result.rows) !== a.rows_text || result.last?.seq !== a.last_text)) {
      problem = {
        seq: result.last?.seq ?? a.first_text,
        reason: `${partition} does not end as anchored when it was detached (${a.rows_text} rows up to row ${a.last_text}): rows were removed, added or changed`,
      };
    }
    reports.push({ partition, present: true, ok: !problem, rows: result.rows, problem });
    previous = { hash: a.last_hash, label: `${a.last_text} (last row of ${partition})` };
  }
  return reports;
}

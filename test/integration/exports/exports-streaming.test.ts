import { createExport, parseCsv, readXlsx } from '../../helpers/exports';
import { codeOf, ok } from '../../helpers/issues';
import { sql } from '../../helpers/sql';
import { startTestHub, type TestHub } from '../../helpers/test-hub';
import v8 from 'node:v8';
import vm from 'node:vm';
import { DEMO_USERS } from '../../../src/demo/district';

// a full collection on demand, so the heap measured is what is alive, not garbage not yet collected
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/**
 * An export streams: 20,000 requests (inserted by SQL for a department of this test) leave the hub
 * as they are read, one batch at a time, and the process's heap stays bounded. The 100,000-row
 * figures (time, peak RSS) come from bench/exports.ts, not from a timed test.
 */
const ROWS = 20_000;
let hub: TestHub;
let DEPT: string;
let officer: string;
beforeAll(async () => {
  hub = await startTestHub({ env: { EXPORT_MAX_ROWS: String(ROWS) } });
  DEPT = `exp_${process.pid}`;
  await ok(hub, `mutation($c: ID!) { saveDepartment(input: { code: $c, nameZh: "导出测试局", nameEn: "Export test bureau" }) { department { code } } }`, { c: DEPT }, 'coordinator');
  officer = await hub.token('police-officer', { sub: `u-export-stream-${process.pid}`, name: '导出员', dept: DEPT });
  await sql(
    `insert into hub.issue (number, enterprise_uscc, title, description, category_code, channel, status, lead_department_code, submitted_by, submitted_at, submitted_on, reply_deadline)
     select 'EX' || $1::text || '-' || g, $2, '批量诉求 ' || g || '，含逗号', repeat('企业反映的问题描述', 8), 'other', 'HOTLINE', 'ASSIGNED', $1::text, 'u-bulk', now(), '2026-09-28', '2026-10-12'
     from generate_series(1, $3::int) g`,
    [DEPT, DEMO_USERS.enterprise.uscc, ROWS],
  );
});
afterAll(async () => {
  // the rows of this file only: later test files share the database
  if (DEPT) await sql(`delete from hub.issue where lead_department_code = $1`, [DEPT]);
  await hub?.stop();
});

test(`a CSV export of ${ROWS} requests streams batch by batch while the heap stays bounded`, async () => {
  const created = await createExport(hub, officer, { kind: 'ISSUES', format: 'CSV', filter: { department: DEPT } });
  expect(created.rowCount).toBe(ROWS);
  gc();
  const baseline = process.memoryUsage().heapUsed;
  let peak = baseline;
  const queriesBefore = hub.queryCounts().hub;
  const arrivals: { bytes: number; queries: number }[] = [];
  const chunks: Buffer[] = [];
  let bytes = 0;
  try {
    const res = await fetch(new URL(created.url, hub.url).toString());
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      chunks.push(Buffer.from(value));
      arrivals.push({ bytes, queries: hub.queryCounts().hub - queriesBefore });
      // the live heap every few chunks, while the hub is in the middle of the export
      if (arrivals.length % 10 === 0) {
        gc();
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      }
    }
  } finally {
    // the chunks received are the test's, not the hub's: they are Buffers outside the V8 heap
  }
  const rows = parseCsv(Buffer.concat(chunks).toString('utf8'));
  expect(rows).toHaveLength(ROWS + 1);
  expect(rows[1][0]).toBe(`EX${DEPT}-${ROWS}`); // newest first
  expect(rows[ROWS][0]).toBe(`EX${DEPT}-1`);
  expect(new Set(rows.slice(1).map((r) => r[0])).size).toBe(ROWS);
  // streamed: a good part of the file had arrived before half of the hub's reads had run
  const queries = arrivals[arrivals.length - 1].queries;
  expect(queries).toBeGreaterThanOrEqual(ROWS / 1000); // one statement per batch of 1,000 at least
  expect(arrivals.some((a) => a.bytes > bytes * 0.25 && a.queries < queries / 2)).toBe(true);
  // bounded: the live heap grows by about a batch, far below what 20,000 requests at once take
  const grewMb = (peak - baseline) / 2 ** 20;
  console.log(`export of ${ROWS} rows: ${(bytes / 2 ** 20).toFixed(1)} MB in ${arrivals.length} chunks, ${queries} hub statements, live heap +${grewMb.toFixed(1)} MB at most`);
  expect(grewMb).toBeLessThan(24);
});

test(`an XLSX export of ${ROWS} requests is complete and reads back`, async () => {
  const created = await createExport(hub, officer, { kind: 'ISSUES', format: 'XLSX', filter: { department: DEPT } });
  const res = await fetch(new URL(created.url, hub.url).toString());
  expect(res.status).toBe(200);
  const sheet = await readXlsx(Buffer.from(await res.arrayBuffer()));
  expect(sheet.rows).toHaveLength(ROWS + 1);
  expect(sheet.rows[1][0]).toBe(`EX${DEPT}-${ROWS}`);
  expect(sheet.rows[1][1]).toBe(`批量诉求 ${ROWS}，含逗号`);
});

test('an export over EXPORT_MAX_ROWS is refused before anything is written, naming the filter', async () => {
  await sql(
    `insert into hub.issue (number, enterprise_uscc, title, description, category_code, channel, status, lead_department_code, submitted_by, submitted_at, submitted_on)
     values ('EX' || $1::text || '-extra', $2, '多出一条', '多出一条', 'other', 'HOTLINE', 'ASSIGNED', $1::text, 'u-bulk', now(), '2026-09-28')`,
    [DEPT, DEMO_USERS.enterprise.uscc],
  );
  const res = await hub.gql(`mutation($input: CreateExportInput!) { createExport(input: $input) { url } }`, { input: { kind: 'ISSUES', format: 'CSV', filter: { department: DEPT } } }, officer);
  expect(codeOf(res)).toBe('BAD_USER_INPUT');
  expect(res.errors![0].extensions!.field).toBe('input.filter');
  expect(res.errors![0].message).toContain('EXPORT_MAX_ROWS');
});

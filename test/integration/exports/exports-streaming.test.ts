import { createExport, parseCsv, readXlsx } from '../../helpers/exports';
import { codeOf, ok } from '../../helpers/issues';
import { sql } from '../../helpers/sql';
import { startTestHub, type TestHub } from '../../helpers/test-hub';
import { until } from '../../helpers/wait';
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
     select 'EX' || $1::text || '-' || g, $2, '批量诉求 ' || g || '，含逗号', repeat('企业反映的问题描述', 8), 'other', 'HOTLINE',
       (case when g % 4 = 0 then 'ACCEPTED' else 'ASSIGNED' end)::hub.issue_status, $1::text, 'u-bulk', now(), '2026-09-28', '2026-10-12'
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

test(`an XLSX export of ${ROWS / 4} of them (status filter) is complete and reads back`, async () => {
  const created = await createExport(hub, officer, { kind: 'ISSUES', format: 'XLSX', filter: { department: DEPT, status: ['ACCEPTED'] } });
  expect(created.rowCount).toBe(ROWS / 4);
  const res = await fetch(new URL(created.url, hub.url).toString());
  expect(res.status).toBe(200);
  const sheet = await readXlsx(Buffer.from(await res.arrayBuffer()));
  expect(sheet.rows).toHaveLength(ROWS / 4 + 1);
  expect(sheet.rows[1].slice(0, 2)).toEqual([`EX${DEPT}-${ROWS}`, `批量诉求 ${ROWS}，含逗号`]);
  expect(sheet.rows[ROWS / 4][0]).toBe(`EX${DEPT}-4`);
  expect(sheet.rows.slice(1).every((r) => r[8] === '已签收')).toBe(true);
});

test('one download at a time per user; a download the client abandons stops on the hub', async () => {
  const first = await createExport(hub, officer, { kind: 'ISSUES', format: 'CSV', filter: { department: DEPT } });
  const second = await createExport(hub, officer, { kind: 'ISSUES', format: 'CSV', filter: { department: DEPT } });
  const res = await fetch(new URL(first.url, hub.url).toString());
  const reader = res.body!.getReader();
  expect((await reader.read()).done).toBe(false);
  // not reading on: the hub waits on backpressure with most of the 8 MB unsent, still streaming
  const busy = await fetch(new URL(second.url, hub.url).toString());
  expect(busy.status).toBe(429);
  expect(busy.headers.get('retry-after')).toBe('5');
  expect(((await busy.json()) as any).errors[0].extensions.code).toBe('RATE_LIMITED');
  // the browser goes away: the gateway drops the hub's request and the hub stops reading
  await reader.cancel();
  let status = 0;
  await until(async () => {
    const again = await fetch(new URL(second.url, hub.url).toString());
    status = again.status;
    await again.body?.cancel();
    return status !== 429;
  }, 'the abandoned download to end on the hub');
  expect(status).toBe(200);
  const [{ rows_written }] = await sql(`select rows_written from hub.export_request where id = $1`, [Number(first.url.split('/')[2].split('.')[0])]);
  expect(rows_written).toBeNull(); // it never completed
});

test('an export over EXPORT_MAX_ROWS is refused before anything is written, naming the filter', async () => {
  await sql(
    `insert into hub.issue (number, enterprise_uscc, title, description, category_code, channel, status, lead_department_code, submitted_by, submitted_at, submitted_on)
     values ('EX' || $1::text || '-extra', $2, '多出一条', '多出一条', 'other', 'HOTLINE', 'ASSIGNED', $1::text, 'u-bulk', now(), '2026-09-28')`,
    [DEPT, DEMO_USERS.enterprise.uscc],
  );
  try {
    const res = await hub.gql(`mutation($input: CreateExportInput!) { createExport(input: $input) { url } }`, { input: { kind: 'ISSUES', format: 'CSV', filter: { department: DEPT } } }, officer);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.field).toBe('input.filter');
    expect(res.errors![0].message).toContain('EXPORT_MAX_ROWS');
  } finally {
    // the other tests of this file (in a random order) export exactly ROWS
    await sql(`delete from hub.issue where number = 'EX' || $1::text || '-extra'`, [DEPT]);
  }
});

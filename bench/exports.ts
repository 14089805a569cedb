import 'reflect-metadata';
import { Client as PgClient } from 'pg';
import { DEMO_USERS } from '../src/demo/district';
import { dropDatabase, freshDatabase, ok, startBenchHub } from './harness';

/**
 * Exports (导出) of a large requests list: time and memory of the whole hub process (gateway and
 * five subgraphs in one process, as `npm start` runs them) while a CSV and an XLSX export of
 * BENCH_ROWS requests (default 100,000) stream through the gateway.
 *
 *   npm run build && node dist/bench/exports.js
 *
 * A scratch database (BENCH_DB, default liaison_bench_exports, dropped at the end unless
 * BENCH_KEEP_DB=1) gets the migrations and demo data, then BENCH_ROWS generated requests led by
 * police (generate_series). For each format: createExport as the demo police officer (no filter:
 * its whole inbox), then the download over HTTP from the gateway, read as fast as it comes and
 * thrown away. RSS and heap are sampled every 20 ms; "peak RSS" is the process's high-water mark
 * during the download (its baseline is printed too). With --expose-gc, a second download of the same
 * link forces a full GC every 50 chunks and reports the largest live heap growth: what the export
 * really holds. Run it under `--max-old-space-size=<MB>` to see it fit a small heap. Postgres: BENCH_PG (default postgres://postgres@127.0.0.1:5432).
 */
const ROWS = process.env.BENCH_ROWS ? Number.parseInt(process.env.BENCH_ROWS, 10) : 100_000;
const PG_SERVER = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';
const DB_NAME = process.env.BENCH_DB ?? 'liaison_bench_exports';
const log = (msg: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

async function main() {
  const databaseUrl = await freshDatabase(PG_SERVER, DB_NAME);
  // the generated requests are not overdue and the SLA scan waits an hour: it must not urge 100,000
  // requests (timeline, events) while the export runs
  const b = await startBenchHub(databaseUrl, { env: { EXPORT_MAX_ROWS: String(Math.max(ROWS + 100, 200_000)), SLA_SCAN_INTERVAL_MS: '3600000' } });
  const pg = new PgClient({ connectionString: databaseUrl });
  await pg.connect();
  const results: string[] = [];
  try {
    log(`generating ${ROWS} requests led by police`);
    await pg.query(
      `insert into hub.issue (number, enterprise_uscc, title, description, category_code, channel, status, lead_department_code, submitted_by, submitted_at, submitted_on, reply_deadline)
       select 'SQ-2019-' || lpad(g::text, 6, '0'), $1, '压测诉求 ' || g || '，夜间照明不足', repeat('企业反映园区道路夜间照明不足，员工通行不便。', 3), 'public_security', 'HOTLINE', 'ASSIGNED', 'police',
         'bench', timestamptz '2019-01-01' + g * interval '10 minutes', date '2019-01-01' + g / 144, current_date + 30 + g % 20
       from generate_series(1, $2::int) g`,
      [DEMO_USERS.enterprise.uscc, ROWS],
    );
    await pg.query('analyze hub.issue');
    await pg.query('analyze hub.issue_department');
    for (const format of ['CSV', 'XLSX']) {
      global.gc?.();
      const created = await ok(b, `mutation($input: CreateExportInput!) { createExport(input: $input) { url rowCount } }`, { input: { kind: 'ISSUES', format } }, 'police-officer');
      const before = process.memoryUsage();
      let peakRss = before.rss;
      let peakHeap = before.heapUsed;
      const sampler = setInterval(() => {
        const m = process.memoryUsage();
        peakRss = Math.max(peakRss, m.rss);
        peakHeap = Math.max(peakHeap, m.heapUsed);
      }, 20);
      const started = performance.now();
      let firstByteMs = 0;
      let bytes = 0;
      const res = await fetch(new URL(created.url, b.url).toString());
      if (res.status !== 200) throw new Error(`download answered ${res.status}: ${await res.text()}`);
      const reader = res.body!.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        if (!bytes) firstByteMs = performance.now() - started;
        bytes += value.byteLength;
      }
      const ms = performance.now() - started;
      clearInterval(sampler);
      // the hub records the rows written just after the last byte: wait for it (a few ms)
      let rows_written: number | null = null;
      for (let i = 0; i < 100 && rows_written === null; i++) {
        rows_written = (await pg.query('select rows_written from hub.export_request order by id desc limit 1')).rows[0].rows_written;
        if (rows_written === null) await new Promise((r) => setTimeout(r, 50));
      }
      if (rows_written === null) throw new Error('the hub did not record the rows written');
      // a second download of the same link: a full GC every 50 chunks shows what is really alive
      // (the peaks above are mostly garbage V8 has not collected yet)
      let liveHeap = 0;
      if (global.gc) {
        global.gc();
        const baseLive = process.memoryUsage().heapUsed;
        liveHeap = baseLive;
        const again = await fetch(new URL(created.url, b.url).toString());
        const r2 = again.body!.getReader();
        for (let n = 1; ; n++) {
          const { done } = await r2.read();
          if (done) break;
          if (n % 50 === 0) {
            global.gc();
            liveHeap = Math.max(liveHeap, process.memoryUsage().heapUsed);
          }
        }
        liveHeap -= baseLive;
      }
      const line = `| ${format} | ${rows_written.toLocaleString('en')} | ${mb(bytes)} MB | ${(ms / 1000).toFixed(1)} s | ${Math.round(rows_written / (ms / 1000)).toLocaleString('en')} | ${firstByteMs.toFixed(0)} ms | ${mb(before.rss)} → ${mb(peakRss)} MB | ${mb(before.heapUsed)} → ${mb(peakHeap)} MB | ${global.gc ? `+${mb(liveHeap)} MB` : 'n/a (run with --expose-gc)'} |`;
      log(line);
      results.push(line);
    }
    process.stdout.write(
      ['| format | rows | file | time | rows/s | first byte | RSS baseline → peak | heap baseline → peak | live heap growth (GC every 50 chunks) |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|', ...results].join('\n') + '\n',
    );
  } finally {
    await pg.end();
    await b.stop();
    if (process.env.BENCH_KEEP_DB !== '1') await dropDatabase(PG_SERVER, DB_NAME);
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);

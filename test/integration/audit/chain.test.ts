import { randomBytes } from 'node:crypto';
import { verifyArchive, verifyChain } from '../../../src/shared/audit/chain';
import { detachExpiredPartitions, ensurePartitions, retentionCutoff, startAuditMaintenance } from '../../../src/shared/audit/retention';
import { auditTablesSql } from '../../../src/shared/audit/schema-sql';
import { AuditTrail, type AuditRow } from '../../../src/shared/audit/trail';
import { createLogger } from '../../../src/shared/logger';
import { act, submit } from '../../helpers/issues';
import { createTestClock } from '../../helpers/clock';
import { sql } from '../../helpers/sql';
import { startTestHub, type TestHub } from '../../helpers/test-hub';
import { DEMO_USERS } from '../../../src/demo/district';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { buildOnce, projectRoot } from '../../helpers/build';

/**
 * The chain's promises: append-only whoever connects, any edit or deletion named by the verifier,
 * and retention that detaches old months without breaking verification. Tampering happens in
 * scratch schemas built by the same SQL as every subgraph's, so the real chains stay intact.
 */
let hub: TestHub;
beforeAll(async () => {
  // compiled before the hub starts: tsc blocks this process for a while (audit:verify runs from dist/)
  buildOnce();
  hub = await startTestHub();
}, 180_000);
const trails: AuditTrail[] = [];
afterAll(async () => {
  await Promise.all(trails.map((t) => t.stop()));
  await hub?.stop();
});

const log = createLogger('silent');
const pgQuery = async (q: string, params: unknown[]) => {
  let i = 0;
  return sql(q.replace(/\?/g, () => `$${++i}`), params);
};

async function scratchChain(clock = createTestClock()) {
  const schema = `audit_scratch_${randomBytes(4).toString('hex')}`;
  await sql(`create schema ${schema}`);
  for (const statement of auditTablesSql(schema)) await sql(statement);
  const trail = new AuditTrail(process.env.DATABASE_URL!, schema, clock.now, log);
  trails.push(trail);
  const row = (n: number, at = clock.now()): AuditRow => ({
    at, kind: 'MUTATION', operation: `Mutation.step${n}`, field: null, access: null, uscc: '91320102310079199X', requestNumber: null,
    entities: JSON.stringify({ Issue: [String(n)] }), result: 'OK', userId: 'u-1', userName: '张三', department: 'police', roles: 'OFFICER',
    clientAddress: '10.0.0.1', forwardedFor: null, traceId: `trace-${n}`,
  });
  return { schema, trail, row, clock };
}

/** Changes rows as someone with the database's superuser rights could: triggers off for this session only. */
async function tamper(statement: string) {
  await sql(`set session_replication_role = replica; ${statement}`);
}

test('audit rows cannot be changed, deleted or truncated, even by a superuser, while the triggers stand', async () => {
  const issue = await submit(hub, 'enterprise', { uscc: DEMO_USERS.enterprise.uscc, title: '追加测试', description: '审计行不可修改。', category: 'tax_service' });
  await act.accept(hub, 'tax-officer', issue.id);
  const [row] = await sql(`select seq from hub.audit_log order by seq desc limit 1`);
  await expect(sql(`update hub.audit_log set result = 'OK' where seq = $1`, [row.seq])).rejects.toThrow(/append-only/);
  await expect(sql(`delete from hub.audit_log where seq = $1`, [row.seq])).rejects.toThrow(/append-only/);
  await expect(sql(`truncate hub.audit_log`)).rejects.toThrow(/append-only/);
  // a partition addressed directly is protected too
  const [{ partition }] = await sql(`select tableoid::regclass::text as partition from hub.audit_log where seq = $1`, [row.seq]);
  await expect(sql(`delete from ${partition} where seq = $1`, [row.seq])).rejects.toThrow(/append-only/);
  await expect(sql(`truncate ${partition}`)).rejects.toThrow(/append-only/);
  expect((await verifyChain(pgQuery, 'hub')).ok).toBe(true);
});

test('writers racing each other still leave one unbroken chain', async () => {
  const { schema, trail, row } = await scratchChain();
  await Promise.all(Array.from({ length: 30 }, (_, n) => trail.write(n % 3 === 0 ? [row(n), row(n + 100)] : [row(n)])));
  expect(await verifyChain(pgQuery, schema)).toMatchObject({ ok: true, rows: 40 });
});

test('the verifier names the first row that was changed, deleted or inserted out of order', async () => {
  const { schema, trail, row } = await scratchChain();
  for (let n = 1; n <= 6; n++) await trail.write([row(n)]);
  await trail.write([row(7), row(8)]); // one statement, several rows: still one chain
  const seqs = (await sql(`select seq::int from ${schema}.audit_log order by seq`)).map((r) => r.seq);
  expect(seqs).toHaveLength(8);
  expect(await verifyChain(pgQuery, schema)).toMatchObject({ ok: true, rows: 8, problem: null });

  // an edited row: its content no longer matches its hash
  const [third] = await sql(`select seq::text, user_name from ${schema}.audit_log order by seq offset 2 limit 1`);
  await tamper(`update ${schema}.audit_log set user_name = '李四' where seq = ${third.seq}`);
  const edited = await verifyChain(pgQuery, schema);
  expect(edited).toMatchObject({ ok: false, problem: { seq: third.seq } });
  expect(edited.problem!.reason).toMatch(/changed/);
  // ... even when the editor also recomputes that row's hash: the next row no longer links to it
  await tamper(`update ${schema}.audit_log a set hash = encode(sha256(convert_to(${schema}.audit_content(a), 'UTF8')), 'hex') where seq = ${third.seq}`);
  const rehashed = await verifyChain(pgQuery, schema);
  expect(rehashed.ok).toBe(false);
  expect(Number(rehashed.problem!.seq)).toBeGreaterThan(Number(third.seq));
  expect(rehashed.problem!.reason).toMatch(new RegExp(`does not follow row ${third.seq}`));

  // a deleted row: the next one does not follow the one before
  const { schema: s2, trail: t2, row: r2 } = await scratchChain();
  for (let n = 1; n <= 5; n++) await t2.write([r2(n)]);
  const rows = await sql(`select seq::text from ${s2}.audit_log order by seq`);
  await tamper(`delete from ${s2}.audit_log where seq = ${rows[2].seq}`);
  const deleted = await verifyChain(pgQuery, s2);
  expect(deleted).toMatchObject({ ok: false, problem: { seq: rows[3].seq } });
  expect(deleted.problem!.reason).toMatch(new RegExp(`does not follow row ${rows[1].seq}: a row between them was deleted`));

  // a row slipped in with a made-up position
  const { schema: s3, trail: t3, row: r3 } = await scratchChain();
  for (let n = 1; n <= 3; n++) await t3.write([r3(n * 10)]);
  const [last] = await sql(`select * from ${s3}.audit_log order by seq desc limit 1`);
  // a copy of the last row under a new position: its hashes link to the row before the last
  await tamper(`insert into ${s3}.audit_log select ${last.seq} + 1, "at", kind, 'Mutation.forged', field, user_id, user_name, department, roles, access, uscc,
    request_number, entities, result, client_address, forwarded_for, trace_id, prev_hash, hash from ${s3}.audit_log where seq = ${last.seq}`);
  const forged = await verifyChain(pgQuery, s3);
  expect(forged.ok).toBe(false);
  expect(forged.problem!.seq).toBe(String(Number(last.seq) + 1));
});

test('retention detaches months older than AUDIT_RETENTION_MONTHS; the chain still verifies across the cut', async () => {
  const clock = createTestClock(new Date('2026-01-10T02:00:00Z'));
  const { schema, trail, row } = await scratchChain(clock);
  expect(() => retentionCutoff(clock.now(), 5)).toThrow(/at least 6 months/);
  // a year of activity, two rows a month, each month's partition made by the scheduled job as time moves
  const maintenance = startAuditMaintenance({ orm: hub.subgraphs.hub.orm, schema, clock: clock.now, log, retentionMonths: 6, intervalMs: 3_600_000 });
  try {
    for (let month = 0; month < 12; month++) {
      clock.set(new Date(Date.UTC(2026, month, 10, 2)));
      await maintenance.runNow();
      await trail.write([row(month * 2)]);
      await trail.write([row(month * 2 + 1)]);
    }
  } finally {
    maintenance.stop();
  }
  const months = async () => (await sql(`select distinct to_char("at", 'YYYY-MM') as m from ${schema}.audit_log order by m`)).map((r) => r.m);
  // at 2026-12-10 with 6 months kept: everything before 2026-06-01 is gone from the live table
  expect(await months()).toEqual(['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12']);
  const anchors = await sql(`select partition_name, rows::int, last_hash from ${schema}.audit_anchor order by last_seq`);
  expect(anchors.map((a) => [a.partition_name, a.rows])).toEqual([
    ['audit_log_2026_01', 2], ['audit_log_2026_02', 2], ['audit_log_2026_03', 2], ['audit_log_2026_04', 2], ['audit_log_2026_05', 2],
  ]);
  // the detached months stay in the schema for archiving, untouched
  expect((await sql(`select count(*)::int as n from ${schema}.audit_log_2026_01`))[0].n).toBe(2);
  const report = await verifyChain(pgQuery, schema);
  expect(report).toMatchObject({ ok: true, rows: 14, anchors: 5 });
  await expect(sql(`update ${schema}.audit_anchor set last_hash = ''`)).rejects.toThrow(/append-only/);
  await expect(sql(`delete from ${schema}.audit_anchor`)).rejects.toThrow(/append-only/);
  // new rows keep chaining on after the cut
  await trail.write([row(100)]);
  expect(await verifyChain(pgQuery, schema)).toMatchObject({ ok: true, rows: 15 });
  // nothing newer than the retention period is ever detached, however often the job runs
  expect(await detachExpiredPartitions(hub.subgraphs.hub.orm, schema, clock.now(), 6, log)).toEqual([]);
  expect(await ensurePartitions(hub.subgraphs.hub.orm, schema, clock.now(), log)).toEqual([]);
  // the archived months verify too, each from the one before; they stay append-only once detached
  const archive = await verifyArchive(pgQuery, schema);
  expect(archive.map((a) => [a.partition, a.ok, a.rows])).toEqual(anchors.map((a) => [a.partition_name, true, 2]));
  await expect(sql(`delete from ${schema}.audit_log_2026_03`)).rejects.toThrow(/append-only/);
  const [archived] = await sql(`select seq::text from ${schema}.audit_log_2026_03 order by seq desc limit 1`);
  await tamper(`delete from ${schema}.audit_log_2026_03 where seq = ${archived.seq}`);
  const trimmed = await verifyArchive(pgQuery, schema);
  expect(trimmed.map((a) => a.ok)).toEqual([true, true, false, true, true]);
  expect(trimmed[2].problem!.reason).toMatch(/does not end as anchored/);
  // a tampered row in the first month still attached is still caught (the anchor fixes where it starts)
  const [first] = await sql(`select seq::text from ${schema}.audit_log order by seq limit 1`);
  await tamper(`delete from ${schema}.audit_log where seq = ${first.seq}`);
  expect(await verifyChain(pgQuery, schema)).toMatchObject({ ok: false, problem: { reason: expect.stringMatching(/does not follow row \d+ \(last row of a detached partition\)/) } });
});

/** `npm run audit:verify` is this script, compiled. */
function auditVerify(...args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(projectRoot, 'dist/scripts/audit-verify.js'), ...args], { env: { ...process.env, NODE_ENV: 'test' } }, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, out: stdout + stderr }),
    );
  });
}

test('npm run audit:verify checks every subgraph, exits 1 naming the broken row, and passes again once it is put back', async () => {
  const issue = await submit(hub, 'enterprise', { uscc: DEMO_USERS.enterprise.uscc, title: '校验命令测试', description: '审计链校验。', category: 'tax_service' });
  await act.accept(hub, 'tax-officer', issue.id);
  const good = await auditVerify();
  expect(good.out).toMatch(/^hub: ok, \d+ rows/m);
  expect(good.out).toMatch(/^judicial: ok/m);
  expect(good.code).toBe(0);

  // the row of the acceptIssue just made (result OK): claim it was refused
  const [row] = await sql(`select seq::text, result from hub.audit_log where operation = 'Mutation.acceptIssue' and request_number = $1`, [issue.number]);
  expect(row.result).toBe('OK');
  await tamper(`update hub.audit_log set result = 'FORBIDDEN' where seq = ${row.seq}`);
  try {
    const bad = await auditVerify('hub');
    expect(bad.code).toBe(1);
    expect(bad.out).toContain(`hub: BROKEN at row ${row.seq}: row ${row.seq} was changed`);
  } finally {
    await tamper(`update hub.audit_log set result = '${row.result}' where seq = ${row.seq}`);
  }
  expect((await auditVerify('hub')).code).toBe(0);
  expect((await auditVerify('nowhere')).code).toBe(2);
});

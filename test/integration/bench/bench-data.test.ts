import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { generateBenchData, verifyBenchData, type BenchDataReport } from '../../../bench/data';
import { createLogger } from '../../../src/shared/logger';
import { openSubgraphDatabase } from '../../../src/shared/subgraph-server';
import { SUBGRAPHS } from '../../../src/subgraphs';
import { urgeMissedDeadlines } from '../../../src/subgraphs/hub/urging/urging.service';
import { testClockStart } from '../../helpers/clock';

/**
 * `npm run bench:data` (bench/data.ts) loads requests with triggers off and fills the derived
 * tables itself: a small run here must come out exactly as the hub's own rules would have it —
 * hub.issue_department = the visibility rule, departmentPerformance from the rollups = the
 * row-level reference SQL, foreign keys, statuses, judgements, timelines, and nothing left for the
 * SLA scan to urge — so the generator cannot rot silently when the schema or the rules change.
 * Its own database copy (test/helpers/file-database.ts), at the test clock.
 */
const DAYS = 120;
let pg: Client;
let orm: MikroORM;
let report: BenchDataReport;
let now: Date;
const verify = () => verifyBenchData(pg, orm.em.fork() as unknown as EntityManager, { now, firstIssueId: report.firstIssueId, days: DAYS });

beforeAll(async () => {
  const start = testClockStart();
  now = start === 'system' ? new Date() : start;
  pg = new Client({ connectionString: process.env.DATABASE_URL });
  await pg.connect();
  ({ orm } = await openSubgraphDatabase(SUBGRAPHS.hub, { databaseUrl: process.env.DATABASE_URL!, poolMax: 2, seed: null, log: createLogger('warn', 'bench-data-test') }));
  report = await generateBenchData(pg, { issues: 300, days: DAYS, now });
}, 120_000);

afterAll(async () => {
  await pg?.end();
  await orm?.close();
});

test('300 generated requests follow the rules: issue_department, rollups = reference SQL, foreign keys, statuses, judgements, timelines', async () => {
  expect(report.warnings).toEqual([]);
  expect(await verify()).toEqual([]);
});

test('the data has the variety the benchmark needs: open and closed requests, referrals, extensions, urgings, every department leading', async () => {
  const [c] = (
    await pg.query(`select count(*)::int as issues, count(distinct status)::int as statuses, count(*) filter (where status = 'CLOSED')::int as closed,
      count(*) filter (where status in ('ASSIGNED', 'ACCEPTED', 'IN_PROGRESS', 'RESPONDED', 'RESOLVED'))::int as open,
      count(distinct lead_department_code)::int as leads, (select count(*)::int from hub.department) as departments,
      (select count(*)::int from hub.referral r where r.issue_id >= $1) as referrals, (select count(*)::int from hub.issue_extension e where e.issue_id >= $1) as extensions,
      (select count(*)::int from hub.issue_urging u where u.issue_id >= $1) as urgings, (select count(*)::int from hub.issue_timeline t where t.issue_id >= $1) as timeline
      from hub.issue where id >= $1`, [report.firstIssueId])
  ).rows;
  expect(c.issues).toBe(300);
  expect(c.statuses).toBeGreaterThanOrEqual(4);
  expect(c.closed).toBeGreaterThan(150);
  expect(c.open).toBeGreaterThan(10);
  expect(c.leads).toBe(c.departments);
  expect(c.referrals).toBeGreaterThan(10);
  expect(c.extensions).toBeGreaterThan(0);
  expect(c.urgings).toBeGreaterThan(0);
  expect(c.timeline).toBeGreaterThan(300 * 6);
});

test('the SLA scan finds nothing to urge: the generator urged where the hub would have', async () => {
  expect(await urgeMissedDeadlines(orm, now)).toBe(0);
});

test('the check notices a derived table out of step with the rules', async () => {
  const [row] = (await pg.query(`select department_code, issue_id, deadline_key from hub.issue_department where issue_id >= $1 order by issue_id limit 1`, [report.firstIssueId])).rows;
  const [day] = (await pg.query(`select department_code, day from hub.performance_day order by day desc limit 1`)).rows;
  await pg.query(`delete from hub.issue_department where department_code = $1 and issue_id = $2`, [row.department_code, row.issue_id]);
  await pg.query(`update hub.performance_day set received = received + 1 where department_code = $1 and day = $2`, [day.department_code, day.day]);
  try {
    const problems = await verify();
    expect(problems.some((p) => p.includes('issue_department differs from the visibility rule: 1 missing'))).toBe(true);
    expect(problems.some((p) => p.includes('the rollups differ from the row-level reference'))).toBe(true);
  } finally {
    await pg.query(`insert into hub.issue_department (department_code, issue_id, deadline_key) values ($1, $2, $3)`, [row.department_code, row.issue_id, row.deadline_key]);
    await pg.query(`update hub.performance_day set received = received - 1 where department_code = $1 and day = $2`, [day.department_code, day.day]);
  }
});

import { Client } from 'pg';
import { DEMO_USERS } from '../../../src/demo/district';
import { submit } from '../../helpers/issues';
import { sql } from '../../helpers/sql';
import { startTestHub, type TestHub } from '../../helpers/test-hub';

/**
 * Request numbers come from one Postgres sequence per year, created on first use: submits do not
 * queue on a counter row held to commit, the numbers stay unique under concurrency, and a number
 * a rolled-back transaction took is a gap (allowed).
 */
let YEAR: number; // a year no test has submitted in yet in this database: its sequence does not exist
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
  // a past year: with the clock there, no request of other test files is overdue (a far-future
  // clock would have the SLA scan urge every request in the database meanwhile)
  const [{ year }] = await sql(`select min(y)::int as year from generate_series(2002, 2020) y where to_regclass('hub.issue_number_' || y) is null`);
  YEAR = year;
  hub.clock.set(`${YEAR}-03-05T02:00:00.000Z`);
});
afterAll(() => hub?.stop());

const input = (i: number) => ({ uscc: DEMO_USERS.enterprise.uscc, title: `编号 ${i}`, description: '编号测试', category: 'tax_service' });

test('30 submits at once, the first of their year: the sequence is created once, 30 distinct numbers', async () => {
  expect((await sql(`select to_regclass($1) as s`, [`hub.issue_number_${YEAR}`]))[0].s).toBeNull();
  const results = await Promise.all(Array.from({ length: 30 }, (_, i) => submit(hub, 'enterprise', input(i))));
  const numbers = results.map((r) => r.number as string);
  expect(numbers.every((n) => new RegExp(`^SQ-${YEAR}-\\d{6}$`).test(n))).toBe(true);
  expect(new Set(numbers).size).toBe(30);
  // nothing lost on the first use: exactly 1..30
  expect(numbers.map((n) => Number(n.slice(-6))).sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  expect((await sql(`select to_regclass('hub.issue_number_counter') as t`))[0].t).toBeNull();
});

test('a transaction holding a number open does not hold up other submits; its rollback leaves a gap', async () => {
  const pg = new Client({ connectionString: process.env.DATABASE_URL });
  await pg.connect();
  let held: number;
  try {
    await pg.query('begin');
    held = (await pg.query(`select hub.next_issue_number($1)::int as n`, [YEAR])).rows[0].n;
    // with a counter row this submit would wait for the open transaction's commit
    const next = await submit(hub, 'enterprise', input(100));
    expect(Number(next.number.slice(-6))).toBe(held + 1);
    await pg.query('rollback');
  } finally {
    await pg.end();
  }
  const after = await submit(hub, 'enterprise', input(101));
  expect(Number(after.number.slice(-6))).toBe(held + 2);
  // the rolled-back number is never handed out: a gap
  const gap = `SQ-${YEAR}-${String(held).padStart(6, '0')}`;
  expect(await sql(`select id from hub.issue where number = $1`, [gap])).toHaveLength(0);
});

import { Client } from 'pg';
import { DEMO_ENTERPRISES } from '../../../src/demo/district';
import type { HubRuntime } from '../../../src/subgraphs/hub/events/runtime';
import { reassess } from '../../../src/subgraphs/hub/risk/risk-assessor';
import type { PoliceRiskRefresh } from '../../../src/subgraphs/police/risk/risk-refresh';
import { police } from '../../helpers/issues';
import { sql } from '../../helpers/sql';
import { startTestHub, type TestHub } from '../../helpers/test-hub';
import { until } from '../../helpers/wait';

/**
 * The reassessment's safety nets: a change whose notification never arrived is caught by the
 * sweep, and instances reassessing the same enterprise at once emit one event per rise.
 * Signals leave their window as time passes. Uses demo enterprises 30, 31 and 34, which no other test touches.
 */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

const runtime = () => hub.subgraphs.hub.runtime as HubRuntime;
const storedRank = async (u: string) => (await sql<{ rank: number }>('select rank from hub.risk_assessment where uscc = $1', [u]))[0]?.rank ?? 0;
const raisedEvents = async (u: string) => (await sql(`select * from hub.event where stream = 'RISK' and enterprise_uscc = $1`, [u])).length;

/** A police signal written without firing the table's triggers: as if the NOTIFY had been lost. */
async function silentSignal(uscc: string, level: string) {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query('set session_replication_role = replica');
    await client.query(`insert into police.risk_signal (uscc, category, level, observed_at, details) values ($1, 'SEVERE_ALERTS', $2, now(), 'silent')`, [uscc, level]);
  } finally {
    await client.end();
  }
}

test('a signal whose notification was lost is assessed by the sweep, with its event', async () => {
  const u = DEMO_ENTERPRISES[30].uscc;
  await runtime().risk.sweepNow(); // whatever the start left to do, done
  await silentSignal(u, 'HIGH');
  expect(await storedRank(u)).toBe(0); // nobody was told
  await runtime().risk.sweepNow();
  expect(await storedRank(u)).toBe(3);
  expect(await raisedEvents(u)).toBe(1);
  // the notified path for the cleanup: the row goes, the level falls, no event for a fall
  await sql(`delete from police.risk_signal where details = 'silent' and uscc = $1`, [u]);
  await until(async () => (await storedRank(u)) === 0, 'the level falls');
  expect(await raisedEvents(u)).toBe(1);
});

test('instances reassessing the same enterprise at once emit one event per rise', async () => {
  const u = DEMO_ENTERPRISES[31].uscc;
  await silentSignal(u, 'MEDIUM');
  const { orm } = hub.subgraphs.hub;
  const now = hub.clock.now();
  const results = await Promise.all([reassess(orm.em, [u], now), reassess(orm.em, [u], now), reassess(orm.em, null, now)]);
  expect(results.reduce((n, r) => n + r.raised, 0)).toBe(1);
  expect(await storedRank(u)).toBe(2);
  expect(await raisedEvents(u)).toBe(1);
  await sql(`delete from police.risk_signal where details = 'silent' and uscc = $1`, [u]);
  await until(async () => (await storedRank(u)) === 0, 'the level falls');
});

test('as time passes, alerts leave the window: the police refresh drops the signal and the hub lowers the level', async () => {
  const u = DEMO_ENTERPRISES[34].uscc;
  const start = hub.clock.now();
  const ago = (d: number) => new Date(start.getTime() - d * 86_400_000).toISOString();
  for (const d of [85, 80, 75]) {
    await police.recordAlert(hub, 'police-officer', { uscc: u, occurredAt: ago(d), category: 'PUBLIC_ORDER', severity: 'LOW', summary: '门前聚集' });
  }
  await until(async () => (await storedRank(u)) === 2, 'three alerts in 90 days: MEDIUM');
  const refresher = hub.subgraphs.police.runtime as PoliceRiskRefresh;
  try {
    hub.clock.advance(10 * 86_400_000); // the oldest alert is now 95 days old: two left in the window
    expect(await refresher.refresh([u])).toBe(1);
    await until(async () => (await storedRank(u)) === 0, 'the level falls');
    expect(await refresher.refresh([u])).toBe(0); // nothing more to change
  } finally {
    hub.clock.set(start);
  }
});

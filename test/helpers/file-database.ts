import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createLogger } from '../../src/shared/logger';
import { createTestClock } from './clock';

const READY = 'liaison-hub test template: migrated and seeded';

/**
 * Each test file gets its own database, copied from the run's template before the file's own hooks
 * run: what one file writes (requests, signals, rules, raw SQL) never changes what another file
 * reads, whatever order they run in. The first file migrates and seeds the template at the test
 * clock (MikroORM must load inside a test file's context, not in globalSetup). Jest gives each file
 * its own process.env, so DATABASE_URL changes for this file only; the copies go with the run
 * (./global-teardown.ts).
 */
beforeAll(async () => {
  const template = process.env.LIAISON_TEST_TEMPLATE;
  if (!template || !process.env.DATABASE_URL) return;
  const url = new URL(process.env.DATABASE_URL);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rows } = await client.query<{ note: string | null }>("SELECT shobj_description(oid, 'pg_database') AS note FROM pg_database WHERE datname = $1", [template]);
    if (rows[0]?.note !== READY) {
      await prepareTemplate(url.toString());
      await client.query(`COMMENT ON DATABASE "${template}" IS '${READY}'`);
    }
    const name = `${template}_${randomBytes(5).toString('hex')}`;
    await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    url.pathname = `/${name}`;
    process.env.DATABASE_URL = url.toString();
  } finally {
    await client.end();
  }
}, 120_000);

/** Every subgraph's migrations and demo data; every connection closed after (a template must be idle). */
async function prepareTemplate(databaseUrl: string): Promise<void> {
  // loaded only here: unit-test files that never start a hub do not pay for the whole app
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { SUBGRAPH_NAMES } = require('../../src/shared/config') as typeof import('../../src/shared/config');
  const { openSubgraphDatabase } = require('../../src/shared/subgraph-server') as typeof import('../../src/shared/subgraph-server');
  const { SUBGRAPHS } = require('../../src/subgraphs') as typeof import('../../src/subgraphs');
  const { DEMO_SEEDS } = require('../../src/demo/seeds') as typeof import('../../src/demo/seeds');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const clock = createTestClock();
  const log = createLogger('warn', 'test-template');
  for (const subgraph of SUBGRAPH_NAMES) {
    const { orm } = await openSubgraphDatabase(SUBGRAPHS[subgraph], { databaseUrl, poolMax: 2, seed: DEMO_SEEDS[subgraph], log, clock: clock.now });
    await orm.close();
  }
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureDatabase, startEmbeddedPostgres } from '../../src/shared/database';
import { createLogger } from '../../src/shared/logger';
import { freePort } from './processes';

/**
 * One database per test run. With DATABASE_URL: a fresh database on that server (dropped after).
 * Without: an embedded PostgreSQL in a temporary folder on a free port (removed after).
 * It is the template of each test file's own copy (./file-database.ts).
 */
export default async function globalSetup(): Promise<void> {
  const log = createLogger('warn', 'test');
  const name = `liaison_test_${process.pid}_${Date.now()}`;
  const given = process.env.DATABASE_URL;
  if (given) {
    const admin = new URL(given);
    admin.pathname = '/postgres';
    await ensureDatabase(admin.toString(), name);
    const url = new URL(given);
    url.pathname = `/${name}`;
    process.env.DATABASE_URL = url.toString();
    (globalThis as any).__LIAISON_TEST_DB__ = { kind: 'server', adminUrl: admin.toString(), name };
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liaison-hub-test-'));
    fs.chmodSync(dir, 0o755);
    const pg = await startEmbeddedPostgres({ dir: path.join(dir, 'pg'), port: await freePort(), database: name, log, ephemeral: true });
    process.env.DATABASE_URL = pg.url;
    (globalThis as any).__LIAISON_TEST_DB__ = { kind: 'embedded', pg, dir };
  }
  process.env.LIAISON_TEST_DATABASE_ORIGIN = given ? 'DATABASE_URL' : 'embedded';
  process.env.LIAISON_TEST_TEMPLATE = name;
}

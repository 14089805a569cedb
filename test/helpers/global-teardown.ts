import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { dropDatabase } from '../../src/shared/database';

export default async function globalTeardown(): Promise<void> {
  const db = (globalThis as any).__LIAISON_TEST_DB__;
  if (!db) return;
  // the smoke tests' build marker for this run (see helpers/build.ts)
  const run = createHash('sha1').update(process.env.LIAISON_TEST_TEMPLATE ?? process.env.DATABASE_URL ?? '').digest('hex').slice(0, 12);
  fs.rmSync(path.join(os.tmpdir(), `liaison-hub-built-${run}`), { force: true });
  if (db.kind === 'server') {
    // each test file's copy (./file-database.ts), then the template
    const admin = new Client({ connectionString: db.adminUrl });
    await admin.connect();
    try {
      const { rows } = await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [`${db.name}_`]);
      for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    } finally {
      await admin.end();
    }
    await dropDatabase(db.adminUrl, db.name);
  }
  else {
    await db.pg.stop();
    fs.rmSync(db.dir, { recursive: true, force: true });
  }
}

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dropDatabase } from '../../src/shared/database';

export default async function globalTeardown(): Promise<void> {
  const db = (globalThis as any).__LIAISON_TEST_DB__;
  if (!db) return;
  // the smoke tests' build marker for this run (see helpers/build.ts)
  const run = createHash('sha1').update(process.env.DATABASE_URL ?? '').digest('hex').slice(0, 12);
  fs.rmSync(path.join(os.tmpdir(), `liaison-hub-built-${run}`), { force: true });
  if (db.kind === 'server') await dropDatabase(db.adminUrl, db.name);
  else {
    await db.pg.stop();
    fs.rmSync(db.dir, { recursive: true, force: true });
  }
}

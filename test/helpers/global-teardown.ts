import fs from 'node:fs';
import { dropDatabase } from '../../src/shared/database';

export default async function globalTeardown(): Promise<void> {
  const db = (globalThis as any).__LIAISON_TEST_DB__;
  if (!db) return;
  if (db.kind === 'server') await dropDatabase(db.adminUrl, db.name);
  else {
    await db.pg.stop();
    fs.rmSync(db.dir, { recursive: true, force: true });
  }
}

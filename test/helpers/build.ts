import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const projectRoot = path.resolve(__dirname, '../..');

/**
 * Compiles the project (as `npm start` does) once per test run; later smoke tests reuse dist/.
 * Jest isolates process.env per file, so the marker is a file named after this run's database.
 */
export function buildOnce(): void {
  const run = createHash('sha1').update(process.env.LIAISON_TEST_TEMPLATE ?? process.env.DATABASE_URL ?? '').digest('hex').slice(0, 12);
  const marker = path.join(os.tmpdir(), `liaison-hub-built-${run}`);
  if (fs.existsSync(marker)) return;
  execFileSync(process.execPath, [path.join(projectRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: projectRoot, stdio: 'inherit' });
  fs.writeFileSync(marker, new Date().toISOString());
}

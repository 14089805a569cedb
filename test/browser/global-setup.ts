import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import databaseSetup from '../helpers/global-setup';
import { projectRoot } from '../helpers/build';

/** The run's database (as for `npm test`), and the console built into a folder of this run's own. */
export default async function globalSetup(): Promise<void> {
  await databaseSetup();
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'liaison-console-build-'));
  execFileSync(process.execPath, [path.join(projectRoot, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'console/vite.config.mts', '--logLevel', 'warn', '--outDir', out, '--emptyOutDir'], {
    cwd: projectRoot,
    // jest sets NODE_ENV=test, which would make Vite bundle React's development build
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'inherit',
  });
  process.env.CONSOLE_DIR = out;
}

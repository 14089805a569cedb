import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_ENTERPRISES } from '../../src/demo/district';
import { mintDemoToken } from '../../src/demo/tokens';
import { buildOnce } from '../helpers/build';
import { exited, freePort, startProcess } from '../helpers/processes';
import { until } from '../helpers/wait';
import { loadConfig } from '../../src/shared/config';

/**
 * What a new user does: the compiled hub (`npm start` runs exactly `node dist/src/main.js`) on a
 * fresh embedded PostgreSQL, killed with -9, started again (it must recover by itself and not
 * load the demo data twice), then stopped with Ctrl-C (Postgres must stop too).
 */
jest.setTimeout(180_000);

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'liaison-hub-smoke-'));
fs.chmodSync(dataDir, 0o755);
// the gateway and the subgraphs listen on ports the kernel picks; the banner says where
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'development',
  LOG_LEVEL: 'warn',
  PORT: '0',
  SUBGRAPH_PORT_BASE: '0',
  EMBEDDED_PG_DIR: path.join(dataDir, 'pg'),
};
delete env.DATABASE_URL;
const children: ChildProcess[] = [];

/**
 * Starts the hub and resolves with its banner once it is up. PostgreSQL cannot listen on port 0,
 * so it gets a port that was free a moment ago; if something took it meanwhile, try another.
 */
async function start(): Promise<{ child: ChildProcess; banner: string; url: string }> {
  for (let attempt = 1; ; attempt++) {
    try {
      const { child, match, output } = await startProcess([], { ...env, EMBEDDED_PG_PORT: String(await freePort()) }, /GraphQL \(HTTP \+ WebSocket\): (http:\/\/\S+\/graphql)[\s\S]*Ctrl-C stops everything/, children);
      return { child, banner: output(), url: match[1] };
    } catch (err) {
      if (attempt >= 3 || !/did not start on port|EADDRINUSE/.test(String((err as { output?: string }).output ?? err))) throw err;
    }
  }
}

async function countEnterprises(url: string): Promise<number> {
  const token = await mintDemoToken(loadConfig({ NODE_ENV: 'development' }), 'coordinator');
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ enterprises(first: 1) { totalCount } }' }),
  });
  const body = (await res.json()) as any;
  return body.data.enterprises.totalCount;
}

const postmasterPid = () => {
  const file = path.join(dataDir, 'pg', 'postmaster.pid');
  return fs.existsSync(file) ? Number(fs.readFileSync(file, 'utf8').split('\n')[0]) : null;
};
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

beforeAll(() => {
  buildOnce();
});

afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  const pid = postmasterPid();
  if (pid && alive(pid)) {
    process.kill(pid, 'SIGINT');
    await until(() => !alive(pid), 'the embedded PostgreSQL to stop', 30_000).catch(() => undefined);
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('start, kill -9, start again, Ctrl-C', async () => {
  const first = await start();
  expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
  expect(first.banner).toContain('npm run token');
  expect(await countEnterprises(first.url)).toBe(DEMO_ENTERPRISES.length);

  // a crash leaves the embedded Postgres running as an orphan
  first.child.kill('SIGKILL');
  await exited(first.child);
  const orphan = postmasterPid();
  expect(orphan && alive(orphan)).toBeTruthy();

  const second = await start();
  expect(await countEnterprises(second.url)).toBe(DEMO_ENTERPRISES.length); // demo data loaded once, kept
  expect(alive(orphan!)).toBe(false);

  second.child.kill('SIGINT');
  const code = await exited(second.child);
  expect(code).toBe(0);
  expect(postmasterPid()).toBeNull(); // Postgres shut down cleanly with the hub
});

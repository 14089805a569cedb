import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_ENTERPRISES } from '../../src/demo/district';
import { mintDemoToken } from '../../src/demo/tokens';
import { buildOnce } from '../helpers/build';
import { loadConfig } from '../../src/shared/config';

/**
 * What a new user does: the compiled hub (`npm start` runs exactly `node dist/src/main.js`) on a
 * fresh embedded PostgreSQL, killed with -9, started again (it must recover by itself and not
 * load the demo data twice), then stopped with Ctrl-C (Postgres must stop too).
 */
jest.setTimeout(180_000);

const root = path.resolve(__dirname, '../..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'liaison-hub-smoke-'));
fs.chmodSync(dataDir, 0o755);
const base = 30000 + (process.pid % 2000) * 10;
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'development',
  LOG_LEVEL: 'warn',
  PORT: String(base),
  SUBGRAPH_PORT_BASE: String(base + 1),
  EMBEDDED_PG_DIR: path.join(dataDir, 'pg'),
  EMBEDDED_PG_PORT: String(base + 7),
};
delete env.DATABASE_URL;
const children: ChildProcess[] = [];

function start(): Promise<{ child: ChildProcess; banner: string }> {
  const child = spawn(process.execPath, ['dist/src/main.js'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  let err = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      out += d;
      if (out.includes('liaison-hub is up')) resolve({ child, banner: out });
    });
    child.stderr!.on('data', (d) => (err += d));
    child.on('exit', (code) => reject(new Error(`hub exited (${code}) before it was up:\n${out}\n${err.slice(-3000)}`)));
  });
}

async function countEnterprises(): Promise<number> {
  const token = await mintDemoToken(loadConfig({ NODE_ENV: 'development' }), 'coordinator');
  const res = await fetch(`http://127.0.0.1:${base}/graphql`, {
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

afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  const pid = postmasterPid();
  if (pid && alive(pid)) process.kill(pid, 'SIGINT');
  setTimeout(() => fs.rmSync(dataDir, { recursive: true, force: true }), 2000).unref();
});

test('start, kill -9, start again, Ctrl-C', async () => {
  const first = await start();
  expect(first.banner).toContain(`http://127.0.0.1:${base}/graphql`);
  expect(first.banner).toContain('npm run token');
  expect(await countEnterprises()).toBe(DEMO_ENTERPRISES.length);

  // a crash leaves the embedded Postgres running as an orphan
  first.child.kill('SIGKILL');
  await new Promise((r) => first.child.once('exit', r));
  const orphan = postmasterPid();
  expect(orphan && alive(orphan)).toBeTruthy();

  const second = await start();
  expect(await countEnterprises()).toBe(DEMO_ENTERPRISES.length); // demo data loaded once, kept
  expect(alive(orphan!)).toBe(false);

  second.child.kill('SIGINT');
  const code = await new Promise((r) => second.child.once('exit', r));
  expect(code).toBe(0);
  expect(postmasterPid()).toBeNull(); // Postgres shut down cleanly with the hub
});

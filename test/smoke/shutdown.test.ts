import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client as PgClient } from 'pg';
import { DEMO_USERS } from '../../src/demo/district';
import { mintDemoToken } from '../../src/demo/tokens';
import { loadConfig } from '../../src/shared/config';
import { WS_CLOSE_SERVICE_RESTART } from '../../src/shared/shutdown';
import { buildOnce } from '../helpers/build';
import { until } from '../helpers/wait';
import { collect, wsClient } from '../helpers/ws';

/**
 * SIGTERM to the compiled hub (`npm start` = `node dist/src/main.js`, embedded PostgreSQL) while a
 * mutation is in flight (held up by a table lock the test holds) and a subscription is open: the
 * mutation's answer arrives complete, the WebSocket is closed with 1012 (Service Restart), the
 * process exits 0 and its PostgreSQL is stopped.
 */
jest.setTimeout(180_000);

const root = path.resolve(__dirname, '../..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'liaison-hub-shutdown-'));
fs.chmodSync(dataDir, 0o755);
let child: ChildProcess | null = null;

/**
 * Consecutive free ports below Linux's ephemeral range (32768+), where no outgoing connection can
 * take them meanwhile: the subgraphs take SUBGRAPH_PORT_BASE + 0..4, PostgreSQL the next one.
 */
async function freeRange(n: number): Promise<number> {
  const bindable = (port: number) =>
    new Promise<boolean>((resolve) => {
      const srv = net.createServer();
      srv.once('error', () => resolve(false));
      srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
    });
  for (;;) {
    const base = 20_000 + Math.floor(Math.random() * 10_000);
    let ok = true;
    for (let i = 0; i < n && ok; i++) ok = await bindable(base + i);
    if (ok) return base;
  }
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

beforeAll(() => buildOnce());
afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  const pid = postmasterPid();
  if (pid && alive(pid)) process.kill(pid, 'SIGINT');
  setTimeout(() => fs.rmSync(dataDir, { recursive: true, force: true }), 2000).unref();
});

test('SIGTERM drains: in-flight mutation answered, WebSocket closed with 1012, exit 0, Postgres stopped', async () => {
  const base = await freeRange(6);
  const pgPort = base + 5;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    LOG_LEVEL: 'info',
    PORT: '0',
    SUBGRAPH_PORT_BASE: String(base),
    EMBEDDED_PG_DIR: path.join(dataDir, 'pg'),
    EMBEDDED_PG_PORT: String(pgPort),
    SHUTDOWN_GRACE_MS: '30000',
  };
  delete env.DATABASE_URL;
  const proc = spawn(process.execPath, ['dist/src/main.js'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child = proc;
  let out = '';
  let err = '';
  proc.stderr!.on('data', (d) => (err += d));
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    proc.stdout!.on('data', (d) => {
      out += d;
      const m = /GraphQL \(HTTP \+ WebSocket\): (\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    proc.once('exit', (code) => reject(new Error(`hub exited (${code}) before it was up:\n${out}\n${err.slice(-3000)}`)));
  });
  const readyUrl = url.replace('/graphql', '/ready');
  const config = loadConfig({ NODE_ENV: 'development' });
  const gql = async (query: string, variables: Record<string, unknown>, user: 'enterprise' | 'coordinator') => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await mintDemoToken(config, user)}`, connection: 'close' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: (await res.json()) as any };
  };
  const SUBMIT = `mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { issue { id title } } }`;
  const input = (title: string) => ({ uscc: DEMO_USERS.enterprise.uscc, title, description: '关停测试', category: 'tax_service' });

  const first = await gql(SUBMIT, { input: input('关停前') }, 'enterprise');
  expect(first.body.errors).toBeUndefined();
  const sub = collect(wsClient(url, await mintDemoToken(config, 'coordinator')), `subscription($id: ID, $after: String) { issueEvents(issueId: $id, after: $after) { type cursor } }`, {
    id: first.body.data.submitIssue.issue.id,
    after: '0',
  });
  await sub.waitFor(1);
  expect((await fetch(readyUrl, { headers: { connection: 'close' } })).status).toBe(200);

  // hold the mutation up inside its transaction: the test locks hub.issue against inserts
  const pg = new PgClient({ connectionString: `postgres://postgres:liaison-hub@127.0.0.1:${pgPort}/liaison_hub` });
  await pg.connect();
  await pg.query('begin');
  await pg.query('lock table hub.issue in exclusive mode');
  const slow = gql(SUBMIT, { input: input('关停时在途') }, 'enterprise');
  await until(async () => {
    const { rows } = await pg.query(`select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and datname = 'liaison_hub'`);
    return rows[0].n > 0;
  }, 'the mutation to wait on the lock');

  proc.kill('SIGTERM');
  await until(async () => {
    const res = await fetch(readyUrl, { headers: { connection: 'close' } }).catch(() => null);
    return res?.status === 503;
  }, 'the hub to report draining');
  await pg.query('commit');
  await pg.end();

  const answer = await slow;
  expect(answer.status).toBe(200);
  expect(answer.body.errors).toBeUndefined();
  expect(answer.body.data.submitIssue.issue.title).toBe('关停时在途');

  await sub.waitForEnd();
  expect((sub.errors[0] as { code: number }).code).toBe(WS_CLOSE_SERVICE_RESTART);
  expect(await exited).toBe(0);
  expect(postmasterPid()).toBeNull(); // Postgres stopped cleanly, by the hub, last
  expect(err).not.toMatch(/shutdown failed|did not finish in time/);
});

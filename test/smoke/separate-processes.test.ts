import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { DEMO_ENTERPRISES } from '../../src/demo/district';
import { mintDemoToken } from '../../src/demo/tokens';
import { buildOnce } from '../helpers/build';
import { loadConfig, SUBGRAPH_NAMES } from '../../src/shared/config';

/**
 * The production layout (docker-compose.yml): each subgraph its own process (`main.js subgraph
 * <name>`), the gateway its own (`main.js gateway`) pointed at them by SUBGRAPH_URL_*, one database.
 */
jest.setTimeout(180_000);
const root = path.resolve(__dirname, '../..');
const base = 36000 + (process.pid % 1500) * 8;
const children: ChildProcess[] = [];

function run(args: string[], env: NodeJS.ProcessEnv, ready: RegExp): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['dist/src/main.js', ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  return new Promise((resolve, reject) => {
    const onData = (d: Buffer) => {
      out += d;
      if (ready.test(out)) resolve(child);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${args.join(' ')} exited (${code}):\n${out.slice(-2000)}`)));
  });
}

beforeAll(() => {
  buildOnce();
});
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
});

test('five subgraph processes and a gateway process answer the five-subgraph query', async () => {
  const common = { NODE_ENV: 'development', LOG_LEVEL: 'info', HOST: '127.0.0.1', DATABASE_URL: process.env.DATABASE_URL };
  await Promise.all(
    SUBGRAPH_NAMES.map((name, i) => run(['subgraph', name], { ...common, PORT: String(base + 1 + i) }, new RegExp(`subgraph ${name} listening`))),
  );
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((n, i) => [`SUBGRAPH_URL_${n.toUpperCase()}`, `http://127.0.0.1:${base + 1 + i}/graphql`]));
  await run(['gateway'], { ...common, PORT: String(base), ...urls }, /gateway listening/);

  const token = await mintDemoToken(loadConfig({ NODE_ENV: 'development' }), 'coordinator');
  const res = await fetch(`http://127.0.0.1:${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: `query($u: ID!) { enterprise(uscc: $u) { name police { liaisonOfficer { name } } market { registrationStatus } tax { creditRating } judicial { openMediationCases } } }`,
      variables: { u: DEMO_ENTERPRISES[0].uscc },
    }),
  });
  const body = (await res.json()) as any;
  expect(body.errors).toBeUndefined();
  expect(body.data.enterprise).toEqual({
    name: DEMO_ENTERPRISES[0].name,
    police: { liaisonOfficer: { name: '李伟' } },
    market: { registrationStatus: 'ACTIVE' },
    tax: { creditRating: 'A' },
    judicial: { openMediationCases: 2 },
  });
  const health = await fetch(`http://127.0.0.1:${base + 2}/health`);
  expect(await health.json()).toEqual({ status: 'ok', subgraph: 'police' });
});

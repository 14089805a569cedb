import type { ChildProcess } from 'node:child_process';
import { DEMO_ENTERPRISES } from '../../src/demo/district';
import { mintDemoToken } from '../../src/demo/tokens';
import { buildOnce } from '../helpers/build';
import { startProcess } from '../helpers/processes';
import { loadConfig, SUBGRAPH_NAMES } from '../../src/shared/config';

/**
 * The production layout (docker-compose.yml): each subgraph its own process (`main.js subgraph
 * <name>`), the gateway its own (`main.js gateway`) pointed at them by SUBGRAPH_URL_*, one database.
 */
jest.setTimeout(180_000);
const children: ChildProcess[] = [];
/** Every process listens on a port the kernel picks (PORT=0) and prints its URL; that is how the test finds it. */
const run = async (args: string[], env: NodeJS.ProcessEnv, ready: RegExp) => (await startProcess(args, { ...process.env, ...env }, ready, children)).match[1];

beforeAll(() => {
  buildOnce();
});
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
});

test('five subgraph processes and a gateway process answer the five-subgraph query', async () => {
  const common = { NODE_ENV: 'development', LOG_LEVEL: 'info', HOST: '127.0.0.1', PORT: '0', DATABASE_URL: process.env.DATABASE_URL };
  const subgraphUrls = await Promise.all(
    SUBGRAPH_NAMES.map((name) => run(['subgraph', name], common, new RegExp(`subgraph ${name} listening on (http://\\S+/graphql)`))),
  );
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((n, i) => [`SUBGRAPH_URL_${n.toUpperCase()}`, subgraphUrls[i]]));
  const gatewayUrl = await run(['gateway'], { ...common, ...urls }, /gateway listening on (http:\/\/\S+\/graphql)/);

  const token = await mintDemoToken(loadConfig({ NODE_ENV: 'development' }), 'coordinator');
  const res = await fetch(gatewayUrl, {
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
  const health = await fetch(new URL('/health', subgraphUrls[SUBGRAPH_NAMES.indexOf('police')]));
  expect(await health.json()).toEqual({ status: 'ok', subgraph: 'police' });
});

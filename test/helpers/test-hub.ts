import { startHub, type RunningHub } from '../../src/app';
import type { HubRuntime } from '../../src/subgraphs/hub/events/runtime';
import { DEMO_USERS, type DemoUserName } from '../../src/demo/district';
import { signToken, type TokenClaims } from '../../src/shared/auth';
import { loadConfig, type Config, SUBGRAPH_NAMES, type SubgraphName } from '../../src/shared/config';
import { createLogger, type Logger } from '../../src/shared/logger';
import { ensureTestCalendar } from './calendar';
import { createTestClock, type TestClock } from './clock';

export interface GqlResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export interface TestHub extends RunningHub {
  config: Config;
  url: string;
  /** POST to the gateway; `token` is a raw JWT or a demo user name. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string | DemoUserName): Promise<GqlResponse<T>>;
  token(user: DemoUserName, overrides?: Partial<TokenClaims>, expiresIn?: string | number): Promise<string>;
  /** SQL statements issued by each subgraph since the last reset. */
  queryCounts(): Record<SubgraphName, number>;
  resetQueryCounts(): void;
  /** The hub's clock: frozen at a known instant (TEST_CLOCK, else DEFAULT_TEST_INSTANT) until the test moves it. */
  clock: TestClock;
  /** How many subscriptions the hub subgraph's event bus is serving now. */
  subscriberCount(): number;
}

/**
 * The whole hub (gateway + five subgraphs on random loopback ports) on the run's test database,
 * running on a test clock, with calendar data for the clock's year and those either side.
 */
export async function startTestHub(opts: { clock?: TestClock; log?: Logger; env?: NodeJS.ProcessEnv } = {}): Promise<TestHub> {
  // metrics on (a kernel-chosen METRICS_PORT), so every test runs with the Prometheus plugin in place
  const config = loadConfig({ ...process.env, NODE_ENV: 'test', LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent', PORT: '0', METRICS_PORT: process.env.METRICS_PORT ?? '0', ...opts.env });
  const clock = opts.clock ?? createTestClock();
  const hub = await startHub({
    config,
    log: opts.log ?? createLogger(config.logLevel, 'test-hub'),
    databaseUrl: process.env.DATABASE_URL!,
    subgraphPorts: 'random',
    clock: clock.now,
  });
  const year = Number(clock.today().slice(0, 4));
  await ensureTestCalendar([year - 1, year, year + 1]);
  const tokens = new Map<string, string>();
  const token = async (user: DemoUserName, overrides: Partial<TokenClaims> = {}, expiresIn: string | number = '1h') => {
    const base = DEMO_USERS[user] as unknown as TokenClaims;
    return signToken(config.jwt, { ...base, roles: [...base.roles], ...overrides }, expiresIn);
  };
  return {
    ...hub,
    config: hub.config,
    url: hub.gateway.url,
    token,
    async gql(query, variables, auth) {
      let bearer = auth;
      if (auth && auth in DEMO_USERS) {
        if (!tokens.has(auth)) tokens.set(auth, await token(auth as DemoUserName));
        bearer = tokens.get(auth);
      }
      const res = await fetch(hub.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as GqlResponse;
      return { ...body, status: res.status };
    },
    queryCounts() {
      return Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, hub.subgraphs[n].queries.count])) as Record<SubgraphName, number>;
    },
    resetQueryCounts() {
      for (const n of SUBGRAPH_NAMES) hub.subgraphs[n].queries.reset();
    },
    clock,
    subscriberCount() {
      return (hub.subgraphs.hub.runtime as HubRuntime | null)?.events.subscriberCount ?? 0;
    },
  };
}

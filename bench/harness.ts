import 'reflect-metadata';
import { Client as PgClient } from 'pg';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startHub, type RunningHub } from '../src/app';
import { DEMO_USERS, type DemoUserName } from '../src/demo/district';
import { signToken, type TokenClaims } from '../src/shared/auth';
import { loadConfig, type Config } from '../src/shared/config';
import { createLogger, type Logger } from '../src/shared/logger';
import type { HubRuntime } from '../src/subgraphs/hub/events/runtime';

/**
 * What the benchmark needs of test/helpers (test-hub.ts, ws.ts, issues.ts), without jest and
 * compiled by tsconfig.build.json (which does not include test/).
 */

export interface GqlResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

export interface BenchHub {
  hub: RunningHub;
  config: Config;
  url: string;
  databaseUrl: string;
  events: HubRuntime['events'];
  token(user: DemoUserName): Promise<string>;
  /** SQL statements issued by the five subgraphs so far (mutations, event reads, subscription resolvers). */
  sqlCount(): number;
  /** POST to the gateway with a demo user's token. */
  gql<T = any>(query: string, variables: Record<string, unknown>, user: DemoUserName): Promise<GqlResponse<T>>;
  stop(): Promise<void>;
}

/** Drops and recreates `name` on the server of `serverUrl`; returns the URL of the new database. */
export async function freshDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new URL(serverUrl);
  admin.pathname = '/postgres';
  const client = new PgClient({ connectionString: admin.toString() });
  await client.connect();
  try {
    const quoted = `"${name.replace(/"/g, '""')}"`;
    await client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${quoted}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const admin = new URL(serverUrl);
  admin.pathname = '/postgres';
  const client = new PgClient({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** Gateway + five subgraphs in this process on random loopback ports (as test/helpers/test-hub.ts). */
export async function startBenchHub(databaseUrl: string, opts: { env?: Record<string, string>; log?: Logger } = {}): Promise<BenchHub> {
  const config = loadConfig({ ...process.env, NODE_ENV: 'development', DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', PORT: '0', ...opts.env });
  const hub = await startHub({ config, log: opts.log ?? createLogger(config.logLevel, 'bench'), databaseUrl, subgraphPorts: 'random' });
  const tokens = new Map<string, string>();
  const token = async (user: DemoUserName) => {
    if (!tokens.has(user)) {
      const base = DEMO_USERS[user] as unknown as TokenClaims;
      tokens.set(user, await signToken(config.jwt, { ...base, roles: [...base.roles] }, '4h'));
    }
    return tokens.get(user)!;
  };
  return {
    hub,
    config,
    url: hub.gateway.url,
    databaseUrl,
    events: (hub.subgraphs.hub.runtime as HubRuntime).events,
    token,
    sqlCount: () => Object.values(hub.subgraphs).reduce((n, s) => n + s.queries.count, 0),
    async gql(query, variables, user) {
      const res = await fetch(hub.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await token(user)}` },
        body: JSON.stringify({ query, variables }),
      });
      return { ...((await res.json()) as GqlResponse), status: res.status };
    },
    stop: () => hub.stop(),
  };
}

/** Runs a mutation and returns its payload, throwing with the GraphQL errors otherwise. */
export async function ok<T = any>(b: BenchHub, query: string, variables: Record<string, unknown>, user: DemoUserName): Promise<T> {
  const res = await b.gql(query, variables, user);
  if (res.errors || !res.data) throw new Error(`${query.trim().split('\n')[0]} failed (${res.status}): ${JSON.stringify(res.errors)}`);
  return Object.values(res.data as object)[0] as T;
}

export const SUBMIT = `mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { issue { id leadDepartment { code } } } }`;
export const ACCEPT = `mutation($id: ID!) { acceptIssue(input: { issueId: $id }) { issue { id status } } }`;
export const START_WORK = `mutation($id: ID!) { startIssueWork(input: { issueId: $id }) { issue { id status } } }`;
export const REFER = `mutation($input: ReferIssueInput!) { referIssue(input: $input) { referral { id } } }`;

/** A request of the demo enterprise that the routing rules give to tax, signed for by tax. */
export async function acceptedTaxIssue(b: BenchHub): Promise<string> {
  const { issue } = await ok(b, SUBMIT, { input: { uscc: DEMO_USERS.enterprise.uscc, title: '发票', description: '发票问题', category: 'tax_service' } }, 'enterprise');
  if (issue.leadDepartment?.code !== 'tax') throw new Error(`expected the issue to be routed to tax, got ${JSON.stringify(issue.leadDepartment)}`);
  await ok(b, ACCEPT, { id: issue.id }, 'tax-officer');
  return issue.id;
}

/** `count` results of `task(i)`, at most `concurrency` running at a time. */
export async function pool<T>(count: number, concurrency: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        const i = next++;
        out[i] = await task(i);
      }
    }),
  );
  return out;
}

export function wsClient(httpUrl: string, token: string): Client {
  return createClient({
    url: httpUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: true,
  });
}

/** One subscription; `onEvent` gets the payload's root field and the receipt time (performance.now()). */
export function subscribe(client: Client, query: string, variables: Record<string, unknown>, onEvent: (event: any, at: number) => void, onError: (err: unknown) => void): () => void {
  return client.subscribe(
    { query, variables },
    {
      next: (result) => {
        const at = performance.now();
        if (result.errors) onError(result.errors);
        if (result.data) onEvent(Object.values(result.data)[0], at);
      },
      error: onError,
      complete: () => {},
    },
  );
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until `cond()` holds, checking every `every` ms; throws after `ms`. */
export async function until(cond: () => boolean, ms: number, what: string, every = 20): Promise<void> {
  const deadline = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(every);
  }
}

/** Nearest-rank percentile (p in 0..100) of unsorted values. */
export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

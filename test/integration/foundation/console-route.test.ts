import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gatewayRoutes, withRoutes } from '../../../src/gateway/routes';
import { loadConfig, type SubgraphName } from '../../../src/shared/config';
import { createLogger } from '../../../src/shared/logger';
import { startTestHub, type TestHub } from '../../helpers/test-hub';

/**
 * The gateway serves the web console's built files at `/` (src/gateway/console.ts) and, outside
 * production, the demo sign-in the console uses. A folder of its own stands in for the build, so
 * this runs without building the console.
 */
let hub: TestHub;
let base: string;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'console-route-'));
const INDEX = '<!doctype html><title>控制台</title>';
const ASSET = 'console.log("控制台")';

beforeAll(async () => {
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), INDEX);
  fs.writeFileSync(path.join(dir, 'assets', 'index-AbC123.js'), ASSET);
  fs.writeFileSync(path.join(dir, 'assets', 'index-AbC123.css'), 'body{}');
  fs.writeFileSync(path.join(os.tmpdir(), 'console-route-secret.txt'), 'secret');
  process.env.CONSOLE_DIR = dir;
  hub = await startTestHub();
  base = hub.url.replace(/\/graphql$/, '');
});

afterAll(async () => {
  await hub?.stop();
  delete process.env.CONSOLE_DIR;
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A raw request, so the path reaches the server exactly as written (fetch would normalise `..`). */
function raw(method: string, pathname: string, port = Number(new URL(base).port)): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: pathname }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('/ is the console: index.html, revalidated each time, with a same-origin content policy', async () => {
  const res = await raw('GET', '/');
  expect(res.status).toBe(200);
  expect(res.body).toBe(INDEX);
  expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(res.headers['cache-control']).toBe('no-cache');
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['content-security-policy']).toContain("connect-src 'self'");
});

test('hashed assets have their content type and are cached for a year', async () => {
  const js = await raw('GET', '/assets/index-AbC123.js');
  expect([js.status, js.body, js.headers['content-type'], js.headers['cache-control']]).toEqual([
    200,
    ASSET,
    'text/javascript; charset=utf-8',
    'public, max-age=31536000, immutable',
  ]);
  const css = await raw('HEAD', '/assets/index-AbC123.css');
  expect([css.status, css.body, css.headers['content-type'], css.headers['content-length']]).toEqual([200, '', 'text/css; charset=utf-8', '6']);
});

test('a screen path falls back to index.html; a missing file with an extension is 404', async () => {
  const screen = await raw('GET', '/requests/Issue:1?tab=timeline');
  expect([screen.status, screen.body, screen.headers['cache-control']]).toEqual([200, INDEX, 'no-cache']);
  expect((await raw('GET', '/assets/index-old999.js')).status).toBe(404);
});

test('no path leaves the console folder', async () => {
  for (const p of ['/../console-route-secret.txt', '/%2e%2e/console-route-secret.txt', '/assets/..%2f..%2fconsole-route-secret.txt', '/..%5cconsole-route-secret.txt', '/%00index.html']) {
    const res = await raw('GET', p);
    expect({ p, status: res.status === 404 || res.status === 400, leaked: res.body.includes('secret') }).toEqual({ p, status: true, leaked: false });
  }
  expect((await raw('GET', '/%E0%A4%A')).status).toBe(400);
});

test('GraphQL, health and readiness stay the runtime’s; other methods on / are not the console’s', async () => {
  const health = await raw('GET', '/health');
  expect(health.status).toBe(200);
  expect(health.body).not.toBe(INDEX);
  const res = await hub.gql('{ __typename }', {}, 'police-officer');
  expect(res.data).toEqual({ __typename: 'Query' });
  expect((await raw('POST', '/')).body).not.toBe(INDEX);
});

test('development: the demo users are listed and a minted token signs in', async () => {
  const users = (await (await fetch(`${base}/dev/demo-users`)).json()) as { user: string; name: string; department: string | null; roles: string[] }[];
  expect(users).toContainEqual({ user: 'police-officer', name: '李伟', department: 'police', roles: ['OFFICER'] });
  const minted = await fetch(`${base}/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: 'market-officer' }) });
  expect(minted.status).toBe(200);
  const { token } = (await minted.json()) as { token: string };
  const me = await hub.gql('{ me { displayName departmentCode roles } }', {}, token);
  expect(me.data).toEqual({ me: { displayName: '孙丽华', departmentCode: 'market', roles: ['OFFICER'] } });

  const unknown = await fetch(`${base}/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: 'root' }) });
  expect(unknown.status).toBe(400);
  const form = await fetch(`${base}/dev/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'user=police-officer' });
  expect(form.status).toBe(415);
  const big = await fetch(`${base}/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: 'x'.repeat(5000) }) });
  expect(big.status).toBe(413);
});

test('production: no demo users and no demo tokens', async () => {
  const config = { ...loadConfig({ ...process.env, NODE_ENV: 'test' }), env: 'production' as const };
  const ctx = { config, log: createLogger('silent', 'test'), subgraphUrls: {} as Record<SubgraphName, string> };
  const server = http.createServer(withRoutes(gatewayRoutes(ctx), ctx, (_req, res) => res.writeHead(418).end()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const port = (server.address() as AddressInfo).port;
    const list = await raw('GET', '/dev/demo-users', port);
    expect(list.status).toBe(404);
    expect(list.body).not.toContain('李伟');
    const minted = await fetch(`http://127.0.0.1:${port}/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: 'police-officer' }) });
    expect(minted.status).toBe(404);
    expect(await minted.text()).not.toMatch(/eyJ/);
    // the console itself is still served in production
    expect((await raw('GET', '/', port)).body).toBe(INDEX);
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

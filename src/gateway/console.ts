import fs from 'node:fs';
import path from 'node:path';
import type http from 'node:http';
import { DEMO_USERS } from '../demo/district';
import { isDemoUser, mintDemoToken } from '../demo/tokens';
import type { GatewayRoute } from './routes';

/**
 * The web console (控制台, source in `console/`, built by `npm run build` into `dist/console`):
 * static files served by the gateway at `/`, so the console reaches the API on its own origin.
 * CONSOLE_DIR points elsewhere (tests use a folder of their own).
 */
export function consoleDir(): string {
  if (process.env.CONSOLE_DIR) return path.resolve(process.env.CONSOLE_DIR);
  // the repository root holds package.json: src/gateway under ts-jest, dist/src/gateway when built
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return path.join(dir, 'dist', 'console');
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Paths that stay the runtime's even though the console is matched on `/`. */
// `/metrics` is never served on the public port (METRICS_PORT has it): it stays a plain 404 here, not the console
const RUNTIME_PATHS = ['/graphql', '/health', '/ready', '/metrics'];

/** The console only talks to its own origin: the API over HTTP and graphql-ws, nothing else. */
const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
};

function send(res: http.ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8') {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...SECURITY_HEADERS });
  res.end(body);
}

/**
 * GET/HEAD of anything but the runtime's own paths. Files under `assets/` carry a content hash in
 * their names (Vite), so they are cached for a year; index.html is revalidated every time so a new
 * build is picked up at once. A path without a file and without an extension is a screen of the
 * single-page app: it gets index.html. Only files inside the console folder are ever read.
 */
export function consoleRoute(root = consoleDir()): GatewayRoute {
  const base = path.resolve(root);
  return {
    prefix: '/',
    matches(pathname, req) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return false;
      return !RUNTIME_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
    },
    async handle(req, res) {
      const pathname = (req.url ?? '/').split('?')[0];
      let decoded: string;
      try {
        decoded = decodeURIComponent(pathname);
      } catch {
        return send(res, 400, '请求路径无效');
      }
      if (decoded.includes('\0') || decoded.includes('\\')) return send(res, 400, '请求路径无效');
      const file = path.resolve(base, `.${path.posix.normalize(decoded)}`);
      if (file !== base && !file.startsWith(base + path.sep)) return send(res, 404, '未找到');

      const found = await statFile(file);
      let target = found ? file : null;
      if (!target) {
        // a missing file with an extension is a real 404 (a stale asset link), not a screen
        if (path.posix.extname(decoded) !== '') return send(res, 404, '未找到');
        target = path.join(base, 'index.html');
        if (!(await statFile(target))) return send(res, 503, '控制台尚未构建：请先运行 npm run build。');
      }
      const ext = path.extname(target);
      const hashed = target.startsWith(path.join(base, 'assets') + path.sep);
      const body = await fs.promises.readFile(target);
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
        'content-length': body.length,
        'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
        ...SECURITY_HEADERS,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    },
  };
}

async function statFile(file: string): Promise<boolean> {
  try {
    return (await fs.promises.stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * Development sign-in for the console (and anyone trying the API): `GET /dev/demo-users` lists the
 * demo district's users, `POST /dev/token` with `{"user": "<name>"}` mints a token for one (8 h).
 * Both answer 404 when NODE_ENV=production, where tokens come from the identity provider.
 */
export function devTokenRoute(): GatewayRoute {
  return {
    prefix: '/dev/',
    async handle(req, res, ctx) {
      const pathname = (req.url ?? '/').split('?')[0];
      const json = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
        res.end(JSON.stringify(body));
      };
      if (ctx.config.env === 'production') return json(404, { error: 'Demo users and tokens are not available when NODE_ENV=production.' });
      if (pathname === '/dev/demo-users' && req.method === 'GET') {
        return json(
          200,
          Object.entries(DEMO_USERS).map(([user, u]) => ({ user, name: u.name, department: u.dept, roles: u.roles })),
        );
      }
      if (pathname === '/dev/token' && req.method === 'POST') {
        // a JSON body only: a plain HTML form (no preflight) cannot send one cross-site
        if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return json(415, { error: 'Send {"user": "<demo user>"} as application/json.' });
        const body = await readBody(req, 1024);
        if (body === null) return json(413, { error: 'Body too large.' });
        let user: unknown;
        try {
          user = (JSON.parse(body) as { user?: unknown })?.user;
        } catch {
          return json(400, { error: 'Body is not JSON.' });
        }
        if (typeof user !== 'string' || !isDemoUser(user)) return json(400, { error: `user: one of ${Object.keys(DEMO_USERS).join(', ')}` });
        return json(200, { token: await mintDemoToken(ctx.config, user, '8h') });
      }
      return json(404, { error: 'Not found.' });
    },
  };
}

/** The body as text, or null when it is longer than `limit` bytes. */
function readBody(req: http.IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        resolve(null);
        req.removeAllListeners('data');
        req.resume();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

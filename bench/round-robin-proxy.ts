import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A load balancer in miniature, for tests and benchmarks of several copies on one machine (the
 * part a Kubernetes Service or an ingress plays): listens on 127.0.0.1, port 0, and hands each
 * HTTP request, and each WebSocket upgrade, to the next backend in turn. Requests are balanced one
 * by one (as an L7 load balancer does), so keep-alive connections from one client still spread.
 * A WebSocket stays on the backend it was handed to, as it would behind any load balancer.
 */
export interface Backend {
  host: string;
  port: number;
}

export interface ProxyStats {
  /** HTTP requests handed to each backend (by index). */
  requests: number[];
  /** WebSocket upgrades handed to each backend (by index). */
  upgrades: number[];
}

export interface RoundRobinProxy {
  url: string;
  port: number;
  stats: ProxyStats;
  /** Index of the backend each upgrade went to, in order (tests pin a subscription to its replica). */
  upgradeLog: number[];
  close(): Promise<void>;
}

export function backendOf(url: string): Backend {
  const u = new URL(url);
  return { host: u.hostname, port: Number(u.port) };
}

export async function startRoundRobinProxy(backends: Backend[]): Promise<RoundRobinProxy> {
  if (!backends.length) throw new Error('a proxy needs at least one backend');
  const stats: ProxyStats = { requests: backends.map(() => 0), upgrades: backends.map(() => 0) };
  const upgradeLog: number[] = [];
  // idle sockets are dropped after 2 s, before the backend's own keep-alive timeout (Node: 5 s)
  // closes them under a request being sent (which would surface as a spurious 502)
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity, timeout: 2_000 });
  const sockets = new Set<net.Socket>();
  let next = 0;
  const pick = () => {
    const i = next;
    next = (next + 1) % backends.length;
    return i;
  };

  const server = http.createServer((req, res) => {
    const i = pick();
    stats.requests[i]++;
    const { host, port } = backends[i];
    const upstream = http.request({ host, port, method: req.method, path: req.url, headers: req.headers, agent }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.rawHeaders);
      up.pipe(res);
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end('bad gateway');
    });
    req.pipe(upstream);
  });
  server.keepAliveTimeout = 65_000;

  server.on('upgrade', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const i = pick();
    stats.upgrades[i]++;
    upgradeLog.push(i);
    const { host, port } = backends[i];
    const upstream = net.connect(port, host, () => {
      const lines = [`${req.method} ${req.url} HTTP/${req.httpVersion}`];
      for (let h = 0; h < req.rawHeaders.length; h += 2) lines.push(`${req.rawHeaders[h]}: ${req.rawHeaders[h + 1]}`);
      upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    }
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    upstream.on('error', end);
    client.on('error', end);
    upstream.on('close', end);
    client.on('close', end);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    stats,
    upgradeLog,
    close: async () => {
      for (const s of sockets) s.destroy();
      server.closeAllConnections();
      agent.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { SUBGRAPH_NAMES } from '../src/shared/config';
import { backendOf, startRoundRobinProxy, type RoundRobinProxy } from './round-robin-proxy';

/**
 * "More than one copy" on one machine: N hub subgraph processes and M gateway processes, each
 * behind a round-robin proxy (the part a Kubernetes Service plays), plus one process for each
 * department subgraph, all on one database, all from dist/ (`npm run build`). Used by the
 * scale-out smoke test (test/smoke/scale-out.test.ts) and the benchmark (bench/scale-out.ts).
 *
 *   clients ──▶ gateway proxy ──▶ gateway ×M ──▶ hub proxy ──▶ hub ×N ──┐
 *                                        └──▶ police, market, tax, judicial ──┴──▶ PostgreSQL
 */
const projectRoot = path.resolve(__dirname, '..', fs.existsSync(path.resolve(__dirname, '..', 'package.json')) ? '' : '..');

export interface Proc {
  name: string;
  /** http://127.0.0.1:<port>/graphql */
  url: string;
  child: ChildProcess;
  output(): string;
}

export interface Cluster {
  /** The gateway proxy's /graphql: what clients use. */
  url: string;
  gateways: Proc[];
  hubs: Proc[];
  departments: Proc[];
  gatewayProxy: RoundRobinProxy;
  hubProxy: RoundRobinProxy;
  all(): Proc[];
  stop(): Promise<void>;
}

/** Runs `node dist/src/main.js …args` with PORT=0 and resolves once it printed where it listens. */
function startProc(name: string, args: string[], env: NodeJS.ProcessEnv, ready: RegExp, started: Proc[], timeoutMs = 90_000): Promise<Proc> {
  const child = spawn(process.execPath, ['dist/src/main.js', ...args], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const proc: Proc = { name, url: '', child, output: () => out };
  started.push(proc);
  return new Promise((resolve, reject) => {
    let done = false;
    const onData = (d: Buffer) => {
      out += d;
      if (out.length > 2_000_000) out = out.slice(-1_000_000); // a long benchmark logs a lot
      const m = done ? null : out.match(ready);
      if (m) {
        done = true;
        clearTimeout(timer);
        proc.url = m[1];
        resolve(proc);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    const timer = setTimeout(() => {
      if (!done) reject(new Error(`${name} did not report listening within ${timeoutMs} ms:\n${out.slice(-3000)}`));
    }, timeoutMs);
    timer.unref();
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (!done) reject(new Error(`${name} exited (${code}):\n${out.slice(-3000)}`));
    });
  });
}

function stopProc(p: Proc, ms = 20_000): Promise<void> {
  const c = p.child;
  if (c.exitCode !== null || c.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => c.kill('SIGKILL'), ms);
    c.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    c.kill('SIGTERM');
  });
}

export async function startCluster(opts: { hubs: number; gateways: number; databaseUrl: string; env?: NodeJS.ProcessEnv }): Promise<Cluster> {
  const started: Proc[] = [];
  const proxies: RoundRobinProxy[] = [];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: '0',
    ...opts.env,
    // the "listening on" line this waits for is an info message
    LOG_LEVEL: 'info',
    DATABASE_URL: opts.databaseUrl,
  };
  const stopAll = async () => {
    await Promise.all(started.filter((p) => p.name.startsWith('gateway')).map((p) => stopProc(p)));
    await Promise.all(started.filter((p) => !p.name.startsWith('gateway')).map((p) => stopProc(p)));
    await Promise.all(proxies.map((p) => p.close()));
  };
  try {
    const listening = (what: string) => new RegExp(`${what} listening on (http://\\S+/graphql)`);
    const [hubs, departments] = await Promise.all([
      Promise.all(Array.from({ length: opts.hubs }, (_, i) => startProc(`hub-${i + 1}`, ['subgraph', 'hub'], env, listening('subgraph hub'), started))),
      Promise.all(SUBGRAPH_NAMES.filter((n) => n !== 'hub').map((n) => startProc(n, ['subgraph', n], env, listening(`subgraph ${n}`), started))),
    ]);
    const hubProxy = await startRoundRobinProxy(hubs.map((h) => backendOf(h.url)));
    proxies.push(hubProxy);
    const subgraphUrls: NodeJS.ProcessEnv = { SUBGRAPH_URL_HUB: `${hubProxy.url}/graphql` };
    for (const d of departments) subgraphUrls[`SUBGRAPH_URL_${d.name.toUpperCase()}`] = d.url;
    const gateways = await Promise.all(
      Array.from({ length: opts.gateways }, (_, i) => startProc(`gateway-${String.fromCharCode(65 + i)}`, ['gateway'], { ...env, ...subgraphUrls }, listening('gateway'), started)),
    );
    const gatewayProxy = await startRoundRobinProxy(gateways.map((g) => backendOf(g.url)));
    proxies.push(gatewayProxy);
    return {
      url: `${gatewayProxy.url}/graphql`,
      gateways,
      hubs,
      departments,
      gatewayProxy,
      hubProxy,
      all: () => [...started],
      stop: stopAll,
    };
  } catch (err) {
    await stopAll();
    throw err;
  }
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); null if it is gone. */
export function cpuSeconds(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[11], fields[12]: utime, stime in clock ticks (field 14 and 15 of proc(5)); 100 per second on Linux
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** CPU seconds of each tier so far (gateways, hubs, departments), plus the PostgreSQL backends of `pgPids` and this process. */
export function tierCpu(cluster: Cluster, pgPids: number[]): Record<string, number> {
  const sum = (procs: { child: { pid?: number } }[]) => procs.reduce((a, p) => a + (cpuSeconds(p.child.pid!) ?? 0), 0);
  const self = process.cpuUsage();
  return {
    gateways: sum(cluster.gateways),
    hubs: sum(cluster.hubs),
    departments: sum(cluster.departments),
    postgres: pgPids.reduce((a, pid) => a + (cpuSeconds(pid) ?? 0), 0),
    'load generator + proxies': (self.user + self.system) / 1e6,
  };
}

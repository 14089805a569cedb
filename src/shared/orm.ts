import { AsyncLocalStorage } from 'node:async_hooks';
import { DefaultLogger, type LoggerNamespace, type LogContext, type EntityClass, type MigrationObject } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { BoundParameterPostgreSqlDriver } from './bound-parameters';
import { SUBGRAPH_NAMES, type SubgraphName } from './config';
import fs from 'node:fs';
import path from 'node:path';
import { AuditSubscriber } from './audit/subscriber';

/** The audit trail's tables and partitions (not entities; see keepAuditTablesOutOfSnapshot). */
const AUDIT_TABLE = /^audit_(log|anchor)/;

/**
 * Logger context for work no request asked for (event bus, schedulers): `em.fork({ loggerContext:
 * BACKGROUND })`, and as the last argument of raw `execute` calls. Such statements are not counted.
 */
export const BACKGROUND = { label: 'background' };

/**
 * Background work as a scope: every statement issued inside `inBackground(fn)` (however deep:
 * services it calls use raw `execute` without the label) is left out of the count too.
 */
const backgroundScope = new AsyncLocalStorage<true>();
export const inBackground = <T>(work: () => Promise<T>): Promise<T> => backgroundScope.run(true, work);

/** Counts SQL statements per subgraph: the proof, in tests, that lists are batched (no N+1). */
export class QueryCounter {
  count = 0;
  readonly statements: string[] = [];
  record(sql: string) {
    this.count++;
    if (this.statements.length < 500) this.statements.push(sql);
  }
  reset() {
    this.count = 0;
    this.statements.length = 0;
  }
}

export interface OrmOptions {
  name: SubgraphName;
  databaseUrl: string;
  entities: EntityClass<unknown>[];
  migrations: MigrationObject[];
  poolMax: number;
  counter: QueryCounter;
  /**
   * Read and write migrations/<subgraph>/.snapshot-<subgraph>.json: only `npm run migration:create`
   * does. Everything else (start, tests) migrates without touching the checked-in file.
   */
  snapshot?: boolean;
}

/**
 * One MikroORM instance per subgraph, bound to the subgraph's own Postgres schema. Migrations
 * are listed in code (migrations/<subgraph>/index.ts) rather than discovered from a folder, so
 * the same list runs under ts-jest and from compiled JavaScript.
 */
export async function createOrm(opts: OrmOptions): Promise<MikroORM> {
  const counter = opts.counter;
  class CountingLogger extends DefaultLogger {
    override logQuery(context: { query: string } & LogContext): void {
      if (context.label !== BACKGROUND.label && !backgroundScope.getStore()) counter.record(context.query);
      super.logQuery(context);
    }
    override isEnabled(namespace: LoggerNamespace, context?: LogContext): boolean {
      // query logging must stay "enabled" for logQuery to be called; printing is off unless debug
      return namespace === 'query' ? true : super.isEnabled(namespace, context);
    }
    override log(): void {
      /* counting only; SQL is not printed */
    }
  }
  return MikroORM.init({
    // values travel as bound parameters, never inside the SQL text (see bound-parameters.ts)
    driver: BoundParameterPostgreSqlDriver,
    clientUrl: opts.databaseUrl,
    schema: opts.name,
    entities: opts.entities,
    extensions: [Migrator],
    // a mutation's audit row joins its transaction (shared/audit/subscriber.ts)
    subscribers: [new AuditSubscriber()],
    migrations: {
      tableName: 'mikro_orm_migrations',
      migrationsList: opts.migrations,
      // migrations run from migrationsList; the folder is only where new ones and the snapshot are written
      path: `migrations/${opts.name}`,
      pathTs: `migrations/${opts.name}`,
      snapshotName: `.snapshot-${opts.name}`,
      snapshot: opts.snapshot ?? false,
      transactional: true,
      allOrNothing: true,
      emit: 'ts',
    },
    // each subgraph owns exactly one schema: the others' are invisible to its schema diffs
    // the audit tables (hand-written SQL, partitions, triggers: shared/audit/schema-sql.ts) are no entities;
    // kept out of snapshots so a generated migration never tries to drop them
    schemaGenerator: { ignoreSchema: SUBGRAPH_NAMES.filter((n) => n !== opts.name), skipTables: [AUDIT_TABLE] },
    pool: { min: 0, max: opts.poolMax },
    debug: ['query'],
    loggerFactory: (options) => new CountingLogger(options),
    allowGlobalContext: false,
    forceUtcTimezone: true,
    ensureDatabase: false,
    discovery: { warnWhenNoEntities: false },
  });
}

export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  if (applied.length) keepAuditTablesOutOfSnapshot(orm);
  return applied.map((m) => m.name);
}

/**
 * After migrating, MikroORM rewrites the snapshot from the database as it now is, audit tables
 * included (hand-written SQL, partitioned: shared/audit/schema-sql.ts). They are no entities: left
 * in, a generated migration would drop them, and their partition indexes make the file differ
 * from run to run. A read-only file system (production) just keeps the file as it was.
 */
function keepAuditTablesOutOfSnapshot(orm: MikroORM): void {
  const options = orm.config.get('migrations');
  const file = path.resolve(orm.config.get('baseDir'), options.pathTs ?? options.path ?? '', `${options.snapshotName}.json`);
  try {
    if (!fs.existsSync(file)) return;
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { tables?: { name: string }[] };
    const tables = (data.tables ?? []).filter((t) => !AUDIT_TABLE.test(t.name));
    if (tables.length === data.tables?.length) return;
    fs.writeFileSync(file, `${JSON.stringify({ ...data, tables }, null, 2)}\n`);
  } catch {
    /* the snapshot only matters to migration:create */
  }
}

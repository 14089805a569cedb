import { Utils, JsonProperty, type Configuration, type Transaction } from '@mikro-orm/core';
import { PostgreSqlConnection, PostgreSqlDriver, type PostgreSqlPlatform } from '@mikro-orm/postgresql';
import type { Knex } from '@mikro-orm/knex';

/**
 * MikroORM 6 formats every statement itself before it reaches pg: `Platform.formatQuery` writes
 * each parameter into the SQL text as a quoted literal and sends the result without parameters
 * (ORM queries, `em.execute(sql, params)` and `raw()` fragments alike). That is how
 * `where i.id < NaN` reached PostgreSQL. This connection sends the very same statements with their
 * values as bound parameters ($1, $2 …) instead: no value a user typed is ever part of SQL text.
 */
export interface BoundStatement {
  sql: string;
  bindings: unknown[];
}

/**
 * Turns MikroORM's `?` statement + params into one knex-raw statement whose `?` are all bound:
 * `??` is an identifier (from metadata, quoted), `\?` stays a literal question mark, a raw SQL
 * fragment is spliced in with its own parameters bound, a list becomes one placeholder per item
 * (what MikroORM's formatting wrote as `'a', 'b'`), JSON objects are sent as JSON text, dates in the
 * ORM's own format (UTC with forceUtcTimezone).
 */
export function bindParameters(sql: string, params: readonly unknown[], platform: PostgreSqlPlatform): BoundStatement {
  const bindings: unknown[] = [];
  let out = '';
  let next = 0;
  let pos = 0;
  const placeholder = (value: unknown): string => {
    if (Utils.isRawSql(value)) {
      const inner = bindParameters(value.sql, value.params ?? [], platform);
      bindings.push(...inner.bindings);
      return inner.sql;
    }
    if (Array.isArray(value)) return value.map(placeholder).join(', ');
    bindings.push(toBinding(value, platform));
    return '?';
  };
  for (;;) {
    const idx = sql.indexOf('?', pos);
    if (idx === -1) {
      out += sql.slice(pos);
      break;
    }
    if (idx > 0 && sql[idx - 1] === '\\') {
      out += sql.slice(pos, idx + 1); // escaped: knex turns `\?` into a literal `?`
      pos = idx + 1;
      continue;
    }
    out += sql.slice(pos, idx);
    if (sql[idx + 1] === '?') {
      out += platform.quoteIdentifier(String(params[next++]));
      pos = idx + 2;
    } else {
      out += placeholder(params[next++]);
      pos = idx + 1;
    }
  }
  return { sql: out, bindings };
}

function toBinding(value: unknown, platform: PostgreSqlPlatform): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return (platform as unknown as { formatDate(d: Date): string }).formatDate(value);
  if (typeof value === 'bigint') return value.toString();
  if (value !== null && typeof value === 'object' && !ArrayBuffer.isView(value) && !platform.isRaw(value)) {
    if (Utils.isPlainObject(value) || (value as Record<symbol, unknown>)[JsonProperty]) return JSON.stringify(value);
  }
  return value;
}

export class BoundParameterConnection extends PostgreSqlConnection {
  override async execute<T = any>(
    queryOrKnex: string | Knex.QueryBuilder | Knex.Raw,
    params: unknown[] = [],
    method: 'all' | 'get' | 'run' = 'all',
    ctx?: Transaction,
    loggerContext?: Record<string, unknown>,
  ): Promise<T> {
    await this.ensureConnection();
    let query: string;
    if (typeof queryOrKnex === 'string') {
      query = queryOrKnex;
    } else {
      ctx ??= ((queryOrKnex as any).client.transacting ? queryOrKnex : null) as Transaction | undefined;
      const q = queryOrKnex.toSQL();
      query = q.sql;
      params = [...(q.bindings ?? [])];
    }
    query = this.config.get('onQuery')(query, params);
    const platform = this.platform as unknown as PostgreSqlPlatform;
    const bound = bindParameters(query, params, platform);
    const knex = this.getKnex();
    // what the logger (and the QueryCounter) sees is exactly the text sent: placeholders, no values
    const logged = knex.client.positionBindings(bound.sql);
    return this.executeQuery(
      logged,
      async () => {
        const raw = bound.bindings.length ? knex.raw(bound.sql, bound.bindings as Knex.RawBinding[]) : knex.raw(bound.sql);
        if (ctx) raw.transacting(ctx as Knex.Transaction);
        const res = await raw;
        return this.transformRawResult<T>(res, method);
      },
      { query, params, ...loggerContext },
    );
  }
}

/** The PostgreSQL driver with bound parameters (see BoundParameterConnection). */
export class BoundParameterPostgreSqlDriver extends PostgreSqlDriver {
  constructor(config: Configuration) {
    super(config);
    (this as unknown as { connection: BoundParameterConnection }).connection = new BoundParameterConnection(this.config);
    const self = this as unknown as { replicas: unknown[]; createReplicas(cb: (c: unknown) => unknown): unknown[] };
    self.replicas = self.createReplicas((conf) => new BoundParameterConnection(this.config, conf as never, 'read'));
  }
}

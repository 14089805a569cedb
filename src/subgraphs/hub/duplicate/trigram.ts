import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../../../shared/logger';
import { BACKGROUND } from '../../../shared/orm';

/** Where pg_trgm's functions are (quoted schema name), as found at start. */
export interface Trigrams {
  schema: string;
}

/**
 * Finds the schema pg_trgm was installed in (the hub migration puts it in `hub`; a database where
 * someone installed it earlier keeps theirs, `create extension if not exists` leaves it), and warns
 * when the database's LC_CTYPE does not class CJK characters as letters: pg_trgm then makes no
 * trigrams of Chinese text (LC_CTYPE C or POSIX), and no Chinese duplicate is ever found.
 */
export async function probeTrigrams(em: EntityManager, log: Logger): Promise<Trigrams> {
  const [row] = await em.execute<{ schema: string | null }[]>(
    `select n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'`,
    [],
    'all',
    BACKGROUND,
  );
  if (!row?.schema) throw new Error('The pg_trgm extension is missing from the hub database: run the hub migrations (they create it).');
  const schema = `"${row.schema.replace(/"/g, '""')}"`;
  const [probe] = await em.execute<{ n: number | null; ctype: string }[]>(
    `select coalesce(array_length(${schema}.show_trgm('重复诉求'), 1), 0) as n, (select datctype from pg_database where datname = current_database()) as ctype`,
    [],
    'all',
    BACKGROUND,
  );
  if (!Number(probe?.n)) {
    log.warn(
      `pg_trgm sees no letters in Chinese text in this database (LC_CTYPE ${probe?.ctype}): possible duplicates of Chinese requests will not be found. ` +
        'Create the database with a UTF-8 LC_CTYPE (e.g. C.UTF-8; LC_COLLATE may stay C). See README "Duplicates".',
    );
  }
  return { schema };
}

import { Client } from 'pg';

/**
 * Direct SQL for what the API rightly cannot do: move time (a deadline into the past) and look at
 * rows the API hides. Tests otherwise seed and read through the gateway.
 */
export async function sql<T = any>(query: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(query, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** The database key inside a global id the API returned (`Issue:42` → 42), for direct SQL on its row. */
export function rowId(globalId: string): number {
  const key = Number(String(globalId).split(':')[1]);
  if (!Number.isInteger(key)) throw new Error(`not a numeric global id: ${globalId}`);
  return key;
}

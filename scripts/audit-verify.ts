import { Client } from 'pg';
import { verifyArchive, verifyChain } from '../src/shared/audit/chain';
import { loadConfig, SUBGRAPH_NAMES, type SubgraphName } from '../src/shared/config';

/**
 * npm run audit:verify [-- <subgraph> ...]: walks each subgraph's audit hash chain and names the
 * first row that was changed, deleted or inserted out of order. Exit code 1 if any chain is broken.
 * Detached (archived) monthly partitions still in the database are checked against their anchors too.
 * Uses DATABASE_URL, else the embedded PostgreSQL of `npm start` (which must be running).
 */
async function main() {
  const config = loadConfig();
  const url = config.databaseUrl ?? `postgres://postgres:liaison-hub@127.0.0.1:${config.embeddedPg.port}/liaison_hub`;
  const names = process.argv.slice(2);
  const unknown = names.filter((n) => !SUBGRAPH_NAMES.includes(n as SubgraphName));
  if (unknown.length) {
    console.error(`unknown subgraph ${unknown.join(', ')}; usage: npm run audit:verify -- [${SUBGRAPH_NAMES.join('|')} ...]`);
    process.exit(2);
  }
  const client = new Client({ connectionString: url });
  await client.connect();
  let broken = 0;
  try {
    for (const schema of names.length ? names : SUBGRAPH_NAMES) {
      const query = async (sql: string, params: unknown[]) => {
        let i = 0;
        return (await client.query(sql.replace(/\?/g, () => `$${++i}`), params)).rows;
      };
      for (const archived of await verifyArchive(query, schema)) {
        if (!archived.present) console.log(`${schema}.${archived.partition} (detached): no longer in the database, its anchor stands in for it`);
        else if (archived.ok) console.log(`${schema}.${archived.partition} (detached): ok, ${archived.rows} rows`);
        else {
          broken++;
          console.log(`${schema}.${archived.partition} (detached): BROKEN at row ${archived.problem!.seq}: ${archived.problem!.reason}`);
        }
      }
      const report = await verifyChain(query, schema);
      if (report.ok) {
        console.log(`${schema}: ok, ${report.rows} rows${report.anchors ? `, anchored to ${report.anchors} detached partition(s)` : ''}`);
      } else {
        broken++;
        console.log(`${schema}: BROKEN at row ${report.problem!.seq}: ${report.problem!.reason}`);
      }
    }
  } finally {
    await client.end();
  }
  process.exit(broken ? 1 : 0);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

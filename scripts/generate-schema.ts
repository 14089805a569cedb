import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { subgraphSdlPath, supergraphPath } from '../src/gateway/supergraph';
import { buildSubgraphSdls, composeSupergraph } from './compose';
import { SUBGRAPH_NAMES } from '../src/shared/config';

/** npm run schema: writes schema/subgraphs/<name>.graphql and the composed schema/supergraph.graphql. */
async function main() {
  const sdls = await buildSubgraphSdls();
  for (const name of SUBGRAPH_NAMES) {
    fs.mkdirSync(path.dirname(subgraphSdlPath(name)), { recursive: true });
    fs.writeFileSync(subgraphSdlPath(name), sdls[name]);
  }
  fs.writeFileSync(supergraphPath(), composeSupergraph(sdls));
  console.log(`wrote ${SUBGRAPH_NAMES.length} subgraph schemas and ${path.relative(process.cwd(), supergraphPath())}`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

import fs from 'node:fs';
import { buildSubgraphSdls, composeSupergraph } from '../scripts/compose';
import { subgraphSdlPath, supergraphPath } from '../src/gateway/supergraph';
import { SUBGRAPH_NAMES } from '../src/shared/config';

/** schema/ is generated (npm run schema) and checked in; front-ends read it, so it must match the code. */
test('checked-in subgraph SDL and supergraph match the code (run npm run schema if this fails)', async () => {
  const sdls = await buildSubgraphSdls();
  for (const name of SUBGRAPH_NAMES) {
    expect({ name, sdl: fs.readFileSync(subgraphSdlPath(name), 'utf8') }).toEqual({ name, sdl: sdls[name] });
  }
  expect(fs.readFileSync(supergraphPath(), 'utf8')).toBe(composeSupergraph(sdls));
});

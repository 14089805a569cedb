import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { defaultSubgraphUrl } from '../src/gateway/supergraph';
import { SUBGRAPH_NAMES, type SubgraphName } from '../src/shared/config';
import { SUBGRAPHS } from '../src/subgraphs';

/** Build time only (npm run schema, the schema test): each subgraph's SDL from its code, and their composition. */
export async function buildSubgraphSdls(): Promise<Record<SubgraphName, string>> {
  const out = {} as Record<SubgraphName, string>;
  for (const name of SUBGRAPH_NAMES) out[name] = printSubgraphSchema(await SUBGRAPHS[name].buildSchema()) + '\n';
  return out;
}

export function composeSupergraph(sdls: Record<SubgraphName, string>): string {
  const result = composeServices(
    SUBGRAPH_NAMES.map((name) => ({ name, typeDefs: parse(sdls[name]), url: defaultSubgraphUrl(name) })),
  );
  if (result.errors?.length) {
    throw new Error(`Supergraph composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return result.supergraphSdl + '\n';
}

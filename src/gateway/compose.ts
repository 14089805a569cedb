import fs from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { SUBGRAPH_NAMES, type SubgraphName } from '../shared/config';
import { projectRoot } from '../shared/paths';
import { SUBGRAPHS } from '../subgraphs';

/**
 * Composition happens at build time (`npm run schema`), never per request: the gateway serves the
 * checked-in schema/supergraph.graphql. URLs in it are the one-process defaults; the gateway
 * replaces them from configuration at start.
 */
export const DEFAULT_SUBGRAPH_PORT_BASE = 4001;
export function defaultSubgraphUrl(name: SubgraphName, portBase = DEFAULT_SUBGRAPH_PORT_BASE): string {
  return `http://127.0.0.1:${portBase + SUBGRAPH_NAMES.indexOf(name)}/graphql`;
}

export const schemaDir = () => path.join(projectRoot(), 'schema');
export const supergraphPath = () => path.join(schemaDir(), 'supergraph.graphql');
export const subgraphSdlPath = (name: SubgraphName) => path.join(schemaDir(), 'subgraphs', `${name}.graphql`);

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

export function readSupergraph(): string {
  const file = supergraphPath();
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm run schema`);
  return fs.readFileSync(file, 'utf8');
}

/** Points each join__graph at the URL where that subgraph really runs. */
export function withSubgraphUrls(supergraph: string, urls: Record<SubgraphName, string>): string {
  return supergraph.replace(/@join__graph\(name: "([a-z]+)", url: "[^"]*"\)/g, (match, name: string) => {
    const url = urls[name as SubgraphName];
    return url ? `@join__graph(name: "${name}", url: "${url}")` : match;
  });
}

import fs from 'node:fs';
import path from 'node:path';
import { SUBGRAPH_NAMES, type SubgraphName } from '../shared/config';
import { projectRoot } from '../shared/paths';

/**
 * The checked-in supergraph the gateway serves. Composition happens at build time
 * (`npm run schema`, scripts/compose.ts), never in the gateway: this module imports no subgraph
 * code. The URLs written in the file are the one-process defaults; the gateway points each
 * subgraph at its configured URL through the runtime's transport entries.
 */
export const DEFAULT_SUBGRAPH_PORT_BASE = 4001;
export function defaultSubgraphUrl(name: SubgraphName, portBase = DEFAULT_SUBGRAPH_PORT_BASE): string {
  return `http://127.0.0.1:${portBase + SUBGRAPH_NAMES.indexOf(name)}/graphql`;
}

export const schemaDir = () => path.join(projectRoot(), 'schema');
export const supergraphPath = () => path.join(schemaDir(), 'supergraph.graphql');
export const subgraphSdlPath = (name: SubgraphName) => path.join(schemaDir(), 'subgraphs', `${name}.graphql`);

export function readSupergraph(): string {
  const file = supergraphPath();
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm run schema`);
  return fs.readFileSync(file, 'utf8');
}

import type { SubgraphName } from '../shared/config';
import type { SubgraphModule } from '../shared/subgraph-server';
import { hubSubgraph } from './hub';
import { judicialSubgraph } from './judicial';
import { marketSubgraph } from './market';
import { policeSubgraph } from './police';
import { taxSubgraph } from './tax';

/** The five subgraphs, in start order (the hub first: it owns Enterprise). */
export const SUBGRAPHS: Record<SubgraphName, SubgraphModule<any>> = {
  hub: hubSubgraph,
  police: policeSubgraph,
  market: marketSubgraph,
  tax: taxSubgraph,
  judicial: judicialSubgraph,
};

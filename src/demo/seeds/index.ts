import type { SubgraphName } from '../../shared/config';
import type { SeedFn } from '../../shared/subgraph-server';
import { seedHub } from './hub';
import { seedJudicial } from './judicial';
import { seedMarket } from './market';
import { seedPolice } from './police';
import { seedTax } from './tax';

/**
 * The demo district (清河区) loaded into each subgraph's empty tables. The demo depends on the
 * subgraphs (their entities and services), never the other way round: the entry points (src/app.ts,
 * src/main.ts) hand a seed to a subgraph only when SEED_DEMO_DATA says so.
 */
export const DEMO_SEEDS: Record<SubgraphName, SeedFn> = {
  hub: seedHub,
  police: seedPolice,
  market: seedMarket,
  tax: seedTax,
  judicial: seedJudicial,
};

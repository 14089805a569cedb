import { hubMigrations } from '../../../migrations/hub';
import type { SubgraphModule } from '../../shared/subgraph-server';
import { createHubLoaders, type HubLoaders } from './context';
import { Department } from './department/department.entity';
import { Enterprise } from './enterprise/enterprise.entity';
import { buildHubSchema } from './schema';
import { seedHub } from './seed';

/** hub: enterprises, departments, requests, routing, referrals, joint meetings. */
export const hubSubgraph: SubgraphModule<HubLoaders> = {
  name: 'hub',
  entities: [Department, Enterprise],
  migrations: hubMigrations,
  buildSchema: buildHubSchema,
  createLoaders: createHubLoaders,
  seed: seedHub,
};

import { judicialMigrations } from '../../../migrations/judicial';
import type { SubgraphModule } from '../../shared/subgraph-server';
import { createJudicialLoaders, type JudicialLoaders } from './context';
import { Litigation, MediationCase } from './mediation/judicial.entity';
import { buildJudicialSchema } from './schema';

/** judicial (司法): people's mediation cases by grade, litigation involving the enterprise. */
export const judicialSubgraph: SubgraphModule<JudicialLoaders> = {
  name: 'judicial',
  entities: [MediationCase, Litigation],
  migrations: judicialMigrations,
  buildSchema: buildJudicialSchema,
  createLoaders: createJudicialLoaders,
};

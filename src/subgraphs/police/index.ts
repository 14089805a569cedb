import { policeMigrations } from '../../../migrations/police';
import type { SubgraphModule } from '../../shared/subgraph-server';
import { createPoliceLoaders, type PoliceLoaders } from './context';
import { buildPoliceSchema } from './schema';
import { PoliceRiskRule, PoliceRiskSignalRow } from './risk/risk.entity';
import { startPoliceRiskRefresh } from './risk/risk-refresh';
import { Alert, KeyEnterprise, Officer, OfficerAssignment, SafetyTraining, Station, Visit } from './station/station.entity';

/** police (公安): liaison stations, officers, the officer ↔ enterprise assignment, visits, alerts, safety trainings. */
export const policeSubgraph: SubgraphModule<PoliceLoaders> = {
  name: 'police',
  entities: [Station, Officer, KeyEnterprise, OfficerAssignment, Visit, Alert, SafetyTraining, PoliceRiskRule, PoliceRiskSignalRow],
  migrations: policeMigrations,
  buildSchema: buildPoliceSchema,
  createLoaders: createPoliceLoaders,
  /** Re-evaluates the police risk signals as alerts leave the rules' windows (police/risk). */
  startRuntime: async ({ orm, log, clock, config }) => startPoliceRiskRefresh({ orm, log: log.child('risk'), clock, intervalMs: config.riskSweepIntervalMs }),
};

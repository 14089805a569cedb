import { judicialMigrations } from '../../../migrations/judicial';
import type { SubgraphModule } from '../../shared/subgraph-server';
import { createJudicialLoaders, type JudicialLoaders } from './context';
import { LegalAidRequest, Litigation, MediationCase, MediationStep } from './mediation/judicial.entity';
import { HubIssues } from './issue/hub-issues';
import type { JudicialRuntime } from './runtime';
import { startSignalRefresh, type SignalRefresh } from '../../shared/risk-refresh';
import { toHubDate } from '../../shared/time-zone';
import { JUDICIAL_RULES_LOCK, refreshJudicialSignals } from './risk/risk.service';
import { JudicialRiskRule, JudicialRiskSignalRow } from './risk/risk.entity';
import { buildJudicialSchema } from './schema';

/** judicial (司法): graded people's mediation (分级调解), legal aid, litigation involving the enterprise, risk signals. */
export const judicialSubgraph: SubgraphModule<JudicialLoaders> = {
  name: 'judicial',
  entities: [MediationCase, MediationStep, Litigation, LegalAidRequest, JudicialRiskSignalRow, JudicialRiskRule],
  migrations: judicialMigrations,
  buildSchema: buildJudicialSchema,
  createLoaders: createJudicialLoaders,
  // asks the hub whether an officer may see the request a case is opened for (see issue/hub-issues.ts)
  // and the refresh that materialises the judicial risk signals at start and re-evaluates them as
  // failed cases leave the rules' windows (src/shared/risk-refresh.ts)
  startRuntime: async ({ orm, peers, config, log, clock }): Promise<JudicialRuntime & SignalRefresh> =>
    Object.assign(
      await startSignalRefresh({
        orm, log: log.child('risk'), clock, intervalMs: config.riskSweepIntervalMs, lock: JUDICIAL_RULES_LOCK, rewrite: (tx, usccs, now) => refreshJudicialSignals(tx, usccs, toHubDate(now)),
      }),
      { hubIssues: new HubIssues(peers, config.gatewaySigning.secret, log) },
    ),
};

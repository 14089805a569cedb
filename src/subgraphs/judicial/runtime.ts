import type { SubgraphRuntime } from '../../shared/subgraph-server';
import type { HubIssues } from './issue/hub-issues';

/** The judicial subgraph's long-lived parts: its client of the hub's requests. */
export interface JudicialRuntime extends SubgraphRuntime {
  hubIssues: HubIssues;
}

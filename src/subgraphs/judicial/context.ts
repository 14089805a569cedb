import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../shared/context';
import { manyBy, manyByRelation, oneBy } from '../../shared/loaders';
import { LegalAidRequest, Litigation, MediationCase, MediationStep } from './mediation/judicial.entity';
import type { JudicialRuntime } from './runtime';
import { JudicialRiskRule, JudicialRiskSignalRow } from './risk/risk.entity';

/** Per-request DataLoaders: each list below costs one `IN (...)` statement for a whole page of parents. */
export function createJudicialLoaders(em: EntityManager) {
  return {
    mediationCase: oneBy(em, MediationCase, 'id'),
    mediationCasesByUscc: manyBy(em, MediationCase, 'uscc', { orderBy: { openedOn: 'desc', id: 'desc' } }),
    /** Cases opened for a hub request, by the request's global id (`Issue:<n>`). */
    mediationCasesByIssue: manyBy(em, MediationCase, 'issueId', { orderBy: { openedOn: 'desc', id: 'desc' } }),
    stepsByCase: manyByRelation(em, MediationStep, 'mediationCase', { orderBy: { id: 'asc' } }),
    litigationsByUscc: manyBy(em, Litigation, 'uscc', { orderBy: { filedOn: 'desc', id: 'desc' } }),
    /** The lawsuit a failed case went to, or null (at most one per case: unique column). */
    litigationByCase: new DataLoader<number, Litigation | null>(async (ids) => {
      const rows = await em.find(Litigation, { mediationCase: { $in: [...ids] } });
      const byCase = new Map(rows.map((r) => [r.mediationCase!.id, r]));
      return ids.map((id) => byCase.get(id) ?? null);
    }),
    /** The bureau's materialised risk signals (维稳风险信号) of each enterprise: one statement per batch of references. */
    riskSignalsByUscc: manyBy(em, JudicialRiskSignalRow, 'uscc', { orderBy: { key: 'asc' } }),
    /** The bureau's risk rules (one statement per request, whatever the number of enterprises). */
    riskRules: new DataLoader<'all', JudicialRiskRule[]>(async (keys) => {
      const rules = await em.find(JudicialRiskRule, {});
      return keys.map(() => rules);
    }),
    legalAidByUscc: manyBy(em, LegalAidRequest, 'uscc', { orderBy: { receivedOn: 'desc', id: 'desc' } }),
    legalAidByCase: manyByRelation(em, LegalAidRequest, 'mediationCase', { orderBy: { id: 'asc' } }),
  };
}
export type JudicialLoaders = ReturnType<typeof createJudicialLoaders>;
export type JudicialContext = RequestContext<JudicialLoaders, JudicialRuntime>;

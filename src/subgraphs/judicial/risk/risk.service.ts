import type { EntityManager } from '@mikro-orm/postgresql';
import { dayInstant, syncSignalRows } from '../../../shared/risk-materialise';
import { Litigation, MediationCase } from '../mediation/judicial.entity';
import { judicialRiskSignals } from './risk-signals';
import { JudicialRiskSignalRow } from './risk.entity';

/**
 * Rewrites the judicial bureau's materialised signals of `usccs` (null: every enterprise with a case,
 * a lawsuit or a signal) in the caller's transaction, by `judicialRiskSignals` as of `today`.
 * Only changed rows are written (only real changes NOTIFY the hub).
 */
export async function refreshJudicialSignals(tx: EntityManager, usccs: string[] | null, today: string): Promise<number> {
  const where = usccs ? { uscc: { $in: usccs } } : {};
  const [cases, litigations] = await Promise.all([
    tx.find(MediationCase, where),
    tx.find(Litigation, where),
  ]);
  const byUscc = new Map<string, { cases: MediationCase[]; litigations: Litigation[] }>();
  const of = (u: string) => byUscc.get(u) ?? byUscc.set(u, { cases: [], litigations: [] }).get(u)!;
  for (const c of cases) of(c.uscc).cases.push(c);
  for (const l of litigations) of(l.uscc).litigations.push(l);
  const computed = [...byUscc.values()].flatMap((r) =>
    judicialRiskSignals(r.cases, r.litigations, today).map((s) => ({
      uscc: s.uscc, key: s.sourceId, category: s.category, level: s.level, observedAt: dayInstant(s.observedAt), details: s.detailText,
    })),
  );
  return syncSignalRows(tx, JudicialRiskSignalRow, usccs, computed);
}

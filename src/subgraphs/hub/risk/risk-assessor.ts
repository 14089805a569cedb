import type { EntityManager } from '@mikro-orm/postgresql';
import { maxRiskLevel, riskRank, RISK_LEVELS, RiskLevel } from '../../../shared/risk';
import { BACKGROUND } from '../../../shared/orm';
import { recordEvent } from '../events/outbox';
import { RiskAssessmentRecord } from './risk-assessment.entity';
import { allSignalsSql } from './risk-sources';

export interface PublishedSignal {
  uscc: string;
  department: string;
  level: string;
}

export interface Assessment {
  level: RiskLevel;
  departments: string[];
}

/** One enterprise's assessment from its published signals (pure): the highest level; the departments with a signal. */
export function assess(signals: PublishedSignal[]): Assessment {
  const raised = signals.filter((s) => riskRank(s.level) > 0);
  return { level: maxRiskLevel(raised.map((s) => s.level)), departments: [...new Set(raised.map((s) => s.department))].sort() };
}

const REASSESS_LOCK = 'liaison-hub:risk-reassess';
export const RISK_STREAM = 'RISK';
export const RISK_RAISED = 'RISK_RAISED';

/**
 * Recomputes the stored assessment of `usccs` (null: every enterprise with a signal or a stored
 * level above NONE) from the departments' views, in one transaction: rows whose level or
 * departments changed are written; each rise of level writes a `RISK_RAISED` event to the outbox,
 * for coordinators and the departments with signals. Serialised by an advisory lock, so any number
 * of instances may run it on the same notification: the second finds nothing changed.
 */
export async function reassess(em: EntityManager, usccs: string[] | null, now: Date): Promise<{ changed: number; raised: number }> {
  if (usccs?.length === 0) return { changed: 0, raised: 0 };
  return em.fork({ loggerContext: BACKGROUND }).transactional(
    async (tx) => {
      await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [REASSESS_LOCK], 'all', BACKGROUND);
      const filter = usccs ? 'where s.uscc in (?)' : ''; // knex expands the list
      // only enterprises the hub has a master record of (企业): a department may register one the hub does not know yet
      const signals = await tx.execute<PublishedSignal[]>(`select s.uscc, s.department, s.level from (${allSignalsSql()}) s join hub.enterprise e on e.uscc = s.uscc ${filter}`, usccs ? [usccs] : [], 'all', BACKGROUND);
      // every stored row of the targets, NONE ones included (an enterprise that fell and rises again has one)
      const stored = await tx.find(RiskAssessmentRecord, usccs ? { uscc: { $in: usccs } } : {});
      const storedBy = new Map(stored.map((r) => [r.uscc, r]));
      const signalsBy = new Map<string, PublishedSignal[]>();
      for (const s of signals) signalsBy.set(s.uscc, [...(signalsBy.get(s.uscc) ?? []), s]);
      const targets = new Set([...(usccs ?? []), ...signalsBy.keys(), ...stored.filter((r) => r.rank > 0).map((r) => r.uscc)]);
      let changed = 0;
      let raised = 0;
      for (const uscc of [...targets].sort()) {
        const next = assess(signalsBy.get(uscc) ?? []);
        const rank = riskRank(next.level);
        const row = storedBy.get(uscc);
        const before = row?.rank ?? 0;
        if (row && row.rank === rank && row.departments.join() === next.departments.join()) continue;
        if (!row && rank === 0) continue;
        if (row) Object.assign(row, { rank, departments: next.departments, assessedAt: now, ...(row.rank !== rank ? { changedAt: now } : {}) });
        else tx.create(RiskAssessmentRecord, { uscc, rank, departments: next.departments, assessedAt: now, changedAt: now });
        changed++;
        if (rank > before) {
          raised++;
          await recordEvent(tx, {
            stream: RISK_STREAM,
            type: RISK_RAISED,
            enterpriseUscc: uscc,
            departments: next.departments,
            payload: { fromLevel: RISK_LEVELS[before], toLevel: next.level, departments: next.departments },
            occurredAt: now,
          });
        }
      }
      await tx.flush();
      return { changed, raised };
    },
    { loggerContext: BACKGROUND },
  );
}

import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../../shared/clock';
import type { RiskLevel } from '../../../shared/risk';
import { dayInstant, syncSignalRows } from '../../../shared/risk-materialise';
import { marketSignalLoader } from '../records/market-signals';
import { MarketRiskSignalRow } from './risk.entity';

/**
 * Rewrites market supervision's materialised signals of `usccs` in the caller's transaction, by the
 * same rules as `market.riskSignals` (one statement for the facts). Only changed rows are written.
 */
export async function refreshMarketSignals(tx: EntityManager, usccs: string[], clock: Clock): Promise<number> {
  const signals = (await marketSignalLoader(tx, clock).loadMany(usccs)).flatMap((s) => {
    if (s instanceof Error) throw s;
    return s;
  });
  const computed = signals.map((s) => ({
    uscc: s.uscc, key: s.category, category: s.category, level: s.level as unknown as RiskLevel, observedAt: dayInstant(s.observedAt), details: s.detail ?? '',
  }));
  return syncSignalRows(tx, MarketRiskSignalRow, usccs, computed);
}

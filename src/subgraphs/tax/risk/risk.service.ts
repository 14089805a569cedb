import type { EntityManager } from '@mikro-orm/postgresql';
import type { RiskLevel } from '../../../shared/risk';
import { dayInstant, syncSignalRows } from '../../../shared/risk-materialise';
import { taxSignalLoader } from '../credit/tax-signals';
import { TaxRiskSignalRow } from './risk.entity';

/**
 * Rewrites the tax bureau's materialised signals of `usccs` in the caller's transaction, by the
 * same rules as `tax.riskSignals` (one statement for the facts). Only changed rows are written.
 */
export async function refreshTaxSignals(tx: EntityManager, usccs: string[]): Promise<number> {
  const signals = (await taxSignalLoader(tx).loadMany(usccs)).flatMap((s) => {
    if (s instanceof Error) throw s;
    return s;
  });
  const computed = signals.map((s) => ({
    uscc: s.uscc, key: s.category, category: s.category, level: s.level as unknown as RiskLevel, observedAt: dayInstant(s.observedAt), details: s.detail ?? '',
  }));
  return syncSignalRows(tx, TaxRiskSignalRow, usccs, computed);
}

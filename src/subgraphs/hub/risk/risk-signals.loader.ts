import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RiskLevel, RiskSignalData } from '../../../shared/risk';

/**
 * The hub's own signals (requests about wage arrears, 欠薪/弃企跑路) with their details, from the view
 * `hub.risk_signal_requests`: one statement per batch of enterprises.
 */
export function hubRiskSignalLoader(em: EntityManager) {
  return new DataLoader<string, RiskSignalData[]>(async (usccs) => {
    const rows = await em.execute<{ uscc: string; department: string; category: string; level: string; observed_at: Date | string; details: string }[]>(
      'select uscc, department, category, level, observed_at, details from hub.risk_signal_requests where uscc in (?)',
      [[...usccs]], // knex expands the list: one placeholder per enterprise
    );
    return usccs.map((u) =>
      rows.filter((r) => r.uscc === u).map((r) => ({ department: r.department, category: r.category, level: r.level as RiskLevel, observedAt: new Date(r.observed_at), details: r.details })),
    );
  });
}

/**
 * The signals the gateway brought for `riskAssessment` (`@requires`): the representation's
 * department fields, kept per request by the Enterprise reference resolver.
 */
const required = new WeakMap<object, Map<string, Record<string, unknown>>>();

export function keepRequiredSignals(ctx: object, uscc: string, representation: Record<string, unknown>, fields: string[]): void {
  const present = fields.filter((f) => f in representation);
  if (!present.length) return;
  let byUscc = required.get(ctx);
  if (!byUscc) required.set(ctx, (byUscc = new Map()));
  byUscc.set(uscc, Object.fromEntries(present.map((f) => [f, representation[f]])));
}

export function requiredSignals(ctx: object, uscc: string): Record<string, unknown> {
  return required.get(ctx)?.get(uscc) ?? {};
}

import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { Confidential } from '../../../shared/audit/confidential';
import { hasRole } from '../../../shared/auth';
import { viewerOf } from '../../../shared/context';
import { ListSize } from '../../../shared/list-size';
import { riskSignalType, type RiskSignalData } from '../../../shared/risk';
import type { MarketContext } from '../context';
import { marketExtension } from '../registration/market-profile.resolver';
import { MARKET } from '../policy';

/** Market supervision's RiskSignal type (the hub has its own copy: @shareable). */
export const MarketFederatedRiskSignal = riskSignalType();

/**
 * `Enterprise.marketRiskSignals`: what the market supervision contributes to the hub's
 * `riskAssessment` (`@requires`), from its materialised rows. `@inaccessible`: the gateway fetches it
 * for the hub. Need-to-know at the source, for the caller: details (amounts) only for the bureau
 * and coordinators; enterprise users get no signals at all.
 */
@Resolver(() => marketExtension.EnterpriseKey)
export class MarketRiskSignalsResolver {
  @Directive('@inaccessible')
  @ListSize(3)
  @Confidential('market.riskSignals', MARKET)
  @FieldResolver(() => [MarketFederatedRiskSignal], { nullable: true, description: 'Risk signals (风险信号) market supervision raises for the enterprise, for the hub\'s riskAssessment (not public).' })
  async marketRiskSignals(@Root() e: { uscc: string }, @Ctx() ctx: MarketContext): Promise<RiskSignalData[]> {
    const viewer = viewerOf(ctx);
    if (!hasRole(viewer, 'OFFICER', 'DEPT_ADMIN', 'COORDINATOR')) return [];
    const full = hasRole(viewer, 'COORDINATOR') || viewer.department === MARKET;
    return (await ctx.loaders.riskSignalRowsByUscc.load(e.uscc)).map((s) => ({
      department: MARKET,
      category: s.category,
      level: s.level,
      observedAt: s.observedAt,
      details: full ? s.details : null,
    }));
  }
}

import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { Confidential } from '../../../shared/audit/confidential';
import { hasRole } from '../../../shared/auth';
import { viewerOf } from '../../../shared/context';
import { ListSize } from '../../../shared/list-size';
import { riskSignalType, type RiskSignalData } from '../../../shared/risk';
import type { TaxContext } from '../context';
import { taxExtension } from '../credit/tax-profile.resolver';
import { TAX } from '../policy';

/** The tax bureau's RiskSignal type (the hub has its own copy: @shareable). */
export const TaxFederatedRiskSignal = riskSignalType();

/**
 * `Enterprise.taxRiskSignals`: what the tax bureau contributes to the hub's
 * `riskAssessment` (`@requires`), from its materialised rows. `@inaccessible`: the gateway fetches it
 * for the hub. Need-to-know at the source, for the caller: details (amounts) only for the bureau
 * and coordinators; enterprise users get no signals at all.
 */
@Resolver(() => taxExtension.EnterpriseKey)
export class TaxRiskSignalsResolver {
  @Directive('@inaccessible')
  @ListSize(3)
  @Confidential('tax.riskSignals', TAX)
  @FieldResolver(() => [TaxFederatedRiskSignal], { nullable: true, description: 'Risk signals (风险信号) the tax bureau raises for the enterprise, for the hub\'s riskAssessment (not public).' })
  async taxRiskSignals(@Root() e: { uscc: string }, @Ctx() ctx: TaxContext): Promise<RiskSignalData[]> {
    const viewer = viewerOf(ctx);
    if (!hasRole(viewer, 'OFFICER', 'DEPT_ADMIN', 'COORDINATOR')) return [];
    const full = hasRole(viewer, 'COORDINATOR') || viewer.department === TAX;
    return (await ctx.loaders.riskSignalRowsByUscc.load(e.uscc)).map((s) => ({
      department: TAX,
      category: s.category,
      level: s.level,
      observedAt: s.observedAt,
      details: full ? s.details : null,
    }));
  }
}

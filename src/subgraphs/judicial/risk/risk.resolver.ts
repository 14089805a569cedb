import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { Confidential } from '../../../shared/audit/confidential';
import { hasRole } from '../../../shared/auth';
import { viewerOf } from '../../../shared/context';
import { ListSize } from '../../../shared/list-size';
import { riskSignalType, type RiskSignalData } from '../../../shared/risk';
import type { JudicialContext } from '../context';
import { judicialExtension } from '../mediation/judicial-profile.resolver';
import { JUDICIAL } from '../policy';

/** The judicial bureau's RiskSignal type (the hub has its own copy: @shareable). */
export const JudicialFederatedRiskSignal = riskSignalType();

/**
 * `Enterprise.judicialRiskSignals`: what the judicial bureau contributes to the hub's
 * `riskAssessment` (`@requires`), from its materialised rows. `@inaccessible`: the gateway fetches it
 * for the hub. Need-to-know at the source, for the caller: details (case text) only for the bureau
 * and coordinators; enterprise users get no signals at all.
 */
@Resolver(() => judicialExtension.EnterpriseKey)
export class JudicialRiskSignalsResolver {
  @Directive('@inaccessible')
  @ListSize(20)
  @Confidential('judicial.riskSignals', JUDICIAL)
  @FieldResolver(() => [JudicialFederatedRiskSignal], { nullable: true, description: 'Risk signals (风险信号) the judicial bureau raises for the enterprise, for the hub\'s riskAssessment (not public).' })
  async judicialRiskSignals(@Root() e: { uscc: string }, @Ctx() ctx: JudicialContext): Promise<RiskSignalData[]> {
    const viewer = viewerOf(ctx);
    if (!hasRole(viewer, 'OFFICER', 'DEPT_ADMIN', 'COORDINATOR')) return [];
    const full = hasRole(viewer, 'COORDINATOR') || viewer.department === JUDICIAL;
    return (await ctx.loaders.riskSignalsByUscc.load(e.uscc)).map((s) => ({
      department: JUDICIAL,
      category: s.category,
      level: s.level,
      observedAt: s.observedAt,
      details: full ? s.details : null,
    }));
  }
}

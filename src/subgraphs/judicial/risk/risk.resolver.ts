import { Arg, Authorized, Ctx, Directive, Field, FieldResolver, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Confidential } from '../../../shared/audit/confidential';
import { hasRole } from '../../../shared/auth';
import { viewerOf } from '../../../shared/context';
import { ListSize } from '../../../shared/list-size';
import { payloadType } from '../../../shared/payload';
import { RiskLevel, riskSignalType, type RiskSignalData } from '../../../shared/risk';
import { JudicialRiskCondition } from './risk-signals';
import { JudicialRiskRule } from './risk.entity';
import { JudicialRiskService } from './risk.service';
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

@InputType({ description: 'One judicial risk rule (司法风险规则) to set.' })
export class JudicialRiskRuleInput {
  @Field(() => JudicialRiskCondition, { description: 'The condition whose level is set.' })
  condition!: JudicialRiskCondition;

  @Field(() => RiskLevel, { description: 'Level of the signal when the condition holds; NONE raises none.' })
  level!: RiskLevel;

  @Field(() => Int, { nullable: true, description: 'For FAILED and FAILED_WAGE_ARREARS only (required there): days after the failure it keeps signalling, 1 to 3,660.' })
  windowDays?: number | null;
}

@InputType({ description: 'Judicial risk rules to change; conditions not named keep their rules.' })
export class SetJudicialRiskRulesInput {
  @Field(() => [JudicialRiskRuleInput], { description: 'The rules to set, each condition at most once.' })
  rules!: JudicialRiskRuleInput[];
}

export const SetJudicialRiskRulesPayload = payloadType<{ rules: JudicialRiskRule[]; signalsChanged: number }>('SetJudicialRiskRulesPayload', 'Result of setJudicialRiskRules.', {
  rules: { type: () => [JudicialRiskRule], description: 'Every judicial rule now in force.', listSize: 20 },
  signalsChanged: { type: () => Int, description: 'How many judicial signal rows the new rules raised, changed or dropped (the hub reassesses their enterprises).' },
});

@Resolver(() => JudicialRiskRule)
export class JudicialRiskRuleResolver {
  @Authorized()
  @ListSize(20)
  @Query(() => [JudicialRiskRule], { description: 'The judicial risk rules (司法风险规则) in force. Judicial staff and coordinators.' })
  judicialRiskRules(@Ctx() ctx: JudicialContext): Promise<JudicialRiskRule[]> {
    return new JudicialRiskService(ctx.em, viewerOf(ctx), ctx.clock).rules();
  }

  @Authorized()
  @Mutation(() => SetJudicialRiskRulesPayload, { description: 'Set judicial risk rules (司法风险规则) and reassess every enterprise\'s judicial signals. Judicial administrators only.' })
  setJudicialRiskRules(@Arg('input', () => SetJudicialRiskRulesInput, { description: 'The rules to set.' }) input: SetJudicialRiskRulesInput, @Ctx() ctx: JudicialContext) {
    return new JudicialRiskService(ctx.em, viewerOf(ctx), ctx.clock).setRules(input.rules);
  }
}

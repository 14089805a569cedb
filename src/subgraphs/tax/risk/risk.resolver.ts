import { Arg, Authorized, Ctx, Directive, Field, FieldResolver, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Confidential } from '../../../shared/audit/confidential';
import { hasRole } from '../../../shared/auth';
import { viewerOf } from '../../../shared/context';
import { ListSize } from '../../../shared/list-size';
import { payloadType } from '../../../shared/payload';
import { RiskLevel, riskSignalType, type RiskSignalData } from '../../../shared/risk';
import { TaxRiskCondition, TaxRiskRule } from './risk-rule.entity';
import { TaxRiskService } from './risk.service';
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

@InputType({ description: 'One tax risk rule (税务风险规则) to set.' })
export class TaxRiskRuleInput {
  @Field(() => TaxRiskCondition, { description: 'The condition whose rule is set.' })
  condition!: TaxRiskCondition;

  @Field(() => RiskLevel, { description: 'Level of the signal when the condition holds; NONE raises none.' })
  level!: RiskLevel;

  @Field(() => Int, { nullable: true, description: 'Required for ARREARS_LARGE (yuan, 1 to 1,000,000,000) and MISSED_FILINGS* (filings, 1 to 1,000); left out for the others.' })
  threshold?: number | null;
}

@InputType({ description: 'Tax risk rules to change; conditions not named keep their rules.' })
export class SetTaxRiskRulesInput {
  @Field(() => [TaxRiskRuleInput], { description: 'The rules to set, each condition at most once.' })
  rules!: TaxRiskRuleInput[];
}

export const SetTaxRiskRulesPayload = payloadType<{ rules: TaxRiskRule[]; signalsChanged: number }>('SetTaxRiskRulesPayload', 'Result of setTaxRiskRules.', {
  rules: { type: () => [TaxRiskRule], description: 'Every tax rule now in force.', listSize: 20 },
  signalsChanged: { type: () => Int, description: 'How many tax signal rows the new rules raised, changed or dropped (the hub reassesses their enterprises).' },
});

@Resolver(() => TaxRiskRule)
export class TaxRiskRuleResolver {
  @Authorized()
  @ListSize(20)
  @Query(() => [TaxRiskRule], { description: 'The tax risk rules (税务风险规则) in force. Tax staff and coordinators.' })
  taxRiskRules(@Ctx() ctx: TaxContext): Promise<TaxRiskRule[]> {
    return new TaxRiskService(ctx.em, viewerOf(ctx), ctx.clock).rules();
  }

  @Authorized()
  @Mutation(() => SetTaxRiskRulesPayload, { description: 'Set tax risk rules (税务风险规则) and reassess every taxpayer\'s tax signals. Tax administrators only.' })
  setTaxRiskRules(@Arg('input', () => SetTaxRiskRulesInput, { description: 'The rules to set.' }) input: SetTaxRiskRulesInput, @Ctx() ctx: TaxContext) {
    return new TaxRiskService(ctx.em, viewerOf(ctx), ctx.clock).setRules(input.rules);
  }
}

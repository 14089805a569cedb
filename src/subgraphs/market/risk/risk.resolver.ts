import { Arg, Authorized, Ctx, Directive, Field, FieldResolver, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Confidential } from '../../../shared/audit/confidential';
import { hasRole } from '../../../shared/auth';
import { viewerOf } from '../../../shared/context';
import { ListSize } from '../../../shared/list-size';
import { payloadType } from '../../../shared/payload';
import { RiskLevel, riskSignalType, type RiskSignalData } from '../../../shared/risk';
import { MarketRiskCondition, MarketRiskRule } from './risk-rule.entity';
import { MarketRiskService } from './risk.service';
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

@InputType({ description: 'One market-supervision risk rule (市场监管风险规则) to set.' })
export class MarketRiskRuleInput {
  @Field(() => MarketRiskCondition, { description: 'The condition whose rule is set.' })
  condition!: MarketRiskCondition;

  @Field(() => RiskLevel, { description: 'Level of the signal when the condition holds; NONE raises none.' })
  level!: RiskLevel;

  @Field(() => Int, { nullable: true, description: 'Required for PENALTIES* and COMPLAINTS* (a count, 1 to 1,000) and PENALTY_FINES* (yuan, 1 to 1,000,000,000); left out for ABNORMAL_LISTING.' })
  threshold?: number | null;
}

@InputType({ description: 'Market risk rules to change; conditions not named keep their rules.' })
export class SetMarketRiskRulesInput {
  @Field(() => [MarketRiskRuleInput], { description: 'The rules to set, each condition at most once.' })
  rules!: MarketRiskRuleInput[];
}

export const SetMarketRiskRulesPayload = payloadType<{ rules: MarketRiskRule[]; signalsChanged: number }>('SetMarketRiskRulesPayload', 'Result of setMarketRiskRules.', {
  rules: { type: () => [MarketRiskRule], description: 'Every market rule now in force.', listSize: 20 },
  signalsChanged: { type: () => Int, description: 'How many market signal rows the new rules raised, changed or dropped (the hub reassesses their enterprises).' },
});

@Resolver(() => MarketRiskRule)
export class MarketRiskRuleResolver {
  @Authorized()
  @ListSize(20)
  @Query(() => [MarketRiskRule], { description: 'The market-supervision risk rules (市场监管风险规则) in force. Market staff and coordinators.' })
  marketRiskRules(@Ctx() ctx: MarketContext): Promise<MarketRiskRule[]> {
    return new MarketRiskService(ctx.em, viewerOf(ctx), ctx.clock).rules();
  }

  @Authorized()
  @Mutation(() => SetMarketRiskRulesPayload, { description: 'Set market-supervision risk rules (市场监管风险规则) and reassess every enterprise\'s market signals. Market administrators only.' })
  setMarketRiskRules(@Arg('input', () => SetMarketRiskRulesInput, { description: 'The rules to set.' }) input: SetMarketRiskRulesInput, @Ctx() ctx: MarketContext) {
    return new MarketRiskService(ctx.em, viewerOf(ctx), ctx.clock).setRules(input.rules);
  }
}

import { Arg, Authorized, Ctx, Field, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import { viewerOf } from '../../../shared/context';
import { ListSize } from '../../../shared/list-size';
import { payloadType } from '../../../shared/payload';
import { departmentRiskSignals, RiskLevel } from '../../../shared/risk';
import type { PoliceContext } from '../context';
import { POLICE } from '../policy';
import { policeExtension } from '../profile/police-profile.resolver';
import { AlertCategory, AlertSeverity } from '../station/police-enums';
import { PoliceRiskCategory, PoliceRiskRule } from './risk.entity';
import { MAX_RULES, PoliceRiskService } from './risk.service';

@InputType({ description: 'One police risk rule (风险规则).' })
export class PoliceRiskRuleInput {
  @Field(() => PoliceRiskCategory, { description: 'The signal the rule raises.' })
  category!: PoliceRiskCategory;

  @Field(() => AlertCategory, { nullable: true, description: 'Only alerts of this kind count; omit for every kind.' })
  alertCategory?: AlertCategory | null;

  @Field(() => AlertSeverity, { nullable: true, description: 'Only alerts at least this serious count; LOW (every alert) when omitted.' })
  minSeverity?: AlertSeverity | null;

  @Field(() => Int, { description: 'How many counting alerts raise the signal (1 to 1,000).' })
  threshold!: number;

  @Field(() => Int, { description: 'Window in days back from the moment of assessment (1 to 3,660).' })
  windowDays!: number;

  @Field(() => RiskLevel, { description: 'Level of the signal when the rule holds (LOW, MEDIUM or HIGH).' })
  level!: RiskLevel;
}

@InputType({ description: 'The whole set of police risk rules, replacing the current one.' })
export class SetPoliceRiskRulesInput {
  @Field(() => [PoliceRiskRuleInput], { description: `The rules (at most ${MAX_RULES}); an empty list raises no police signals at all.` })
  rules!: PoliceRiskRuleInput[];
}

export const SetPoliceRiskRulesPayload = payloadType<{ rules: PoliceRiskRule[]; signalsChanged: number }>('SetPoliceRiskRulesPayload', 'Result of setPoliceRiskRules.', {
  rules: { type: () => [PoliceRiskRule], description: 'The rules now in force.', listSize: MAX_RULES },
  signalsChanged: { type: () => Int, description: 'How many enterprises\' police signals were raised, changed or dropped by the new rules (the hub reassesses them).' },
});

@Resolver(() => PoliceRiskRule)
export class PoliceRiskRuleResolver {
  @Authorized()
  @ListSize(MAX_RULES)
  @Query(() => [PoliceRiskRule], { description: 'The police risk rules (风险规则) in force. Police staff and coordinators.' })
  policeRiskRules(@Ctx() ctx: PoliceContext): Promise<PoliceRiskRule[]> {
    return new PoliceRiskService(ctx.em, viewerOf(ctx), ctx.clock).rules();
  }

  @Authorized()
  @Mutation(() => SetPoliceRiskRulesPayload, { description: 'Replace the police risk rules (风险规则) and reassess every enterprise\'s police signals. Police administrators only.' })
  async setPoliceRiskRules(@Arg('input', () => SetPoliceRiskRulesInput, { description: 'The new rule set.' }) input: SetPoliceRiskRulesInput, @Ctx() ctx: PoliceContext) {
    return new PoliceRiskService(ctx.em, viewerOf(ctx), ctx.clock).setRules(input.rules);
  }
}

/** `Enterprise.policeRiskSignals` (`@inaccessible`, for the hub's riskAssessment), from the materialised rows; details for the police and coordinators. */
export const { RiskSignal: PoliceRiskSignal, SignalsResolver: PoliceRiskSignalResolver } = departmentRiskSignals<PoliceContext>({
  department: POLICE,
  enterpriseKey: policeExtension.EnterpriseKey,
  owner: 'the police',
  listSize: 10,
  rows: (ctx, uscc) => ctx.loaders.riskSignalsByUscc.load(uscc),
});

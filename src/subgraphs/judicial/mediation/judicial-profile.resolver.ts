import { Authorized, Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { assertMayViewEnterprise } from '../../../shared/auth';
import { viewerOf } from '../../../shared/context';
import type { JudicialContext } from '../context';
import { Enterprise } from '../external/enterprise.stub';
import { Litigation, MediationCase, MediationStatus } from './judicial.entity';
import { ListSize } from '../../../shared/list-size';

/** What the judicial bureau (司法) knows of one enterprise. */
@ObjectType()
export class JudicialProfile {
  uscc!: string;
}

@Resolver(() => Enterprise)
export class EnterpriseJudicialResolver {
  @Authorized()
  @FieldResolver(() => JudicialProfile, { nullable: true, description: 'Judicial records (司法): mediation, litigation.' })
  judicial(@Root() enterprise: Enterprise, @Ctx() ctx: JudicialContext): JudicialProfile {
    assertMayViewEnterprise(viewerOf(ctx), enterprise.uscc);
    return { uscc: enterprise.uscc };
  }
}

@Resolver(() => JudicialProfile)
export class JudicialProfileResolver {
  @ListSize(20)
  @FieldResolver(() => [MediationCase], { description: 'Mediation cases (人民调解), newest first.' })
  mediationCases(@Root() p: JudicialProfile, @Ctx() ctx: JudicialContext) {
    return ctx.loaders.mediationCasesByUscc.load(p.uscc);
  }

  @FieldResolver(() => Int, { description: 'Mediation cases still open.' })
  async openMediationCases(@Root() p: JudicialProfile, @Ctx() ctx: JudicialContext) {
    return (await ctx.loaders.mediationCasesByUscc.load(p.uscc)).filter((c) => c.status === MediationStatus.OPEN).length;
  }

  @ListSize(20)
  @FieldResolver(() => [Litigation])
  litigations(@Root() p: JudicialProfile, @Ctx() ctx: JudicialContext) {
    return ctx.loaders.litigationsByUscc.load(p.uscc);
  }
}

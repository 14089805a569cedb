import { Authorized, Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { viewerOf } from '../../../shared/context';
import { enterpriseExtension } from '../../../shared/enterprise-extension';
import { assertFullRecordAccess, RecordAccess, recordAccess } from '../../../shared/need-to-know';
import type { JudicialContext } from '../context';
import { Litigation, MediationCase, MediationStatus } from './judicial.entity';
import { ListSize } from '../../../shared/list-size';
import { Confidential } from '../../../shared/audit/confidential';

const JUDICIAL = 'judicial';

/** What the judicial bureau (司法) knows of one enterprise. */
@ObjectType({ description: 'What the judicial bureau (司法局) knows of one enterprise: mediation cases, legal aid and litigation.' })
export class JudicialProfile {
  uscc!: string;
}

/** Enterprise.judicial: this department's profile of an enterprise. */
export const judicialExtension = enterpriseExtension('judicial', JudicialProfile, 'Judicial records (司法): mediation, litigation.');

@Resolver(() => JudicialProfile)
export class JudicialProfileResolver {
  @FieldResolver(() => RecordAccess, { description: 'FULL for the judicial bureau, coordinators and the enterprise itself; SUMMARY for other departments.' })
  access(@Root() p: JudicialProfile, @Ctx() ctx: JudicialContext): RecordAccess {
    return recordAccess(viewerOf(ctx), JUDICIAL, p.uscc);
  }

  @ListSize(20)
  @Confidential('judicial.mediationCases', JUDICIAL)
  @FieldResolver(() => [MediationCase], { nullable: true, description: 'Mediation cases (人民调解), newest first. Confidential: null with FORBIDDEN unless access is FULL.' })
  mediationCases(@Root() p: JudicialProfile, @Ctx() ctx: JudicialContext) {
    assertFullRecordAccess(viewerOf(ctx), JUDICIAL, p.uscc, 'judicial.mediationCases');
    return ctx.loaders.mediationCasesByUscc.load(p.uscc);
  }

  @FieldResolver(() => Int, { description: 'Number of mediation cases, open or closed (summary).' })
  async mediationCaseCount(@Root() p: JudicialProfile, @Ctx() ctx: JudicialContext) {
    return (await ctx.loaders.mediationCasesByUscc.load(p.uscc)).length;
  }

  @FieldResolver(() => Int, { description: 'Mediation cases still open.' })
  async openMediationCases(@Root() p: JudicialProfile, @Ctx() ctx: JudicialContext) {
    return (await ctx.loaders.mediationCasesByUscc.load(p.uscc)).filter((c) => c.status === MediationStatus.OPEN).length;
  }

  @ListSize(20)
  @Confidential('judicial.litigations', JUDICIAL)
  @FieldResolver(() => [Litigation], { nullable: true, description: 'Litigation involving the enterprise. Confidential: null with FORBIDDEN unless access is FULL.' })
  litigations(@Root() p: JudicialProfile, @Ctx() ctx: JudicialContext) {
    assertFullRecordAccess(viewerOf(ctx), JUDICIAL, p.uscc, 'judicial.litigations');
    return ctx.loaders.litigationsByUscc.load(p.uscc);
  }

  @Confidential('judicial.litigations', JUDICIAL)
  @FieldResolver(() => Int, { description: 'Number of litigation records (summary).' })
  async litigationCount(@Root() p: JudicialProfile, @Ctx() ctx: JudicialContext) {
    return (await ctx.loaders.litigationsByUscc.load(p.uscc)).length;
  }
}

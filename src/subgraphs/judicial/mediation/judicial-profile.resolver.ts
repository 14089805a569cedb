import { Ctx, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { Confidential } from '../../../shared/audit/confidential';
import { viewerOf } from '../../../shared/context';
import { enterpriseExtension } from '../../../shared/enterprise-extension';
import { ListSize } from '../../../shared/list-size';
import { RecordAccess } from '../../../shared/need-to-know';
import type { JudicialContext } from '../context';
import { JUDICIAL, assertJudicialFullAccess, assertJudicialSummaryAccess, assertMaySeeRiskSignals, judicialAccess } from '../policy';
import { JudicialRiskSignal, judicialRiskSignals } from '../risk/risk-signals';
import { toHubDate } from '../../../shared/time-zone';
import { LegalAidRequest, Litigation, MediationCase } from './judicial.entity';
import { MediationStatus } from './mediation-rules';

/** What the judicial bureau (司法) knows of one enterprise. */
@ObjectType({ description: 'What the judicial bureau (司法局) knows of one enterprise: mediation cases, legal aid, litigation and the risk signals they give.' })
export class JudicialProfile {
  uscc!: string;
}

/** Enterprise.judicial: this department's profile of an enterprise. */
export const judicialExtension = enterpriseExtension('judicial', JudicialProfile, 'Judicial records (司法): mediation, legal aid, litigation, risk signals.');

/**
 * Every list here is a plain list, not a connection: an enterprise has a handful of cases, and one
 * batched statement per list serves a whole page of enterprises (a connection per enterprise would
 * cost a statement each). The bureau's long work lists are connections (`mediationCases`,
 * `legalAidRequests` at the root).
 */
@Resolver(() => JudicialProfile)
export class JudicialProfileResolver {
  @FieldResolver(() => RecordAccess, { description: 'FULL for the judicial bureau and coordinators; SUMMARY for other departments and for the enterprise itself (no case text).' })
  access(@Root() p: JudicialProfile, @Ctx() ctx: JudicialContext): RecordAccess {
    return judicialAccess(viewerOf(ctx), p.uscc) ?? RecordAccess.SUMMARY;
  }

  @ListSize(20)
  @Confidential('judicial.mediationCases', JUDICIAL)
  @FieldResolver(() => [MediationCase], {
    nullable: true,
    description: 'Mediation cases (人民调解), newest first. Everyone who may see the enterprise gets the summary fields (grade, status, category, dates); case text is null with FORBIDDEN unless access is FULL.',
  })
  mediationCases(@Root() p: JudicialProfile, @Ctx() ctx: JudicialContext): Promise<MediationCase[]> {
    assertJudicialSummaryAccess(viewerOf(ctx), p.uscc);
    return ctx.loaders.mediationCasesByUscc.load(p.uscc);
  }

  @FieldResolver(() => Int, { description: 'Number of mediation cases, open or closed (summary).' })
  async mediationCaseCount(@Root() p: JudicialProfile, @Ctx() ctx: JudicialContext) {
    return (await ctx.loaders.mediationCasesByUscc.load(p.uscc)).length;
  }

  @FieldResolver(() => Int, { description: 'Mediation cases still open (summary).' })
  async openMediationCases(@Root() p: JudicialProfile, @Ctx() ctx: JudicialContext) {
    return (await ctx.loaders.mediationCasesByUscc.load(p.uscc)).filter((c) => c.status === MediationStatus.OPEN).length;
  }

  @ListSize(20)
  @Confidential('judicial.litigations', JUDICIAL)
  @FieldResolver(() => [Litigation], { nullable: true, description: 'Litigation involving the enterprise, newest first. Confidential: null with FORBIDDEN unless access is FULL.' })
  litigations(@Root() p: JudicialProfile, @Ctx() ctx: JudicialContext) {
    assertJudicialFullAccess(viewerOf(ctx), p.uscc, 'judicial.litigations');
    return ctx.loaders.litigationsByUscc.load(p.uscc);
  }

  @Confidential('judicial.litigations', JUDICIAL)
  @FieldResolver(() => Int, { description: 'Number of litigation records (summary).' })
  async litigationCount(@Root() p: JudicialProfile, @Ctx() ctx: JudicialContext) {
    return (await ctx.loaders.litigationsByUscc.load(p.uscc)).length;
  }

  @ListSize(20)
  @FieldResolver(() => [LegalAidRequest], {
    nullable: true,
    description: 'Legal-aid requests (法律援助) concerning the enterprise, newest first. Summary fields (status, category, dates) for everyone who may see the enterprise; applicant and matter only with FULL access.',
  })
  legalAidRequests(@Root() p: JudicialProfile, @Ctx() ctx: JudicialContext): Promise<LegalAidRequest[]> {
    assertJudicialSummaryAccess(viewerOf(ctx), p.uscc);
    return ctx.loaders.legalAidByUscc.load(p.uscc);
  }

  @ListSize(20)
  @Confidential('judicial.riskSignals', JUDICIAL)
  @FieldResolver(() => [JudicialRiskSignal], {
    nullable: true,
    description: 'Judicial risk signals (司法风险信号): open mediation, failed mediation, wage arrears (欠薪), pending litigation, each with a level; highest first. For every department and coordinators (details for the judicial bureau and coordinators); null with FORBIDDEN for the enterprise itself.',
  })
  async riskSignals(@Root() p: JudicialProfile, @Ctx() ctx: JudicialContext): Promise<JudicialRiskSignal[]> {
    assertMaySeeRiskSignals(viewerOf(ctx), p.uscc);
    const [cases, litigations, rules] = await Promise.all([ctx.loaders.mediationCasesByUscc.load(p.uscc), ctx.loaders.litigationsByUscc.load(p.uscc), ctx.loaders.riskRules.load('all')]);
    return judicialRiskSignals(cases, litigations, toHubDate(ctx.clock()), rules);
  }
}

@Resolver(() => JudicialRiskSignal)
export class JudicialRiskSignalResolver {
  @FieldResolver(() => String, { nullable: true, description: 'What lies behind the signal (case number, subject, court). Null with FORBIDDEN unless the caller is the judicial bureau or a coordinator.' })
  detail(@Root() s: JudicialRiskSignal, @Ctx() ctx: JudicialContext): string {
    assertJudicialFullAccess(viewerOf(ctx), s.uscc, 'JudicialRiskSignal.detail');
    return s.detailText;
  }
}

import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Confidential } from '../../../shared/audit/confidential';
import { viewerOf } from '../../../shared/context';
import { ListSize, PagedList } from '../../../shared/list-size';
import { RecordAccess } from '../../../shared/need-to-know';
import { ConnectionArgs } from '../../../shared/pagination';
import type { JudicialContext } from '../context';
import { IssueKey } from '../issue/issue.reference';
import { JUDICIAL, assertJudicialFullAccess, judicialAccess } from '../policy';
import { judicialExtension } from './judicial-profile.resolver';
import { LegalAidRequest, Litigation, MediationCase, MediationStep } from './judicial.entity';
import { MediationService } from './mediation.service';
import {
  CloseMediationCaseInput, CloseMediationCasePayload, ConcludeLitigationInput, ConcludeLitigationPayload, EscalateMediationCaseInput, EscalateMediationCasePayload, MediationCaseConnection,
  MediationCaseFilter, OpenMediationCaseInput, OpenMediationCasePayload, RecordLitigationInput, RecordLitigationPayload,
} from './mediation.types';

const { EnterpriseKey } = judicialExtension;
type EnterpriseKey = InstanceType<typeof EnterpriseKey>;

const service = (ctx: JudicialContext) =>
  new MediationService(ctx.em, viewerOf(ctx), ctx.clock, (issueId) => ctx.runtime.hubIssues.visibleIssue(issueId, ctx.authorization, 'issueId'));

/** Case text of one case: FULL access only (judicial staff, coordinators); null with FORBIDDEN otherwise. */
const full = (c: MediationCase, ctx: JudicialContext, field: string) => assertJudicialFullAccess(viewerOf(ctx), c.uscc, `MediationCase.${field}`);

@Resolver(() => MediationCase)
export class MediationCaseResolver {
  @Authorized()
  @Mutation(() => OpenMediationCasePayload, {
    description: 'Open a mediation case (受理调解) at its first grade, optionally for a hub request (诉求), linking both ways (`MediationCase.issue`, `Issue.mediationCases`). Judicial officers only.',
  })
  async openMediationCase(@Arg('input', () => OpenMediationCaseInput, { description: 'The enterprise, the dispute and the request it comes from.' }) input: OpenMediationCaseInput, @Ctx() ctx: JudicialContext) {
    return { mediationCase: await service(ctx).open(input) };
  }

  @Authorized()
  @Mutation(() => EscalateMediationCasePayload, {
    description: 'Hand an open case up to the next grade (村居 → 镇街 → 区县) with a reason; CONFLICT at the district grade or when the case is closed. Judicial officers only.',
  })
  async escalateMediationCase(@Arg('input', () => EscalateMediationCaseInput, { description: 'The case and why.' }) input: EscalateMediationCaseInput, @Ctx() ctx: JudicialContext) {
    return { mediationCase: await service(ctx).escalate(input) };
  }

  @Authorized()
  @Mutation(() => CloseMediationCasePayload, { description: 'Close an open case as settled or failed, once (CONFLICT when already closed). Judicial officers only.' })
  async closeMediationCase(@Arg('input', () => CloseMediationCaseInput, { description: 'The case, the outcome and the agreement or why it failed.' }) input: CloseMediationCaseInput, @Ctx() ctx: JudicialContext) {
    return { mediationCase: await service(ctx).close(input) };
  }

  @Authorized()
  @Mutation(() => RecordLitigationPayload, {
    description: 'Record a lawsuit involving an enterprise (涉企诉讼); from a failed mediation case (转诉讼) it is linked to the case, once (CONFLICT for an open or settled case, or a second lawsuit). Judicial officers only.',
  })
  async recordLitigation(@Arg('input', () => RecordLitigationInput, { description: 'The lawsuit, and the failed case or the enterprise.' }) input: RecordLitigationInput, @Ctx() ctx: JudicialContext) {
    return service(ctx).recordLitigation(input);
  }

  @Authorized()
  @Mutation(() => ConcludeLitigationPayload, {
    description:
      'Conclude a pending lawsuit (结案): judgment, settled in court or withdrawn, with the day and an optional note; once (CONFLICT when already concluded). A concluded lawsuit no longer raises a judicial risk signal. Judicial officers only.',
  })
  async concludeLitigation(@Arg('input', () => ConcludeLitigationInput, { description: 'The lawsuit, its outcome and day.' }) input: ConcludeLitigationInput, @Ctx() ctx: JudicialContext) {
    return service(ctx).concludeLitigation(input);
  }

  @Authorized()
  @Query(() => MediationCase, { description: 'One mediation case by id: NOT_FOUND if none has it, FORBIDDEN if the caller may not see it. Other departments get the summary fields; case text is null with FORBIDDEN.' })
  mediationCase(@Arg('id', () => ID, { description: 'Global id of the case (`MediationCase:<n>`).' }) id: string, @Ctx() ctx: JudicialContext) {
    return service(ctx).get(id, (n) => ctx.loaders.mediationCase.load(String(n)));
  }

  @Authorized()
  @PagedList()
  @Query(() => MediationCaseConnection, { description: "The judicial bureau's mediation cases, newest first, filtered by status, grade, category or enterprise. Judicial staff and coordinators." })
  mediationCases(
    @Arg('filter', () => MediationCaseFilter, { nullable: true, description: 'What to list; everything when omitted.' }) filter: MediationCaseFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: JudicialContext,
  ) {
    return service(ctx).list(filter, page);
  }

  @FieldResolver(() => EnterpriseKey, { description: 'The enterprise the dispute involves.' })
  enterprise(@Root() c: MediationCase): EnterpriseKey {
    return { uscc: c.uscc };
  }

  @FieldResolver(() => RecordAccess, { description: 'FULL for the judicial bureau and coordinators; SUMMARY for other departments and the enterprise itself (no case text).' })
  access(@Root() c: MediationCase, @Ctx() ctx: JudicialContext): RecordAccess {
    return judicialAccess(viewerOf(ctx), c.uscc) ?? RecordAccess.SUMMARY;
  }

  @FieldResolver(() => IssueKey, { nullable: true, description: 'The hub request (诉求) the case was opened for; null when none. The hub shows it only to whom may see that request.' })
  issue(@Root() c: MediationCase): IssueKey | null {
    return c.issueId ? { id: c.issueId } : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Short title of the dispute. Case text: null with FORBIDDEN unless access is FULL.' })
  subject(@Root() c: MediationCase, @Ctx() ctx: JudicialContext): string {
    full(c, ctx, 'subject');
    return c.subject;
  }

  @Confidential('judicial.mediationCase.description', JUDICIAL)
  @FieldResolver(() => String, { nullable: true, description: 'The dispute in full. Case text: null with FORBIDDEN unless access is FULL (null also when none was recorded).' })
  description(@Root() c: MediationCase, @Ctx() ctx: JudicialContext): string | null {
    full(c, ctx, 'description');
    return c.description;
  }

  @Confidential('judicial.mediationCase.parties', JUDICIAL)
  @FieldResolver(() => String, { nullable: true, description: 'The other parties (personal data). Null with FORBIDDEN unless access is FULL.' })
  parties(@Root() c: MediationCase, @Ctx() ctx: JudicialContext): string | null {
    full(c, ctx, 'parties');
    return c.parties;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The agreement reached or why mediation failed; null while open. Case text: null with FORBIDDEN unless access is FULL.' })
  closingNote(@Root() c: MediationCase, @Ctx() ctx: JudicialContext): string | null {
    full(c, ctx, 'closingNote');
    return c.closingNote;
  }

  @ListSize(10)
  @FieldResolver(() => [MediationStep], { nullable: true, description: 'The case timeline, oldest first: opened, each escalation with its reason, closing, court. Null with FORBIDDEN unless access is FULL.' })
  timeline(@Root() c: MediationCase, @Ctx() ctx: JudicialContext): Promise<MediationStep[]> {
    full(c, ctx, 'timeline');
    return ctx.loaders.stepsByCase.load(String(c.id));
  }

  @FieldResolver(() => Litigation, { nullable: true, description: 'The lawsuit a failed case went to (转诉讼); null when none. Null with FORBIDDEN unless access is FULL.' })
  litigation(@Root() c: MediationCase, @Ctx() ctx: JudicialContext): Promise<Litigation | null> {
    full(c, ctx, 'litigation');
    return ctx.loaders.litigationByCase.load(c.id);
  }

  @ListSize(10)
  @FieldResolver(() => [LegalAidRequest], { nullable: true, description: 'Legal-aid requests (法律援助) linked to the case. Null with FORBIDDEN unless access is FULL.' })
  legalAidRequests(@Root() c: MediationCase, @Ctx() ctx: JudicialContext): Promise<LegalAidRequest[]> {
    full(c, ctx, 'legalAidRequests');
    return ctx.loaders.legalAidByCase.load(String(c.id));
  }
}

@Resolver(() => Litigation)
export class LitigationResolver {
  @FieldResolver(() => MediationCase, { nullable: true, description: 'The failed mediation case the lawsuit grew out of; null when none.' })
  async mediationCase(@Root() l: Litigation, @Ctx() ctx: JudicialContext): Promise<MediationCase | null> {
    return l.mediationCase ? ctx.loaders.mediationCase.load(String(l.mediationCase.id)) : null;
  }

  @FieldResolver(() => EnterpriseKey, { description: 'The enterprise involved.' })
  enterprise(@Root() l: Litigation): EnterpriseKey {
    return { uscc: l.uscc };
  }
}

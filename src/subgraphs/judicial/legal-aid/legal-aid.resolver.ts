import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Confidential } from '../../../shared/audit/confidential';
import { viewerOf } from '../../../shared/context';
import { PagedList } from '../../../shared/list-size';
import { ConnectionArgs } from '../../../shared/pagination';
import type { JudicialContext } from '../context';
import { judicialExtension } from '../mediation/judicial-profile.resolver';
import { LegalAidRequest, MediationCase } from '../mediation/judicial.entity';
import { JUDICIAL, assertJudicialFullAccess } from '../policy';
import { LegalAidService } from './legal-aid.service';
import {
  DecideLegalAidRequestInput, DecideLegalAidRequestPayload, LegalAidRequestConnection, LegalAidRequestFilter, RecordLegalAidRequestInput, RecordLegalAidRequestPayload,
} from './legal-aid.types';

const { EnterpriseKey } = judicialExtension;
type EnterpriseKey = InstanceType<typeof EnterpriseKey>;

const service = (ctx: JudicialContext) => new LegalAidService(ctx.em, viewerOf(ctx), ctx.clock);
const full = (r: LegalAidRequest, ctx: JudicialContext, field: string) => assertJudicialFullAccess(viewerOf(ctx), r.uscc, `LegalAidRequest.${field}`);

@Resolver(() => LegalAidRequest)
export class LegalAidResolver {
  @Authorized()
  @Mutation(() => RecordLegalAidRequestPayload, { description: 'Record a legal-aid request (法律援助申请) concerning an enterprise, status RECEIVED. Judicial officers only.' })
  async recordLegalAidRequest(@Arg('input', () => RecordLegalAidRequestInput, { description: 'The applicant, the matter and the enterprise.' }) input: RecordLegalAidRequestInput, @Ctx() ctx: JudicialContext) {
    return { legalAidRequest: await service(ctx).record(input) };
  }

  @Authorized()
  @Mutation(() => DecideLegalAidRequestPayload, { description: 'Grant or refuse (with a reason) a received legal-aid request, once: CONFLICT when already decided. Judicial officers only.' })
  async decideLegalAidRequest(@Arg('input', () => DecideLegalAidRequestInput, { description: 'The request and the decision.' }) input: DecideLegalAidRequestInput, @Ctx() ctx: JudicialContext) {
    return { legalAidRequest: await service(ctx).decide(input) };
  }

  @Authorized()
  @PagedList()
  @Query(() => LegalAidRequestConnection, { description: 'Legal-aid requests, newest first (e.g. those waiting for a decision). Judicial staff and coordinators.' })
  legalAidRequests(
    @Arg('filter', () => LegalAidRequestFilter, { nullable: true, description: 'What to list; everything when omitted.' }) filter: LegalAidRequestFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: JudicialContext,
  ) {
    return service(ctx).list(filter, page);
  }

  @FieldResolver(() => EnterpriseKey, { description: 'The enterprise the matter concerns.' })
  enterprise(@Root() r: LegalAidRequest): EnterpriseKey {
    return { uscc: r.uscc };
  }

  @Confidential('judicial.legalAid.applicant', JUDICIAL)
  @FieldResolver(() => String, { nullable: true, description: 'Who applies (personal data). Null with FORBIDDEN unless access is FULL.' })
  applicant(@Root() r: LegalAidRequest, @Ctx() ctx: JudicialContext): string {
    full(r, ctx, 'applicant');
    return r.applicant;
  }

  @FieldResolver(() => String, { nullable: true, description: 'What the applicant needs help with. Case text: null with FORBIDDEN unless access is FULL.' })
  matter(@Root() r: LegalAidRequest, @Ctx() ctx: JudicialContext): string {
    full(r, ctx, 'matter');
    return r.matter;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why it was granted or refused; null while waiting. Null with FORBIDDEN unless access is FULL.' })
  decisionReason(@Root() r: LegalAidRequest, @Ctx() ctx: JudicialContext): string | null {
    full(r, ctx, 'decisionReason');
    return r.decisionReason;
  }

  @FieldResolver(() => MediationCase, { nullable: true, description: 'The mediation case the request belongs to; null when none.' })
  async mediationCase(@Root() r: LegalAidRequest, @Ctx() ctx: JudicialContext): Promise<MediationCase | null> {
    return r.mediationCase ? ctx.loaders.mediationCase.load(String(r.mediationCase.id)) : null;
  }
}

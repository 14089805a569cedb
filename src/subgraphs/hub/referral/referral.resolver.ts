import { ConnectionArgs } from '../../../shared/pagination';
import { Person, person } from '../person/person';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { toHubDate } from '../../../shared/time-zone';
import { viewerOf } from '../../../shared/context';
import type { HubContext } from '../context';
import { Department } from '../department/department.entity';
import { Issue } from '../issue/issue.entity';
import { Referral } from './referral.entity';
import { referralIsOverdue } from '../overdue';
import { ReferralService } from './referral.service';
import {
  AcceptReferralInput, AcceptReferralPayload, CancelReferralInput, CancelReferralPayload, CompleteReferralInput, CompleteReferralPayload,
  ReferIssueInput, ReferIssuePayload, ReferralConnection, ReferralOrder, ReferralFilter, type ReferralPayload, RejectReferralInput, RejectReferralPayload,
} from './referral.types';
import { PagedList } from '../../../shared/list-size';
import { requireKnownDepartments } from '../department/known-departments';

const service = (ctx: HubContext) => new ReferralService(ctx.em, viewerOf(ctx), ctx.clock);

/** A referral mutation's payload: the referral and its request as committed. */
async function withIssue(ctx: HubContext, referral: Referral): Promise<ReferralPayload> {
  return { referral, issue: (await ctx.loaders.issue.load(String(referral.issue.id)))! };
}

@Resolver(() => Referral)
export class ReferralResolver {
  @Authorized('OFFICER', 'DEPT_ADMIN', 'COORDINATOR')
  @Query(() => Referral, { description: 'One referral (移交/协办) by id, for its two departments and coordinators; NOT_FOUND if none has the id.' })
  referral(@Arg('id', () => ID, { description: 'The referral id.' }) id: string, @Ctx() ctx: HubContext) {
    return service(ctx).get(id);
  }

  @Authorized('OFFICER', 'DEPT_ADMIN', 'COORDINATOR')
  @PagedList()
  @Query(() => ReferralConnection, { description: 'Referrals to or from the caller\'s department (coordinators: all), newest first unless `orderBy` says otherwise.' })
  async referrals(
    @Ctx() ctx: HubContext,
    @Arg('filter', () => ReferralFilter, { nullable: true, description: 'Narrow the list; fields combine with AND.' }) filter: ReferralFilter | undefined,
    @Arg('orderBy', () => ReferralOrder, { defaultValue: ReferralOrder.NEWEST_FIRST, description: 'The order to read the list in.' }) orderBy: ReferralOrder,
    @Args(() => ConnectionArgs) paging: ConnectionArgs,
  ) {
    const page = await service(ctx).list(filter, paging, orderBy);
    // a page with rows proves the filter's departments exist; an empty one may hide a typo
    if (!page.edges.length) await requireKnownDepartments(ctx, { 'filter.toDepartment': filter?.toDepartment, 'filter.fromDepartment': filter?.fromDepartment });
    return page;
  }

  @Authorized('OFFICER', 'DEPT_ADMIN')
  @Mutation(() => ReferIssuePayload, { description: 'Refer a request to another department: TRANSFER (移交) or ASSIST (协办). Idempotent per idempotencyKey.' })
  async referIssue(@Arg('input', () => ReferIssueInput, { description: 'The referral to propose.' }) input: ReferIssueInput, @Ctx() ctx: HubContext) {
    return withIssue(ctx, await service(ctx).refer(input));
  }

  @Authorized('OFFICER', 'DEPT_ADMIN')
  @Mutation(() => AcceptReferralPayload, { description: 'The receiving department signs for a referral (签收). A transfer moves ownership.' })
  async acceptReferral(@Arg('input', () => AcceptReferralInput, { description: 'The referral to accept.' }) input: AcceptReferralInput, @Ctx() ctx: HubContext) {
    return withIssue(ctx, await service(ctx).accept(input.referralId, input.note));
  }

  @Authorized('OFFICER', 'DEPT_ADMIN')
  @Mutation(() => RejectReferralPayload, { description: 'The receiving department sends a referral back (退回) with a reason.' })
  async rejectReferral(@Arg('input', () => RejectReferralInput, { description: 'The referral to send back and why.' }) input: RejectReferralInput, @Ctx() ctx: HubContext) {
    return withIssue(ctx, await service(ctx).reject(input.referralId, input.reason));
  }

  @Authorized('OFFICER', 'DEPT_ADMIN')
  @Mutation(() => CompleteReferralPayload, { description: 'The assisting department marks its part of an accepted ASSIST referral done.' })
  async completeReferral(@Arg('input', () => CompleteReferralInput, { description: 'The referral done and what was done.' }) input: CompleteReferralInput, @Ctx() ctx: HubContext) {
    return withIssue(ctx, await service(ctx).complete(input.referralId, input.note));
  }

  @Authorized('OFFICER', 'DEPT_ADMIN')
  @Mutation(() => CancelReferralPayload, { description: 'The referring department withdraws a pending referral.' })
  async cancelReferral(@Arg('input', () => CancelReferralInput, { description: 'The referral to withdraw and why.' }) input: CancelReferralInput, @Ctx() ctx: HubContext) {
    return withIssue(ctx, await service(ctx).cancel(input.referralId, input.reason));
  }

  @FieldResolver(() => Issue, { description: 'The request being referred.' })
  async issue(@Root() r: Referral, @Ctx() ctx: HubContext) {
    return (await ctx.loaders.issue.load(String(r.issue.id)))!;
  }

  @FieldResolver(() => Department, { description: 'The department that refers the request.' })
  async fromDepartment(@Root() r: Referral, @Ctx() ctx: HubContext) {
    return (await ctx.loaders.department.load(r.fromDepartment.code))!;
  }

  @FieldResolver(() => Department, { description: 'The department asked to take or help with the request.' })
  async toDepartment(@Root() r: Referral, @Ctx() ctx: HubContext) {
    return (await ctx.loaders.department.load(r.toDepartment.code))!;
  }

  @FieldResolver(() => Person, { description: 'Who proposed the referral.' })
  createdBy(@Root() r: Referral): Person {
    return person(r.createdBy, r.createdByName, r.createdByDepartment);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who accepted or rejected it; null while pending.' })
  answeredBy(@Root() r: Referral): Person | null {
    return r.answeredBy ? person(r.answeredBy, r.answeredByName, r.answeredByDepartment) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Pending past its sign-off deadline.' })
  isOverdue(@Root() r: Referral, @Ctx() ctx: HubContext) {
    return referralIsOverdue(r, toHubDate(ctx.clock()));
  }
}

import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { toHubDate } from '../../../shared/calendar';
import { viewerOf } from '../../../shared/context';
import type { HubContext } from '../context';
import { Department } from '../department/department.entity';
import { Issue } from '../issue/issue.entity';
import { Referral } from './referral.entity';
import { referralIsOverdue } from '../overdue';
import { ReferralService } from './referral.service';
import { ReferIssueInput, ReferralConnection, ReferralFilter } from './referral.types';
import { PAGE_SIZE_DEFAULT, PagedList } from '../../../shared/list-size';

const service = (ctx: HubContext) => new ReferralService(ctx.em, viewerOf(ctx), ctx.clock);

@Resolver(() => Referral)
export class ReferralResolver {
  @Authorized('OFFICER', 'DEPT_ADMIN', 'COORDINATOR')
  @PagedList()
  @Query(() => ReferralConnection, { description: 'Referrals to or from the caller\'s department (coordinators: all), newest first.' })
  referrals(
    @Ctx() ctx: HubContext,
    @Arg('filter', () => ReferralFilter, { nullable: true }) filter?: ReferralFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: PAGE_SIZE_DEFAULT }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return service(ctx).list(filter, first, after);
  }

  @Authorized('OFFICER', 'DEPT_ADMIN')
  @Mutation(() => Referral, { description: 'Refer a request to another department: TRANSFER (移交) or ASSIST (协办). Idempotent per idempotencyKey.' })
  referIssue(@Arg('input', () => ReferIssueInput) input: ReferIssueInput, @Ctx() ctx: HubContext) {
    return service(ctx).refer(input);
  }

  @Authorized('OFFICER', 'DEPT_ADMIN')
  @Mutation(() => Referral, { description: 'The receiving department signs for a referral (签收). A transfer moves ownership.' })
  acceptReferral(@Arg('referralId', () => ID) referralId: string, @Ctx() ctx: HubContext, @Arg('note', () => String, { nullable: true }) note?: string) {
    return service(ctx).accept(referralId, note);
  }

  @Authorized('OFFICER', 'DEPT_ADMIN')
  @Mutation(() => Referral, { description: 'The receiving department sends a referral back (退回) with a reason.' })
  rejectReferral(@Arg('referralId', () => ID) referralId: string, @Arg('reason') reason: string, @Ctx() ctx: HubContext) {
    return service(ctx).reject(referralId, reason);
  }

  @Authorized('OFFICER', 'DEPT_ADMIN')
  @Mutation(() => Referral, { description: 'The assisting department marks its part of an accepted ASSIST referral done.' })
  completeReferral(@Arg('referralId', () => ID) referralId: string, @Arg('note') note: string, @Ctx() ctx: HubContext) {
    return service(ctx).complete(referralId, note);
  }

  @Authorized('OFFICER', 'DEPT_ADMIN')
  @Mutation(() => Referral, { description: 'The referring department withdraws a pending referral.' })
  cancelReferral(@Arg('referralId', () => ID) referralId: string, @Arg('reason') reason: string, @Ctx() ctx: HubContext) {
    return service(ctx).cancel(referralId, reason);
  }

  @FieldResolver(() => Issue)
  async issue(@Root() r: Referral, @Ctx() ctx: HubContext) {
    return (await ctx.loaders.issue.load(String(r.issue.id)))!;
  }

  @FieldResolver(() => Department)
  async fromDepartment(@Root() r: Referral, @Ctx() ctx: HubContext) {
    return (await ctx.loaders.department.load(r.fromDepartment.code))!;
  }

  @FieldResolver(() => Department)
  async toDepartment(@Root() r: Referral, @Ctx() ctx: HubContext) {
    return (await ctx.loaders.department.load(r.toDepartment.code))!;
  }

  @FieldResolver(() => Boolean, { description: 'Pending past its sign-off deadline.' })
  isOverdue(@Root() r: Referral, @Ctx() ctx: HubContext) {
    return referralIsOverdue(r, toHubDate(ctx.clock()));
  }
}

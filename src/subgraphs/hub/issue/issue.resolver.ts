import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { toHubDate } from '../../../shared/calendar';
import { ListSize, PAGE_SIZE_DEFAULT, PagedList } from '../../../shared/list-size';
import { viewerOf } from '../../../shared/context';
import { Department } from '../department/department.entity';
import { Enterprise } from '../enterprise/enterprise.entity';
import type { HubContext } from '../context';
import { Referral } from '../referral/referral.entity';
import { IssueCategory } from '../routing/routing.entity';
import { Issue, IssueTimelineEntry } from './issue.entity';
import { issueIsOverdue } from '../overdue';
import { IssueQueryService } from './issue-query.service';
import { IssueService } from './issue.service';
import { IssueConnection, IssueFilter, RateIssueInput, SubmitIssueInput } from './issue.types';

const service = (ctx: HubContext) => new IssueService(ctx.em, viewerOf(ctx), ctx.clock);

@Resolver(() => Issue)
export class IssueResolver {
  @Authorized()
  @Query(() => Issue, { nullable: true, description: 'One request; null if it does not exist, FORBIDDEN if it is not yours to see.' })
  issue(@Arg('id', () => ID) id: string, @Ctx() ctx: HubContext) {
    return new IssueQueryService(ctx.em, viewerOf(ctx), ctx.clock).get(
      id,
      async (issueId) => (await ctx.loaders.referralsByIssue.load(String(issueId))).flatMap((r) => [r.fromDepartment.code, r.toDepartment.code]),
      (issueId) => ctx.loaders.issue.load(String(issueId)),
    );
  }

  @PagedList()
  @Authorized()
  @Query(() => IssueConnection, { description: 'Requests the caller may see, newest first: inboxes, overdue lists, agenda candidates (status ESCALATED).' })
  issues(
    @Ctx() ctx: HubContext,
    @Arg('filter', () => IssueFilter, { nullable: true }) filter?: IssueFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: PAGE_SIZE_DEFAULT }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return new IssueQueryService(ctx.em, viewerOf(ctx), ctx.clock).list(filter, first, after);
  }

  @Authorized()
  @Mutation(() => Issue, { description: 'Submit a request (诉求). Routed automatically when a routing rule matches.' })
  submitIssue(@Arg('input', () => SubmitIssueInput) input: SubmitIssueInput, @Ctx() ctx: HubContext) {
    return service(ctx).submit(input);
  }

  @Authorized()
  @Mutation(() => Issue, { description: 'Coordinators: choose the lead (主办) and assisting (协办) departments, overriding the rules.' })
  routeIssue(
    @Arg('issueId', () => ID) issueId: string,
    @Arg('leadDepartment', () => ID) leadDepartment: string,
    @Ctx() ctx: HubContext,
    @Arg('assistingDepartments', () => [ID], { nullable: true }) assistingDepartments?: string[],
    @Arg('reason', () => String, { nullable: true }) reason?: string,
  ) {
    return service(ctx).route(issueId, leadDepartment, assistingDepartments ?? [], reason);
  }

  @Authorized()
  @Mutation(() => Issue, { description: 'The lead department signs for the request (签收).' })
  acceptIssue(@Arg('issueId', () => ID) issueId: string, @Ctx() ctx: HubContext) {
    return service(ctx).accept(issueId);
  }

  @Authorized()
  @Mutation(() => Issue, { description: 'The lead department starts working the request (IN_PROGRESS).' })
  startIssueWork(@Arg('issueId', () => ID) issueId: string, @Ctx() ctx: HubContext) {
    return service(ctx).startWork(issueId);
  }

  @Authorized()
  @Mutation(() => Issue, { description: 'Reply to the enterprise; the first reply counts against the deadline.' })
  respondToIssue(@Arg('issueId', () => ID) issueId: string, @Arg('response') response: string, @Ctx() ctx: HubContext) {
    return service(ctx).respond(issueId, response);
  }

  @Authorized()
  @Mutation(() => Issue, { description: 'Conclude the work (办结) with a resolution.' })
  resolveIssue(@Arg('issueId', () => ID) issueId: string, @Arg('resolution') resolution: string, @Ctx() ctx: HubContext) {
    return service(ctx).resolve(issueId, resolution);
  }

  @Authorized()
  @Mutation(() => Issue, { description: 'The enterprise rates the answer; DISSATISFIED reopens the request.' })
  rateIssue(@Arg('input', () => RateIssueInput) input: RateIssueInput, @Ctx() ctx: HubContext) {
    return service(ctx).rate(input);
  }

  @Authorized()
  @Mutation(() => Issue, { description: 'Record the follow-up visit (回访): closes the request, or reopens it if the problem persists.' })
  recordFollowUp(
    @Arg('issueId', () => ID) issueId: string,
    @Arg('note') note: string,
    @Ctx() ctx: HubContext,
    @Arg('problemPersists', () => Boolean, { nullable: true, defaultValue: false }) problemPersists: boolean,
  ) {
    return service(ctx).recordFollowUp(issueId, note, problemPersists);
  }

  @Authorized()
  @Mutation(() => Issue, { description: 'Reopen a resolved or closed request (coordinators, or the lead department administrator).' })
  reopenIssue(@Arg('issueId', () => ID) issueId: string, @Arg('reason') reason: string, @Ctx() ctx: HubContext) {
    return service(ctx).reopen(issueId, reason);
  }

  @Authorized()
  @Mutation(() => Issue, { description: 'Coordinators: put the request on the joint-meeting agenda list (ESCALATED).' })
  escalateIssue(@Arg('issueId', () => ID) issueId: string, @Arg('reason') reason: string, @Ctx() ctx: HubContext) {
    return service(ctx).escalate(issueId, reason);
  }

  @FieldResolver(() => Enterprise)
  async enterprise(@Root() issue: Issue, @Ctx() ctx: HubContext) {
    return (await ctx.loaders.enterprise.load(issue.enterprise.uscc))!;
  }

  @FieldResolver(() => IssueCategory)
  async category(@Root() issue: Issue, @Ctx() ctx: HubContext) {
    return (await ctx.loaders.category.load(issue.category.code))!;
  }

  @FieldResolver(() => Department, { nullable: true, description: 'The lead department (主办).' })
  leadDepartment(@Root() issue: Issue, @Ctx() ctx: HubContext) {
    return issue.leadDepartment ? ctx.loaders.department.load(issue.leadDepartment.code) : null;
  }

  @ListSize(10)
  @FieldResolver(() => [Department], { description: 'Assisting departments (协办).' })
  async assistingDepartments(@Root() issue: Issue, @Ctx() ctx: HubContext) {
    return (await ctx.loaders.department.loadMany(issue.assistingDepartmentCodes)).filter((d): d is Department => !!d && !(d instanceof Error));
  }

  @FieldResolver(() => Boolean, { description: 'Open, unanswered and past the reply deadline.' })
  isOverdue(@Root() issue: Issue, @Ctx() ctx: HubContext) {
    return issueIsOverdue(issue, toHubDate(ctx.clock()));
  }

  @ListSize(50)
  @FieldResolver(() => [IssueTimelineEntry], { description: 'Who did what and when, oldest first.' })
  timeline(@Root() issue: Issue, @Ctx() ctx: HubContext) {
    return ctx.loaders.timelineByIssue.load(String(issue.id));
  }

  @ListSize(20)
  @FieldResolver(() => [Referral])
  referrals(@Root() issue: Issue, @Ctx() ctx: HubContext) {
    return ctx.loaders.referralsByIssue.load(String(issue.id));
  }
}

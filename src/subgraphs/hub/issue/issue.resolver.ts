import { toGlobalId } from '../node/global-id';
import { ConnectionArgs } from '../../../shared/pagination';
import { Person, person } from '../person/person';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { toHubDate } from '../../../shared/time-zone';
import { ListSize, PagedList } from '../../../shared/list-size';
import { viewerOf } from '../../../shared/context';
import { badInput, notFound } from '../../../shared/errors';
import { requireKnownDepartments } from '../department/known-departments';
import { Department } from '../department/department.entity';
import { Enterprise } from '../enterprise/enterprise.entity';
import type { HubContext } from '../context';
import { Referral } from '../referral/referral.entity';
import { IssueCategory } from '../routing/routing.entity';
import { Issue, IssueTimelineEntry } from './issue.entity';
import { issueIsOverdue } from '../overdue';
import { IssueQueryService } from './issue-query.service';
import { IssueService } from './issue.service';
import { OPEN_STATUSES } from './issue-status';
import {
  AcceptIssueInput, AcceptIssuePayload, IssueOrder, EscalateIssueInput, EscalateIssuePayload, IssueConnection, IssueFilter, type IssuePayload,
  RateIssueInput, RateIssuePayload, RecordFollowUpInput, RecordFollowUpPayload, ReopenIssueInput, ReopenIssuePayload,
  ResolveIssueInput, ResolveIssuePayload, RespondToIssueInput, RespondToIssuePayload, RouteIssueInput, RouteIssuePayload,
  StartIssueWorkInput, StartIssueWorkPayload, SubmitIssueInput, SubmitIssuePayload, type SubmitIssuePayloadShape,
} from './issue.types';
import { duplicateLoaders } from '../duplicate/duplicate.resolver';
import { RecordAccess } from '../../../shared/need-to-know';
import { may } from '../policy';
import { assertDetails, isSummary, summaryEntries } from './issue-summary';

/** A field of how the working departments handle the request: FORBIDDEN in a summary (issue-summary.ts). */
const detail = <K extends keyof Issue & string>(issue: Issue, field: K): Issue[K] => {
  assertDetails(issue, `Issue.${field}`);
  return issue[field];
};

const service = (ctx: HubContext) => new IssueService(ctx.em, viewerOf(ctx), ctx.clock, ctx.runtime?.receivedAtMaxWorkingDays);

@Resolver(() => Issue)
export class IssueResolver {
  @Authorized()
  @Query(() => Issue, { description: 'One request by id; NOT_FOUND if none has that id, FORBIDDEN if it is not yours to see.' })
  async issue(@Arg('id', () => ID, { description: 'The request id.' }) id: string, @Ctx() ctx: HubContext): Promise<Issue> {
    const found = await new IssueQueryService(ctx.em, viewerOf(ctx), ctx.clock).get(
      id,
      async (issueId) => (await ctx.loaders.referralsByIssue.load(String(issueId))).flatMap((r) => [r.fromDepartment.code, r.toDepartment.code]),
      (issueId) => ctx.loaders.issue.load(String(issueId)),
    );
    if (!found) throw notFound(`No request with id ${id}.`);
    return found;
  }

  @Authorized()
  @Query(() => Issue, { description: 'One request by its number as given to the enterprise (e.g. SQ-2026-000123); NOT_FOUND if none has it, FORBIDDEN if it is not yours to see.' })
  async issueByNumber(@Arg('number', { description: 'The request number, SQ-<year>-<sequence>.' }) number: string, @Ctx() ctx: HubContext): Promise<Issue> {
    const text = number.trim().toUpperCase();
    if (!/^SQ-\d{4}-\d{1,12}$/.test(text)) throw badInput(`"${number}" is not a request number (SQ-<year>-<sequence>, e.g. SQ-2026-000123).`, 'number');
    const row = await ctx.em.findOne(Issue, { number: text }, { fields: ['id'] });
    if (!row) throw notFound(`No request numbered ${text}.`);
    return this.issue(toGlobalId('Issue', row.id), ctx);
  }

  @PagedList()
  @Authorized()
  @Query(() => IssueConnection, { description: 'Requests the caller may see, newest first unless `orderBy` says otherwise: inboxes, overdue lists, agenda candidates (status ESCALATED).' })
  async issues(
    @Ctx() ctx: HubContext,
    @Arg('filter', () => IssueFilter, { nullable: true, description: 'Narrow the list; fields combine with AND.' }) filter: IssueFilter | undefined,
    @Arg('orderBy', () => IssueOrder, { defaultValue: IssueOrder.NEWEST_FIRST, description: 'The order to read the list in.' }) orderBy: IssueOrder,
    @Args(() => ConnectionArgs) paging: ConnectionArgs,
  ) {
    const page = await new IssueQueryService(ctx.em, viewerOf(ctx), ctx.clock).list(filter, paging, orderBy);
    // a page with rows proves the filter's departments exist; an empty one may hide a typo
    if (!page.edges.length) await requireKnownDepartments(ctx, {
      'filter.leadDepartment': filter?.leadDepartment,
      'filter.assistingDepartment': filter?.assistingDepartment,
      'filter.department': filter?.department,
    });
    return page;
  }

  @Authorized()
  @Mutation(() => SubmitIssuePayload, { description: 'Submit a request (诉求). Routed automatically when a routing rule matches.' })
  async submitIssue(@Arg('input', () => SubmitIssueInput, { description: 'The request to submit.' }) input: SubmitIssueInput, @Ctx() ctx: HubContext): Promise<SubmitIssuePayloadShape> {
    const issue = await service(ctx).submit(input);
    return {
      issue,
      // a getter: the query runs only when the client selects the field
      get possibleDuplicates() {
        return duplicateLoaders(ctx).possibleDuplicates.load(issue.id);
      },
    };
  }

  @Authorized()
  @Mutation(() => RouteIssuePayload, { description: 'Coordinators: choose the lead (主办) and assisting (协办) departments, overriding the rules.' })
  async routeIssue(@Arg('input', () => RouteIssueInput, { description: 'The request and its departments.' }) input: RouteIssueInput, @Ctx() ctx: HubContext): Promise<IssuePayload> {
    return { issue: await service(ctx).route(input.issueId, input.leadDepartment, input.assistingDepartments ?? [], input.reason ?? undefined) };
  }

  @Authorized()
  @Mutation(() => AcceptIssuePayload, { description: 'The lead department signs for the request (签收).' })
  async acceptIssue(@Arg('input', () => AcceptIssueInput, { description: 'The request to sign for.' }) input: AcceptIssueInput, @Ctx() ctx: HubContext): Promise<IssuePayload> {
    return { issue: await service(ctx).accept(input.issueId) };
  }

  @Authorized()
  @Mutation(() => StartIssueWorkPayload, { description: 'The lead department starts working the request (IN_PROGRESS).' })
  async startIssueWork(@Arg('input', () => StartIssueWorkInput, { description: 'The request to start.' }) input: StartIssueWorkInput, @Ctx() ctx: HubContext): Promise<IssuePayload> {
    return { issue: await service(ctx).startWork(input.issueId) };
  }

  @Authorized()
  @Mutation(() => RespondToIssuePayload, { description: 'Reply to the enterprise; the first reply counts against the deadline.' })
  async respondToIssue(@Arg('input', () => RespondToIssueInput, { description: 'The request and the reply.' }) input: RespondToIssueInput, @Ctx() ctx: HubContext): Promise<IssuePayload> {
    return { issue: await service(ctx).respond(input.issueId, input.response) };
  }

  @Authorized()
  @Mutation(() => ResolveIssuePayload, { description: 'Conclude the work (办结) with a resolution.' })
  async resolveIssue(@Arg('input', () => ResolveIssueInput, { description: 'The request and its resolution.' }) input: ResolveIssueInput, @Ctx() ctx: HubContext): Promise<IssuePayload> {
    return { issue: await service(ctx).resolve(input.issueId, input.resolution) };
  }

  @Authorized()
  @Mutation(() => RateIssuePayload, { description: 'The enterprise rates the answer; DISSATISFIED reopens the request.' })
  async rateIssue(@Arg('input', () => RateIssueInput, { description: 'The rating.' }) input: RateIssueInput, @Ctx() ctx: HubContext): Promise<IssuePayload> {
    return { issue: await service(ctx).rate(input) };
  }

  @Authorized()
  @Mutation(() => RecordFollowUpPayload, { description: 'Record the follow-up visit (回访): closes the request, or reopens it if the problem persists.' })
  async recordFollowUp(@Arg('input', () => RecordFollowUpInput, { description: 'The request and the visit.' }) input: RecordFollowUpInput, @Ctx() ctx: HubContext): Promise<IssuePayload> {
    return { issue: await service(ctx).recordFollowUp(input.issueId, input.note, input.problemPersists ?? false) };
  }

  @Authorized()
  @Mutation(() => ReopenIssuePayload, { description: 'Reopen a resolved or closed request (coordinators, or the lead department administrator).' })
  async reopenIssue(@Arg('input', () => ReopenIssueInput, { description: 'The request and why it is reopened.' }) input: ReopenIssueInput, @Ctx() ctx: HubContext): Promise<IssuePayload> {
    return { issue: await service(ctx).reopen(input.issueId, input.reason) };
  }

  @Authorized()
  @Mutation(() => EscalateIssuePayload, { description: 'Coordinators: put the request on the joint-meeting agenda list (ESCALATED).' })
  async escalateIssue(@Arg('input', () => EscalateIssueInput, { description: 'The request and why it is escalated.' }) input: EscalateIssueInput, @Ctx() ctx: HubContext): Promise<IssuePayload> {
    return { issue: await service(ctx).escalate(input.issueId, input.reason) };
  }

  @FieldResolver(() => Enterprise, { description: 'The enterprise that submitted the request.' })
  async enterprise(@Root() issue: Issue, @Ctx() ctx: HubContext) {
    return (await ctx.loaders.enterprise.load(issue.enterprise.uscc))!;
  }

  @FieldResolver(() => IssueCategory, { description: 'The category of the request (used by routing).' })
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

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Working days left until the reply deadline, counted from today in the hub time zone: 0 on the last day, negative when overdue. ' +
      'Counted Monday to Friday where the calendar lacks a year (as a provisional deadline is). Null once replied to or closed.',
  })
  async workingDaysLeft(@Root() issue: Issue, @Ctx() ctx: HubContext): Promise<number | null> {
    if (!issue.replyDeadline || issue.respondedAt || !OPEN_STATUSES.includes(issue.status)) return null;
    const calendar = await ctx.loaders.calendar();
    const today = toHubDate(ctx.clock());
    // counted Monday–Friday where the calendar lacks a year, as the provisional deadline itself
    const { days } = calendar.reckonWorkingDaysBetween(...((today <= issue.replyDeadline ? [today, issue.replyDeadline] : [issue.replyDeadline, today]) as [string, string]));
    return today <= issue.replyDeadline ? days : -Math.max(1, days); // past the deadline is overdue even on a weekend
  }

  @FieldResolver(() => Date, { description: 'When the request arrived: for a hotline call or visit logged later, the time the officer gave (see the SUBMITTED timeline entry); otherwise submittedAt. Deadlines count from its day.' })
  receivedAt(@Root() issue: Issue): Date {
    return issue.receivedAt ?? issue.submittedAt;
  }

  @FieldResolver(() => Person, { description: 'Who submitted the request.' })
  submittedBy(@Root() issue: Issue): Person {
    return person(issue.submittedBy, issue.submittedByName, issue.submittedByDepartment);
  }

  @FieldResolver(() => Date, { description: 'When the request last changed: its latest timeline step.' })
  async updatedAt(@Root() issue: Issue, @Ctx() ctx: HubContext): Promise<Date> {
    const timeline = await ctx.loaders.timelineByIssue.load(String(issue.id));
    return timeline[timeline.length - 1]?.at ?? issue.submittedAt;
  }

  @ListSize(50)
  @FieldResolver(() => [IssueTimelineEntry], { description: 'Who did what and when, oldest first. With SUMMARY access the steps (who, when, department, status from → to) without their notes.' })
  async timeline(@Root() issue: Issue, @Ctx() ctx: HubContext) {
    const entries = await ctx.loaders.timelineByIssue.load(String(issue.id));
    return isSummary(issue) ? summaryEntries(entries) : entries;
  }

  @ListSize(20)
  @FieldResolver(() => [Referral], { description: 'Referrals of this request to other departments, oldest first. With SUMMARY access only those of your own department (referral.read).' })
  async referrals(@Root() issue: Issue, @Ctx() ctx: HubContext) {
    const referrals = await ctx.loaders.referralsByIssue.load(String(issue.id));
    if (!isSummary(issue)) return referrals;
    const viewer = viewerOf(ctx);
    return referrals.filter((r) => may(viewer, 'referral.read', { fromDepartment: r.fromDepartment.code, toDepartment: r.toDepartment.code }));
  }

  @FieldResolver(() => RecordAccess, {
    description:
      'FULL: every field (the departments that work the request, coordinators, the enterprise itself). SUMMARY: the department that raised it from its own records (the police for a problem found on a visit) follows it wherever it is routed: status, departments, deadlines, dates, title and text as raised, the timeline\'s steps; how it is handled (routingExplanation, response, resolution, ratingComment, followUpNote, escalationReason, timeline notes) is null with FORBIDDEN, and attachments, extensions and meetingHistory are empty.',
  })
  access(@Root() issue: Issue): RecordAccess {
    return isSummary(issue) ? RecordAccess.SUMMARY : RecordAccess.FULL;
  }

  @FieldResolver()
  routingExplanation(@Root() issue: Issue): string | null {
    return detail(issue, 'routingExplanation');
  }

  @FieldResolver()
  response(@Root() issue: Issue): string | null {
    return detail(issue, 'response');
  }

  @FieldResolver()
  resolution(@Root() issue: Issue): string | null {
    return detail(issue, 'resolution');
  }

  @FieldResolver()
  ratingComment(@Root() issue: Issue): string | null {
    return detail(issue, 'ratingComment');
  }

  @FieldResolver()
  followUpNote(@Root() issue: Issue): string | null {
    return detail(issue, 'followUpNote');
  }

  @FieldResolver()
  escalationReason(@Root() issue: Issue): string | null {
    return detail(issue, 'escalationReason');
  }
}

@Resolver(() => IssueTimelineEntry)
export class IssueTimelineEntryResolver {
  @FieldResolver()
  note(@Root() entry: IssueTimelineEntry): string | null {
    assertDetails(entry, 'IssueTimelineEntry.note');
    return entry.note;
  }
}

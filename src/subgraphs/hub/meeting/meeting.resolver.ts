import { ConnectionArgs } from '../../../shared/pagination';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription, Field, ObjectType } from 'type-graphql';
import { requireViewer } from '../../../shared/auth';
import { authorize, isCoordinator } from '../policy';
import { hubTimeZone, toHubDate } from '../../../shared/time-zone';
import { viewerOf } from '../../../shared/context';
import { forbidden } from '../../../shared/errors';
import { parseId } from '../validation';
import type { HubContext } from '../context';
import { Department } from '../department/department.entity';
import { requireKnownDepartments } from '../department/known-departments';
import { openStream, parseCursor, unwrapEvent } from '../events/events.resolver';
import type { HubEvent } from '../events/event-store';
import type { Expired } from '../events/event-bus';
import { Issue } from '../issue/issue.entity';
import { isSummary } from '../issue/issue-summary';
import { ActionItem, AgendaItem, JointMeeting, MeetingParticipant } from './meeting.entity';
import { actionItemIsOverdue } from '../overdue';
import { invitedDepartments, MeetingService } from './meeting.service';
import {
  ActionItemConnection, ActionItemFilter, AddAgendaItemInput, AddAgendaItemPayload, AdjournJointMeetingInput, AdjournJointMeetingPayload,
  type AgendaItemPayload, CancelJointMeetingInput, CancelJointMeetingPayload, CompleteActionItemInput, CompleteActionItemPayload,
  DeferAgendaItemInput, DeferAgendaItemPayload, JoinJointMeetingInput, JoinJointMeetingPayload, JointMeetingConnection, JointMeetingFilter,
  type MeetingPayload, MoveAgendaItemInput, MoveAgendaItemPayload, RecordDecisionInput, RecordDecisionPayload, RemoveAgendaItemInput,
  RemoveAgendaItemPayload, ScheduleJointMeetingInput, ScheduleJointMeetingPayload, StartAgendaItemInput, StartAgendaItemPayload,
  StartJointMeetingInput, StartJointMeetingPayload,
} from './meeting.types';
import { JointMeetingEvent, toJointMeetingEvent } from './meeting-events';
import { attendanceByDepartment, MeetingMinutes, type MinutesActionItem, type MinutesData, renderMinutes } from './minutes';
import { ListSize, PagedList } from '../../../shared/list-size';

const service = (ctx: HubContext) => new MeetingService(ctx.em, viewerOf(ctx), ctx.clock);

/** An agenda-item mutation's payload: the item and its meeting as committed. */
async function withMeeting(ctx: HubContext, agendaItem: AgendaItem): Promise<AgendaItemPayload> {
  return { agendaItem, meeting: (await ctx.loaders.meeting.load(String(agendaItem.meeting.id)))! };
}

@Resolver(() => JointMeeting)
export class JointMeetingResolver {
  @Authorized()
  @Query(() => JointMeeting, { description: 'A meeting, for coordinators and invited departments.' })
  jointMeeting(@Arg('id', () => ID, { description: 'Id of the meeting.' }) id: string, @Ctx() ctx: HubContext) {
    return service(ctx).get(id);
  }

  @Authorized()
  @PagedList()
  @Query(() => JointMeetingConnection, { description: 'Upcoming and past meetings the caller takes part in (coordinators: all).' })
  jointMeetings(
    @Ctx() ctx: HubContext,
    @Arg('filter', () => JointMeetingFilter, { nullable: true, description: 'Narrow the list; fields combine with AND.' }) filter: JointMeetingFilter | undefined,
    @Args(() => ConnectionArgs) paging: ConnectionArgs,
  ) {
    return service(ctx).list(filter, paging);
  }

  @Authorized()
  @PagedList()
  @Query(() => ActionItemConnection, { name: 'actionItems', description: 'Action items from joint meetings: a department\'s inbox of meeting tasks.' })
  async actionItemInbox(
    @Ctx() ctx: HubContext,
    @Arg('filter', () => ActionItemFilter, { nullable: true, description: 'Narrow the list; fields combine with AND.' }) filter: ActionItemFilter | undefined,
    @Args(() => ConnectionArgs) paging: ConnectionArgs,
  ) {
    const page = await service(ctx).actionItems(filter, paging);
    // a page with rows proves the filter's departments exist; an empty one may hide a typo
    if (!page.edges.length) await requireKnownDepartments(ctx, { 'filter.ownerDepartment': filter?.ownerDepartment });
    return page;
  }

  @Authorized()
  @Mutation(() => ScheduleJointMeetingPayload, { description: 'Coordinators: schedule a meeting (or a quarterly series) with invitations and an agenda of escalated requests.' })
  async scheduleJointMeeting(@Arg('input', () => ScheduleJointMeetingInput, { description: 'The meeting to schedule.' }) input: ScheduleJointMeetingInput, @Ctx() ctx: HubContext) {
    const meetings = await service(ctx).schedule(input);
    return { meeting: meetings[0], meetings };
  }

  @Authorized()
  @Mutation(() => AddAgendaItemPayload, { description: 'Coordinators: put an escalated request on a scheduled meeting\'s agenda (last position).' })
  async addAgendaItem(@Arg('input', () => AddAgendaItemInput, { description: 'The meeting and the request.' }) input: AddAgendaItemInput, @Ctx() ctx: HubContext) {
    return withMeeting(ctx, await service(ctx).addAgendaItem(input.meetingId, input.issueId));
  }

  @Authorized()
  @Mutation(() => MoveAgendaItemPayload, { description: 'Move an agenda item to a 1-based position.' })
  async moveAgendaItem(@Arg('input', () => MoveAgendaItemInput, { description: 'The item and its new position.' }) input: MoveAgendaItemInput, @Ctx() ctx: HubContext) {
    return withMeeting(ctx, await service(ctx).moveAgendaItem(input.agendaItemId, input.position));
  }

  @Authorized()
  @Mutation(() => RemoveAgendaItemPayload, { description: 'Coordinators: take an item off the agenda of a meeting not yet adjourned; its request stays ESCALATED.' })
  async removeAgendaItem(@Arg('input', () => RemoveAgendaItemInput, { description: 'The item to remove.' }) input: RemoveAgendaItemInput, @Ctx() ctx: HubContext) {
    return { meeting: await service(ctx).removeAgendaItem(input.agendaItemId), removedAgendaItemId: input.agendaItemId };
  }

  @Authorized()
  @Mutation(() => StartJointMeetingPayload, { description: 'Coordinators: open the meeting (IN_SESSION).' })
  async startJointMeeting(@Arg('input', () => StartJointMeetingInput, { description: 'The meeting to open.' }) input: StartJointMeetingInput, @Ctx() ctx: HubContext): Promise<MeetingPayload> {
    return { meeting: await service(ctx).start(input.meetingId) };
  }

  @Authorized()
  @Mutation(() => JoinJointMeetingPayload, { description: 'Mark the caller (and their department) present.' })
  async joinJointMeeting(@Arg('input', () => JoinJointMeetingInput, { description: 'The meeting joined.' }) input: JoinJointMeetingInput, @Ctx() ctx: HubContext): Promise<MeetingPayload> {
    return { meeting: await service(ctx).join(input.meetingId) };
  }

  @Authorized()
  @Mutation(() => StartAgendaItemPayload, { description: 'Take up an agenda item: one at a time.' })
  async startAgendaItem(@Arg('input', () => StartAgendaItemInput, { description: 'The item to take up.' }) input: StartAgendaItemInput, @Ctx() ctx: HubContext) {
    return withMeeting(ctx, await service(ctx).startAgendaItem(input.agendaItemId));
  }

  @Authorized()
  @Mutation(() => RecordDecisionPayload, { description: 'Decide the item under discussion; action items go to their owner departments.' })
  async recordDecision(@Arg('input', () => RecordDecisionInput, { description: 'The decision and its action items.' }) input: RecordDecisionInput, @Ctx() ctx: HubContext) {
    return withMeeting(ctx, await service(ctx).recordDecision(input));
  }

  @Authorized()
  @Mutation(() => DeferAgendaItemPayload, { description: 'Defer an item to the next meeting of the series; the request stays ESCALATED.' })
  async deferAgendaItem(@Arg('input', () => DeferAgendaItemInput, { description: 'The item and why it is deferred.' }) input: DeferAgendaItemInput, @Ctx() ctx: HubContext) {
    return withMeeting(ctx, await service(ctx).deferAgendaItem(input.agendaItemId, input.reason));
  }

  @Authorized()
  @Mutation(() => AdjournJointMeetingPayload, { description: 'Coordinators: close the meeting (ADJOURNED); items not decided stay on the requests\' agenda list.' })
  async adjournJointMeeting(@Arg('input', () => AdjournJointMeetingInput, { description: 'The meeting to close.' }) input: AdjournJointMeetingInput, @Ctx() ctx: HubContext): Promise<MeetingPayload> {
    return { meeting: await service(ctx).adjourn(input.meetingId, input.summary) };
  }

  @Authorized()
  @Mutation(() => CancelJointMeetingPayload, { description: 'Coordinators: cancel a meeting that has not started.' })
  async cancelJointMeeting(@Arg('input', () => CancelJointMeetingInput, { description: 'The meeting to cancel and why.' }) input: CancelJointMeetingInput, @Ctx() ctx: HubContext): Promise<MeetingPayload> {
    return { meeting: await service(ctx).cancel(input.meetingId, input.reason) };
  }

  @Authorized()
  @Mutation(() => CompleteActionItemPayload, { description: 'The owner department reports an action item done.' })
  async completeActionItem(@Arg('input', () => CompleteActionItemInput, { description: 'The action item and what was done.' }) input: CompleteActionItemInput, @Ctx() ctx: HubContext) {
    return { actionItem: await service(ctx).completeActionItem(input.actionItemId, input.note) };
  }

  @Authorized()
  @Subscription(() => JointMeetingEvent, {
    description:
      'Everything that happens in a meeting, in order (attendance, invitations, agenda, current item, decisions, action items, adjournment). ' +
      'Without `meetingId`: every meeting the caller\'s department is invited to (coordinators: all), including DEPARTMENT_INVITED when it is invited to one. ' +
      'With `after`, missed events first.',
    subscribe: async ({ args, context }) => {
      const ctx = context as HubContext;
      const viewer = requireViewer(ctx.auth);
      if (args.meetingId == null) {
        authorize(viewer, 'meeting.list', null, 'follow joint meetings');
        if (isCoordinator(viewer)) return openStream(ctx, { streams: ['MEETING'] }, parseCursor(args.after));
        return openStream(ctx, { streams: ['MEETING'], department: viewer.department }, parseCursor(args.after));
      }
      const meetingId = parseId(args.meetingId, 'meetingId', 'JointMeeting');
      const after = parseCursor(args.after); // refused before any lookup
      const departments = await invitedDepartments(ctx.em, meetingId);
      if (!departments.length) throw forbidden('Only invited departments and coordinators may follow this meeting.'); // no such meeting
      authorize(viewer, 'meeting.follow', { invitedDepartments: departments }, 'may follow this meeting');
      return openStream(ctx, { streams: ['MEETING'], meetingId }, after);
    },
  })
  jointMeetingEvents(
    @Root() payload: HubEvent | Expired,
    @Arg('meetingId', () => ID, { nullable: true, description: 'One meeting; omit to follow every meeting your department is invited to.' }) _meetingId?: string,
    @Arg('after', () => String, { nullable: true, description: 'The cursor of the last event received.' }) _after?: string,
  ): JointMeetingEvent {
    return toJointMeetingEvent(unwrapEvent(payload));
  }

  @FieldResolver(() => Department, { description: 'The department that convenes the meeting (召集部门).' })
  async conveningDepartment(@Root() m: JointMeeting, @Ctx() ctx: HubContext) {
    return (await ctx.loaders.department.load(m.conveningDepartment.code))!;
  }

  @ListSize(30)
  @FieldResolver(() => [MeetingParticipant], { description: 'Invited departments and people, with attendance.' })
  participants(@Root() m: JointMeeting, @Ctx() ctx: HubContext) {
    return ctx.loaders.participantsByMeeting.load(String(m.id));
  }

  @ListSize(20)
  @FieldResolver(() => [AgendaItem], { description: 'In agenda order.' })
  agenda(@Root() m: JointMeeting, @Ctx() ctx: HubContext) {
    return ctx.loaders.agendaByMeeting.load(String(m.id));
  }

  @FieldResolver(() => AgendaItem, { nullable: true, description: 'The item under discussion.' })
  async currentItem(@Root() m: JointMeeting, @Ctx() ctx: HubContext) {
    return (await ctx.loaders.agendaByMeeting.load(String(m.id))).find((i) => i.status === 'DISCUSSING') ?? null;
  }

  @ListSize(50)
  @FieldResolver(() => [ActionItem], { description: 'Every action item the meeting\'s decisions produced.' })
  actionItems(@Root() m: JointMeeting, @Ctx() ctx: HubContext) {
    return ctx.loaders.actionItemsByMeeting.load(String(m.id));
  }

  @ListSize(50)
  @FieldResolver(() => [ActionItem], { description: 'Action items of the previous meeting (of the series, or of the convening department): done or overdue.' })
  previousActionItems(@Root() m: JointMeeting, @Ctx() ctx: HubContext) {
    return service(ctx).previousActionItems(m);
  }

  @FieldResolver(() => MeetingMinutes, { description: 'The minutes (会议纪要), structured and as Chinese Markdown.' })
  async minutes(@Root() m: JointMeeting, @Ctx() ctx: HubContext): Promise<MeetingMinutes> {
    const [participants, agenda, actions, previous] = await Promise.all([
      ctx.loaders.participantsByMeeting.load(String(m.id)),
      ctx.loaders.agendaByMeeting.load(String(m.id)),
      ctx.loaders.actionItemsByMeeting.load(String(m.id)),
      service(ctx).previousActionItems(m),
    ]);
    // names through the request's department loader: one batch however many meetings are listed
    const codes = [...new Set([m.conveningDepartment.code, ...participants.map((p) => p.departmentCode), ...actions.map((a) => a.ownerDepartment.code), ...previous.map((a) => a.ownerDepartment.code)])];
    const departments = (await ctx.loaders.department.loadMany(codes)).filter((d): d is Department => !!d && !(d instanceof Error));
    const nameOf = (code: string) => departments.find((d) => d.code === code)?.nameZh ?? (code === 'coordination' ? '联席会议协调人' : code);
    const today = toHubDate(ctx.clock());
    const actionItem = (a: ActionItem): MinutesActionItem => ({
      ownerDepartmentCode: a.ownerDepartment.code,
      ownerDepartmentName: nameOf(a.ownerDepartment.code),
      task: a.task,
      dueDate: a.dueDate,
      status: a.status,
      overdue: actionItemIsOverdue(a, today),
    });
    const data: MinutesData = {
      title: m.title,
      kind: m.kind,
      conveningDepartmentName: nameOf(m.conveningDepartment.code),
      scheduledAt: m.scheduledAt,
      location: m.location,
      status: m.status,
      startedAt: m.startedAt,
      adjournedAt: m.adjournedAt,
      summary: m.summary,
      timeZone: hubTimeZone(),
      attendance: attendanceByDepartment(participants, nameOf),
      items: agenda.map((i) => ({
        position: i.position,
        title: i.title,
        status: i.status,
        decision: i.decision,
        deferredReason: i.deferredReason,
        actionItems: actions.filter((a) => a.agendaItem.id === i.id).map(actionItem),
      })),
      previousActionItems: previous.map(actionItem),
    };
    const { conveningDepartmentName, ...rest } = data;
    return { ...rest, conveningDepartment: conveningDepartmentName, markdown: renderMinutes(data) };
  }
}

@Resolver(() => AgendaItem)
export class AgendaItemResolver {
  @FieldResolver(() => Issue, { nullable: true, description: 'The request this item came from; null for an item without one.' })
  issue(@Root() i: AgendaItem, @Ctx() ctx: HubContext) {
    return i.issue ? ctx.loaders.issue.load(String(i.issue.id)) : null;
  }

  @FieldResolver(() => JointMeeting, { description: 'The meeting this item is on.' })
  async meeting(@Root() i: AgendaItem, @Ctx() ctx: HubContext) {
    return (await ctx.loaders.meeting.load(String(i.meeting.id)))!;
  }

  @ListSize(10)
  @FieldResolver(() => [ActionItem], { description: 'Action items the decision on this item produced.' })
  async actionItems(@Root() i: AgendaItem, @Ctx() ctx: HubContext) {
    return (await ctx.loaders.actionItemsByMeeting.load(String(i.meeting.id))).filter((a) => a.agendaItem.id === i.id);
  }
}

@Resolver(() => ActionItem)
export class ActionItemResolver {
  @FieldResolver(() => Department, { description: 'The department that must carry out the task.' })
  async ownerDepartment(@Root() a: ActionItem, @Ctx() ctx: HubContext) {
    return (await ctx.loaders.department.load(a.ownerDepartment.code))!;
  }

  @FieldResolver(() => Issue, { nullable: true, description: 'The request the task serves; null when none.' })
  issue(@Root() a: ActionItem, @Ctx() ctx: HubContext) {
    return a.issue ? ctx.loaders.issue.load(String(a.issue.id)) : null;
  }

  @FieldResolver(() => JointMeeting, { description: 'The meeting whose decision produced the task.' })
  async meeting(@Root() a: ActionItem, @Ctx() ctx: HubContext) {
    return (await ctx.loaders.meeting.load(String(a.meeting.id)))!;
  }

  @FieldResolver(() => Boolean, { description: 'Open and past its due date.' })
  isOverdue(@Root() a: ActionItem, @Ctx() ctx: HubContext) {
    return actionItemIsOverdue(a, toHubDate(ctx.clock()));
  }
}

@Resolver(() => Issue)
export class IssueMeetingHistoryResolver {
  @ListSize(10)
  @FieldResolver(() => [AgendaItem], { description: 'When the request was on a joint-meeting agenda, and what was decided. Empty with SUMMARY access (`Issue.access`).' })
  async meetingHistory(@Root() issue: Issue, @Ctx() ctx: HubContext) {
    return isSummary(issue) ? [] : ctx.loaders.agendaByIssue.load(String(issue.id));
  }
}

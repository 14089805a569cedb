import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription, Field, ObjectType } from 'type-graphql';
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
import { ActionItem, AgendaItem, JointMeeting, MeetingParticipant } from './meeting.entity';
import { actionItemIsOverdue } from '../overdue';
import { invitedDepartments, MeetingService } from './meeting.service';
import { ActionItemConnection, ActionItemFilter, JointMeetingConnection, JointMeetingFilter, RecordDecisionInput, ScheduleJointMeetingInput } from './meeting.types';
import { JointMeetingEvent, toJointMeetingEvent } from './meeting-events';
import { attendanceByDepartment, MeetingMinutes, type MinutesActionItem, type MinutesData, renderMinutes } from './minutes';
import { ListSize, PAGE_SIZE_DEFAULT, PagedList } from '../../../shared/list-size';

const service = (ctx: HubContext) => new MeetingService(ctx.em, viewerOf(ctx), ctx.clock);

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
    @Arg('filter', () => JointMeetingFilter, { nullable: true, description: 'Narrow the list; fields combine with AND.' }) filter?: JointMeetingFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: PAGE_SIZE_DEFAULT, description: 'Page size, 1 to 100.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor from a previous page (`pageInfo.endCursor`) to continue after.' }) after?: string,
  ) {
    return service(ctx).list(filter, first, after);
  }

  @Authorized()
  @PagedList()
  @Query(() => ActionItemConnection, { name: 'actionItems', description: 'Action items from joint meetings: a department\'s inbox of meeting tasks.' })
  async actionItemInbox(
    @Ctx() ctx: HubContext,
    @Arg('filter', () => ActionItemFilter, { nullable: true, description: 'Narrow the list; fields combine with AND.' }) filter?: ActionItemFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: PAGE_SIZE_DEFAULT, description: 'Page size, 1 to 100.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor from a previous page (`pageInfo.endCursor`) to continue after.' }) after?: string,
  ) {
    const page = await service(ctx).actionItems(filter, first, after);
    // a page with rows proves the filter's departments exist; an empty one may hide a typo
    if (!page.edges.length) await requireKnownDepartments(ctx, { 'filter.ownerDepartment': filter?.ownerDepartment });
    return page;
  }

  @Authorized()
  @Mutation(() => JointMeeting, { description: 'Coordinators: schedule a meeting (or a quarterly series) with invitations and an agenda of escalated requests.' })
  scheduleJointMeeting(@Arg('input', () => ScheduleJointMeetingInput, { description: 'The meeting to schedule.' }) input: ScheduleJointMeetingInput, @Ctx() ctx: HubContext) {
    return service(ctx).schedule(input);
  }

  @Authorized()
  @Mutation(() => AgendaItem, { description: 'Coordinators: put an escalated request on a scheduled meeting\'s agenda (last position).' })
  addAgendaItem(@Arg('meetingId', () => ID, { description: 'Id of the meeting.' }) meetingId: string, @Arg('issueId', () => ID, { description: 'Id of the escalated request to discuss.' }) issueId: string, @Ctx() ctx: HubContext) {
    return service(ctx).addAgendaItem(meetingId, issueId);
  }

  @Authorized()
  @Mutation(() => AgendaItem, { description: 'Move an agenda item to a 1-based position.' })
  moveAgendaItem(@Arg('agendaItemId', () => ID, { description: 'Id of the agenda item to move.' }) id: string, @Arg('position', () => Int, { description: 'New 1-based position on the agenda.' }) position: number, @Ctx() ctx: HubContext) {
    return service(ctx).moveAgendaItem(id, position);
  }

  @Authorized()
  @Mutation(() => JointMeeting, { description: 'Coordinators: take an item off the agenda of a meeting not yet adjourned; its request stays ESCALATED.' })
  removeAgendaItem(@Arg('agendaItemId', () => ID, { description: 'Id of the agenda item to remove.' }) id: string, @Ctx() ctx: HubContext) {
    return service(ctx).removeAgendaItem(id);
  }

  @Authorized()
  @Mutation(() => JointMeeting, { description: 'Coordinators: open the meeting (IN_SESSION).' })
  startJointMeeting(@Arg('meetingId', () => ID, { description: 'Id of the meeting to open.' }) id: string, @Ctx() ctx: HubContext) {
    return service(ctx).start(id);
  }

  @Authorized()
  @Mutation(() => JointMeeting, { description: 'Mark the caller (and their department) present.' })
  joinJointMeeting(@Arg('meetingId', () => ID, { description: 'Id of the meeting joined.' }) id: string, @Ctx() ctx: HubContext) {
    return service(ctx).join(id);
  }

  @Authorized()
  @Mutation(() => AgendaItem, { description: 'Take up an agenda item: one at a time.' })
  startAgendaItem(@Arg('agendaItemId', () => ID, { description: 'Id of the agenda item to take up.' }) id: string, @Ctx() ctx: HubContext) {
    return service(ctx).startAgendaItem(id);
  }

  @Authorized()
  @Mutation(() => AgendaItem, { description: 'Decide the item under discussion; action items go to their owner departments.' })
  recordDecision(@Arg('input', () => RecordDecisionInput, { description: 'The decision and its action items.' }) input: RecordDecisionInput, @Ctx() ctx: HubContext) {
    return service(ctx).recordDecision(input);
  }

  @Authorized()
  @Mutation(() => AgendaItem, { description: 'Defer an item to the next meeting of the series; the request stays ESCALATED.' })
  deferAgendaItem(@Arg('agendaItemId', () => ID, { description: 'Id of the agenda item to defer.' }) id: string, @Arg('reason', { description: 'Why it is deferred.' }) reason: string, @Ctx() ctx: HubContext) {
    return service(ctx).deferAgendaItem(id, reason);
  }

  @Authorized()
  @Mutation(() => JointMeeting, { description: 'Coordinators: close the meeting (ADJOURNED); items not decided stay on the requests\' agenda list.' })
  adjournJointMeeting(@Arg('meetingId', () => ID, { description: 'Id of the meeting to close.' }) id: string, @Ctx() ctx: HubContext, @Arg('summary', () => String, { nullable: true, description: 'Closing summary for the minutes.' }) summary?: string) {
    return service(ctx).adjourn(id, summary);
  }

  @Authorized()
  @Mutation(() => JointMeeting, { description: 'Coordinators: cancel a meeting that has not started.' })
  cancelJointMeeting(@Arg('meetingId', () => ID, { description: 'Id of the meeting to cancel.' }) id: string, @Arg('reason', { description: 'Why it is cancelled (sent to the participants).' }) reason: string, @Ctx() ctx: HubContext) {
    return service(ctx).cancel(id, reason);
  }

  @Authorized()
  @Mutation(() => ActionItem, { description: 'The owner department reports an action item done.' })
  completeActionItem(@Arg('actionItemId', () => ID, { description: 'Id of the action item done.' }) id: string, @Arg('note', { description: 'What was done.' }) note: string, @Ctx() ctx: HubContext) {
    return service(ctx).completeActionItem(id, note);
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
      const meetingId = parseId(args.meetingId, 'meetingId');
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
  @FieldResolver(() => [AgendaItem], { description: 'When the request was on a joint-meeting agenda, and what was decided.' })
  meetingHistory(@Root() issue: Issue, @Ctx() ctx: HubContext) {
    return ctx.loaders.agendaByIssue.load(String(issue.id));
  }
}

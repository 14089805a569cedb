import { createUnionType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ListSize } from '../../../shared/list-size';
import { DateScalar } from '../../../shared/scalars';
import type { HubEvent } from '../events/event-store';

/** What happened in a joint meeting (联席会议): the `type` of a JointMeetingEvent. */
export enum JointMeetingEventType {
  SCHEDULED = 'SCHEDULED',
  STARTED = 'STARTED',
  PARTICIPANT_JOINED = 'PARTICIPANT_JOINED',
  DEPARTMENT_INVITED = 'DEPARTMENT_INVITED',
  AGENDA_ITEM_ADDED = 'AGENDA_ITEM_ADDED',
  AGENDA_REORDERED = 'AGENDA_REORDERED',
  AGENDA_ITEM_REMOVED = 'AGENDA_ITEM_REMOVED',
  ITEM_DISCUSSING = 'ITEM_DISCUSSING',
  DECISION_RECORDED = 'DECISION_RECORDED',
  ACTION_ITEM_CREATED = 'ACTION_ITEM_CREATED',
  ITEM_DEFERRED = 'ITEM_DEFERRED',
  ACTION_ITEM_DONE = 'ACTION_ITEM_DONE',
  ACTION_ITEM_DUE_DATE_SET = 'ACTION_ITEM_DUE_DATE_SET',
  ADJOURNED = 'ADJOURNED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(JointMeetingEventType, {
  name: 'JointMeetingEventType',
  description: 'What happened in a joint meeting; each type has its own detail type.',
  valuesConfig: {
    SCHEDULED: { description: 'The meeting was scheduled (detail: MeetingScheduledDetail).' },
    STARTED: { description: 'The meeting opened (detail: MeetingStartedDetail).' },
    PARTICIPANT_JOINED: { description: 'Someone joined (detail: ParticipantJoinedDetail).' },
    DEPARTMENT_INVITED: { description: 'A department was invited, e.g. because its request or action item is on the agenda (detail: DepartmentInvitedDetail).' },
    AGENDA_ITEM_ADDED: { description: 'An item was added to the agenda (detail: AgendaItemAddedDetail).' },
    AGENDA_REORDERED: { description: 'The agenda order changed (detail: AgendaOrderDetail).' },
    AGENDA_ITEM_REMOVED: { description: 'An item was taken off the agenda (detail: AgendaItemRemovedDetail).' },
    ITEM_DISCUSSING: { description: 'An item was taken up (detail: ItemDiscussingDetail).' },
    DECISION_RECORDED: { description: 'A decision was recorded (detail: DecisionRecordedDetail).' },
    ACTION_ITEM_CREATED: { description: 'A decision created an action item (detail: ActionItemCreatedDetail).' },
    ITEM_DEFERRED: { description: 'An item was deferred (detail: ItemDeferredDetail).' },
    ACTION_ITEM_DONE: { description: 'An owner department reported an action item done (detail: ActionItemDoneDetail).' },
    ACTION_ITEM_DUE_DATE_SET: { description: 'An action item got its due date once the calendar year it falls in was loaded (detail: ActionItemDueDateSetDetail).' },
    ADJOURNED: { description: 'The meeting was adjourned (detail: MeetingAdjournedDetail).' },
    CANCELLED: { description: 'The meeting was cancelled (detail: MeetingCancelledDetail).' },
  },
});

@ObjectType({ description: 'Detail of SCHEDULED.' })
export class MeetingScheduledDetail {
  @Field({ description: 'The meeting title.' })
  title!: string;

  @Field({ description: 'When it is to take place.' })
  scheduledAt!: Date;
}

@ObjectType({ description: 'Detail of STARTED.' })
export class MeetingStartedDetail {
  @Field({ description: 'When the meeting opened.' })
  startedAt!: Date;
}

@ObjectType({ description: 'Detail of PARTICIPANT_JOINED.' })
export class ParticipantJoinedDetail {
  @Field(() => ID, { description: 'User id of the person who joined.' })
  userId!: string;

  @Field({ description: 'Their name.' })
  name!: string;

  @Field({ description: 'Code of the department they joined for.' })
  department!: string;
}

@ObjectType({ description: 'Detail of DEPARTMENT_INVITED.' })
export class DepartmentInvitedDetail {
  @Field({ description: 'Code of the newly invited department.' })
  department!: string;

  @Field({ description: 'Why it was invited, e.g. its request is on the agenda or its action items are reviewed.' })
  reason!: string;
}

@ObjectType({ description: 'Detail of AGENDA_ITEM_ADDED.' })
export class AgendaItemAddedDetail {
  @Field(() => ID, { description: 'The new agenda item.' })
  agendaItemId!: string;

  @Field({ description: 'Its title.' })
  title!: string;

  @Field(() => Int, { description: 'Its 1-based position on the agenda.' })
  position!: number;

  @Field(() => ID, { nullable: true, description: 'The meeting it was deferred from, if it was.' })
  deferredFromMeetingId!: string | null;
}

@ObjectType({ description: 'Detail of AGENDA_REORDERED.' })
export class AgendaOrderDetail {
  @ListSize(30)
  @Field(() => [ID], { description: 'Agenda item ids in their new order.' })
  order!: string[];
}

@ObjectType({ description: 'Detail of AGENDA_ITEM_REMOVED.' })
export class AgendaItemRemovedDetail {
  @Field(() => ID, { description: 'The removed agenda item.' })
  agendaItemId!: string;

  @ListSize(30)
  @Field(() => [ID], { description: 'The remaining agenda item ids in order.' })
  order!: string[];
}

@ObjectType({ description: 'Detail of ITEM_DISCUSSING.' })
export class ItemDiscussingDetail {
  @Field(() => ID, { description: 'The item now under discussion.' })
  agendaItemId!: string;

  @Field({ description: 'Its title.' })
  title!: string;
}

@ObjectType({ description: 'Detail of DECISION_RECORDED.' })
export class DecisionRecordedDetail {
  @Field(() => ID, { description: 'The decided agenda item.' })
  agendaItemId!: string;

  @Field({ description: 'The decision text.' })
  decision!: string;
}

@ObjectType({ description: 'Detail of ACTION_ITEM_CREATED.' })
export class ActionItemCreatedDetail {
  @Field(() => ID, { description: 'The new action item.' })
  actionItemId!: string;

  @Field(() => ID, { description: 'The agenda item whose decision created it.' })
  agendaItemId!: string;

  @Field({ description: 'Code of the owner department.' })
  ownerDepartment!: string;

  @Field({ description: 'The task.' })
  task!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Due date (hub time zone); null when the calendar cannot tell yet.' })
  dueDate!: string | null;
}

@ObjectType({ description: 'Detail of ITEM_DEFERRED.' })
export class ItemDeferredDetail {
  @Field(() => ID, { description: 'The deferred agenda item.' })
  agendaItemId!: string;

  @Field({ description: 'Why it was deferred.' })
  reason!: string;

  @Field(() => ID, { nullable: true, description: 'The next meeting of the series it moved to, if any.' })
  nextMeetingId!: string | null;
}

@ObjectType({ description: 'Detail of ACTION_ITEM_DONE.' })
export class ActionItemDoneDetail {
  @Field(() => ID, { description: 'The completed action item.' })
  actionItemId!: string;

  @Field({ description: 'Code of the owner department.' })
  ownerDepartment!: string;

  @Field({ description: 'What the owner reported.' })
  note!: string;
}

@ObjectType({ description: 'Detail of ACTION_ITEM_DUE_DATE_SET.' })
export class ActionItemDueDateSetDetail {
  @Field(() => ID, { description: 'The action item.' })
  actionItemId!: string;

  @Field({ description: 'Code of the owner department.' })
  ownerDepartment!: string;

  @Field({ description: 'The task.' })
  task!: string;

  @Field(() => DateScalar, { description: 'Its due date (hub time zone).' })
  dueDate!: string;
}

@ObjectType({ description: 'Detail of ADJOURNED.' })
export class MeetingAdjournedDetail {
  @Field(() => String, { nullable: true, description: 'The closing summary, if one was given.' })
  summary!: string | null;
}

@ObjectType({ description: 'Detail of CANCELLED.' })
export class MeetingCancelledDetail {
  @Field({ description: 'Why the meeting was cancelled.' })
  reason!: string;
}

const DETAIL_TYPES = {
  SCHEDULED: MeetingScheduledDetail,
  STARTED: MeetingStartedDetail,
  PARTICIPANT_JOINED: ParticipantJoinedDetail,
  DEPARTMENT_INVITED: DepartmentInvitedDetail,
  AGENDA_ITEM_ADDED: AgendaItemAddedDetail,
  AGENDA_REORDERED: AgendaOrderDetail,
  AGENDA_ITEM_REMOVED: AgendaItemRemovedDetail,
  ITEM_DISCUSSING: ItemDiscussingDetail,
  DECISION_RECORDED: DecisionRecordedDetail,
  ACTION_ITEM_CREATED: ActionItemCreatedDetail,
  ITEM_DEFERRED: ItemDeferredDetail,
  ACTION_ITEM_DONE: ActionItemDoneDetail,
  ACTION_ITEM_DUE_DATE_SET: ActionItemDueDateSetDetail,
  ADJOURNED: MeetingAdjournedDetail,
  CANCELLED: MeetingCancelledDetail,
} as const satisfies Record<JointMeetingEventType, unknown>;

const KIND = Symbol('meeting event detail kind');

export const JointMeetingEventDetail = createUnionType({
  name: 'JointMeetingEventDetail',
  description: 'What changed in a meeting event: one type per JointMeetingEventType.',
  types: () => Object.values(DETAIL_TYPES),
  resolveType: (value) => DETAIL_TYPES[(value as unknown as { [KIND]: JointMeetingEventType })[KIND]],
});

/** One change to a meeting, as its participants see it live. */
@ObjectType({ description: 'One change to a joint meeting, as its participants see it live.' })
export class JointMeetingEvent {
  @Field({ description: 'Resume point: pass it as `after` to receive what came later.' })
  cursor!: string;

  @Field(() => JointMeetingEventType, { description: 'What happened.' })
  type!: JointMeetingEventType;

  @Field({ description: 'When it happened.' })
  occurredAt!: Date;

  @Field(() => ID, { description: 'The meeting it happened in.' })
  meetingId!: string;

  @Field(() => String, { nullable: true, description: 'Name of the person who did it.' })
  actorName!: string | null;

  @Field(() => String, { nullable: true, description: "Code of that person's department (null for coordinators without one)." })
  actorDepartment!: string | null;

  @Field(() => JointMeetingEventDetail, { description: 'What changed, typed by event type.' })
  detail!: object;
}

const id = (v: unknown): string | null => (v == null ? null : String(v));
const ids = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const str = (v: unknown): string => (v == null ? '' : String(v));

/** Stored outbox payload → the typed event (old rows keep working: missing values become null/empty). */
export function toJointMeetingEvent(e: HubEvent): JointMeetingEvent {
  const type = e.type as JointMeetingEventType;
  const p = e.payload as Record<string, unknown>;
  const occurredAt = new Date(e.occurredAt);
  const details: Record<JointMeetingEventType, () => object> = {
    SCHEDULED: () => ({ title: str(p.title), scheduledAt: new Date(str(p.scheduledAt)) }),
    STARTED: () => ({ startedAt: occurredAt }),
    PARTICIPANT_JOINED: () => ({ userId: str(p.userId), name: str(p.name), department: str(p.department) }),
    DEPARTMENT_INVITED: () => ({ department: str(p.department), reason: str(p.reason) }),
    AGENDA_ITEM_ADDED: () => ({ agendaItemId: str(p.agendaItemId), title: str(p.title), position: Number(p.position), deferredFromMeetingId: id(p.deferredFrom) }),
    AGENDA_REORDERED: () => ({ order: ids(p.order) }),
    AGENDA_ITEM_REMOVED: () => ({ agendaItemId: str(p.agendaItemId), order: ids(p.order) }),
    ITEM_DISCUSSING: () => ({ agendaItemId: str(p.agendaItemId), title: str(p.title) }),
    DECISION_RECORDED: () => ({ agendaItemId: str(p.agendaItemId), decision: str(p.decision) }),
    ACTION_ITEM_CREATED: () => ({
      actionItemId: str(p.actionItemId),
      agendaItemId: str(p.agendaItemId),
      ownerDepartment: str(p.ownerDepartment),
      task: str(p.task),
      dueDate: (p.dueDate as string | null) ?? null,
    }),
    ITEM_DEFERRED: () => ({ agendaItemId: str(p.agendaItemId), reason: str(p.reason), nextMeetingId: id(p.nextMeetingId) }),
    ACTION_ITEM_DONE: () => ({ actionItemId: str(p.actionItemId), ownerDepartment: str(p.ownerDepartment), note: str(p.note) }),
    ACTION_ITEM_DUE_DATE_SET: () => ({ actionItemId: str(p.actionItemId), ownerDepartment: str(p.ownerDepartment), task: str(p.task), dueDate: str(p.dueDate) }),
    ADJOURNED: () => ({ summary: (p.summary as string | null) ?? null }),
    CANCELLED: () => ({ reason: str(p.reason) }),
  };
  const make = details[type];
  if (!make) throw new Error(`unknown meeting event type ${e.type}`);
  return {
    cursor: e.id.toString(),
    type,
    occurredAt,
    meetingId: String(e.meetingId),
    actorName: (p.actorName as string | null) ?? null,
    actorDepartment: (p.departmentCode as string | null) ?? null,
    detail: Object.assign(make(), { [KIND]: type }),
  };
}

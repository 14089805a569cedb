import { Field, ID, InputType, Int } from 'type-graphql';
import { connectionType } from '../../../shared/pagination';
import { payloadName, payloadType } from '../../../shared/payload';
import { DateScalar } from '../../../shared/scalars';
import { ActionItem, ActionItemStatus, AgendaItem, JointMeeting, MeetingKind, MeetingStatus } from './meeting.entity';

export const JointMeetingConnection = connectionType(JointMeeting, 'JointMeeting');
export const ActionItemConnection = connectionType(ActionItem, 'ActionItem');

@InputType({ description: 'A person invited to a joint meeting by name.' })
export class InvitedPersonInput {
  @Field({ description: 'Name of the invited person.' })
  name!: string;

  @Field(() => ID, { description: 'Code of the department the person represents.' })
  department!: string;

  @Field(() => ID, { nullable: true, description: 'Their user id (token subject), so joining marks them present.' })
  userId?: string | null;
}

@InputType({ description: 'A joint meeting to schedule (联席会议).' })
export class ScheduleJointMeetingInput {
  @Field({ description: 'Title, e.g. "2026 Q3 joint meeting".' })
  title!: string;

  @Field(() => MeetingKind, { description: 'Regular (例会) or ad hoc (专题会).' })
  kind!: MeetingKind;

  @Field(() => ID, { description: 'Code of the convening department (召集部门).' })
  conveningDepartment!: string;

  @Field({ description: 'When the meeting starts.' })
  scheduledAt!: Date;

  @Field({ description: 'Room or video link.' })
  location!: string;

  @Field(() => [ID], { description: 'Invited departments (the convening one and the lead departments of the agenda are added).' })
  invitedDepartments!: string[];

  @Field(() => [InvitedPersonInput], { nullable: true, description: 'People invited by name, besides the departments.' })
  invitedPeople?: InvitedPersonInput[] | null;

  @Field(() => [ID], { nullable: true, description: 'Escalated requests to put on the agenda, in order.' })
  agendaIssueIds?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'REGULAR only: also schedule the next n-1 meetings of the series, one quarter apart.' })
  seriesCount?: number | null;
}

@InputType({ description: 'A task (督办事项) a decision gives one department.' })
export class ActionItemInput {
  @Field(() => ID, { description: 'Code of the department that must do it.' })
  ownerDepartment!: string;

  @Field({ description: 'What must be done.' })
  task!: string;

  @Field(() => Int, { nullable: true, description: 'Due this many working days after today.' })
  dueInWorkingDays?: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'Or due on this day.' })
  dueDate?: string | null;
}

@InputType({ description: 'The decision (决议) on the agenda item under discussion.' })
export class RecordDecisionInput {
  @Field(() => ID, { description: 'Id of the agenda item being decided.' })
  agendaItemId!: string;

  @Field({ description: 'What the meeting decided.' })
  decision!: string;

  @Field(() => ID, { nullable: true, description: 'Lead department of the request from now on (default: the first action item\'s owner).' })
  leadDepartment?: string | null;

  @Field(() => [ActionItemInput], { description: 'Tasks the decision gives to departments (may be empty).' })
  actionItems!: ActionItemInput[];
}

@InputType({ description: 'Filter for the joint meetings list; fields combine with AND.' })
export class JointMeetingFilter {
  @Field(() => [MeetingStatus], { nullable: true, description: 'Any of these statuses.' })
  status?: MeetingStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: scheduled in the future; false: in the past.' })
  upcoming?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Only the meetings of this regular series.' })
  seriesKey?: string | null;
}

@InputType({ description: 'Filter for the action items list; fields combine with AND.' })
export class ActionItemFilter {
  @Field(() => ID, { nullable: true, description: 'Code of the owner department (a department\'s inbox of meeting tasks).' })
  ownerDepartment?: string | null;

  @Field(() => [ActionItemStatus], { nullable: true, description: 'Any of these statuses.' })
  status?: ActionItemStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Open and past the due date.' })
  overdue?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Only the action items of this meeting.' })
  meetingId?: string | null;
}

@InputType({ description: 'An escalated request to put on a scheduled meeting\'s agenda.' })
export class AddAgendaItemInput {
  @Field(() => ID, { description: 'Id of the meeting.' })
  meetingId!: string;

  @Field(() => ID, { description: 'Id of the escalated request to discuss.' })
  issueId!: string;
}

@InputType({ description: 'A new place on the agenda for one item.' })
export class MoveAgendaItemInput {
  @Field(() => ID, { description: 'Id of the agenda item to move.' })
  agendaItemId!: string;

  @Field(() => Int, { description: 'New 1-based position on the agenda.' })
  position!: number;
}

@InputType({ description: 'An agenda item to take off the agenda.' })
export class RemoveAgendaItemInput {
  @Field(() => ID, { description: 'Id of the agenda item to remove.' })
  agendaItemId!: string;
}

@InputType({ description: 'A meeting to open.' })
export class StartJointMeetingInput {
  @Field(() => ID, { description: 'Id of the meeting to open.' })
  meetingId!: string;
}

@InputType({ description: 'A meeting the caller joins.' })
export class JoinJointMeetingInput {
  @Field(() => ID, { description: 'Id of the meeting joined.' })
  meetingId!: string;
}

@InputType({ description: 'The agenda item to take up.' })
export class StartAgendaItemInput {
  @Field(() => ID, { description: 'Id of the agenda item to take up.' })
  agendaItemId!: string;
}

@InputType({ description: 'An agenda item deferred to the next meeting of the series.' })
export class DeferAgendaItemInput {
  @Field(() => ID, { description: 'Id of the agenda item to defer.' })
  agendaItemId!: string;

  @Field({ description: 'Why it is deferred.' })
  reason!: string;
}

@InputType({ description: 'Closing a meeting (ADJOURNED).' })
export class AdjournJointMeetingInput {
  @Field(() => ID, { description: 'Id of the meeting to close.' })
  meetingId!: string;

  @Field(() => String, { nullable: true, description: 'Closing summary for the minutes.' })
  summary?: string | null;
}

@InputType({ description: 'Cancelling a meeting that has not started.' })
export class CancelJointMeetingInput {
  @Field(() => ID, { description: 'Id of the meeting to cancel.' })
  meetingId!: string;

  @Field({ description: 'Why it is cancelled (sent to the participants).' })
  reason!: string;
}

@InputType({ description: 'An action item (督办事项) reported done.' })
export class CompleteActionItemInput {
  @Field(() => ID, { description: 'Id of the action item done.' })
  actionItemId!: string;

  @Field({ description: 'What was done.' })
  note!: string;
}

export const ScheduleJointMeetingPayload = payloadType<{ meeting: JointMeeting; meetings: JointMeeting[] }>(
  'ScheduleJointMeetingPayload',
  'What scheduleJointMeeting returns: the meeting scheduled (the first of a series) and every meeting of the series.',
  {
    meeting: { type: () => JointMeeting, description: 'The meeting scheduled; for a series, its first meeting (which carries the agenda).' },
    meetings: { type: () => [JointMeeting], description: 'Every meeting scheduled, in date order: one, or seriesCount (at most 12) for a series.', listSize: 12 },
  },
);

/** The payload of the mutations on one meeting: the meeting after the change. */
export interface MeetingPayload {
  meeting: JointMeeting;
}
const meetingPayload = (mutation: string, what: string) =>
  payloadType<MeetingPayload>(payloadName(mutation), `What ${mutation} returns: the meeting after ${what}.`, {
    meeting: { type: () => JointMeeting, description: `The joint meeting (联席会议) after ${what}.` },
  });
export const StartJointMeetingPayload = meetingPayload('startJointMeeting', 'it opened');
export const JoinJointMeetingPayload = meetingPayload('joinJointMeeting', 'the caller joined');
export const AdjournJointMeetingPayload = meetingPayload('adjournJointMeeting', 'it closed');
export const CancelJointMeetingPayload = meetingPayload('cancelJointMeeting', 'it was cancelled');

export const RemoveAgendaItemPayload = payloadType<MeetingPayload & { removedAgendaItemId: string }>(
  'RemoveAgendaItemPayload',
  'What removeAgendaItem returns: the meeting with its renumbered agenda, and the id of the item removed.',
  {
    meeting: { type: () => JointMeeting, description: 'The meeting, its agenda renumbered without the item.' },
    removedAgendaItemId: { type: () => ID, description: 'Id of the agenda item removed (evict it from client caches).' },
  },
);

/** The payload of the mutations on one agenda item: the item and its meeting after the change. */
export interface AgendaItemPayload {
  agendaItem: AgendaItem;
  meeting: JointMeeting;
}
const agendaItemPayload = (mutation: string, what: string) =>
  payloadType<AgendaItemPayload>(payloadName(mutation), `What ${mutation} returns: the agenda item and its meeting after ${what}.`, {
    agendaItem: { type: () => AgendaItem, description: `The agenda item (议题) after ${what}.` },
    meeting: { type: () => JointMeeting, description: 'The meeting the item is on, as it now stands (agenda order, current item).' },
  });
export const AddAgendaItemPayload = agendaItemPayload('addAgendaItem', 'it was added');
export const MoveAgendaItemPayload = agendaItemPayload('moveAgendaItem', 'it moved');
export const StartAgendaItemPayload = agendaItemPayload('startAgendaItem', 'it was taken up');
export const RecordDecisionPayload = agendaItemPayload('recordDecision', 'the decision (its action items under agendaItem.actionItems)');
export const DeferAgendaItemPayload = agendaItemPayload('deferAgendaItem', 'it was deferred');

export const CompleteActionItemPayload = payloadType<{ actionItem: ActionItem }>(
  'CompleteActionItemPayload',
  'What completeActionItem returns: the action item reported done.',
  { actionItem: { type: () => ActionItem, description: 'The action item (督办事项), now DONE.' } },
);

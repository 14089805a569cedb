import { Field, ID, InputType, Int } from 'type-graphql';
import { connectionType } from '../../../shared/pagination';
import { DateScalar } from '../../../shared/scalars';
import { ActionItem, ActionItemStatus, JointMeeting, MeetingKind, MeetingStatus } from './meeting.entity';

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

import { Field, ID, InputType, Int } from 'type-graphql';
import { connectionType } from '../../../shared/pagination';
import { DateScalar } from '../../../shared/scalars';
import { ActionItem, ActionItemStatus, JointMeeting, MeetingKind, MeetingStatus } from './meeting.entity';

export const JointMeetingConnection = connectionType(JointMeeting, 'JointMeeting');
export const ActionItemConnection = connectionType(ActionItem, 'ActionItem');

@InputType()
export class InvitedPersonInput {
  @Field()
  name!: string;

  @Field(() => ID)
  department!: string;

  @Field(() => ID, { nullable: true, description: 'Their user id (token subject), so joining marks them present.' })
  userId?: string | null;
}

@InputType()
export class ScheduleJointMeetingInput {
  @Field()
  title!: string;

  @Field(() => MeetingKind)
  kind!: MeetingKind;

  @Field(() => ID)
  conveningDepartment!: string;

  @Field()
  scheduledAt!: Date;

  @Field({ description: 'Room or video link.' })
  location!: string;

  @Field(() => [ID], { description: 'Invited departments (the convening one and the lead departments of the agenda are added).' })
  invitedDepartments!: string[];

  @Field(() => [InvitedPersonInput], { nullable: true })
  invitedPeople?: InvitedPersonInput[] | null;

  @Field(() => [ID], { nullable: true, description: 'Escalated requests to put on the agenda, in order.' })
  agendaIssueIds?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'REGULAR only: also schedule the next n-1 meetings of the series, one quarter apart.' })
  seriesCount?: number | null;
}

@InputType()
export class ActionItemInput {
  @Field(() => ID)
  ownerDepartment!: string;

  @Field()
  task!: string;

  @Field(() => Int, { nullable: true, description: 'Due this many working days after today.' })
  dueInWorkingDays?: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'Or due on this day.' })
  dueDate?: string | null;
}

@InputType()
export class RecordDecisionInput {
  @Field(() => ID)
  agendaItemId!: string;

  @Field()
  decision!: string;

  @Field(() => ID, { nullable: true, description: 'Lead department of the request from now on (default: the first action item\'s owner).' })
  leadDepartment?: string | null;

  @Field(() => [ActionItemInput])
  actionItems!: ActionItemInput[];
}

@InputType()
export class JointMeetingFilter {
  @Field(() => [MeetingStatus], { nullable: true })
  status?: MeetingStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: scheduled in the future; false: in the past.' })
  upcoming?: boolean | null;

  @Field(() => String, { nullable: true })
  seriesKey?: string | null;
}

@InputType()
export class ActionItemFilter {
  @Field(() => ID, { nullable: true })
  ownerDepartment?: string | null;

  @Field(() => [ActionItemStatus], { nullable: true })
  status?: ActionItemStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Open and past the due date.' })
  overdue?: boolean | null;

  @Field(() => ID, { nullable: true })
  meetingId?: string | null;
}

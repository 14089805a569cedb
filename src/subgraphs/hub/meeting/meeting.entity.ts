import { Node } from '../node/node';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { conflict } from '../../../shared/errors';
import { stateMachine, type StateTable } from '../../../shared/state-machine';
import { Deadline, deadlineOf } from '../calendar/deadline';
import { DateScalar } from '../../../shared/scalars';
import { Department } from '../department/department.entity';
import { Issue } from '../issue/issue.entity';

export enum MeetingKind {
  REGULAR = 'REGULAR',
  AD_HOC = 'AD_HOC',
}
registerEnumType(MeetingKind, { name: 'JointMeetingKind', description: 'Kind of joint meeting (联席会议类型).', valuesConfig: { REGULAR: { description: '例会 (e.g. quarterly)' }, AD_HOC: { description: '专题会 (called for a matter)' } } });

export enum MeetingStatus {
  SCHEDULED = 'SCHEDULED',
  IN_SESSION = 'IN_SESSION',
  ADJOURNED = 'ADJOURNED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(MeetingStatus, {
  name: 'JointMeetingStatus',
  description: 'Where a joint meeting is: SCHEDULED → IN_SESSION → ADJOURNED, or CANCELLED.',
  valuesConfig: {
    SCHEDULED: { description: 'Planned, not yet opened (已安排).' },
    IN_SESSION: { description: 'Open: items are being discussed (进行中).' },
    ADJOURNED: { description: 'Closed; minutes are final (已休会).' },
    CANCELLED: { description: 'Called off before it started (已取消).' },
  },
});

export enum AgendaItemStatus {
  PENDING = 'PENDING',
  DISCUSSING = 'DISCUSSING',
  DECIDED = 'DECIDED',
  DEFERRED = 'DEFERRED',
}
registerEnumType(AgendaItemStatus, {
  name: 'AgendaItemStatus',
  description: 'Where an agenda item (议题) is: PENDING → DISCUSSING → DECIDED or DEFERRED.',
  valuesConfig: {
    PENDING: { description: 'Waiting its turn (待议).' },
    DISCUSSING: { description: 'Under discussion now; one item at a time (讨论中).' },
    DECIDED: { description: 'A decision was recorded (已决议).' },
    DEFERRED: { description: 'Put off to a later meeting (暂缓).' },
  },
});

export enum ActionItemStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
}
registerEnumType(ActionItemStatus, {
  name: 'ActionItemStatus',
  description: 'Whether an action item (督办事项) is done.',
  valuesConfig: {
    OPEN: { description: 'Still to be done by the owner department (办理中).' },
    DONE: { description: 'Reported done by the owner department (已办结).' },
  },
});

export type MeetingAction = 'start' | 'adjourn' | 'cancel';

/** SCHEDULED → IN_SESSION → ADJOURNED, or SCHEDULED → CANCELLED. */
export const meetingStateMachine = stateMachine<MeetingStatus, MeetingAction>(
  {
    start: { from: [MeetingStatus.SCHEDULED], to: MeetingStatus.IN_SESSION, why: 'only a scheduled meeting can start' },
    adjourn: { from: [MeetingStatus.IN_SESSION], to: MeetingStatus.ADJOURNED, why: 'only a meeting in session can adjourn' },
    cancel: { from: [MeetingStatus.SCHEDULED], to: MeetingStatus.CANCELLED, why: 'only a scheduled meeting can be cancelled' },
  },
  (status, _action, step) => `The meeting is ${status}: ${step.why}.`,
);

export type AgendaItemAction = 'startDiscussion' | 'decide' | 'defer';

/** PENDING → DISCUSSING → DECIDED, or DEFERRED from PENDING or DISCUSSING. */
const AGENDA_ITEM_STEPS: StateTable<AgendaItemStatus, AgendaItemAction> = {
  startDiscussion: { from: [AgendaItemStatus.PENDING], to: AgendaItemStatus.DISCUSSING, why: 'only a pending item can be taken up' },
  decide: { from: [AgendaItemStatus.DISCUSSING], to: AgendaItemStatus.DECIDED, why: 'a decision is recorded on the item under discussion' },
  defer: { from: [AgendaItemStatus.PENDING, AgendaItemStatus.DISCUSSING], to: AgendaItemStatus.DEFERRED, why: 'only a pending or discussed item can be deferred' },
};

/**
 * Joint meeting (联席会议): departments meet to settle matters no single one can. Its agenda is
 * built from escalated requests; decisions become action items in the owners' inboxes.
 */
@ObjectType({ implements: Node, description: 'A joint meeting (联席会议): departments meet to settle matters no single one can. Its agenda is built from escalated requests; decisions become action items in the owner departments\' inboxes.' })
@Entity({ tableName: 'joint_meeting' })
@Index({ properties: ['scheduledAt'] })
export class JointMeeting {
  [OptionalProps]?: 'status';

  @Field(() => ID, { description: 'Global id of the meeting (`JointMeeting:<number>`).' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field({ description: 'Title, e.g. "2026 Q3 joint meeting".' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => MeetingKind, { description: 'Regular (例会) or ad hoc (专题会).' })
  @Enum({ items: () => MeetingKind, nativeEnumName: 'meeting_kind' })
  kind!: MeetingKind;

  @ManyToOne(() => Department)
  conveningDepartment!: Department;

  @Field({ description: 'When the meeting is scheduled to start.' })
  @Property({ type: 'datetime' })
  scheduledAt!: Date;

  @Field({ description: 'Room or video link.' })
  @Property({ type: 'string', length: 300 })
  location!: string;

  @Field(() => MeetingStatus, { description: 'Where the meeting is in its life: SCHEDULED → IN_SESSION → ADJOURNED, or CANCELLED.' })
  @Enum({ items: () => MeetingStatus, nativeEnumName: 'meeting_status' })
  status: MeetingStatus = MeetingStatus.SCHEDULED;

  /** Meetings of one regular series share this key (e.g. the quarterly meetings of a year). */
  @Field(() => String, { nullable: true, description: 'Meetings of one regular series share this key (e.g. the quarterly meetings of a year); null for a one-off meeting.' })
  @Index()
  @Property({ type: 'string', length: 60, nullable: true })
  seriesKey: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the meeting was opened.' })
  @Property({ type: 'datetime', nullable: true })
  startedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When the meeting was adjourned.' })
  @Property({ type: 'datetime', nullable: true })
  adjournedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Closing summary given at adjournment.' })
  @Property({ type: 'text', nullable: true })
  summary: string | null = null;

  @Property({ type: 'string', length: 100 })
  createdBy!: string;

  transition(step: MeetingAction): void {
    this.status = meetingStateMachine.transition(this.status, step);
  }

  assertInSession(doing: string): void {
    if (this.status !== MeetingStatus.IN_SESSION) throw conflict(`Cannot ${doing}: the meeting is ${this.status}, not in session.`);
  }

  assertAgendaEditable(): void {
    if (this.status !== MeetingStatus.SCHEDULED && this.status !== MeetingStatus.IN_SESSION) {
      throw conflict(`The agenda of a ${this.status} meeting can no longer change.`);
    }
  }
}

/** An invited department or person, with attendance. */
@ObjectType('JointMeetingParticipant', { description: 'A department or person invited to a joint meeting, with attendance (参会).' })
@Entity({ tableName: 'meeting_participant' })
@Index({ properties: ['meeting'] })
export class MeetingParticipant {
  [OptionalProps]?: 'attended' | 'invited';

  @Field(() => ID, { description: 'Global id of the participant entry (`JointMeetingParticipant:<number>`).' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => JointMeeting)
  meeting!: JointMeeting;

  @Field({ description: 'Code of the participating department.' })
  @Property({ type: 'string', length: 32 })
  departmentCode!: string;

  @Field(() => String, { nullable: true, description: 'Name of the invited person; null for the department as a whole.' })
  @Property({ type: 'string', length: 100, nullable: true })
  personName: string | null = null;

  @Field(() => String, { nullable: true, description: 'User id of the invited person, once known; null for the department as a whole or a person not yet signed in.' })
  @Property({ type: 'string', length: 100, nullable: true })
  userId: string | null = null;

  @Field({ description: 'Invited before the meeting (false for someone who joined uninvited).' })
  @Property({ type: 'boolean', default: true })
  invited: boolean = true;

  @Field({ description: 'Attended the meeting.' })
  @Property({ type: 'boolean', default: false })
  attended: boolean = false;

  @Field(() => Date, { nullable: true, description: 'When the participant joined the meeting.' })
  @Property({ type: 'datetime', nullable: true })
  joinedAt: Date | null = null;
}

/** Agenda item (议题), usually an escalated request. */
@ObjectType({ implements: Node, description: 'An agenda item (议题) of a joint meeting, usually an escalated request.' })
@Entity({ tableName: 'agenda_item' })
@Index({ properties: ['meeting', 'position'] })
export class AgendaItem {
  [OptionalProps]?: 'status';

  @Field(() => ID, { description: 'Global id of the agenda item (`AgendaItem:<number>`).' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => JointMeeting)
  meeting!: JointMeeting;

  @Index()
  @ManyToOne(() => Issue, { nullable: true })
  issue: Issue | null = null;

  @Field({ description: 'What is to be settled.' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => Int, { description: '1-based order on the agenda.' })
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => AgendaItemStatus, { description: 'Where the item is: PENDING → DISCUSSING → DECIDED or DEFERRED.' })
  @Enum({ items: () => AgendaItemStatus, nativeEnumName: 'agenda_item_status' })
  status: AgendaItemStatus = AgendaItemStatus.PENDING;

  @Field(() => String, { nullable: true, description: 'What the meeting decided (决议); null until decided.' })
  @Property({ type: 'text', nullable: true })
  decision: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the decision was recorded.' })
  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Why the item was deferred to a later meeting.' })
  @Property({ type: 'text', nullable: true })
  deferredReason: string | null = null;

  /** The refusal names the item, so the machine is built per item (the table is shared). */
  private step(action: AgendaItemAction): void {
    this.status = stateMachine(AGENDA_ITEM_STEPS, (status, _a, step) => `Item "${this.title}" is ${status}: ${step.why}.`).transition(this.status, action);
  }

  startDiscussion(): void {
    this.step('startDiscussion');
  }

  decide(text: string, at: Date): void {
    this.step('decide');
    this.decision = text;
    this.decidedAt = at;
  }

  defer(reason: string): void {
    this.step('defer');
    this.deferredReason = reason;
  }
}

/** Action item (督办事项): a decision's task for one department, with its own deadline. */
@ObjectType({ implements: Node, description: 'An action item (督办事项): a task a decision gives one department, with its own due date.' })
@Entity({ tableName: 'action_item' })
@Index({ properties: ['ownerDepartment', 'status'] })
export class ActionItem {
  [OptionalProps]?: 'status';

  @Field(() => ID, { description: 'Global id of the action item (`ActionItem:<number>`).' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => JointMeeting)
  meeting!: JointMeeting;

  @ManyToOne(() => AgendaItem)
  agendaItem!: AgendaItem;

  @ManyToOne(() => Issue, { nullable: true })
  issue: Issue | null = null;

  @ManyToOne(() => Department)
  ownerDepartment!: Department;

  @Field({ description: 'What the owner department must do.' })
  @Property({ type: 'text' })
  task!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Due by this day; null when not set. A working-day count reaching a year whose calendar is not loaded gives a provisional date: see due.' })
  @Property({ type: 'date', nullable: true })
  dueDate: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why the due date is provisional (a working-day count reaching a year whose calendar is not loaded); null when firm. The same as due.reason.' })
  @Property({ type: 'text', nullable: true })
  dueDateProblem: string | null = null;

  @Field(() => Deadline, { nullable: true, description: 'The due date, marked provisional (暂定) with the reason while its calendar year is not loaded; null when no due date was set.' })
  get due(): Deadline | null {
    return deadlineOf(this.dueDate, this.dueDateProblem);
  }

  /** When given in working days: the count, so the date can be set once a missing calendar year is loaded. */
  @Property({ type: 'smallint', nullable: true })
  dueInWorkingDays: number | null = null;

  @Field(() => ActionItemStatus, { description: 'Open or done.' })
  @Enum({ items: () => ActionItemStatus, nativeEnumName: 'action_item_status' })
  status: ActionItemStatus = ActionItemStatus.OPEN;

  @Field(() => Date, { nullable: true, description: 'When the owner department reported it done.' })
  @Property({ type: 'datetime', nullable: true })
  completedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'What the owner department reported when it was done.' })
  @Property({ type: 'text', nullable: true })
  completionNote: string | null = null;

  complete(note: string, at: Date): void {
    if (this.status !== ActionItemStatus.OPEN) throw conflict('This action item is already done.');
    this.status = ActionItemStatus.DONE;
    this.completedAt = at;
    this.completionNote = note;
  }
}

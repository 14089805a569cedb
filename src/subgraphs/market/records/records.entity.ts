import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../../shared/scalars';
import { stateMachine } from '../../../shared/state-machine';

/** Outcome of an on-site inspection (检查结果). */
export enum InspectionResult {
  PASSED = 'PASSED',
  RECTIFICATION_REQUIRED = 'RECTIFICATION_REQUIRED',
  FAILED = 'FAILED',
}
registerEnumType(InspectionResult, {
  name: 'InspectionResult',
  description: 'Outcome of a market-supervision inspection (检查结果).',
  valuesConfig: {
    PASSED: { description: 'No problem found (合格).' },
    RECTIFICATION_REQUIRED: { description: 'Problems found, rectification ordered (责令整改).' },
    FAILED: { description: 'Serious non-compliance (不合格); may lead to a penalty.' },
  },
});

/** An on-site inspection (现场检查) by market supervision. */
@ObjectType({ description: 'An on-site inspection (现场检查) of the enterprise by market supervision. Confidential (need-to-know): FULL access only.' })
@Entity({ tableName: 'inspection' })
@Index({ properties: ['uscc', 'inspectedOn', 'id'] })
export class Inspection {
  [OptionalProps]?: 'globalId' | 'recordedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => ID, { name: 'id', description: 'Global id of the inspection (`Inspection:<n>`).' })
  get globalId(): string {
    return `Inspection:${this.id}`;
  }

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Field(() => DateScalar, { name: 'date', description: 'Day of the inspection (检查日期).' })
  @Property({ type: 'date' })
  inspectedOn!: string;

  @Field({ description: 'Who inspected (检查人员), e.g. "孙丽华、陈志强".' })
  @Property({ type: 'string', length: 200 })
  inspector!: string;

  @Field(() => InspectionResult, { description: 'The outcome.' })
  @Enum({ items: () => InspectionResult, nativeEnumName: 'inspection_result' })
  result!: InspectionResult;

  @Field({ description: 'What was checked and found.' })
  @Property({ type: 'text' })
  notes!: string;

  /** The account (token `sub`) that recorded it: accountability, not shown. */
  @Property({ type: 'string', length: 100 })
  recordedBy!: string;

  @Field(() => Date, { description: 'When the inspection was recorded.' })
  @Property({ type: 'datetime' })
  recordedAt!: Date;
}

/** Where a consumer complaint stands (投诉状态). */
export enum ComplaintStatus {
  RECEIVED = 'RECEIVED',
  HANDLING = 'HANDLING',
  CLOSED = 'CLOSED',
  DISMISSED = 'DISMISSED',
}
registerEnumType(ComplaintStatus, {
  name: 'ComplaintStatus',
  description: 'Where a consumer complaint (消费者投诉) stands.',
  valuesConfig: {
    RECEIVED: { description: 'Registered (登记), not yet taken up.' },
    HANDLING: { description: 'Being handled (处理中): mediation between consumer and enterprise, or investigation.' },
    CLOSED: { description: 'Handled and closed (办结) with an outcome; final.' },
    DISMISSED: { description: 'Not accepted (不予受理), with the reason; final.' },
  },
});

/** What a market officer does with a complaint. */
export enum ComplaintAction {
  START_HANDLING = 'START_HANDLING',
  CLOSE = 'CLOSE',
  DISMISS = 'DISMISS',
}
registerEnumType(ComplaintAction, {
  name: 'ComplaintAction',
  description: 'A step in handling a consumer complaint (消费者投诉).',
  valuesConfig: {
    START_HANDLING: { description: 'Take it up: RECEIVED → HANDLING.' },
    CLOSE: { description: 'Close it with its outcome (note required): HANDLING → CLOSED.' },
    DISMISS: { description: 'Do not accept it, saying why (note required): RECEIVED → DISMISSED.' },
  },
});

/** RECEIVED → HANDLING → CLOSED; RECEIVED → DISMISSED. CLOSED and DISMISSED are final. */
export const complaintMachine = stateMachine<ComplaintStatus, ComplaintAction>(
  {
    START_HANDLING: { from: [ComplaintStatus.RECEIVED], to: ComplaintStatus.HANDLING, why: 'only a complaint just received is taken up' },
    CLOSE: { from: [ComplaintStatus.HANDLING], to: ComplaintStatus.CLOSED, why: 'only a complaint being handled is closed (take it up first)' },
    DISMISS: { from: [ComplaintStatus.RECEIVED], to: ComplaintStatus.DISMISSED, why: 'only a complaint not yet taken up can be dismissed' },
  },
  (current, action, step) => `This complaint is ${current}: it cannot take the step ${action}, because ${step.why}.`,
);

/** A consumer complaint (消费者投诉) about the enterprise, e.g. from the 12315 hotline. */
@ObjectType({ description: 'A consumer complaint (消费者投诉) about the enterprise and its handling. Confidential (need-to-know): the complaint text is for FULL access only.' })
@Entity({ tableName: 'consumer_complaint' })
@Index({ properties: ['uscc', 'receivedOn', 'id'] })
// the officers' work list across enterprises (consumerComplaints), newest first
@Index({ properties: ['receivedOn', 'id'] })
export class Complaint {
  [OptionalProps]?: 'globalId' | 'status' | 'outcome' | 'handlingSince' | 'closedOn' | 'isOpen';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => ID, { name: 'id', description: 'Global id of the complaint (`Complaint:<n>`).' })
  get globalId(): string {
    return `Complaint:${this.id}`;
  }

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Field(() => DateScalar, { description: 'Day the complaint was received (受理日期).' })
  @Property({ type: 'date' })
  receivedOn!: string;

  @Field({ description: 'What it is about, in a line, e.g. "预付卡退费纠纷".' })
  @Property({ type: 'string', length: 200 })
  subject!: string;

  @Field({ description: 'The complaint as the consumer made it.' })
  @Property({ type: 'text' })
  details!: string;

  @Field(() => ComplaintStatus, { description: 'Where the complaint stands.' })
  @Enum({ items: () => ComplaintStatus, nativeEnumName: 'complaint_status', default: ComplaintStatus.RECEIVED })
  status: ComplaintStatus = ComplaintStatus.RECEIVED;

  @Field(() => DateScalar, { nullable: true, description: 'Day it was taken up; null while RECEIVED or when dismissed.' })
  @Property({ type: 'date', nullable: true })
  handlingSince: string | null = null;

  @Field(() => DateScalar, { nullable: true, description: 'Day it was closed or dismissed; null while open.' })
  @Property({ type: 'date', nullable: true })
  closedOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'The outcome (when closed) or why it was not accepted (when dismissed); null while open.' })
  @Property({ type: 'text', nullable: true })
  outcome: string | null = null;

  /** The account (token `sub`) that registered it. */
  @Property({ type: 'string', length: 100 })
  recordedBy!: string;

  @Field({ description: 'True while RECEIVED or HANDLING.' })
  get isOpen(): boolean {
    return this.status === ComplaintStatus.RECEIVED || this.status === ComplaintStatus.HANDLING;
  }

  /** Takes a step on `day`; CONFLICT when illegal from the current status. The service checks `note` is given where required. */
  apply(action: ComplaintAction, day: string, note: string | null): void {
    this.status = complaintMachine.transition(this.status, action);
    if (action === ComplaintAction.START_HANDLING) this.handlingSince = day;
    else {
      this.closedOn = day;
      this.outcome = note;
    }
  }
}

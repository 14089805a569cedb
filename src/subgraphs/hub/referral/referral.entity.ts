import { Node } from '../node/node';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { conflict } from '../../../shared/errors';
import { stateMachine } from '../../../shared/state-machine';
import { DateScalar } from '../../../shared/scalars';
import { Department } from '../department/department.entity';
import { Issue } from '../issue/issue.entity';
import { Deadline, deadlineOf } from '../calendar/deadline';

export enum ReferralKind {
  TRANSFER = 'TRANSFER',
  ASSIST = 'ASSIST',
}
registerEnumType(ReferralKind, {
  name: 'ReferralKind',
  description: 'What a referral asks of the receiving department: to take the request over (移交) or to help (协办).',
  valuesConfig: {
    TRANSFER: { description: 'Ownership moves to the receiving department (移交).' },
    ASSIST: { description: 'Help requested; the lead keeps ownership (协办).' },
  },
});

export enum ReferralStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
  COMPLETED = 'COMPLETED',
}
registerEnumType(ReferralStatus, {
  name: 'ReferralStatus',
  description: 'Where a referral is: PENDING → ACCEPTED | REJECTED | CANCELLED; accepted assist referrals later COMPLETED.',
  valuesConfig: {
    PENDING: { description: 'Waiting for the receiving department to sign (签收) or send it back (退回).' },
    ACCEPTED: { description: 'Signed for by the receiving department.' },
    REJECTED: { description: 'Sent back (退回) with a reason.' },
    CANCELLED: { description: 'Withdrawn by the referring department before an answer.' },
    COMPLETED: { description: 'An accepted assist referral whose part is done.' },
  },
});

export type ReferralAction = 'accept' | 'reject' | 'cancel' | 'complete';

/** PENDING → ACCEPTED | REJECTED | CANCELLED; an accepted ASSIST referral → COMPLETED. */
export const referralStateMachine = stateMachine<ReferralStatus, ReferralAction>(
  {
    accept: { from: [ReferralStatus.PENDING], to: ReferralStatus.ACCEPTED, why: 'only a pending referral can be accepted' },
    reject: { from: [ReferralStatus.PENDING], to: ReferralStatus.REJECTED, why: 'only a pending referral can be sent back' },
    cancel: { from: [ReferralStatus.PENDING], to: ReferralStatus.CANCELLED, why: 'only a pending referral can be withdrawn' },
    complete: { from: [ReferralStatus.ACCEPTED], to: ReferralStatus.COMPLETED, why: 'only an accepted assist referral can be completed' },
  },
  (status, _action, step) => `This referral is ${status}: ${step.why}.`,
);

/** Referral (移交/协办) of an issue from one department to another. */
@ObjectType({ implements: Node, description: 'A referral (移交/协办) of a request from one department to another: a transfer of ownership or a request for help.' })
@Entity({ tableName: 'referral' })
@Unique({ properties: ['fromDepartment', 'idempotencyKey'] })
@Index({ properties: ['toDepartment', 'status'] })
@Index({ properties: ['fromDepartment', 'status'] })
export class Referral {
  [OptionalProps]?: 'status';

  @Field(() => ID, { description: 'Global id of the referral (`Referral:<number>`).' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Index()
  @ManyToOne(() => Issue)
  issue!: Issue;

  @ManyToOne(() => Department)
  fromDepartment!: Department;

  @ManyToOne(() => Department)
  toDepartment!: Department;

  @Field(() => ReferralKind, { description: 'TRANSFER (移交: ownership moves) or ASSIST (协办: help requested).' })
  @Enum({ items: () => ReferralKind, nativeEnumName: 'referral_kind' })
  kind!: ReferralKind;

  @Field({ description: 'Why the request is referred.' })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => ReferralStatus, { description: 'Where the referral is: PENDING → ACCEPTED | REJECTED | CANCELLED; accepted assist referrals later COMPLETED.' })
  @Enum({ items: () => ReferralStatus, nativeEnumName: 'referral_status' })
  status: ReferralStatus = ReferralStatus.PENDING;

  /** Client-chosen key: a retried referIssue with the same key returns this referral. */
  @Property({ type: 'string', length: 100 })
  idempotencyKey!: string;

  /** User id of who proposed it (GraphQL `createdBy` is a Person). */
  @Property({ type: 'string', length: 100 })
  createdBy!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  createdByName: string | null = null;

  @Property({ type: 'string', length: 32, nullable: true })
  createdByDepartment: string | null = null;

  @Field({ description: 'When the referral was proposed.' })
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => DateScalar, { nullable: true, description: 'Sign by this day (1 working day after the referral); may be provisional: see signOffDue.' })
  @Property({ type: 'date', nullable: true })
  signOffDeadline: string | null = null;

  /** Why the sign-off deadline is provisional; null when firm. */
  @Property({ type: 'text', nullable: true })
  signOffDeadlineProblem: string | null = null;

  @Field(() => Deadline, { nullable: true, description: 'The sign-off (签收) deadline, marked provisional (暂定) with the reason while its calendar year is not loaded; null only for a referral recorded without one.' })
  get signOffDue(): Deadline | null {
    return deadlineOf(this.signOffDeadline, this.signOffDeadlineProblem);
  }

  @Field(() => Date, { nullable: true, description: 'When the receiving department accepted or rejected it.' })
  @Property({ type: 'datetime', nullable: true })
  answeredAt: Date | null = null;

  /** User id of who accepted or rejected it (GraphQL `answeredBy` is a Person). */
  @Property({ type: 'string', length: 100, nullable: true })
  answeredBy: string | null = null;

  @Property({ type: 'string', length: 100, nullable: true })
  answeredByName: string | null = null;

  @Property({ type: 'string', length: 32, nullable: true })
  answeredByDepartment: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why it was accepted, sent back or withdrawn.' })
  @Property({ type: 'text', nullable: true })
  answerNote: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the assisting department reported its help done.' })
  @Property({ type: 'datetime', nullable: true })
  completedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'What the assisting department reported when done.' })
  @Property({ type: 'text', nullable: true })
  completionNote: string | null = null;

  /** Moves the referral on, refusing illegal steps with CONFLICT. */
  transition(step: ReferralAction): void {
    const next = referralStateMachine.transition(this.status, step);
    if (step === 'complete' && this.kind !== ReferralKind.ASSIST) throw conflict('Only assist referrals are completed; a transfer ends when accepted.');
    this.status = next;
  }
}

import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { stateMachine } from '../../../shared/state-machine';
import { DateScalar } from '../../../shared/scalars';
import { Issue } from '../issue/issue.entity';

export enum IssueExtensionStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REFUSED = 'REFUSED',
}
registerEnumType(IssueExtensionStatus, {
  name: 'IssueExtensionStatus',
  description: 'Where an extension request (延期申请) is: PENDING → APPROVED | REFUSED.',
  valuesConfig: {
    PENDING: { description: 'Waiting for a coordinator to decide.' },
    APPROVED: { description: 'Approved: the reply deadline moved by the working days asked for.' },
    REFUSED: { description: 'Refused with a reason: the reply deadline stays.' },
  },
});

export type ExtensionDecision = 'approve' | 'refuse';

/** PENDING → APPROVED | REFUSED, once: a second decision is CONFLICT. */
export const extensionStateMachine = stateMachine<IssueExtensionStatus, ExtensionDecision>(
  {
    approve: { from: [IssueExtensionStatus.PENDING], to: IssueExtensionStatus.APPROVED, why: 'only a pending extension can be decided' },
    refuse: { from: [IssueExtensionStatus.PENDING], to: IssueExtensionStatus.REFUSED, why: 'only a pending extension can be decided' },
  },
  (status, _action, step) => `This extension is already ${status}: ${step.why}.`,
);

/**
 * An extension (延期) of a request's reply deadline: asked by the lead department before the
 * deadline passes, decided once by a coordinator. At most one is pending per request (the partial
 * unique index is the last line of defence behind the issue row lock).
 */
@ObjectType({ description: 'An extension (延期) of a request\'s reply deadline, asked by the lead department and decided by a coordinator.' })
@Entity({ tableName: 'issue_extension' })
// one pending extension per request: declared here so the migrator knows it (written in Migration20261125214420)
@Index({
  name: 'issue_extension_one_pending',
  expression: "CREATE UNIQUE INDEX issue_extension_one_pending ON hub.issue_extension USING btree (issue_id) WHERE (status = 'PENDING'::hub.issue_extension_status)",
})
export class IssueExtension {
  [OptionalProps]?: 'status';

  @Field(() => ID, { description: 'Global id of the extension (`IssueExtension:<number>`).' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Index()
  @ManyToOne(() => Issue)
  issue!: Issue;

  @Field(() => Int, { description: 'How many working days were asked for.' })
  @Property({ type: 'smallint' })
  workingDays!: number;

  @Field({ description: 'Why the lead department needs more time.' })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => IssueExtensionStatus, { description: 'PENDING → APPROVED | REFUSED.' })
  @Enum({ items: () => IssueExtensionStatus, nativeEnumName: 'issue_extension_status' })
  status: IssueExtensionStatus = IssueExtensionStatus.PENDING;

  /** The department that asked (the lead department then): performance counts it there. */
  @Field({ description: 'Code of the department that asked (the lead department at the time).' })
  @Property({ type: 'string', length: 32 })
  departmentCode!: string;

  /** User id of who asked (GraphQL `requestedBy` is a Person). */
  @Property({ type: 'string', length: 100 })
  requestedBy!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  requestedByName: string | null = null;

  @Field({ description: 'When it was asked for.' })
  @Property({ type: 'datetime' })
  requestedAt!: Date;

  @Field(() => DateScalar, { description: 'The reply deadline when it was asked for.' })
  @Property({ type: 'date' })
  deadlineBefore!: string;

  @Field(() => DateScalar, { nullable: true, description: 'The reply deadline it set, once approved; null while pending or when refused.' })
  @Property({ type: 'date', nullable: true })
  deadlineAfter: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When a coordinator decided.' })
  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;

  /** User id of the deciding coordinator (GraphQL `decidedBy` is a Person). */
  @Property({ type: 'string', length: 100, nullable: true })
  decidedBy: string | null = null;

  @Property({ type: 'string', length: 100, nullable: true })
  decidedByName: string | null = null;

  @Field(() => String, { nullable: true, description: 'The coordinator\'s note: required when refusing.' })
  @Property({ type: 'text', nullable: true })
  decisionNote: string | null = null;

  /** Records the decision, refusing a second one with CONFLICT. */
  decide(decision: ExtensionDecision, by: { id: string; displayName: string }, at: Date, note: string | null, deadlineAfter: string | null): void {
    this.status = extensionStateMachine.transition(this.status, decision);
    this.decidedAt = at;
    this.decidedBy = by.id;
    this.decidedByName = by.displayName;
    this.decisionNote = note;
    this.deadlineAfter = decision === 'approve' ? deadlineAfter : null;
  }
}

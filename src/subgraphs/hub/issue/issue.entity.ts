import { Node } from '../node/node';
import { IssueEventType, type TimelineAction } from '../events/event-types';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, PrimaryKeyProp, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../../shared/scalars';
import { conflict } from '../../../shared/errors';
import { Department } from '../department/department.entity';
import { Enterprise } from '../enterprise/enterprise.entity';
import { IssueCategory } from '../routing/routing.entity';
import { Deadline, deadlineOf } from '../calendar/deadline';
import { IssueChannel, issueStateMachine, IssuePriority, IssueStatus, Satisfaction, type IssueAction } from './issue-status';

/**
 * Issue (诉求): an enterprise's request, worked by one lead department (主办) with optional
 * assisting departments (协办), answered within a working-day deadline and followed up (回访).
 * The entity owns its state machine: every change goes through `transition`.
 */
// a Federation 2 entity keyed by its global id: department subgraphs add fields to it (e.g. judicial's mediationCases)
@Directive('@key(fields: "id")')
@ObjectType({ implements: Node, description: 'A request (诉求) from an enterprise: what it asks, who leads the work, its deadlines, answer, rating and full timeline. Closed loop: 情况收集 → 问题上报 → 交办落实 → 办结反馈 → 回访.' })
@Entity({ tableName: 'issue' })
@Index({ properties: ['leadDepartment', 'status'] })
@Index({ properties: ['status', 'replyDeadline'] })
@Index({ properties: ['submittedOn'] })
// a retried submission finds its issue here; the index is the last line of defence against a duplicate
@Unique({ properties: ['submittedBy', 'idempotencyKey'] })
// one request per problem of a police visit (reportVisitProblem); also serves Visit.issues. Partial:
// the many requests from other channels stay out of it
@Unique({
  name: 'issue_origin_visit_problem',
  expression: 'CREATE UNIQUE INDEX issue_origin_visit_problem ON hub.issue USING btree (origin_visit_id, origin_problem_index) WHERE (origin_visit_id IS NOT NULL)',
})
// departmentPerformance's live "open overdue" (performance.service.ts openOverdueSql): only open,
// unanswered requests, by submission day, index-only
@Index({
  name: 'issue_open_unanswered_index',
  expression:
    "CREATE INDEX issue_open_unanswered_index ON hub.issue USING btree (submitted_on) INCLUDE (lead_department_code, reply_deadline, status, responded_at) WHERE ((status = ANY (ARRAY['SUBMITTED'::hub.issue_status, 'ASSIGNED'::hub.issue_status, 'ACCEPTED'::hub.issue_status, 'IN_PROGRESS'::hub.issue_status, 'REOPENED'::hub.issue_status, 'ESCALATED'::hub.issue_status])) AND (responded_at IS NULL))",
})
export class Issue {
  [OptionalProps]?: 'status' | 'priority' | 'assistingDepartmentCodes' | 'reopenCount' | 'ratingRecordedInPerson' | 'idempotencyKey' | 'urgeCount' | 'originVisitId' | 'originProblemIndex';

  @Field(() => ID, { description: 'Global id of the request (`Issue:<number>`); the number readable by people is `number`.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field({ description: 'Readable number, e.g. SQ-2026-000123.' })
  @Property({ type: 'string', length: 20, unique: true })
  number!: string;

  @Index()
  @ManyToOne(() => Enterprise)
  enterprise!: Enterprise;

  @Field({ description: 'Short title given by the submitter.' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field({ description: 'What the enterprise asks for, in its own words.' })
  @Property({ type: 'text' })
  description!: string;

  @ManyToOne(() => IssueCategory)
  category!: IssueCategory;

  @Field(() => IssueChannel, { description: 'How the request arrived (channel, 渠道).' })
  @Enum({ items: () => IssueChannel, nativeEnumName: 'issue_channel' })
  channel!: IssueChannel;

  @Field(() => IssuePriority, { description: 'How urgent the request is.' })
  @Enum({ items: () => IssuePriority, nativeEnumName: 'issue_priority' })
  priority: IssuePriority = IssuePriority.NORMAL;

  @Field(() => IssueStatus, { description: 'Where the request is in its closed loop.' })
  @Enum({ items: () => IssueStatus, nativeEnumName: 'issue_status' })
  status: IssueStatus = IssueStatus.SUBMITTED;

  @ManyToOne(() => Department, { nullable: true })
  leadDepartment: Department | null = null;

  @Property({ type: 'string[]', default: '{}' })
  assistingDepartmentCodes: string[] = [];

  /** User id of the submitter (GraphQL `submittedBy` is a Person built from this and the two below). */
  @Property({ type: 'string', length: 100 })
  submittedBy!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  submittedByName: string | null = null;

  @Property({ type: 'string', length: 32, nullable: true })
  submittedByDepartment: string | null = null;

  /** The submitter's idempotency key, unique per submitting user (null when none was given). */
  @Property({ type: 'string', length: 100, nullable: true })
  idempotencyKey: string | null = null;

  /**
   * The police visit (走访) the request was raised on: the number of `Visit:<n>`, a record the police
   * subgraph owns (no foreign key across schemas; visits are never deleted). GraphQL
   * `Issue.originVisit` is an entity reference the police resolve. Null for other requests.
   */
  @Property({ type: 'integer', nullable: true })
  originVisitId: number | null = null;

  /** Which of the visit's problems found (0-based) it is. */
  @Property({ type: 'smallint', nullable: true })
  originProblemIndex: number | null = null;

  @Field({ description: 'When the request was submitted.' })
  @Property({ type: 'datetime' })
  submittedAt!: Date;

  /**
   * When the request actually arrived, for a hotline call or visit logged later by an officer
   * (来电/来访时间); null when it arrived as it was submitted (GraphQL `receivedAt` falls back to
   * `submittedAt`).
   */
  @Property({ type: 'datetime', nullable: true })
  receivedAt: Date | null = null;

  /** The day the request was received (= submitted, unless logged later) in the hub time zone: the working-day arithmetic and period statistics use it. */
  @Property({ type: 'date' })
  submittedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Reply due by this day (5 working days by default), counted from the day the request was received; may be provisional: see replyDue.' })
  @Property({ type: 'date', nullable: true })
  replyDeadline: string | null = null;

  @Field(() => DateScalar, { nullable: true, description: 'The reply deadline before the first approved extension (延期); null when never extended. replyDeadline is the one in force.' })
  @Property({ type: 'date', nullable: true })
  originalReplyDeadline: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why the reply deadline is provisional (its calendar year is not loaded); null when firm. The same as replyDue.reason.' })
  @Property({ type: 'text', nullable: true })
  replyDeadlineProblem: string | null = null;

  @Field(() => Deadline, { nullable: true, description: 'The reply deadline in force, marked provisional (暂定) with the reason while its calendar year is not loaded; null only for a request recorded without one.' })
  get replyDue(): Deadline | null {
    return deadlineOf(this.replyDeadline, this.replyDeadlineProblem);
  }

  @Field(() => Date, { nullable: true, description: 'When a lead department was assigned (交办).' })
  @Property({ type: 'datetime', nullable: true })
  assignedAt: Date | null = null;

  @Field(() => DateScalar, { nullable: true, description: 'The lead department should sign by this day (1 working day after assignment); may be provisional: see signOffDue.' })
  @Property({ type: 'date', nullable: true })
  signOffDeadline: string | null = null;

  /** Why the sign-off deadline is provisional; null when firm. */
  @Property({ type: 'text', nullable: true })
  signOffDeadlineProblem: string | null = null;

  @Field(() => Deadline, { nullable: true, description: 'The sign-off (签收) deadline, marked provisional (暂定) with the reason while its calendar year is not loaded; null until a lead department is assigned.' })
  get signOffDue(): Deadline | null {
    return deadlineOf(this.signOffDeadline, this.signOffDeadlineProblem);
  }

  @Field(() => String, { nullable: true, description: 'Which routing rule chose the lead department, or who overrode it. Null with FORBIDDEN with SUMMARY access (`access`).' })
  @Property({ type: 'text', nullable: true })
  routingExplanation: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the lead department signed for it (签收).' })
  @Property({ type: 'datetime', nullable: true })
  acceptedAt: Date | null = null;

  /** Signed within the sign-off deadline; null when the deadline was unknown. */
  @Property({ type: 'boolean', nullable: true })
  signedOnTime: boolean | null = null;

  @Field(() => Date, { nullable: true, description: 'When the enterprise was first answered (答复).' })
  @Property({ type: 'datetime', nullable: true })
  respondedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'The answer given to the enterprise. Null with FORBIDDEN with SUMMARY access (`access`).' })
  @Property({ type: 'text', nullable: true })
  response: string | null = null;

  @Property({ type: 'boolean', nullable: true })
  respondedOnTime: boolean | null = null;

  /** Working days from submission to the first reply. */
  @Field(() => Int, { nullable: true, description: 'Working days from submission to the reply.' })
  @Property({ type: 'smallint', nullable: true })
  replyWorkingDays: number | null = null;

  @Field(() => Date, { nullable: true, description: 'When the work was concluded (办结).' })
  @Property({ type: 'datetime', nullable: true })
  resolvedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'What was done to resolve it (办结情况). Null with FORBIDDEN with SUMMARY access (`access`).' })
  @Property({ type: 'text', nullable: true })
  resolution: string | null = null;

  @Property({ type: 'boolean', nullable: true })
  resolvedOnTime: boolean | null = null;

  @Field(() => Satisfaction, { nullable: true, description: 'The enterprise\'s rating of the answer (满意度); null until rated.' })
  @Enum({ items: () => Satisfaction, nativeEnumName: 'satisfaction', nullable: true })
  satisfaction: Satisfaction | null = null;

  @Field(() => String, { nullable: true, description: 'Comment given with the rating. Null with FORBIDDEN with SUMMARY access (`access`).' })
  @Property({ type: 'text', nullable: true })
  ratingComment: string | null = null;

  @Field({ description: 'The rating was given in person and recorded by an officer, not by the enterprise itself.' })
  @Property({ type: 'boolean', default: false })
  ratingRecordedInPerson: boolean = false;

  @Field(() => Date, { nullable: true, description: 'When the loop was closed after the follow-up visit.' })
  @Property({ type: 'datetime', nullable: true })
  closedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Notes of the follow-up visit (回访). Null with FORBIDDEN with SUMMARY access (`access`).' })
  @Property({ type: 'text', nullable: true })
  followUpNote: string | null = null;

  @Field(() => Int, { description: 'How often it was reopened (重办).' })
  @Property({ type: 'smallint', default: 0 })
  reopenCount: number = 0;

  @Field(() => Int, { description: 'How often it was urged (催办), by people or automatically after a missed reply deadline.' })
  @Property({ type: 'smallint', default: 0 })
  urgeCount: number = 0;

  @Field(() => String, { nullable: true, description: 'Why it was put on a joint-meeting agenda. Null with FORBIDDEN with SUMMARY access (`access`).' })
  @Property({ type: 'text', nullable: true })
  escalationReason: string | null = null;

  /** MERGED: the request of the same enterprise that carries the work on (GraphQL `mergedInto`, checked for need-to-know). */
  @Index()
  @ManyToOne(() => Issue, { nullable: true })
  mergedInto: Issue | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was merged into another request as a duplicate (重复诉求合并); null unless MERGED.' })
  @Property({ type: 'datetime', nullable: true })
  mergedAt: Date | null = null;

  /** The request this one was split off from (拆分), with its own lead department (GraphQL `splitFrom`). */
  @Index()
  @ManyToOne(() => Issue, { nullable: true })
  splitFrom: Issue | null = null;

  /**
   * Applies one step of the state machine, refusing illegal ones with CONFLICT. `to` only for
   * steps whose outcome depends on the request (rating, follow-up).
   */
  transition(action: IssueAction, to?: IssueStatus): void {
    this.status = issueStateMachine.transition(this.status, action, to);
  }

  /**
   * 延期: more working days may be asked only while the reply deadline runs: known, not passed
   * (today counts), and no reply given yet. CONFLICT otherwise.
   */
  assertExtensible(today: string): string {
    if (this.respondedAt) throw conflict('This request has been answered already: its reply deadline cannot be extended.');
    if (!this.replyDeadline) throw conflict('This request has no reply deadline: there is nothing to extend.');
    if (this.replyDeadline < today) throw conflict(`The reply deadline (${this.replyDeadline}) has passed: an extension must be asked for before it.`);
    return this.replyDeadline;
  }

  /** An approved extension moves the deadline in force; the first one keeps the original. */
  extendReplyDeadline(to: string, problem: string | null = null): void {
    if (this.respondedAt) throw conflict('This request has been answered already: its reply deadline cannot be extended.');
    this.originalReplyDeadline ??= this.replyDeadline;
    this.replyDeadline = to;
    this.replyDeadlineProblem = problem;
  }

  /**
   * 合并: this request (the duplicate) closes as MERGED into `survivor`. Both must belong to one
   * enterprise, be two requests, and the survivor must still be open: CONFLICT otherwise (the
   * state machine decides what each status allows).
   */
  mergeInto(survivor: Issue, now: Date): void {
    if (survivor.id === this.id) throw conflict('A request cannot be merged into itself.');
    if (survivor.enterprise.uscc !== this.enterprise.uscc) throw conflict('Only requests of the same enterprise can be merged: these two belong to different enterprises.');
    issueStateMachine.transition(survivor.status, 'absorbDuplicate');
    this.transition('merge');
    this.mergedInto = survivor;
    this.mergedAt = now;
  }

  isLead(department: string | null): boolean {
    return !!department && this.leadDepartment?.code === department;
  }

  involves(department: string | null): boolean {
    return !!department && (this.isLead(department) || this.assistingDepartmentCodes.includes(department));
  }
}

/** Per-year counter behind the readable issue numbers. */
@Entity({ tableName: 'issue_number_counter' })
export class IssueNumberCounter {
  [PrimaryKeyProp]?: 'year';
  @PrimaryKey({ type: 'smallint', autoincrement: false })
  year!: number;

  @Property({ type: 'integer' })
  last!: number;
}

/** One line of an issue's timeline: who did what, when, for which department. Append-only. */
@ObjectType('IssueTimelineEntry', { description: 'One line of a request\'s timeline: who did what, when, for which department. Append-only.' })
@Entity({ tableName: 'issue_timeline' })
@Index({ properties: ['issue', 'id'] })
export class IssueTimelineEntry {
  @Field(() => ID, { description: 'Global id of the timeline entry (`IssueTimelineEntry:<number>`).' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Issue)
  issue!: Issue;

  @Field({ description: 'When it happened.' })
  @Property({ type: 'datetime' })
  at!: Date;

  @Field(() => IssueEventType, { description: 'What happened (the same values as IssueEvent.type, without the SLA warnings).' })
  @Property({ type: 'string', length: 40 })
  action!: TimelineAction;

  @Field({ description: 'User id of who did it.' })
  @Property({ type: 'string', length: 100 })
  actorId!: string;

  @Field({ description: 'Display name of who did it.' })
  @Property({ type: 'string', length: 100 })
  actorName!: string;

  @Field(() => String, { nullable: true, description: 'The department the actor acted for.' })
  @Property({ type: 'string', length: 32, nullable: true })
  departmentCode: string | null = null;

  @Field(() => IssueStatus, { nullable: true, description: 'Status before this step; null when the step did not change the status.' })
  @Enum({ items: () => IssueStatus, nativeEnumName: 'issue_status', nullable: true })
  fromStatus: IssueStatus | null = null;

  @Field(() => IssueStatus, { nullable: true, description: 'Status after this step; null when the step did not change the status.' })
  @Enum({ items: () => IssueStatus, nativeEnumName: 'issue_status', nullable: true })
  toStatus: IssueStatus | null = null;

  @Field(() => String, { nullable: true, description: 'Free-text note of the step (reason, answer, rule that matched). Null with FORBIDDEN when the request is read with SUMMARY access (`Issue.access`).' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}

import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { connectionType } from '../../../shared/pagination';
import { payloadName, payloadType } from '../../../shared/payload';
import { DateScalar } from '../../../shared/scalars';
import { Issue, IssueTimelineEntry } from './issue.entity';
import { IssueChannel, IssuePriority, IssueStatus, Satisfaction } from './issue-status';

export const IssueConnection = connectionType(Issue, 'Issue');

/** The orders the requests list can be read in (each a total order: ties broken by id). */
export enum IssueOrder {
  NEWEST_FIRST = 'NEWEST_FIRST',
  OLDEST_FIRST = 'OLDEST_FIRST',
  REPLY_DEADLINE_FIRST = 'REPLY_DEADLINE_FIRST',
}
registerEnumType(IssueOrder, {
  name: 'IssueOrder',
  description: 'Order of the requests list. A cursor belongs to the order it was read in.',
  valuesConfig: {
    NEWEST_FIRST: { description: 'Most recently submitted first (the default).' },
    OLDEST_FIRST: { description: 'First submitted first.' },
    REPLY_DEADLINE_FIRST: { description: 'Most urgent first: nearest reply deadline (督办), then by submission; requests without a deadline last.' },
  },
});
export { IssueTimelineEntry };

@InputType({ description: 'A new request (诉求) from an enterprise, entered by the enterprise itself or by an officer.' })
export class SubmitIssueInput {
  @Field(() => ID, { description: 'The enterprise (USCC). Enterprise users may only submit for their own.' })
  uscc!: string;

  @Field({ description: 'Short title, e.g. "Parking blocked at the loading dock".' })
  title!: string;

  @Field({ description: 'What the enterprise asks for.' })
  description!: string;

  @Field({ description: 'Category code (see issueCategories).' })
  category!: string;

  @Field(() => IssueChannel, { nullable: true, description: 'How it arrived; required when an officer records it, ONLINE for enterprise users.' })
  channel?: IssueChannel | null;

  @Field(() => IssuePriority, { nullable: true, description: 'How urgent it is; NORMAL when omitted.' })
  priority?: IssuePriority | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Optional, up to 100 characters, chosen by the client per submission (e.g. a UUID). A retry with the same key by the same user returns the request the first attempt created instead of a second one; the same key with different content is CONFLICT.',
  })
  idempotencyKey?: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'Officers only (FORBIDDEN for enterprise users): when a hotline call or visit logged later actually arrived (来电/来访时间). ' +
      'Not in the future, at most a few working days back (3 unless configured), not for the ONLINE channel; BAD_USER_INPUT otherwise. ' +
      'Deadlines count from the day it arrived. Omit when recording it as it arrives.',
  })
  receivedAt?: Date | null;
}

@InputType({ description: 'Filter for the requests list; fields combine with AND.' })
export class IssueFilter {
  @Field(() => [IssueStatus], { nullable: true, description: 'Any of these statuses.' })
  status?: IssueStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Lead department code.' })
  leadDepartment?: string | null;

  @Field(() => ID, { nullable: true, description: 'Assisting department code.' })
  assistingDepartment?: string | null;

  @Field(() => ID, { nullable: true, description: 'Lead or assisting department code (an inbox).' })
  department?: string | null;

  @Field(() => ID, { nullable: true, description: 'Enterprise USCC.' })
  enterprise?: string | null;

  @Field({ nullable: true, description: 'Category code (see issueCategories).' })
  category?: string;

  @Field(() => Boolean, { nullable: true, description: 'Open, unanswered and past the reply deadline.' })
  overdue?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Urged (催办) at least once (true), or never (false).' })
  urged?: boolean | null;

  @Field(() => DateScalar, { nullable: true, description: 'Submitted on or after this day (Asia/Shanghai).' })
  submittedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Submitted on or before this day (Asia/Shanghai).' })
  submittedTo?: string | null;
}

@InputType({ description: 'The enterprise\'s rating of the answer it got (满意度评价).' })
export class RateIssueInput {
  @Field(() => ID, { description: 'Id of the rated request.' })
  issueId!: string;

  @Field(() => Satisfaction, { description: 'How satisfied the enterprise is.' })
  satisfaction!: Satisfaction;

  @Field(() => String, { nullable: true, description: 'Optional comment with the rating.' })
  comment?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'An officer records a rating the enterprise gave in person.' })
  recordedInPerson?: boolean | null;
}

@InputType({ description: 'Coordinators route a request by hand: lead (主办) and assisting (协办) departments.' })
export class RouteIssueInput {
  @Field(() => ID, { description: 'Id of the request to route.' })
  issueId!: string;

  @Field(() => ID, { description: 'Code of the lead department (主办).' })
  leadDepartment!: string;

  @Field(() => [ID], { nullable: true, description: 'Codes of the assisting departments (协办); omit for none.' })
  assistingDepartments?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Why the coordinator chose these departments (kept in the timeline).' })
  reason?: string | null;
}

@InputType({ description: 'The lead department signs for a request (签收).' })
export class AcceptIssueInput {
  @Field(() => ID, { description: 'Id of the request to sign for.' })
  issueId!: string;
}

@InputType({ description: 'The lead department starts working a request.' })
export class StartIssueWorkInput {
  @Field(() => ID, { description: 'Id of the request to start.' })
  issueId!: string;
}

@InputType({ description: 'A reply (答复) to the enterprise.' })
export class RespondToIssueInput {
  @Field(() => ID, { description: 'Id of the request to answer.' })
  issueId!: string;

  @Field({ description: 'The answer given to the enterprise.' })
  response!: string;
}

@InputType({ description: 'The conclusion of the work on a request (办结).' })
export class ResolveIssueInput {
  @Field(() => ID, { description: 'Id of the request to conclude.' })
  issueId!: string;

  @Field({ description: 'What was done (办结情况).' })
  resolution!: string;
}

@InputType({ description: 'The follow-up visit (回访) after a request was concluded.' })
export class RecordFollowUpInput {
  @Field(() => ID, { description: 'Id of the request visited.' })
  issueId!: string;

  @Field({ description: 'Notes of the follow-up visit (回访).' })
  note!: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'True when the problem persists: reopens the request instead of closing it.' })
  problemPersists?: boolean | null;
}

@InputType({ description: 'Reopening a resolved or closed request.' })
export class ReopenIssueInput {
  @Field(() => ID, { description: 'Id of the request to reopen.' })
  issueId!: string;

  @Field({ description: 'Why it is reopened (kept in the timeline).' })
  reason!: string;
}

@InputType({ description: 'Escalating a request to the joint meeting (联席会议) agenda list.' })
export class EscalateIssueInput {
  @Field(() => ID, { description: 'Id of the request to escalate.' })
  issueId!: string;

  @Field({ description: 'Why a joint meeting must settle it.' })
  reason!: string;
}

/** The payload of every request mutation: the request as it stands after the change. */
export interface IssuePayload {
  issue: Issue;
}
const issuePayload = (mutation: string, what: string) =>
  payloadType<IssuePayload>(payloadName(mutation), `What ${mutation} returns: the request after ${what}.`, {
    issue: { type: () => Issue, description: `The request (诉求) after ${what}, with its new status and timeline.` },
  });
/** submitIssue also offers the requests the new one may repeat (查重), computed only when selected. */
export interface SubmitIssuePayloadShape extends IssuePayload {
  readonly possibleDuplicates: Promise<Issue[]>;
}
export const SubmitIssuePayload = payloadType<SubmitIssuePayloadShape>('SubmitIssuePayload', 'What submitIssue returns: the request after submission (and automatic routing, when a rule matched), and the requests it may repeat.', {
  issue: { type: () => Issue, description: 'The request (诉求) after submission (and automatic routing, when a rule matched), with its new status and timeline.' },
  possibleDuplicates: {
    type: () => [Issue],
    listSize: 5,
    description: 'Possible duplicates (疑似重复诉求): requests of the same enterprise submitted in the last 30 days with similar title and description, most similar first (the same as issue.possibleDuplicates). A coordinator may merge them (mergeIssue).',
  },
});
export const RouteIssuePayload = issuePayload('routeIssue', 'routing');
export const AcceptIssuePayload = issuePayload('acceptIssue', 'signing for it');
export const StartIssueWorkPayload = issuePayload('startIssueWork', 'work started');
export const RespondToIssuePayload = issuePayload('respondToIssue', 'the reply');
export const ResolveIssuePayload = issuePayload('resolveIssue', 'its conclusion');
export const RateIssuePayload = issuePayload('rateIssue', 'the rating (reopened when DISSATISFIED)');
export const RecordFollowUpPayload = issuePayload('recordFollowUp', 'the follow-up visit (closed, or reopened when the problem persists)');
export const ReopenIssuePayload = issuePayload('reopenIssue', 'reopening');
export const EscalateIssuePayload = issuePayload('escalateIssue', 'escalation');

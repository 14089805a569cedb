import { Field, ID, InputType } from 'type-graphql';
import { connectionType } from '../../../shared/pagination';
import { DateScalar } from '../../../shared/scalars';
import { Issue, IssueTimelineEntry } from './issue.entity';
import { IssueChannel, IssuePriority, IssueStatus, Satisfaction } from './issue-status';

export const IssueConnection = connectionType(Issue, 'Issue');
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

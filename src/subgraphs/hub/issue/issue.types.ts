import { Field, ID, InputType } from 'type-graphql';
import { connectionType } from '../../../shared/pagination';
import { DateScalar } from '../../../shared/scalars';
import { Issue, IssueTimelineEntry } from './issue.entity';
import { IssueChannel, IssuePriority, IssueStatus, Satisfaction } from './issue-status';

export const IssueConnection = connectionType(Issue, 'Issue');
export { IssueTimelineEntry };

@InputType()
export class SubmitIssueInput {
  @Field(() => ID, { description: 'The enterprise (USCC). Enterprise users may only submit for their own.' })
  uscc!: string;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field({ description: 'Category code (see issueCategories).' })
  category!: string;

  @Field(() => IssueChannel, { nullable: true, description: 'How it arrived; required when an officer records it, ONLINE for enterprise users.' })
  channel?: IssueChannel | null;

  @Field(() => IssuePriority, { nullable: true })
  priority?: IssuePriority | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Optional, up to 100 characters, chosen by the client per submission (e.g. a UUID). A retry with the same key by the same user returns the request the first attempt created instead of a second one; the same key with different content is CONFLICT.',
  })
  idempotencyKey?: string | null;
}

@InputType()
export class IssueFilter {
  @Field(() => [IssueStatus], { nullable: true })
  status?: IssueStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Lead department code.' })
  leadDepartment?: string | null;

  @Field(() => ID, { nullable: true, description: 'Assisting department code.' })
  assistingDepartment?: string | null;

  @Field(() => ID, { nullable: true, description: 'Lead or assisting department code (an inbox).' })
  department?: string | null;

  @Field(() => ID, { nullable: true, description: 'Enterprise USCC.' })
  enterprise?: string | null;

  @Field({ nullable: true })
  category?: string;

  @Field(() => Boolean, { nullable: true, description: 'Open, unanswered and past the reply deadline.' })
  overdue?: boolean | null;

  @Field(() => DateScalar, { nullable: true, description: 'Submitted on or after this day (Asia/Shanghai).' })
  submittedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Submitted on or before this day (Asia/Shanghai).' })
  submittedTo?: string | null;
}

@InputType()
export class RateIssueInput {
  @Field(() => ID)
  issueId!: string;

  @Field(() => Satisfaction)
  satisfaction!: Satisfaction;

  @Field(() => String, { nullable: true })
  comment?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'An officer records a rating the enterprise gave in person.' })
  recordedInPerson?: boolean | null;
}

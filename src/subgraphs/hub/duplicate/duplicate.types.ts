import { Field, ID, InputType } from 'type-graphql';
import { payloadType } from '../../../shared/payload';
import { Issue } from '../issue/issue.entity';

@InputType({ description: 'Merging a duplicate request (重复诉求合并) into the request of the same enterprise it repeats.' })
export class MergeIssueInput {
  @Field(() => ID, { description: 'Id of the duplicate: it closes as MERGED.' })
  duplicateId!: string;

  @Field(() => ID, { description: 'Id of the request that carries on for both (same enterprise, still open).' })
  survivorId!: string;

  @Field({ description: 'Why they are the same matter (kept in both timelines).' })
  reason!: string;
}

@InputType({ description: 'One part of a split request (拆分): the department that takes it and what it asks.' })
export class SplitIssuePartInput {
  @Field(() => ID, { description: 'Code of the department that leads this part.' })
  leadDepartment!: string;

  @Field(() => String, { nullable: true, description: 'Title of this part; required for the new part, optional for the part that stays (omitted: the request keeps its title).' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'What this part asks; required for the new part, optional for the part that stays (omitted: the request keeps its description).' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Category code of the new part (see issueCategories); omitted: the request\'s category. Not allowed for the part that stays.' })
  category?: string | null;
}

@InputType({ description: 'Splitting a request (拆分) into two for different departments.' })
export class SplitIssueInput {
  @Field(() => ID, { description: 'Id of the request to split.' })
  issueId!: string;

  @Field({ description: 'Why it is split (kept in both timelines).' })
  reason!: string;

  @Field(() => [SplitIssuePartInput], { description: 'Exactly two parts for two different departments: the first stays with this request, the second becomes a new request.' })
  parts!: SplitIssuePartInput[];
}

export interface MergeIssuePayloadShape {
  duplicate: Issue;
  survivor: Issue;
}
export const MergeIssuePayload = payloadType<MergeIssuePayloadShape>('MergeIssuePayload', 'What mergeIssue returns: both requests after the merge.', {
  duplicate: { type: () => Issue, description: 'The duplicate, now MERGED, with mergedInto and the timeline entry naming the survivor.' },
  survivor: { type: () => Issue, description: 'The request that carries on for both, with mergedFrom and the timeline entry naming the duplicate.' },
});

export interface SplitIssuePayloadShape {
  issue: Issue;
  splitOff: Issue;
}
export const SplitIssuePayload = payloadType<SplitIssuePayloadShape>('SplitIssuePayload', 'What splitIssue returns: the request that stays and the new one.', {
  issue: { type: () => Issue, description: 'The request after the split: the part that stays, with its lead department.' },
  splitOff: { type: () => Issue, description: 'The new request split off (拆分), routed to its own lead department, with splitFrom pointing back.' },
});

import { Field, ID, InputType } from 'type-graphql';
import { payloadType } from '../../../shared/payload';
import { Issue } from '../issue/issue.entity';
import type { IssuePayload } from '../issue/issue.types';

@InputType({ description: 'Urging (催办) an open request: at most once per working day.' })
export class UrgeIssueInput {
  @Field(() => ID, { description: 'Id of the request to urge.' })
  issueId!: string;

  @Field(() => String, { nullable: true, description: 'What to tell the lead department (kept in the timeline).' })
  note?: string | null;
}

export const UrgeIssuePayload = payloadType<IssuePayload>('UrgeIssuePayload', 'What urgeIssue returns: the request after the urging.', {
  issue: { type: () => Issue, description: 'The request (诉求) after the urging, with its urge count and timeline.' },
});

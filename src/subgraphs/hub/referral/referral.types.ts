import { Field, ID, InputType } from 'type-graphql';
import { connectionType } from '../../../shared/pagination';
import { Referral, ReferralKind, ReferralStatus } from './referral.entity';

export const ReferralConnection = connectionType(Referral, 'Referral');

@InputType({ description: 'A referral (移交/协办) of a request to another department.' })
export class ReferIssueInput {
  @Field(() => ID, { description: 'Id of the request to refer.' })
  issueId!: string;

  @Field(() => ID, { description: 'Receiving department code.' })
  toDepartment!: string;

  @Field(() => ReferralKind, { description: 'TRANSFER (移交: ownership moves) or ASSIST (协办: help requested).' })
  kind!: ReferralKind;

  @Field({ description: 'Why the request is referred.' })
  reason!: string;

  @Field({ description: 'Chosen by the client, unique per request: a retry with the same key returns the same referral.' })
  idempotencyKey!: string;
}

@InputType({ description: 'Filter for the referrals list; fields combine with AND.' })
export class ReferralFilter {
  @Field(() => ID, { nullable: true, description: 'Code of the receiving department (an inbox of incoming referrals).' })
  toDepartment?: string | null;

  @Field(() => ID, { nullable: true, description: 'Code of the referring department.' })
  fromDepartment?: string | null;

  @Field(() => [ReferralStatus], { nullable: true, description: 'Any of these statuses.' })
  status?: ReferralStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only referrals of this request.' })
  issueId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Pending past the sign-off deadline.' })
  overdue?: boolean | null;
}

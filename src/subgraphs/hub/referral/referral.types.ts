import { Field, ID, InputType } from 'type-graphql';
import { connectionType } from '../../../shared/pagination';
import { Referral, ReferralKind, ReferralStatus } from './referral.entity';

export const ReferralConnection = connectionType(Referral, 'Referral');

@InputType()
export class ReferIssueInput {
  @Field(() => ID)
  issueId!: string;

  @Field(() => ID, { description: 'Receiving department code.' })
  toDepartment!: string;

  @Field(() => ReferralKind)
  kind!: ReferralKind;

  @Field()
  reason!: string;

  @Field({ description: 'Chosen by the client, unique per request: a retry with the same key returns the same referral.' })
  idempotencyKey!: string;
}

@InputType()
export class ReferralFilter {
  @Field(() => ID, { nullable: true })
  toDepartment?: string | null;

  @Field(() => ID, { nullable: true })
  fromDepartment?: string | null;

  @Field(() => [ReferralStatus], { nullable: true })
  status?: ReferralStatus[] | null;

  @Field(() => ID, { nullable: true })
  issueId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Pending past the sign-off deadline.' })
  overdue?: boolean | null;
}

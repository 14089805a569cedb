import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { connectionType } from '../../../shared/pagination';
import { payloadName, payloadType } from '../../../shared/payload';
import { Issue } from '../issue/issue.entity';
import { Referral, ReferralKind, ReferralStatus } from './referral.entity';

export const ReferralConnection = connectionType(Referral, 'Referral');

/** The orders the referrals list can be read in. */
export enum ReferralOrder {
  NEWEST_FIRST = 'NEWEST_FIRST',
  OLDEST_FIRST = 'OLDEST_FIRST',
}
registerEnumType(ReferralOrder, {
  name: 'ReferralOrder',
  description: 'Order of the referrals list. A cursor belongs to the order it was read in.',
  valuesConfig: {
    NEWEST_FIRST: { description: 'Most recently proposed first (the default).' },
    OLDEST_FIRST: { description: 'First proposed first: the longest-waiting referrals of an inbox on top.' },
  },
});

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

@InputType({ description: 'The receiving department signs for a referral (签收).' })
export class AcceptReferralInput {
  @Field(() => ID, { description: 'Id of the referral to accept.' })
  referralId!: string;

  @Field(() => String, { nullable: true, description: 'Optional note to the referring department.' })
  note?: string | null;
}

@InputType({ description: 'The receiving department sends a referral back (退回).' })
export class RejectReferralInput {
  @Field(() => ID, { description: 'Id of the referral to send back.' })
  referralId!: string;

  @Field({ description: 'Why it is sent back (退回理由).' })
  reason!: string;
}

@InputType({ description: 'The assisting department reports its part of an ASSIST referral done.' })
export class CompleteReferralInput {
  @Field(() => ID, { description: 'Id of the assist referral done.' })
  referralId!: string;

  @Field({ description: 'What the assisting department did.' })
  note!: string;
}

@InputType({ description: 'The referring department withdraws a pending referral.' })
export class CancelReferralInput {
  @Field(() => ID, { description: 'Id of the referral to withdraw.' })
  referralId!: string;

  @Field({ description: 'Why it is withdrawn.' })
  reason!: string;
}

/** The payload of every referral mutation: the referral and the request it belongs to, after the change. */
export interface ReferralPayload {
  referral: Referral;
  issue: Issue;
}
const referralPayload = (mutation: string, what: string) =>
  payloadType<ReferralPayload>(payloadName(mutation), `What ${mutation} returns: the referral and its request after ${what}.`, {
    referral: { type: () => Referral, description: `The referral (移交/协办) after ${what}.` },
    issue: { type: () => Issue, description: 'The request the referral belongs to, as it now stands (a transfer accepted moves its lead department).' },
  });
export const ReferIssuePayload = referralPayload('referIssue', 'it was proposed');
export const AcceptReferralPayload = referralPayload('acceptReferral', 'signing for it');
export const RejectReferralPayload = referralPayload('rejectReferral', 'it was sent back');
export const CompleteReferralPayload = referralPayload('completeReferral', 'the assisting part was done');
export const CancelReferralPayload = referralPayload('cancelReferral', 'it was withdrawn');

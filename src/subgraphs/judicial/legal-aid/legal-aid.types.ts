import { Field, ID, InputType } from 'type-graphql';
import { connectionType } from '../../../shared/pagination';
import { payloadType } from '../../../shared/payload';
import { DateScalar } from '../../../shared/scalars';
import { LegalAidRequest } from '../mediation/judicial.entity';
import { DisputeCategory, LegalAidStatus } from '../mediation/mediation-rules';

export const LegalAidRequestConnection = connectionType(LegalAidRequest, 'LegalAidRequest');

@InputType({ description: 'Record a legal-aid request (法律援助申请) concerning an enterprise.' })
export class RecordLegalAidRequestInput {
  @Field(() => ID, { description: 'Unified social credit code of the enterprise the matter concerns.' })
  enterpriseUscc!: string;

  @Field({ description: 'Who applies, e.g. 张某等5名员工 (at most 200 characters). Personal data.' })
  applicant!: string;

  @Field(() => DisputeCategory, { description: 'What the matter is about.' })
  category!: DisputeCategory;

  @Field({ description: 'What the applicant needs help with (at most 5,000 characters). Case text.' })
  matter!: string;

  @Field(() => ID, { nullable: true, description: 'A mediation case of the same enterprise the request belongs to (`MediationCase:<n>`).' })
  mediationCaseId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Day the request was received; today when omitted, never in the future.' })
  receivedOn?: string | null;
}

@InputType({ description: 'Grant or refuse a legal-aid request, once.' })
export class DecideLegalAidRequestInput {
  @Field(() => ID, { description: 'Global id of the request (`LegalAidRequest:<n>`).' })
  legalAidRequestId!: string;

  @Field({ description: 'True to grant legal aid (准予援助), false to refuse (不予援助).' })
  grant!: boolean;

  @Field(() => String, { nullable: true, description: 'Why: required when refusing, optional when granting (at most 2,000 characters).' })
  reason?: string | null;
}

@InputType({ description: 'Narrows the list of legal-aid requests.' })
export class LegalAidRequestFilter {
  @Field(() => LegalAidStatus, { nullable: true, description: 'Only requests in this status (e.g. RECEIVED: waiting for a decision).' })
  status?: LegalAidStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only requests concerning this enterprise (USCC).' })
  enterpriseUscc?: string | null;
}

export const RecordLegalAidRequestPayload = payloadType<{ legalAidRequest: LegalAidRequest }>('RecordLegalAidRequestPayload', 'Result of recordLegalAidRequest.', {
  legalAidRequest: { type: () => LegalAidRequest, description: 'The request as recorded (status RECEIVED).' },
});
export const DecideLegalAidRequestPayload = payloadType<{ legalAidRequest: LegalAidRequest }>('DecideLegalAidRequestPayload', 'Result of decideLegalAidRequest.', {
  legalAidRequest: { type: () => LegalAidRequest, description: 'The request as decided.' },
});

import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { connectionType } from '../../../shared/pagination';
import { payloadType } from '../../../shared/payload';
import { DateScalar } from '../../../shared/scalars';
import { Litigation, LitigationRole, MediationCase } from './judicial.entity';
import { DisputeCategory, LitigationOutcome, MediationGrade, MediationStatus } from './mediation-rules';

export const MediationCaseConnection = connectionType(MediationCase, 'MediationCase');

export enum MediationOutcome {
  SETTLED = 'SETTLED',
  FAILED = 'FAILED',
}
registerEnumType(MediationOutcome, {
  name: 'MediationOutcome',
  description: 'How a mediation case closes.',
  valuesConfig: {
    SETTLED: { description: 'The parties reached an agreement (调解成功).' },
    FAILED: { description: 'No agreement (调解不成); litigation may follow (recordLitigation).' },
  },
});

@InputType({ description: 'Open a mediation case (受理调解) about an enterprise, optionally for a hub request (诉求).' })
export class OpenMediationCaseInput {
  @Field(() => ID, { description: 'Unified social credit code of the enterprise the dispute involves.' })
  enterpriseUscc!: string;

  @Field(() => ID, { nullable: true, description: 'Global id of the hub request (`Issue:<n>`) the case is opened for; at most one open case per request.' })
  issueId?: string | null;

  @Field(() => DisputeCategory, { description: 'What the dispute is about.' })
  category!: DisputeCategory;

  @Field(() => MediationGrade, { nullable: true, description: 'First grade; COMMUNITY (村居) when omitted.' })
  grade?: MediationGrade | null;

  @Field({ description: 'Short title of the dispute, e.g. 拖欠三个月工资 (at most 200 characters). Case text.' })
  subject!: string;

  @Field(() => String, { nullable: true, description: 'What the dispute is about in full (at most 5,000 characters). Case text.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'The other parties, e.g. 王某等12名员工 (at most 1,000 characters). Personal data.' })
  parties?: string | null;

  @Field(() => String, { nullable: true, description: 'Case number of the mediation committee (at most 40 characters); generated (司调〔year〕n号) when omitted.' })
  caseNo?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Day the case was accepted (受理); today when omitted, never in the future.' })
  openedOn?: string | null;
}

@InputType({ description: 'Hand an open case up to the next grade (community → street → district).' })
export class EscalateMediationCaseInput {
  @Field(() => ID, { description: 'Global id of the case (`MediationCase:<n>`).' })
  mediationCaseId!: string;

  @Field({ description: 'Why the lower grade could not settle it (at most 2,000 characters; kept in the timeline).' })
  reason!: string;
}

@InputType({ description: 'Close an open case as settled or failed.' })
export class CloseMediationCaseInput {
  @Field(() => ID, { description: 'Global id of the case (`MediationCase:<n>`).' })
  mediationCaseId!: string;

  @Field(() => MediationOutcome, { description: 'Settled or failed.' })
  outcome!: MediationOutcome;

  @Field({ description: 'The agreement reached, or why mediation failed (at most 2,000 characters). Case text.' })
  note!: string;
}

@InputType({ description: 'Record a lawsuit involving an enterprise (涉企诉讼), e.g. where a failed mediation went to court.' })
export class RecordLitigationInput {
  @Field(() => ID, { nullable: true, description: 'The failed mediation case the lawsuit grew out of (`MediationCase:<n>`); the lawsuit is then linked to it.' })
  mediationCaseId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The enterprise; required without mediationCaseId (the case names it otherwise).' })
  enterpriseUscc?: string | null;

  @Field({ description: 'Court case number (案号), at most 60 characters.' })
  caseNo!: string;

  @Field({ description: 'The court hearing the case (at most 100 characters).' })
  court!: string;

  @Field(() => LitigationRole, { description: 'Whether the enterprise sues or is sued.' })
  role!: LitigationRole;

  @Field({ description: 'Cause of action (案由), at most 200 characters.' })
  cause!: string;

  @Field(() => DateScalar, { description: 'Day the case was filed; not in the future.' })
  filedOn!: string;
}

@InputType({ description: 'Conclude a pending lawsuit (结案): how and when it ended.' })
export class ConcludeLitigationInput {
  @Field(() => ID, { description: 'Global id of the lawsuit (`Litigation:<n>`).' })
  litigationId!: string;

  @Field(() => LitigationOutcome, { description: 'Judgment, settled in court, or withdrawn.' })
  outcome!: LitigationOutcome;

  @Field(() => DateScalar, { description: 'Day the case was concluded: not before it was filed, not in the future.' })
  concludedOn!: string;

  @Field(() => String, { nullable: true, description: 'A note on the conclusion, e.g. what the judgment ordered (at most 2,000 characters). Case text.' })
  note?: string | null;
}

@InputType({ description: 'Narrows the judicial work list of mediation cases.' })
export class MediationCaseFilter {
  @Field(() => MediationStatus, { nullable: true, description: 'Only cases in this status.' })
  status?: MediationStatus | null;

  @Field(() => MediationGrade, { nullable: true, description: 'Only cases at this grade.' })
  grade?: MediationGrade | null;

  @Field(() => DisputeCategory, { nullable: true, description: 'Only disputes of this category.' })
  category?: DisputeCategory | null;

  @Field(() => ID, { nullable: true, description: 'Only cases of this enterprise (USCC).' })
  enterpriseUscc?: string | null;
}

const caseField = (description: string) => ({ type: () => MediationCase, description });

export const OpenMediationCasePayload = payloadType<{ mediationCase: MediationCase }>('OpenMediationCasePayload', 'Result of openMediationCase.', {
  mediationCase: caseField('The case as opened (status OPEN, its first timeline step).'),
});
export const EscalateMediationCasePayload = payloadType<{ mediationCase: MediationCase }>('EscalateMediationCasePayload', 'Result of escalateMediationCase.', {
  mediationCase: caseField('The case at its new grade.'),
});
export const CloseMediationCasePayload = payloadType<{ mediationCase: MediationCase }>('CloseMediationCasePayload', 'Result of closeMediationCase.', {
  mediationCase: caseField('The case as closed.'),
});
export const RecordLitigationPayload = payloadType<{ litigation: Litigation; mediationCase: MediationCase | null }>('RecordLitigationPayload', 'Result of recordLitigation.', {
  litigation: { type: () => Litigation, description: 'The lawsuit as recorded.' },
  mediationCase: { type: () => MediationCase, nullable: true, description: 'The failed case it grew out of (with its new timeline step); null when none was named.' },
});
export const ConcludeLitigationPayload = payloadType<{ litigation: Litigation; mediationCase: MediationCase | null }>('ConcludeLitigationPayload', 'Result of concludeLitigation.', {
  litigation: { type: () => Litigation, description: 'The lawsuit as concluded (pending false, with its outcome and day).' },
  mediationCase: { type: () => MediationCase, nullable: true, description: 'The failed mediation case it grew out of, with its LITIGATION_CONCLUDED timeline step; null when none.' },
});

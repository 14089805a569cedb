import { Field, ID, InputType } from 'type-graphql';
import { connectionType } from '../../../shared/pagination';
import { payloadType } from '../../../shared/payload';
import { DateScalar } from '../../../shared/scalars';
import { AbnormalListing, Penalty, PenaltyAction } from '../registration/registration.entity';
import { Complaint, ComplaintAction, Inspection, InspectionResult } from './records.entity';

export const InspectionConnection = connectionType(Inspection, 'Inspection');
export const ComplaintConnection = connectionType(Complaint, 'Complaint');
export const PenaltyConnection = connectionType(Penalty, 'Penalty');

@InputType({ description: 'An on-site inspection (现场检查) market supervision made.' })
export class RecordInspectionInput {
  @Field(() => ID, { description: 'Unified social credit code of the enterprise (registered with market supervision).' })
  uscc!: string;

  @Field(() => DateScalar, { description: 'Day of the inspection; not after today (hub clock).' })
  date!: string;

  @Field({ description: 'Who inspected (at most 200 characters).' })
  inspector!: string;

  @Field(() => InspectionResult, { description: 'The outcome.' })
  result!: InspectionResult;

  @Field({ description: 'What was checked and found (at most 5,000 characters).' })
  notes!: string;
}

@InputType({ description: 'A consumer complaint (消费者投诉) received about an enterprise.' })
export class RecordComplaintInput {
  @Field(() => ID, { description: 'Unified social credit code of the enterprise complained about.' })
  uscc!: string;

  @Field(() => DateScalar, { description: 'Day it was received; not after today (hub clock).' })
  receivedOn!: string;

  @Field({ description: 'What it is about, in a line (at most 200 characters).' })
  subject!: string;

  @Field({ description: 'The complaint as made (at most 5,000 characters).' })
  details!: string;
}

@InputType({ description: 'A step in handling a consumer complaint, taken today (hub clock).' })
export class ChangeComplaintStatusInput {
  @Field(() => ID, { description: 'Global id of the complaint (`Complaint:<n>`).' })
  complaintId!: string;

  @Field(() => ComplaintAction, { description: 'The step: START_HANDLING, CLOSE or DISMISS.' })
  action!: ComplaintAction;

  @Field(() => String, { nullable: true, description: 'The outcome (CLOSE) or why it is not accepted (DISMISS): required for those (at most 2,000 characters).' })
  note?: string | null;
}

@InputType({ description: 'List an enterprise in the abnormal-operation list (经营异常名录 列入).' })
export class AddToAbnormalListInput {
  @Field(() => ID, { description: 'Unified social credit code of the enterprise.' })
  uscc!: string;

  @Field(() => DateScalar, { description: 'Day of the listing decision; not after today, not before its last removal.' })
  date!: string;

  @Field({ description: 'Why, e.g. 未按规定报送年度报告 (at most 200 characters).' })
  reason!: string;
}

@InputType({ description: 'Remove an enterprise from the abnormal-operation list (经营异常名录 移出).' })
export class RemoveFromAbnormalListInput {
  @Field(() => ID, { description: 'Unified social credit code of the enterprise.' })
  uscc!: string;

  @Field(() => DateScalar, { description: 'Day of the removal decision; not after today, not before the listing.' })
  date!: string;

  @Field({ description: 'Why, e.g. 已补报年度报告 (at most 200 characters).' })
  reason!: string;
}

@InputType({ description: 'An administrative penalty (行政处罚) decided by market supervision.' })
export class RecordPenaltyInput {
  @Field(() => ID, { description: 'Unified social credit code of the enterprise penalised.' })
  uscc!: string;

  @Field({ description: 'Decision number (处罚决定书文号), unique (at most 60 characters).' })
  decisionNo!: string;

  @Field(() => DateScalar, { description: 'Day of the decision; not after today.' })
  decidedOn!: string;

  @Field({ description: 'The violation (at most 300 characters).' })
  violation!: string;

  @Field({ description: 'Fine in yuan as a decimal string, at least 0, at most two decimals (e.g. "12500.00"); never a float.' })
  fine!: string;
}

@InputType({ description: 'A step in the life of an administrative penalty, taken today (hub clock).' })
export class ChangePenaltyStatusInput {
  @Field(() => ID, { description: 'Global id of the penalty (`Penalty:<n>`).' })
  penaltyId!: string;

  @Field(() => PenaltyAction, { description: 'The step: PAY, APPEAL, UPHOLD or REVOKE.' })
  action!: PenaltyAction;

  @Field(() => String, { nullable: true, description: 'A note, e.g. the receipt or the reconsideration decision (at most 2,000 characters).' })
  note?: string | null;
}

export const RecordInspectionPayload = payloadType<{ inspection: Inspection }>('RecordInspectionPayload', 'Result of recordInspection.', {
  inspection: { type: () => Inspection, description: 'The inspection as recorded.' },
});
export const RecordComplaintPayload = payloadType<{ complaint: Complaint }>('RecordComplaintPayload', 'Result of recordComplaint.', {
  complaint: { type: () => Complaint, description: 'The complaint as registered (RECEIVED).' },
});
export const ChangeComplaintStatusPayload = payloadType<{ complaint: Complaint }>('ChangeComplaintStatusPayload', 'Result of changeComplaintStatus.', {
  complaint: { type: () => Complaint, description: 'The complaint after the step.' },
});
export const AddToAbnormalListPayload = payloadType<{ listing: AbnormalListing }>('AddToAbnormalListPayload', 'Result of addToAbnormalList.', {
  listing: { type: () => AbnormalListing, description: 'The new current listing.' },
});
export const RemoveFromAbnormalListPayload = payloadType<{ listing: AbnormalListing }>('RemoveFromAbnormalListPayload', 'Result of removeFromAbnormalList.', {
  listing: { type: () => AbnormalListing, description: 'The listing just ended (with its removal day and reason).' },
});
export const RecordPenaltyPayload = payloadType<{ penalty: Penalty }>('RecordPenaltyPayload', 'Result of recordPenalty.', {
  penalty: { type: () => Penalty, description: 'The penalty as recorded (DECIDED).' },
});
export const ChangePenaltyStatusPayload = payloadType<{ penalty: Penalty }>('ChangePenaltyStatusPayload', 'Result of changePenaltyStatus.', {
  penalty: { type: () => Penalty, description: 'The penalty after the step.' },
});

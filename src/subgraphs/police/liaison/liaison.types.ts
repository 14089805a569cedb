import { Field, ID, InputType } from 'type-graphql';
import { connectionType } from '../../../shared/pagination';
import { payloadType } from '../../../shared/payload';
import { KeyEnterprise, OfficerAssignment } from '../station/station.entity';

export const LiaisonAssignmentConnection = connectionType(OfficerAssignment, 'LiaisonAssignment');
export const KeyEnterpriseConnection = connectionType(KeyEnterprise, 'KeyEnterprise');

@InputType({ description: 'Assign a liaison officer (一企一警) to a key enterprise, or replace its current one.' })
export class AssignLiaisonOfficerInput {
  @Field(() => ID, { description: 'Unified social credit code of a key enterprise on a station register.' })
  uscc!: string;

  @Field(() => ID, { description: 'Global id of the officer (`Officer:<badge>`), of the station whose jurisdiction the enterprise lies in.' })
  officerId!: string;

  @Field(() => String, { nullable: true, description: 'Why: required when replacing a current officer (kept in the history), optional for a first assignment.' })
  reason?: string | null;
}

@InputType({ description: "End a key enterprise's current liaison assignment, leaving it without an officer." })
export class EndLiaisonAssignmentInput {
  @Field(() => ID, { description: 'Unified social credit code of the enterprise.' })
  uscc!: string;

  @Field({ description: 'Why the assignment ends (kept in the history).' })
  reason!: string;
}

export const AssignLiaisonOfficerPayload = payloadType<{ assignment: OfficerAssignment }>('AssignLiaisonOfficerPayload', 'Result of assignLiaisonOfficer.', {
  assignment: { type: () => OfficerAssignment, description: 'The new current assignment (the replaced one, if any, now has its `to` date).' },
});

export const EndLiaisonAssignmentPayload = payloadType<{ assignment: OfficerAssignment }>('EndLiaisonAssignmentPayload', 'Result of endLiaisonAssignment.', {
  assignment: { type: () => OfficerAssignment, description: 'The assignment just ended.' },
});

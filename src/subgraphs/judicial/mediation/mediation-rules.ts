import { registerEnumType } from 'type-graphql';
import { conflict } from '../../../shared/errors';
import { stateMachine } from '../../../shared/state-machine';

/** Graded dispute mediation (矛盾纠纷分级调解): community (村居), street (镇街), district (区县). */
export enum MediationGrade {
  COMMUNITY = 'COMMUNITY',
  STREET = 'STREET',
  DISTRICT = 'DISTRICT',
}
registerEnumType(MediationGrade, {
  name: 'MediationGrade',
  description: 'Level that mediates a dispute (矛盾纠纷分级调解): community → street → district.',
  valuesConfig: {
    COMMUNITY: { description: 'Village or residents\' committee mediation (村居调解), the first grade.' },
    STREET: { description: 'Town or street mediation (镇街调解), the second grade.' },
    DISTRICT: { description: 'District or county mediation (区县调解), the highest grade.' },
  },
});

/** The grades in order: escalation moves one step along this list. */
export const GRADE_ORDER: readonly MediationGrade[] = [MediationGrade.COMMUNITY, MediationGrade.STREET, MediationGrade.DISTRICT];

export enum MediationStatus {
  OPEN = 'OPEN',
  SETTLED = 'SETTLED',
  FAILED = 'FAILED',
}
registerEnumType(MediationStatus, {
  name: 'MediationStatus',
  description: 'Where a mediation case is: OPEN → SETTLED | FAILED (a failed case may go to court).',
  valuesConfig: {
    OPEN: { description: 'Mediation under way (调解中).' },
    SETTLED: { description: 'The parties reached an agreement (调解成功).' },
    FAILED: { description: 'No agreement was reached (调解不成); litigation may follow.' },
  },
});

/** What a dispute is about. The seeds' subjects map onto these; 欠薪 is the one the risk signals watch most. */
export enum DisputeCategory {
  WAGE_ARREARS = 'WAGE_ARREARS',
  LABOUR = 'LABOUR',
  CONTRACT = 'CONTRACT',
  LEASE = 'LEASE',
  OTHER = 'OTHER',
}
registerEnumType(DisputeCategory, {
  name: 'DisputeCategory',
  description: 'What a dispute is about (纠纷类别).',
  valuesConfig: {
    WAGE_ARREARS: { description: 'Unpaid wages (欠薪纠纷): an early sign of an enterprise in trouble.' },
    LABOUR: { description: 'Other labour disputes (劳动争议): dismissal, social insurance, injuries.' },
    CONTRACT: { description: 'Contract disputes (合同纠纷) with suppliers or customers.' },
    LEASE: { description: 'Lease disputes (租赁纠纷) over premises or equipment.' },
    OTHER: { description: 'Any other dispute (其他纠纷).' },
  },
});

/** The category of a seeded or legacy case, from its subject text. */
export function categoryOfSubject(subject: string): DisputeCategory {
  if (subject.includes('欠薪')) return DisputeCategory.WAGE_ARREARS;
  if (subject.includes('劳动')) return DisputeCategory.LABOUR;
  if (subject.includes('合同')) return DisputeCategory.CONTRACT;
  if (subject.includes('租赁')) return DisputeCategory.LEASE;
  return DisputeCategory.OTHER;
}

/** One entry of a case's timeline. */
export enum MediationAction {
  OPENED = 'OPENED',
  ESCALATED = 'ESCALATED',
  SETTLED = 'SETTLED',
  FAILED = 'FAILED',
  LITIGATION_FILED = 'LITIGATION_FILED',
  LITIGATION_CONCLUDED = 'LITIGATION_CONCLUDED',
}
registerEnumType(MediationAction, {
  name: 'MediationAction',
  description: 'What happened to a mediation case at one step of its timeline.',
  valuesConfig: {
    OPENED: { description: 'The case was opened (受理) at its first grade.' },
    ESCALATED: { description: 'Handed up to the next grade (逐级上报) with a reason.' },
    SETTLED: { description: 'Closed with an agreement (调解成功).' },
    FAILED: { description: 'Closed without an agreement (调解不成).' },
    LITIGATION_FILED: { description: 'The failed dispute went to court (转诉讼): a litigation record is linked.' },
    LITIGATION_CONCLUDED: { description: 'The lawsuit it went to was concluded (结案): judgment, settled in court or withdrawn.' },
  },
});

type CaseStep = 'escalate' | 'settle' | 'fail' | 'fileLitigation';

/**
 * The status machine of a mediation case. Escalation keeps the case OPEN and moves its grade (the
 * grade rule is in `nextGrade`); closing is once; only a failed case goes to court.
 */
export const mediationStateMachine = stateMachine<MediationStatus, CaseStep>(
  {
    escalate: { from: [MediationStatus.OPEN], to: MediationStatus.OPEN, why: 'only an open case can be handed up to the next grade' },
    settle: { from: [MediationStatus.OPEN], to: MediationStatus.SETTLED, why: 'a case is closed once' },
    fail: { from: [MediationStatus.OPEN], to: MediationStatus.FAILED, why: 'a case is closed once' },
    fileLitigation: { from: [MediationStatus.FAILED], to: MediationStatus.FAILED, why: 'only a case whose mediation failed goes to court' },
  },
  (status, action, step) => `Cannot ${ACTION_WORDS[action]}: the mediation case is ${status}, and ${step.why}.`,
);

const ACTION_WORDS: Record<CaseStep, string> = {
  escalate: 'escalate the case',
  settle: 'close the case as settled',
  fail: 'close the case as failed',
  fileLitigation: 'record litigation for the case',
};

/** The grade above `grade`; CONFLICT at the district grade, the highest. */
export function nextGrade(grade: MediationGrade): MediationGrade {
  const i = GRADE_ORDER.indexOf(grade);
  if (i === GRADE_ORDER.length - 1) {
    throw conflict('Cannot escalate the case: it is already mediated at the district grade (区县), the highest; close it as settled or failed.');
  }
  return GRADE_ORDER[i + 1];
}

export enum LegalAidStatus {
  RECEIVED = 'RECEIVED',
  GRANTED = 'GRANTED',
  REFUSED = 'REFUSED',
}
registerEnumType(LegalAidStatus, {
  name: 'LegalAidStatus',
  description: 'Where a legal-aid request (法律援助申请) is: RECEIVED → GRANTED | REFUSED, decided once.',
  valuesConfig: {
    RECEIVED: { description: 'Recorded, waiting for the decision (已受理).' },
    GRANTED: { description: 'Legal aid granted (准予援助).' },
    REFUSED: { description: 'Legal aid refused, with a reason (不予援助).' },
  },
});

/** RECEIVED → GRANTED | REFUSED, once: a second decision is CONFLICT. */
export const legalAidStateMachine = stateMachine<LegalAidStatus, 'grant' | 'refuse'>(
  {
    grant: { from: [LegalAidStatus.RECEIVED], to: LegalAidStatus.GRANTED, why: 'a request is decided once' },
    refuse: { from: [LegalAidStatus.RECEIVED], to: LegalAidStatus.REFUSED, why: 'a request is decided once' },
  },
  (status, _action, step) => `This legal-aid request is already ${status}: ${step.why}.`,
);

/** How a lawsuit ended (结案方式). */
export enum LitigationOutcome {
  JUDGMENT = 'JUDGMENT',
  SETTLED_IN_COURT = 'SETTLED_IN_COURT',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(LitigationOutcome, {
  name: 'LitigationOutcome',
  description: 'How a lawsuit was concluded (结案方式).',
  valuesConfig: {
    JUDGMENT: { description: 'The court gave judgment (判决).' },
    SETTLED_IN_COURT: { description: 'The parties settled before the court (调解/和解结案).' },
    WITHDRAWN: { description: 'The claim was withdrawn (撤诉).' },
  },
});

/** The outcome in the words of the case timeline. */
export const OUTCOME_WORDS: Record<LitigationOutcome, string> = {
  [LitigationOutcome.JUDGMENT]: '判决结案',
  [LitigationOutcome.SETTLED_IN_COURT]: '调解结案',
  [LitigationOutcome.WITHDRAWN]: '撤诉结案',
};

/** A lawsuit is PENDING until it is concluded, once (the entity keeps it as `pending`). */
export type LitigationState = 'PENDING' | 'CONCLUDED';

export const litigationStateMachine = stateMachine<LitigationState, 'conclude'>(
  { conclude: { from: ['PENDING'], to: 'CONCLUDED', why: 'a lawsuit is concluded once' } },
  (state, _action, step) => `Cannot conclude the lawsuit: it is ${state} already, and ${step.why}.`,
);

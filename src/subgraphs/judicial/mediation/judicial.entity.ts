import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../../shared/scalars';
import { badInput } from '../../../shared/errors';
import {
  DisputeCategory, LegalAidStatus, legalAidStateMachine, litigationStateMachine, LitigationOutcome, MediationAction, MediationGrade, mediationStateMachine,
  MediationStatus, nextGrade,
} from './mediation-rules';

export { DisputeCategory, LegalAidStatus, LitigationOutcome, MediationAction, MediationGrade, MediationStatus };

export enum LitigationRole {
  PLAINTIFF = 'PLAINTIFF',
  DEFENDANT = 'DEFENDANT',
}
registerEnumType(LitigationRole, {
  name: 'LitigationRole',
  description: 'The enterprise\'s side in a lawsuit.',
  valuesConfig: {
    PLAINTIFF: { description: 'The enterprise sues (原告).' },
    DEFENDANT: { description: 'The enterprise is sued (被告).' },
  },
});

/** Who did a step, as the timeline shows it. */
export interface Actor {
  id: string;
  name: string;
}

/**
 * People's mediation case (人民调解), graded community → street → district (分级调解). Everyone who
 * may see the enterprise sees the summary fields (grade, status, category, dates); the case text
 * (subject, description, parties, closing note, timeline) is the judicial bureau's and the
 * coordinators' (resolver: mediation.resolver.ts). The entity owns its state machine.
 */
@ObjectType({ description: 'A people\'s mediation case (人民调解) involving the enterprise, graded community, street or district (矛盾纠纷分级调解). Summary fields for every department; case text for the judicial bureau and coordinators.' })
@Entity({ tableName: 'mediation_case' })
@Index({ properties: ['uscc', 'status'] })
// one open case per hub request: a second opening for the same request is CONFLICT (the service checks first)
@Index({
  name: 'mediation_case_one_open_per_issue',
  expression: "CREATE UNIQUE INDEX mediation_case_one_open_per_issue ON judicial.mediation_case USING btree (issue_id) WHERE (status = 'OPEN'::judicial.mediation_status)",
})
export class MediationCase {
  [OptionalProps]?: 'globalId' | 'closedOn' | 'description' | 'parties' | 'issueId' | 'closingNote' | 'category';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => ID, { name: 'id', description: 'Global id of the case (`MediationCase:<n>`).' })
  get globalId(): string {
    return `MediationCase:${this.id}`;
  }

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Field({ description: 'Case number given by the mediation committee (调解案号), e.g. 清调〔2026〕0012号.' })
  @Property({ type: 'string', length: 40, unique: true })
  caseNo!: string;

  @Field(() => MediationGrade, { description: 'Grade that mediates the dispute now.' })
  @Enum({ items: () => MediationGrade, nativeEnumName: 'mediation_grade' })
  grade!: MediationGrade;

  @Field(() => MediationStatus, { description: 'Open, settled or failed.' })
  @Enum({ items: () => MediationStatus, nativeEnumName: 'mediation_status' })
  status!: MediationStatus;

  @Field(() => DisputeCategory, { description: 'What the dispute is about (summary).' })
  @Enum({ items: () => DisputeCategory, nativeEnumName: 'dispute_category', default: DisputeCategory.OTHER })
  category: DisputeCategory = DisputeCategory.OTHER;

  /** Short title of the dispute (case text: resolver checks access). */
  @Property({ type: 'string', length: 200 })
  subject!: string;

  /** What the dispute is about in full (case text). */
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  /** The other parties (e.g. 王某等12名员工): personal data, case text. */
  @Property({ type: 'text', nullable: true })
  parties: string | null = null;

  @Field(() => DateScalar, { description: 'When the case was opened (受理日期).' })
  @Property({ type: 'date' })
  openedOn!: string;

  @Field(() => DateScalar, { description: 'Since when the case is at its current grade (the day it was opened or last escalated).' })
  @Property({ type: 'date' })
  gradeSince!: string;

  @Field(() => DateScalar, { nullable: true, description: 'When the case was closed; null while open.' })
  @Property({ type: 'date', nullable: true })
  closedOn: string | null = null;

  /** The agreement reached, or why mediation failed (case text). */
  @Property({ type: 'text', nullable: true })
  closingNote: string | null = null;

  /** Global id of the hub request (诉求) the case was opened for (`Issue:<n>`); the hub owns that row. */
  @Index()
  @Property({ type: 'string', length: 32, nullable: true })
  issueId: string | null = null;

  /** Hands the case up one grade; CONFLICT unless open and below the district grade. */
  escalate(day: string): { from: MediationGrade; to: MediationGrade } {
    mediationStateMachine.transition(this.status, 'escalate');
    const from = this.grade;
    this.grade = nextGrade(from);
    this.gradeSince = day;
    return { from, to: this.grade };
  }

  /** Closes the case once, as settled or failed. */
  close(outcome: MediationStatus.SETTLED | MediationStatus.FAILED, day: string, note: string): void {
    this.status = mediationStateMachine.transition(this.status, outcome === MediationStatus.SETTLED ? 'settle' : 'fail');
    this.closedOn = day;
    this.closingNote = note;
  }

  /** Checks that the case may go to court (failed); the service checks it has no litigation yet. */
  assertMayFileLitigation(): void {
    mediationStateMachine.transition(this.status, 'fileLitigation');
  }
}

/** One step of a mediation case's timeline (case timeline), never changed or deleted. */
@ObjectType({ description: 'One step of a mediation case\'s timeline: opened, escalated, closed, taken to court.' })
@Entity({ tableName: 'mediation_step' })
export class MediationStep {
  [OptionalProps]?: 'globalId' | 'fromGrade' | 'note';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => ID, { name: 'id', description: 'Global id of the step (`MediationStep:<n>`).' })
  get globalId(): string {
    return `MediationStep:${this.id}`;
  }

  @Index()
  @ManyToOne(() => MediationCase)
  mediationCase!: MediationCase;

  @Field(() => MediationAction, { description: 'What happened.' })
  @Enum({ items: () => MediationAction, nativeEnumName: 'mediation_action' })
  action!: MediationAction;

  @Field(() => MediationGrade, { nullable: true, description: 'Grade before an escalation; null for other steps.' })
  @Enum({ items: () => MediationGrade, nativeEnumName: 'mediation_grade', nullable: true })
  fromGrade: MediationGrade | null = null;

  @Field(() => MediationGrade, { description: 'Grade of the case after the step.' })
  @Enum({ items: () => MediationGrade, nativeEnumName: 'mediation_grade' })
  grade!: MediationGrade;

  @Field(() => MediationStatus, { description: 'Status of the case after the step.' })
  @Enum({ items: () => MediationStatus, nativeEnumName: 'mediation_status' })
  status!: MediationStatus;

  @Field(() => String, { nullable: true, description: 'Why (escalation reason), the agreement or why mediation failed.' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field({ description: 'When the step was recorded.' })
  @Property({ type: 'datetime' })
  at!: Date;

  /** User id (token subject) of who did it. */
  @Property({ type: 'string', length: 100 })
  actorId!: string;

  @Field({ description: 'Name of the judicial officer who did it.' })
  @Property({ type: 'string', length: 100 })
  actorName!: string;
}

/** Litigation involving the enterprise (涉企诉讼), possibly where a failed mediation went to court. */
@ObjectType({ description: 'A lawsuit involving the enterprise (涉企诉讼). Confidential to the judicial bureau and coordinators.' })
@Entity({ tableName: 'litigation' })
@Index({ properties: ['uscc'] })
export class Litigation {
  [OptionalProps]?: 'pending' | 'globalId' | 'mediationCase' | 'recordedAt' | 'outcome' | 'concludedOn' | 'conclusionNote' | 'concludedBy';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => ID, { name: 'id', description: 'Global id of the litigation record (`Litigation:<n>`).' })
  get globalId(): string {
    return `Litigation:${this.id}`;
  }

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Field({ description: 'Court case number (案号).' })
  @Property({ type: 'string', length: 60 })
  caseNo!: string;

  @Field({ description: 'The court hearing the case.' })
  @Property({ type: 'string', length: 100 })
  court!: string;

  @Field(() => LitigationRole, { description: 'Whether the enterprise sues or is sued.' })
  @Enum({ items: () => LitigationRole, nativeEnumName: 'litigation_role' })
  role!: LitigationRole;

  @Field({ description: 'Cause of action (案由), e.g. 买卖合同纠纷.' })
  @Property({ type: 'string', length: 200 })
  cause!: string;

  @Field(() => DateScalar, { description: 'When the case was filed.' })
  @Property({ type: 'date' })
  filedOn!: string;

  @Field({ description: 'True while the case is not concluded.' })
  @Property({ type: 'boolean', default: true })
  pending: boolean = true;

  @Field(() => LitigationOutcome, { nullable: true, description: 'How the case was concluded; null while pending (and for lawsuits concluded before outcomes were recorded).' })
  @Enum({ items: () => LitigationOutcome, nativeEnumName: 'litigation_outcome', nullable: true })
  outcome: LitigationOutcome | null = null;

  @Field(() => DateScalar, { nullable: true, description: 'Day the case was concluded (结案日期); null while pending.' })
  @Property({ type: 'date', nullable: true })
  concludedOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'A note on the conclusion, e.g. what the judgment ordered; null when none was given.' })
  @Property({ type: 'text', nullable: true })
  conclusionNote: string | null = null;

  /** User id (token subject) of the judicial officer who recorded the conclusion. */
  @Property({ type: 'string', length: 100, nullable: true })
  concludedBy: string | null = null;

  /** The failed mediation this lawsuit grew out of, if any: at most one lawsuit per case. */
  @ManyToOne(() => MediationCase, { nullable: true, unique: true })
  mediationCase: MediationCase | null = null;

  @Field(() => Date, { nullable: true, description: 'When the record was made (null for records kept before).' })
  @Property({ type: 'datetime', nullable: true })
  recordedAt: Date | null = null;

  /** Concludes the lawsuit once (CONFLICT when it is not pending), on a day not before it was filed. */
  conclude(outcome: LitigationOutcome, day: string, note: string | null, by: string): void {
    litigationStateMachine.transition(this.pending ? 'PENDING' : 'CONCLUDED', 'conclude');
    if (day < this.filedOn) throw badInput(`concludedOn ${day} is before the case was filed (${this.filedOn}).`, 'concludedOn');
    this.pending = false;
    this.outcome = outcome;
    this.concludedOn = day;
    this.conclusionNote = note;
    this.concludedBy = by;
  }
}

/**
 * Legal-aid request (法律援助申请), e.g. workers owed wages by the enterprise, recorded and decided
 * by the judicial bureau. Summary (status, category, dates) for every department; applicant and
 * matter are case text.
 */
@ObjectType({ description: 'A legal-aid request (法律援助申请) concerning the enterprise, recorded and decided by the judicial bureau.' })
@Entity({ tableName: 'legal_aid_request' })
@Index({ properties: ['uscc', 'receivedOn'] })
export class LegalAidRequest {
  [OptionalProps]?: 'globalId' | 'status' | 'decidedOn' | 'decisionReason' | 'decidedBy' | 'mediationCase';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => ID, { name: 'id', description: 'Global id of the request (`LegalAidRequest:<n>`).' })
  get globalId(): string {
    return `LegalAidRequest:${this.id}`;
  }

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  /** Who applies (name, or e.g. 张某等5名员工): personal data. */
  @Property({ type: 'text' })
  applicant!: string;

  @Field(() => DisputeCategory, { description: 'What the matter is about (summary).' })
  @Enum({ items: () => DisputeCategory, nativeEnumName: 'dispute_category' })
  category!: DisputeCategory;

  /** What the applicant needs help with (case text). */
  @Property({ type: 'text' })
  matter!: string;

  @Field(() => LegalAidStatus, { description: 'RECEIVED → GRANTED | REFUSED.' })
  @Enum({ items: () => LegalAidStatus, nativeEnumName: 'legal_aid_status' })
  status: LegalAidStatus = LegalAidStatus.RECEIVED;

  @Field(() => DateScalar, { description: 'When the request was received (受理日期).' })
  @Property({ type: 'date' })
  receivedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'When it was decided; null while waiting.' })
  @Property({ type: 'date', nullable: true })
  decidedOn: string | null = null;

  /** Why it was granted or refused (case text). */
  @Property({ type: 'text', nullable: true })
  decisionReason: string | null = null;

  @Property({ type: 'string', length: 100 })
  recordedBy!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  decidedBy: string | null = null;

  @Index()
  @ManyToOne(() => MediationCase, { nullable: true })
  mediationCase: MediationCase | null = null;

  /** Decides once: grant or refuse. */
  decide(grant: boolean, day: string, reason: string | null, by: string): void {
    this.status = legalAidStateMachine.transition(this.status, grant ? 'grant' : 'refuse');
    this.decidedOn = day;
    this.decisionReason = reason;
    this.decidedBy = by;
  }
}

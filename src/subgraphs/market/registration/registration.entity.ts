import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../../shared/scalars';
import { stateMachine } from '../../../shared/state-machine';

/** Registration status: 存续 (active), 吊销 (licence revoked), 注销 (deregistered). */
export enum RegistrationStatus {
  ACTIVE = 'ACTIVE',
  REVOKED = 'REVOKED',
  DEREGISTERED = 'DEREGISTERED',
}
registerEnumType(RegistrationStatus, {
  name: 'RegistrationStatus',
  description: 'Business registration status (登记状态).',
  valuesConfig: {
    ACTIVE: { description: '存续' },
    REVOKED: { description: '吊销' },
    DEREGISTERED: { description: '注销' },
  },
});

/** Business registration (工商登记) held by market supervision. */
@Entity({ tableName: 'registration' })
export class Registration {
  @PrimaryKey({ type: 'string', length: 18 })
  uscc!: string;

  @Enum({ items: () => RegistrationStatus, nativeEnumName: 'registration_status' })
  status!: RegistrationStatus;

  @Property({ type: 'date' })
  registeredOn!: string;

  /** Registered capital in 10,000 yuan (万元). */
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  registeredCapitalWan!: string;

  @Property({ type: 'text' })
  businessScope!: string;
}

/**
 * Listing in the abnormal-operation list (经营异常名录): one row per period an enterprise was on the
 * list, from 列入 (listing) to 移出 (removal). Rows are never deleted: they are the history. A
 * partial unique index keeps at most one current (not removed) listing per enterprise.
 */
@ObjectType({ description: 'A listing in the abnormal-operation list (经营异常名录): when and why the enterprise was listed (列入) and, once removed (移出), when and why.' })
@Entity({ tableName: 'abnormal_listing' })
@Index({ properties: ['uscc', 'listedOn'] })
@Unique({
  name: 'abnormal_listing_current_uscc',
  expression: 'CREATE UNIQUE INDEX abnormal_listing_current_uscc ON market.abnormal_listing USING btree (uscc) WHERE (removed_on IS NULL)',
})
export class AbnormalListing {
  [OptionalProps]?: 'globalId' | 'removedOn' | 'removalReason' | 'isCurrent';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => ID, { name: 'id', description: 'Global id of the listing (`AbnormalListing:<n>`).' })
  get globalId(): string {
    return `AbnormalListing:${this.id}`;
  }

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Field(() => DateScalar, { description: 'When the enterprise was listed (列入日期).' })
  @Property({ type: 'date' })
  listedOn!: string;

  @Field({ description: 'Why it was listed, e.g. 未按规定报送年度报告.' })
  @Property({ type: 'string', length: 200 })
  reason!: string;

  @Field(() => DateScalar, { nullable: true, description: 'When it was removed from the list (移出日期); null while listed.' })
  @Property({ type: 'date', nullable: true })
  removedOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why it was removed, e.g. 已补报年度报告; null while listed.' })
  @Property({ type: 'string', length: 200, nullable: true })
  removalReason: string | null = null;

  @Field({ description: 'True while the enterprise is on the list under this listing.' })
  get isCurrent(): boolean {
    return this.removedOn === null;
  }

  /** Removes the enterprise from the list on `day`; the service checks that the listing is current. */
  remove(day: string, reason: string): void {
    if (this.removedOn !== null) throw new Error(`abnormal listing ${this.id} already removed`);
    this.removedOn = day;
    this.removalReason = reason;
  }
}

/** Where an administrative penalty stands (处罚状态). */
export enum PenaltyStatus {
  DECIDED = 'DECIDED',
  APPEALED = 'APPEALED',
  PAID = 'PAID',
  REVOKED = 'REVOKED',
}
registerEnumType(PenaltyStatus, {
  name: 'PenaltyStatus',
  description: 'Where an administrative penalty (行政处罚) stands.',
  valuesConfig: {
    DECIDED: { description: 'Decided (已决定): the fine is due.' },
    APPEALED: { description: 'Under administrative reconsideration or litigation (复议/诉讼中).' },
    PAID: { description: 'The fine has been paid (已缴纳); final.' },
    REVOKED: { description: 'Revoked on appeal (已撤销); final.' },
  },
});

/** What can happen to a penalty once decided. */
export enum PenaltyAction {
  PAY = 'PAY',
  APPEAL = 'APPEAL',
  UPHOLD = 'UPHOLD',
  REVOKE = 'REVOKE',
}
registerEnumType(PenaltyAction, {
  name: 'PenaltyAction',
  description: 'A step in the life of an administrative penalty (行政处罚).',
  valuesConfig: {
    PAY: { description: 'The fine was paid: DECIDED → PAID.' },
    APPEAL: { description: 'The enterprise applied for reconsideration or sued: DECIDED → APPEALED.' },
    UPHOLD: { description: 'The appeal failed, the fine is due again: APPEALED → DECIDED.' },
    REVOKE: { description: 'The appeal succeeded, the penalty is revoked: APPEALED → REVOKED.' },
  },
});

/** DECIDED → PAID | APPEALED; APPEALED → DECIDED (upheld) | REVOKED. PAID and REVOKED are final. */
export const penaltyMachine = stateMachine<PenaltyStatus, PenaltyAction>(
  {
    PAY: { from: [PenaltyStatus.DECIDED], to: PenaltyStatus.PAID, why: 'only a decided penalty (not under appeal) is paid' },
    APPEAL: { from: [PenaltyStatus.DECIDED], to: PenaltyStatus.APPEALED, why: 'only a decided penalty can be appealed' },
    UPHOLD: { from: [PenaltyStatus.APPEALED], to: PenaltyStatus.DECIDED, why: 'only a penalty under appeal can be upheld' },
    REVOKE: { from: [PenaltyStatus.APPEALED], to: PenaltyStatus.REVOKED, why: 'only a penalty under appeal can be revoked' },
  },
  (current, action, step) => `This penalty is ${current}: it cannot take the step ${action}, because ${step.why}.`,
);

/** Administrative penalty (行政处罚). */
@ObjectType({ description: 'An administrative penalty (行政处罚) decided by market supervision. Confidential (need-to-know): amounts and violations are for FULL access only.' })
@Entity({ tableName: 'penalty' })
@Index({ properties: ['uscc', 'decidedOn'] })
export class Penalty {
  [OptionalProps]?: 'globalId' | 'status' | 'statusChangedOn' | 'statusNote' | 'fine';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => ID, { name: 'id', description: 'Global id of the penalty (`Penalty:<n>`).' })
  get globalId(): string {
    return `Penalty:${this.id}`;
  }

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Field({ description: 'Penalty decision number (处罚决定书文号); unique.' })
  @Property({ type: 'string', length: 60, unique: true })
  decisionNo!: string;

  @Field(() => DateScalar, { description: 'When the penalty was decided.' })
  @Property({ type: 'date' })
  decidedOn!: string;

  @Field({ description: 'The violation penalised.' })
  @Property({ type: 'string', length: 300 })
  violation!: string;

  @Field(() => Float, { description: 'Fine in yuan, as a float.', deprecationReason: 'A float cannot hold every amount in fen exactly: read `fine` (a decimal string).' })
  @Property({ type: 'decimal', precision: 14, scale: 2, serializer: Number })
  fineYuan!: string;

  @Field({ description: 'Fine (罚款) in yuan as a decimal string with two decimals, e.g. "12500.00".' })
  get fine(): string {
    return fixed2(String(this.fineYuan));
  }

  @Field(() => PenaltyStatus, { description: 'Where the penalty stands.' })
  @Enum({ items: () => PenaltyStatus, nativeEnumName: 'penalty_status', default: PenaltyStatus.DECIDED })
  status: PenaltyStatus = PenaltyStatus.DECIDED;

  @Field(() => DateScalar, { nullable: true, description: 'Day of the latest status change (paid, appealed, upheld, revoked); null while as decided.' })
  @Property({ type: 'date', nullable: true })
  statusChangedOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'Note on the latest status change (e.g. the payment receipt or the reconsideration decision).' })
  @Property({ type: 'text', nullable: true })
  statusNote: string | null = null;

  /** Takes a step of the penalty machine on `day`; CONFLICT when the step is illegal from the current status. */
  apply(action: PenaltyAction, day: string, note: string | null): void {
    this.status = penaltyMachine.transition(this.status, action);
    this.statusChangedOn = day;
    this.statusNote = note;
  }
}

/** A numeric column's text with exactly two decimals ("5000" → "5000.00", "12.5" → "12.50"). */
function fixed2(value: string): string {
  const [whole, fraction = ''] = value.split('.');
  return `${whole}.${(fraction + '00').slice(0, 2)}`;
}

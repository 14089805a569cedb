import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../../shared/scalars';
import { stateMachine } from '../../../shared/state-machine';

/** Tax credit rating (纳税信用等级), assessed yearly: A best … D worst; M for new taxpayers. */
export enum CreditRating {
  A = 'A',
  B = 'B',
  M = 'M',
  C = 'C',
  D = 'D',
}
registerEnumType(CreditRating, {
  name: 'TaxCreditRating',
  description: 'Tax credit rating grade (纳税信用等级), assessed yearly.',
  valuesConfig: {
    A: { description: 'Best grade: trusted taxpayer.' },
    B: { description: 'Good standing.' },
    M: { description: 'New taxpayer or too little history to judge (新设立).' },
    C: { description: 'Poor compliance record.' },
    D: { description: 'Worst: serious violations, e.g. tax evasion (失信).' },
  },
});

/**
 * A taxpayer registered with the tax bureau (税务登记): the tax subgraph's own register of the
 * enterprises it keeps records for (it reads no other subgraph's tables). Not exposed; writes for an
 * enterprise not on it are NOT_FOUND.
 */
@Entity({ tableName: 'taxpayer' })
export class Taxpayer {
  @PrimaryKey({ type: 'string', length: 18 })
  uscc!: string;

  @Property({ type: 'date' })
  registeredOn!: string;
}

/** One rating per enterprise and year (unique); a re-rating changes it and leaves a revision behind. */
@ObjectType({ description: 'A yearly tax credit rating (纳税信用等级) of the enterprise.' })
@Entity({ tableName: 'credit_rating' })
@Unique({ properties: ['uscc', 'year'] })
export class CreditRatingRecord {
  [OptionalProps]?: 'globalId' | 'ratedOn' | 'reason';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => ID, { name: 'id', description: 'Global id of the rating (`CreditRatingRecord:<n>`).' })
  get globalId(): string {
    return `CreditRatingRecord:${this.id}`;
  }

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Field(() => Int, { description: 'The year assessed.' })
  @Property({ type: 'smallint' })
  year!: number;

  @Field(() => CreditRating, { description: 'The grade now in force for that year: A best … D worst; M for new taxpayers.' })
  @Enum({ items: () => CreditRating, nativeEnumName: 'credit_rating_grade' })
  rating!: CreditRating;

  @Field(() => DateScalar, { nullable: true, description: 'Day the grade now in force was given (rated or re-rated); null for ratings imported without it.' })
  @Property({ type: 'date', nullable: true })
  ratedOn: string | null = null;

  /** Why the grade in force was given; FULL access only (a field resolver checks). */
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;
}

/** A change of a year's rating (信用等级复评/调整): the history a re-rating keeps. */
@ObjectType('TaxCreditRatingRevision', { description: "A change of a year's tax credit rating (re-rating, 复评): from which grade to which, when and why." })
@Entity({ tableName: 'credit_rating_revision' })
export class CreditRatingRevision {
  [OptionalProps]?: 'globalId';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => ID, { name: 'id', description: 'Global id of the revision (`TaxCreditRatingRevision:<n>`).' })
  get globalId(): string {
    return `TaxCreditRatingRevision:${this.id}`;
  }

  @Index()
  @ManyToOne(() => CreditRatingRecord)
  ratingRecord!: CreditRatingRecord;

  @Field(() => CreditRating, { description: 'The grade before.' })
  @Enum({ items: () => CreditRating, nativeEnumName: 'credit_rating_grade' })
  previousRating!: CreditRating;

  @Field(() => CreditRating, { description: 'The grade after.' })
  @Enum({ items: () => CreditRating, nativeEnumName: 'credit_rating_grade' })
  rating!: CreditRating;

  @Field(() => DateScalar, { description: 'Day of the re-rating.' })
  @Property({ type: 'date' })
  revisedOn!: string;

  @Field({ description: 'Why the grade changed.' })
  @Property({ type: 'text' })
  reason!: string;

  /** The account (token `sub`) that re-rated. */
  @Property({ type: 'string', length: 100 })
  revisedBy!: string;
}

/** Tax arrears (欠税). */
@ObjectType({ description: 'Tax arrears (欠税) owed by the enterprise. Confidential (need-to-know): FULL access only.' })
@Entity({ tableName: 'arrears' })
@Index({ properties: ['uscc'] })
// the officers' work list (outstandingTaxArrears): only what is still owed, the longest-owed first
@Index({ name: 'arrears_outstanding_since_id', expression: 'CREATE INDEX arrears_outstanding_since_id ON tax.arrears USING btree (since, id) WHERE (settled_on IS NULL)' })
export class Arrears {
  [OptionalProps]?: 'globalId' | 'settledOn' | 'amount' | 'recordedBy';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => ID, { name: 'id', description: 'Global id of the arrears record (`Arrears:<n>`).' })
  get globalId(): string {
    return `Arrears:${this.id}`;
  }

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Field({ description: 'Kind of tax owed (税种), e.g. 增值税, 企业所得税.' })
  @Property({ type: 'string', length: 50 })
  taxType!: string;

  @Field(() => Float, { description: 'Amount owed in yuan, as a float.', deprecationReason: 'A float cannot hold every amount in fen exactly: read `amount` (a decimal string).' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  amountYuan!: string;

  @Field({ description: 'Amount owed in yuan as a decimal string with two decimals, e.g. "38500.00".' })
  get amount(): string {
    const [whole, fraction = ''] = String(this.amountYuan).split('.');
    return `${whole}.${(fraction + '00').slice(0, 2)}`;
  }

  @Field(() => DateScalar, { description: 'Owed since this day.' })
  @Property({ type: 'date' })
  since!: string;

  @Field(() => DateScalar, { nullable: true, description: 'When it was paid off (清缴); null while owed.' })
  @Property({ type: 'date', nullable: true })
  settledOn: string | null = null;

  /** The account (token `sub`) that recorded it; null for imported records. */
  @Property({ type: 'string', length: 100, nullable: true })
  recordedBy: string | null = null;
}

/** Whether a period's return was filed (申报状态). */
export enum FilingStatus {
  FILED = 'FILED',
  FILED_LATE = 'FILED_LATE',
  MISSED = 'MISSED',
}
registerEnumType(FilingStatus, {
  name: 'TaxFilingStatus',
  description: "Whether a period's tax return was filed (纳税申报).",
  valuesConfig: {
    FILED: { description: 'Filed by the deadline (按期申报).' },
    FILED_LATE: { description: 'Filed after the deadline (逾期申报).' },
    MISSED: { description: 'Not filed and the deadline has passed (逾期未申报).' },
  },
});

/** A missed filing made good later: MISSED → FILED_LATE; nothing else moves. */
export const filingMachine = stateMachine<FilingStatus, 'FILE_LATE'>(
  { FILE_LATE: { from: [FilingStatus.MISSED], to: FilingStatus.FILED_LATE, why: 'only a missed filing can be filed late' } },
  (current) => `This filing is ${current}: only a MISSED filing can be recorded as filed late.`,
);

/**
 * Filing compliance (申报合规): one record per enterprise and period (a month `2026-08` or a
 * quarter `2026-Q3`), saying whether its return came in by the deadline (the 15th of the month after
 * the period).
 */
@ObjectType('TaxFiling', { description: "Filing compliance (纳税申报) for one period: whether the enterprise's return came in by the deadline." })
@Entity({ tableName: 'filing' })
@Unique({ properties: ['uscc', 'period'] })
@Index({ properties: ['uscc', 'dueOn', 'id'] })
export class TaxFiling {
  [OptionalProps]?: 'globalId' | 'filedOn';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => ID, { name: 'id', description: 'Global id of the filing record (`TaxFiling:<n>`).' })
  get globalId(): string {
    return `TaxFiling:${this.id}`;
  }

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Field({ description: 'The period: a month `YYYY-MM` or a quarter `YYYY-Qn` (申报所属期).' })
  @Property({ type: 'string', length: 7 })
  period!: string;

  @Field(() => DateScalar, { description: "The filing deadline: the 15th of the month after the period's end." })
  @Property({ type: 'date' })
  dueOn!: string;

  @Field(() => FilingStatus, { description: 'Filed on time, late, or missed.' })
  @Enum({ items: () => FilingStatus, nativeEnumName: 'filing_status' })
  status!: FilingStatus;

  @Field(() => DateScalar, { nullable: true, description: 'Day the return was filed; null while missed.' })
  @Property({ type: 'date', nullable: true })
  filedOn: string | null = null;

  /** The account (token `sub`) that recorded it. */
  @Property({ type: 'string', length: 100 })
  recordedBy!: string;

  /** A missed filing made good on `day` (CONFLICT unless MISSED). */
  fileLate(day: string): void {
    this.status = filingMachine.transition(this.status, 'FILE_LATE');
    this.filedOn = day;
  }
}

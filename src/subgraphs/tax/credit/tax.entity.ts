import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../../shared/scalars';

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

@ObjectType({ description: 'A yearly tax credit rating (纳税信用等级) of the enterprise.' })
@Entity({ tableName: 'credit_rating' })
@Unique({ properties: ['uscc', 'year'] })
export class CreditRatingRecord {
  @Field(() => ID, { description: 'Unique id of the rating record.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Field(() => Int, { description: 'The year assessed.' })
  @Property({ type: 'smallint' })
  year!: number;

  @Field(() => CreditRating, { description: 'The grade: A best … D worst; M for new taxpayers.' })
  @Enum({ items: () => CreditRating, nativeEnumName: 'credit_rating_grade' })
  rating!: CreditRating;
}

/** Tax arrears (欠税). */
@ObjectType({ description: 'Tax arrears (欠税) owed by the enterprise.' })
@Entity({ tableName: 'arrears' })
@Index({ properties: ['uscc'] })
export class Arrears {
  @Field(() => ID, { description: 'Unique id of the arrears record.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Field({ description: 'Kind of tax owed, e.g. 增值税.' })
  @Property({ type: 'string', length: 50 })
  taxType!: string;

  @Field(() => Float, { description: 'Amount owed in yuan.' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  amountYuan!: string;

  @Field(() => DateScalar, { description: 'Owed since this day.' })
  @Property({ type: 'date' })
  since!: string;

  @Field(() => DateScalar, { nullable: true, description: 'When it was paid off; null while owed.' })
  @Property({ type: 'date', nullable: true })
  settledOn: string | null = null;
}

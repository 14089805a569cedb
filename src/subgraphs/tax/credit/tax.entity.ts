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
registerEnumType(CreditRating, { name: 'TaxCreditRating' });

@ObjectType()
@Entity({ tableName: 'credit_rating' })
@Unique({ properties: ['uscc', 'year'] })
export class CreditRatingRecord {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  year!: number;

  @Field(() => CreditRating)
  @Enum({ items: () => CreditRating, nativeEnumName: 'credit_rating_grade' })
  rating!: CreditRating;
}

/** Tax arrears (欠税). */
@ObjectType()
@Entity({ tableName: 'arrears' })
@Index({ properties: ['uscc'] })
export class Arrears {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Field()
  @Property({ type: 'string', length: 50 })
  taxType!: string;

  @Field(() => Float, { description: 'Amount owed in yuan.' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  amountYuan!: string;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  since!: string;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  settledOn: string | null = null;
}

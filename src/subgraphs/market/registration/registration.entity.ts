import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../../shared/scalars';

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

/** Listing in the abnormal-operation list (经营异常名录). */
@ObjectType({ description: 'A listing in the abnormal-operation list (经营异常名录).' })
@Entity({ tableName: 'abnormal_listing' })
@Index({ properties: ['uscc', 'listedOn'] })
export class AbnormalListing {
  @Field(() => ID, { description: 'Unique id of the listing.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Field(() => DateScalar, { description: 'When the enterprise was listed.' })
  @Property({ type: 'date' })
  listedOn!: string;

  @Field({ description: 'Why it was listed, e.g. 未按期公示年报.' })
  @Property({ type: 'string', length: 200 })
  reason!: string;

  @Field(() => DateScalar, { nullable: true, description: 'When it was removed from the list; null while listed.' })
  @Property({ type: 'date', nullable: true })
  removedOn: string | null = null;
}

/** Administrative penalty (行政处罚). */
@ObjectType({ description: 'An administrative penalty (行政处罚) decided by market supervision.' })
@Entity({ tableName: 'penalty' })
@Index({ properties: ['uscc', 'decidedOn'] })
export class Penalty {
  @Field(() => ID, { description: 'Unique id of the penalty.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Field({ description: 'Penalty decision number (处罚决定书文号).' })
  @Property({ type: 'string', length: 60 })
  decisionNo!: string;

  @Field(() => DateScalar, { description: 'When the penalty was decided.' })
  @Property({ type: 'date' })
  decidedOn!: string;

  @Field({ description: 'The violation penalised.' })
  @Property({ type: 'string', length: 300 })
  violation!: string;

  @Field(() => Float, { description: 'Fine in yuan.' })
  @Property({ type: 'decimal', precision: 14, scale: 2, serializer: Number })
  fineYuan!: string;
}

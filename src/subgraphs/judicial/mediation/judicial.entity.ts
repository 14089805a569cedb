import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../../shared/scalars';

/** Graded dispute mediation (矛盾纠纷分级调解): community, street, district level. */
export enum MediationGrade {
  COMMUNITY = 'COMMUNITY',
  STREET = 'STREET',
  DISTRICT = 'DISTRICT',
}
registerEnumType(MediationGrade, {
  name: 'MediationGrade',
  valuesConfig: { COMMUNITY: { description: '社区' }, STREET: { description: '街道' }, DISTRICT: { description: '区级' } },
});

export enum MediationStatus {
  OPEN = 'OPEN',
  SETTLED = 'SETTLED',
  FAILED = 'FAILED',
}
registerEnumType(MediationStatus, { name: 'MediationStatus' });

export enum LitigationRole {
  PLAINTIFF = 'PLAINTIFF',
  DEFENDANT = 'DEFENDANT',
}
registerEnumType(LitigationRole, { name: 'LitigationRole' });

/** People's mediation case (人民调解). */
@ObjectType()
@Entity({ tableName: 'mediation_case' })
@Index({ properties: ['uscc', 'status'] })
export class MediationCase {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Field()
  @Property({ type: 'string', length: 40, unique: true })
  caseNo!: string;

  @Field(() => MediationGrade)
  @Enum({ items: () => MediationGrade, nativeEnumName: 'mediation_grade' })
  grade!: MediationGrade;

  @Field(() => MediationStatus)
  @Enum({ items: () => MediationStatus, nativeEnumName: 'mediation_status' })
  status!: MediationStatus;

  @Field({ description: 'What the dispute is about, e.g. 欠薪, 合同纠纷.' })
  @Property({ type: 'string', length: 200 })
  subject!: string;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  openedOn!: string;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  closedOn: string | null = null;
}

/** Litigation involving the enterprise (涉企诉讼). */
@ObjectType()
@Entity({ tableName: 'litigation' })
@Index({ properties: ['uscc'] })
export class Litigation {
  [OptionalProps]?: 'pending';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Field()
  @Property({ type: 'string', length: 60 })
  caseNo!: string;

  @Field()
  @Property({ type: 'string', length: 100 })
  court!: string;

  @Field(() => LitigationRole)
  @Enum({ items: () => LitigationRole, nativeEnumName: 'litigation_role' })
  role!: LitigationRole;

  @Field()
  @Property({ type: 'string', length: 200 })
  cause!: string;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  filedOn!: string;

  @Field()
  @Property({ type: 'boolean', default: true })
  pending: boolean = true;
}

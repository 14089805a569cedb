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
  description: 'Level that mediates a dispute (矛盾纠纷分级调解).',
  valuesConfig: { COMMUNITY: { description: '社区' }, STREET: { description: '街道' }, DISTRICT: { description: '区级' } },
});

export enum MediationStatus {
  OPEN = 'OPEN',
  SETTLED = 'SETTLED',
  FAILED = 'FAILED',
}
registerEnumType(MediationStatus, {
  name: 'MediationStatus',
  description: 'Outcome of a mediation case so far.',
  valuesConfig: {
    OPEN: { description: 'Mediation under way (调解中).' },
    SETTLED: { description: 'The parties reached an agreement (调解成功).' },
    FAILED: { description: 'No agreement was reached (调解不成).' },
  },
});

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

/** People's mediation case (人民调解). */
@ObjectType({ description: 'A people\'s mediation case (人民调解) involving the enterprise, graded community, street or district (矛盾纠纷分级调解).' })
@Entity({ tableName: 'mediation_case' })
@Index({ properties: ['uscc', 'status'] })
export class MediationCase {
  @Field(() => ID, { description: 'Unique id of the mediation case.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Field({ description: 'Case number given by the mediation committee.' })
  @Property({ type: 'string', length: 40, unique: true })
  caseNo!: string;

  @Field(() => MediationGrade, { description: 'Level that mediates the dispute.' })
  @Enum({ items: () => MediationGrade, nativeEnumName: 'mediation_grade' })
  grade!: MediationGrade;

  @Field(() => MediationStatus, { description: 'Open, settled or failed.' })
  @Enum({ items: () => MediationStatus, nativeEnumName: 'mediation_status' })
  status!: MediationStatus;

  @Field({ description: 'What the dispute is about, e.g. 欠薪, 合同纠纷.' })
  @Property({ type: 'string', length: 200 })
  subject!: string;

  @Field(() => DateScalar, { description: 'When the case was opened.' })
  @Property({ type: 'date' })
  openedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'When the case was closed; null while open.' })
  @Property({ type: 'date', nullable: true })
  closedOn: string | null = null;
}

/** Litigation involving the enterprise (涉企诉讼). */
@ObjectType({ description: 'A lawsuit involving the enterprise (涉企诉讼).' })
@Entity({ tableName: 'litigation' })
@Index({ properties: ['uscc'] })
export class Litigation {
  [OptionalProps]?: 'pending';

  @Field(() => ID, { description: 'Unique id of the litigation record.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

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
}

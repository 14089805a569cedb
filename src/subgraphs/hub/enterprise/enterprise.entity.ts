import { Node } from '../node/node';
import { Entity, Index, OptionalProps, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * Enterprise (企业): the federation entity every department extends, keyed by its unified
 * social credit code (统一社会信用代码). The hub owns the master record; departments own only
 * their own facts about it.
 */
@Directive('@key(fields: "uscc")')
@ObjectType({ implements: Node, description: 'An enterprise (企业) served by the departments, keyed by its unified social credit code (统一社会信用代码, USCC). Department subgraphs add their own profile fields.' })
@Entity({ tableName: 'enterprise' })
export class Enterprise {
  [PrimaryKeyProp]?: 'uscc';
  [OptionalProps]?: 'createdAt' | 'isKeyEnterprise';

  @Field(() => ID, { description: 'Unified social credit code (统一社会信用代码, 18 characters, GB 32100-2015).' })
  @PrimaryKey({ type: 'string', length: 18 })
  uscc!: string;

  @Field({ description: 'Registered name of the enterprise.' })
  @Index()
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field({ description: 'Legal representative (法定代表人).' })
  @Property({ type: 'string', length: 100 })
  legalRepresentative!: string;

  @Field({ description: 'Registered business address.' })
  @Property({ type: 'string', length: 300 })
  address!: string;

  @Field(() => String, { nullable: true, description: 'Industrial park or zone (园区).' })
  @Property({ type: 'string', length: 100, nullable: true })
  park: string | null = null;

  @Field({ description: 'Police station jurisdiction (派出所辖区) the enterprise lies in.' })
  @Index()
  @Property({ type: 'string', length: 100 })
  policeJurisdiction!: string;

  @Field({ description: 'Industry the enterprise works in.' })
  @Property({ type: 'string', length: 100 })
  industry!: string;

  @Field({ description: 'Key enterprise (重点企业): has a named police liaison officer.' })
  @Property({ type: 'boolean', default: false })
  isKeyEnterprise: boolean = false;

  @Field({ description: 'When the enterprise was added to the hub.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

import { Node } from '../node/node';
import { Entity, OptionalProps, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/**
 * Department (部门): a routing target. Data, not an enum: new departments (a street office,
 * human resources) are rows, not code changes.
 */
@ObjectType({ implements: Node, description: 'A government department (部门) taking part in the hub, e.g. police, market supervision, tax, judicial. Routing targets are data, not a fixed list.' })
@Entity({ tableName: 'department' })
export class Department {
  [PrimaryKeyProp]?: 'code';
  [OptionalProps]?: 'createdAt';

  @Field(() => ID, { description: 'Stable code, e.g. police, market, tax, judicial.' })
  @PrimaryKey({ type: 'string', length: 32 })
  code!: string;

  @Field({ description: 'Chinese name, e.g. 公安分局.' })
  @Property({ type: 'string', length: 100 })
  nameZh!: string;

  @Field({ description: 'English name, e.g. "Public Security Bureau".' })
  @Property({ type: 'string', length: 100 })
  nameEn!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

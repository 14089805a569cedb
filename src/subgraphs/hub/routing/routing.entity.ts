import { Node } from '../node/node';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Department } from '../department/department.entity';
import { ListSize } from '../../../shared/list-size';

/** Issue category (诉求类别), with its own reply limit in working days (data, not code). */
@ObjectType({ implements: Node, description: 'A request category (诉求类别) with its reply limit; routing rules may match on it.' })
@Entity({ tableName: 'issue_category' })
export class IssueCategory {
  [PrimaryKeyProp]?: 'code';
  [OptionalProps]?: 'replyWorkingDays';

  @Field(() => ID, { description: 'Category code, e.g. "public_security".' })
  @PrimaryKey({ type: 'string', length: 40 })
  code!: string;

  @Field({ description: 'Chinese name, e.g. 治安问题.' })
  @Property({ type: 'string', length: 100 })
  nameZh!: string;

  @Field({ description: 'English name.' })
  @Property({ type: 'string', length: 100 })
  nameEn!: string;

  @Field(() => Int, { description: 'Reply deadline in working days (5 unless the category says otherwise).' })
  @Property({ type: 'smallint', default: 5 })
  replyWorkingDays: number = 5;
}

/**
 * Routing rule (分办规则): a category and/or keywords found in the Chinese text pick the lead
 * department. Rules are tried by ascending priority; the first match wins and is named in the
 * issue's routing explanation.
 */
@ObjectType({ implements: Node, description: 'A routing rule (分办规则): a category and/or keywords found in the Chinese text pick the lead department. Rules are tried by ascending priority; the first match wins and is named in the request\'s routing explanation.' })
@Entity({ tableName: 'routing_rule' })
export class RoutingRule {
  [OptionalProps]?: 'enabled' | 'keywords';

  @Field(() => ID, { description: 'Global id of the rule (`RoutingRule:<number>`); pass it back as `id` to edit the rule.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => Int, { description: 'Lower runs first.' })
  @Property({ type: 'integer' })
  priority!: number;

  @ManyToOne(() => IssueCategory, { nullable: true })
  category: IssueCategory | null = null;

  @ListSize(20)
  @Field(() => [String], { description: 'Any of these in the title or description matches; empty = category alone decides.' })
  @Property({ type: 'string[]', default: '{}' })
  keywords: string[] = [];

  @ManyToOne(() => Department)
  department!: Department;

  @Field({ description: 'What the rule is for, shown in routing explanations.' })
  @Property({ type: 'string', length: 200 })
  description!: string;

  @Field({ description: 'Disabled rules are kept but never match.' })
  @Property({ type: 'boolean', default: true })
  enabled: boolean = true;
}

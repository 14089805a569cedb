import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../node/node';
import { Department } from '../department/department.entity';
import { IssueCategory } from '../routing/routing.entity';

/**
 * Response template (答复模板): a department's standard reply for a request category (or for any
 * category), with placeholders (`{{企业名称}}`, `{{诉求编号}}` …, see placeholders.ts) filled in for a
 * given request. Kept by the department's own staff and by coordinators.
 */
@ObjectType({ implements: Node, description: 'A response template (答复模板): a department\'s standard reply for a request category, with placeholders such as {{企业名称}} and {{诉求编号}} filled in for a request by `renderFor`.' })
@Entity({ tableName: 'response_template' })
@Index({ properties: ['department', 'category'] })
export class ResponseTemplate {
  @Field(() => ID, { description: 'Global id of the template (`ResponseTemplate:<number>`); pass it back as `id` to edit it.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Department)
  department!: Department;

  /** Null: for requests of any category. */
  @ManyToOne(() => IssueCategory, { nullable: true })
  category: IssueCategory | null = null;

  @Field({ description: 'Short name officers pick the template by, e.g. 发票问题已受理.' })
  @Property({ type: 'string', length: 100 })
  title!: string;

  @Field({ description: 'The reply text with its placeholders, e.g. "{{企业名称}}：您反映的{{诉求编号}}号诉求已收悉……".' })
  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'string', length: 100 })
  updatedBy!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  updatedByName: string | null = null;

  @Field({ description: 'When the template was created.' })
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field({ description: 'When the template was last saved.' })
  @Property({ type: 'datetime' })
  updatedAt!: Date;
}

import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { viewerOf } from '../../../shared/context';
import { badInput } from '../../../shared/errors';
import { requireText } from '../validation';
import { authorize } from '../policy';
import type { HubContext } from '../context';
import { Department } from '../department/department.entity';
import { IssueCategory, RoutingRule } from './routing.entity';
import { saveRoutingRule } from './routing.service';
import { ListSize } from '../../../shared/list-size';

@InputType({ description: 'A routing rule (分办规则) to create or replace.' })
export class RoutingRuleInput {
  @Field(() => ID, { nullable: true, description: 'Omit to create a rule.' })
  id?: string | null;

  @Field(() => Int, { description: 'Lower runs first.' })
  priority!: number;

  @Field(() => String, { nullable: true, description: 'Category code, or null for any category.' })
  category?: string | null;

  @Field(() => [String], { description: 'Any of these in the title or description matches; empty = the category alone decides.' })
  keywords!: string[];

  @Field(() => ID, { description: 'Code of the lead department the rule picks.' })
  department!: string;

  @Field({ description: 'What the rule is for, shown in routing explanations.' })
  description!: string;

  @Field(() => Boolean, { nullable: true, description: 'False to keep the rule without using it; when omitted: unchanged (true for a new rule).' })
  enabled?: boolean | null;
}

@Resolver(() => RoutingRule)
export class RoutingRuleResolver {
  @Authorized()
  @ListSize(50)
  @Query(() => [IssueCategory], { description: 'Request categories and their reply limits.' })
  issueCategories(@Ctx() ctx: HubContext) {
    return ctx.em.find(IssueCategory, {}, { orderBy: { code: 'asc' } });
  }

  @Authorized('COORDINATOR', 'DEPT_ADMIN', 'OFFICER')
  @ListSize(100)
  @Query(() => [RoutingRule], { description: 'Routing rules in the order they are tried.' })
  routingRules(@Ctx() ctx: HubContext) {
    return ctx.em.find(RoutingRule, {}, { orderBy: { priority: 'asc', id: 'asc' } });
  }

  @Authorized('COORDINATOR')
  @Mutation(() => RoutingRule, { description: 'Create or edit a routing rule.' })
  saveRoutingRule(@Arg('input', () => RoutingRuleInput, { description: 'The rule to save.' }) input: RoutingRuleInput, @Ctx() ctx: HubContext) {
    authorize(viewerOf(ctx), 'routing.edit', null);
    const id = input.id == null ? null : Number(input.id);
    if (id !== null && !Number.isInteger(id)) throw badInput(`"${input.id}" is not a rule id.`, 'id');
    return saveRoutingRule(ctx.em, { ...input, id });
  }

  @Authorized('COORDINATOR')
  @Mutation(() => Department, { description: 'Add or rename a department: routing targets are data.' })
  async saveDepartment(@Arg('code', () => ID, { description: 'Department code: 2-32 lower-case letters, digits or _, e.g. "fire".' }) code: string, @Arg('nameZh', { description: 'Chinese name, e.g. 消防救援大队.' }) nameZh: string, @Arg('nameEn', { description: 'English name.' }) nameEn: string, @Ctx() ctx: HubContext) {
    if (!/^[a-z][a-z0-9_]{1,31}$/.test(code)) throw badInput('A department code is 2-32 lower-case letters, digits or _.', 'code');
    const zh = requireText(nameZh, 'nameZh', 100);
    const en = requireText(nameEn, 'nameEn', 100);
    return ctx.em.transactional(async (tx) => {
      const dept = (await tx.findOne(Department, code)) ?? tx.create(Department, { code, nameZh: zh, nameEn: en, createdAt: ctx.clock() });
      dept.nameZh = zh;
      dept.nameEn = en;
      return dept;
    });
  }

  @Authorized('COORDINATOR')
  @Mutation(() => IssueCategory, { description: 'Add or edit a request category and its reply limit in working days.' })
  async saveIssueCategory(
    @Arg('code', () => ID, { description: 'Category code, e.g. "public_security".' }) code: string,
    @Arg('nameZh', { description: 'Chinese name, e.g. 治安问题.' }) nameZh: string,
    @Arg('nameEn', { description: 'English name.' }) nameEn: string,
    @Arg('replyWorkingDays', () => Int, { description: 'Working days within which requests of this category must be answered.' }) replyWorkingDays: number,
    @Ctx() ctx: HubContext,
  ) {
    if (!/^[a-z][a-z0-9_]{1,39}$/.test(code)) throw badInput('A category code is 2-40 lower-case letters, digits or _.', 'code');
    if (!Number.isInteger(replyWorkingDays) || replyWorkingDays < 1 || replyWorkingDays > 60) {
      throw badInput('replyWorkingDays must be 1 to 60.', 'replyWorkingDays');
    }
    const zh = requireText(nameZh, 'nameZh', 100);
    const en = requireText(nameEn, 'nameEn', 100);
    return ctx.em.transactional(async (tx) => {
      const category = (await tx.findOne(IssueCategory, code)) ?? tx.create(IssueCategory, { code, nameZh: zh, nameEn: en });
      Object.assign(category, { nameZh: zh, nameEn: en, replyWorkingDays });
      return category;
    });
  }

  @FieldResolver(() => IssueCategory, { nullable: true, description: 'The category the rule matches; null when keywords alone decide.' })
  category(@Root() rule: RoutingRule, @Ctx() ctx: HubContext) {
    return rule.category ? ctx.loaders.category.load(rule.category.code) : null;
  }

  @FieldResolver(() => Department, { description: 'The lead department the rule picks.' })
  async department(@Root() rule: RoutingRule, @Ctx() ctx: HubContext) {
    return (await ctx.loaders.department.load(rule.department.code))!;
  }
}

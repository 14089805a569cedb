import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { viewerOf } from '../../../shared/context';
import { fromGlobalId } from '../node/global-id';
import { authorize } from '../policy';
import type { HubContext } from '../context';
import { Department } from '../department/department.entity';
import { IssueCategory, RoutingRule } from './routing.entity';
import { saveDepartment, saveIssueCategory, saveRoutingRule } from './routing.service';
import { payloadType } from '../../../shared/payload';
import { ListSize } from '../../../shared/list-size';

@InputType({ description: 'A routing rule (分办规则) to create or replace.' })
export class SaveRoutingRuleInput {
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

@InputType({ description: 'A department to add or rename.' })
export class SaveDepartmentInput {
  @Field(() => ID, { description: 'Department code: 2-32 lower-case letters, digits or _, e.g. "fire".' })
  code!: string;

  @Field({ description: 'Chinese name, e.g. 消防救援大队.' })
  nameZh!: string;

  @Field({ description: 'English name.' })
  nameEn!: string;
}

@InputType({ description: 'A request category to add or edit.' })
export class SaveIssueCategoryInput {
  @Field(() => ID, { description: 'Category code, e.g. "public_security".' })
  code!: string;

  @Field({ description: 'Chinese name, e.g. 治安问题.' })
  nameZh!: string;

  @Field({ description: 'English name.' })
  nameEn!: string;

  @Field(() => Int, { description: 'Working days within which requests of this category must be answered (1 to 60).' })
  replyWorkingDays!: number;
}

export const SaveRoutingRulePayload = payloadType<{ routingRule: RoutingRule }>('SaveRoutingRulePayload', 'What saveRoutingRule returns: the rule as saved.', {
  routingRule: { type: () => RoutingRule, description: 'The routing rule (分办规则) as saved.' },
});
export const SaveDepartmentPayload = payloadType<{ department: Department }>('SaveDepartmentPayload', 'What saveDepartment returns: the department as saved.', {
  department: { type: () => Department, description: 'The department as saved.' },
});
export const SaveIssueCategoryPayload = payloadType<{ category: IssueCategory }>('SaveIssueCategoryPayload', 'What saveIssueCategory returns: the category as saved.', {
  category: { type: () => IssueCategory, description: 'The request category as saved.' },
});

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
  @Mutation(() => SaveRoutingRulePayload, { description: 'Create or edit a routing rule.' })
  async saveRoutingRule(@Arg('input', () => SaveRoutingRuleInput, { description: 'The rule to save.' }) input: SaveRoutingRuleInput, @Ctx() ctx: HubContext) {
    authorize(viewerOf(ctx), 'routing.edit', null);
    const id = input.id == null ? null : fromGlobalId(input.id, 'RoutingRule', 'input.id');
    return { routingRule: await saveRoutingRule(ctx.em, { ...input, id }) };
  }

  @Authorized('COORDINATOR')
  @Mutation(() => SaveDepartmentPayload, { description: 'Add or rename a department: routing targets are data.' })
  async saveDepartment(@Arg('input', () => SaveDepartmentInput, { description: 'The department to add or rename.' }) input: SaveDepartmentInput, @Ctx() ctx: HubContext) {
    return { department: await saveDepartment(ctx.em, input, ctx.clock()) };
  }

  @Authorized('COORDINATOR')
  @Mutation(() => SaveIssueCategoryPayload, { description: 'Add or edit a request category and its reply limit in working days.' })
  async saveIssueCategory(@Arg('input', () => SaveIssueCategoryInput, { description: 'The category to add or edit.' }) input: SaveIssueCategoryInput, @Ctx() ctx: HubContext) {
    return { category: await saveIssueCategory(ctx.em, input) };
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

@Resolver(() => IssueCategory)
export class IssueCategoryResolver {
  @FieldResolver(() => ID, { description: 'Global id of the category (`IssueCategory:<code>`).' })
  id(@Root() category: IssueCategory): string {
    return category.code; // made global by applyGlobalIds
  }
}

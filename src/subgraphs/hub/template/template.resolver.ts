import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { viewerOf } from '../../../shared/context';
import { ConnectionArgs } from '../../../shared/pagination';
import { ListSize, PagedList } from '../../../shared/list-size';
import type { HubContext } from '../context';
import { Department } from '../department/department.entity';
import { IssueResolver } from '../issue/issue.resolver';
import { fromGlobalId, toGlobalId } from '../node/global-id';
import { Person, person } from '../person/person';
import { IssueCategory } from '../routing/routing.entity';
import { chineseDate, parsePlaceholders, renderTemplate } from './placeholders';
import { ResponseTemplate } from './template.entity';
import { TemplateService } from './template.service';
import {
  DeleteResponseTemplateInput, DeleteResponseTemplatePayload, ResponseTemplateConnection, ResponseTemplateFilter,
  SaveResponseTemplateInput, SaveResponseTemplatePayload,
} from './template.types';

const service = (ctx: HubContext) => new TemplateService(ctx.em, viewerOf(ctx), ctx.clock);

@Resolver(() => ResponseTemplate)
export class ResponseTemplateResolver {
  @PagedList()
  @Authorized('OFFICER', 'DEPT_ADMIN', 'COORDINATOR')
  @Query(() => ResponseTemplateConnection, { description: 'Response templates (答复模板), oldest first: a department\'s (officers: their own), or those for a request (`filter.issueId`).' })
  async responseTemplates(
    @Ctx() ctx: HubContext,
    @Arg('filter', () => ResponseTemplateFilter, { nullable: true, description: 'Which templates; fields combine with AND.' }) filter: ResponseTemplateFilter | undefined,
    @Args(() => ConnectionArgs) paging: ConnectionArgs,
  ) {
    // the request is read with its own access rules (FORBIDDEN when it is not the viewer's to see)
    const issue = filter?.issueId ? await new IssueResolver().issue(filter.issueId, ctx) : null;
    return service(ctx).list({ department: filter?.department, category: filter?.category, issue }, paging);
  }

  @Authorized('OFFICER', 'DEPT_ADMIN', 'COORDINATOR')
  @Mutation(() => SaveResponseTemplatePayload, { description: 'Create or replace a response template: officers of its department or coordinators. Unknown placeholders are BAD_USER_INPUT.' })
  async saveResponseTemplate(@Arg('input', () => SaveResponseTemplateInput, { description: 'The template to save.' }) input: SaveResponseTemplateInput, @Ctx() ctx: HubContext) {
    const id = input.id == null ? null : fromGlobalId(input.id, 'ResponseTemplate', 'input.id');
    return { responseTemplate: await service(ctx).save({ ...input, id }) };
  }

  @Authorized('OFFICER', 'DEPT_ADMIN', 'COORDINATOR')
  @Mutation(() => DeleteResponseTemplatePayload, { description: 'Delete a response template: officers of its department or coordinators.' })
  async deleteResponseTemplate(@Arg('input', () => DeleteResponseTemplateInput, { description: 'The template to delete.' }) input: DeleteResponseTemplateInput, @Ctx() ctx: HubContext) {
    const id = fromGlobalId(input.id, 'ResponseTemplate', 'input.id');
    await service(ctx).delete(id);
    return { deletedResponseTemplateId: toGlobalId('ResponseTemplate', id) };
  }

  @FieldResolver(() => Department, { description: 'The department whose template it is.' })
  async department(@Root() t: ResponseTemplate, @Ctx() ctx: HubContext) {
    return (await ctx.loaders.department.load(t.department.code))!;
  }

  @FieldResolver(() => IssueCategory, { nullable: true, description: 'The category it answers; null for requests of any category.' })
  category(@Root() t: ResponseTemplate, @Ctx() ctx: HubContext) {
    return t.category ? ctx.loaders.category.load(t.category.code) : null;
  }

  @ListSize(5)
  @FieldResolver(() => [String], { description: 'The placeholders the body uses, by their Chinese names (企业名称, 诉求编号, 诉求标题, 部门名称, 答复期限).' })
  placeholders(@Root() t: ResponseTemplate): string[] {
    return parsePlaceholders(t.body, 'body');
  }

  @FieldResolver(() => Person, { description: 'Who saved it last.' })
  updatedBy(@Root() t: ResponseTemplate): Person {
    return person(t.updatedBy, t.updatedByName, null);
  }

  @FieldResolver(() => String, {
    description: 'The body rendered for a request: every placeholder filled in on the server (答复期限: the deadline in force, 待定 while unknown). FORBIDDEN when the request is not yours to see.',
  })
  async renderFor(@Root() t: ResponseTemplate, @Arg('issueId', () => ID, { description: 'The request to fill the placeholders from.' }) issueId: string, @Ctx() ctx: HubContext): Promise<string> {
    const issue = await new IssueResolver().issue(issueId, ctx);
    const [enterprise, department] = await Promise.all([ctx.loaders.enterprise.load(issue.enterprise.uscc), ctx.loaders.department.load(t.department.code)]);
    return renderTemplate(t.body, {
      企业名称: enterprise?.name ?? '',
      诉求编号: issue.number,
      诉求标题: issue.title,
      部门名称: department?.nameZh ?? t.department.code,
      答复期限: chineseDate(issue.replyDeadline),
    });
  }
}

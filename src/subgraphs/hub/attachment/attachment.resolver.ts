import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { viewerOf } from '../../../shared/context';
import { notFound } from '../../../shared/errors';
import { ListSize } from '../../../shared/list-size';
import type { HubContext } from '../context';
import { Issue } from '../issue/issue.entity';
import { isSummary } from '../issue/issue-summary';
import { Person, person } from '../person/person';
import { authorize, issueFacts } from '../policy';
import { parseId } from '../validation';
import { Attachment } from './attachment.entity';
import { AttachmentService } from './attachment.service';
import { AddAttachmentsInput, AddAttachmentsPayload, type AttachmentsPayload } from './attachment.types';

const service = (ctx: HubContext) => new AttachmentService(ctx.em, viewerOf(ctx), ctx.clock, ctx.runtime.attachments);

/** The departments of a request's referrals (they may read it), batched per request. */
const referralDepartments = async (ctx: HubContext, issueId: number) =>
  (await ctx.loaders.referralsByIssue.load(String(issueId))).flatMap((r) => [r.fromDepartment.code, r.toDepartment.code]);

@Resolver(() => Attachment)
export class AttachmentResolver {
  @Authorized()
  @Mutation(() => AddAttachmentsPayload, {
    description:
      'Attach photos or documents (附件) to a request (whoever may see it) or to its reply (the lead department). Send as a multipart request through the gateway; ' +
      'a file too large, of a type not accepted (judged by content) or refused by the virus scan is BAD_USER_INPUT naming it, and nothing is stored.',
  })
  addAttachments(@Arg('input', () => AddAttachmentsInput, { description: 'The request, what the files belong to, and the files.' }) input: AddAttachmentsInput, @Ctx() ctx: HubContext): Promise<AttachmentsPayload> {
    return service(ctx).add(input);
  }

  @Authorized()
  @Query(() => Attachment, { description: 'One attachment by id; NOT_FOUND if none has that id, FORBIDDEN if its request is not yours to see.' })
  async attachment(@Arg('id', () => ID, { description: 'The attachment id.' }) id: string, @Ctx() ctx: HubContext): Promise<Attachment> {
    const found = await ctx.em.findOne(Attachment, parseId(id, 'id', 'Attachment'));
    if (!found) throw notFound(`No attachment with id ${id}.`);
    const issue = (await ctx.loaders.issue.load(String(found.issue.id)))!;
    authorize(viewerOf(ctx), 'issue.read', issueFacts(issue, await referralDepartments(ctx, issue.id)), 'see its attachments');
    return found;
  }

  @FieldResolver(() => String, {
    description:
      'A link to download the file, valid for ATTACHMENT_URL_TTL_SECONDS (5 minutes by default), relative to the gateway (`/files/…`). ' +
      'Issued only to whoever may see the request (FORBIDDEN otherwise); ask again for a fresh one.',
  })
  async downloadUrl(@Root() a: Attachment, @Ctx() ctx: HubContext): Promise<string> {
    const issue = (await ctx.loaders.issue.load(String(a.issue.id)))!;
    return service(ctx).downloadUrl(a, issue, await referralDepartments(ctx, issue.id));
  }

  @FieldResolver(() => Issue, { description: 'The request it belongs to.' })
  async issue(@Root() a: Attachment, @Ctx() ctx: HubContext): Promise<Issue> {
    return (await ctx.loaders.issue.load(String(a.issue.id)))!;
  }

  @FieldResolver(() => Person, { description: 'Who uploaded it.' })
  uploadedBy(@Root() a: Attachment): Person {
    return person(a.uploadedBy, a.uploadedByName, a.uploadedByDepartment);
  }
}

/** Issue.attachments: the request's and its reply's files, oldest first (one batch per request). */
@Resolver(() => Issue)
export class IssueAttachmentsResolver {
  @ListSize(50)
  @FieldResolver(() => [Attachment], { description: 'Photos and documents (附件) of the request and of its reply, oldest first; `kind` tells which. Empty with SUMMARY access (`Issue.access`).' })
  async attachments(@Root() issue: Issue, @Ctx() ctx: HubContext) {
    return isSummary(issue) ? [] : ctx.loaders.attachmentsByIssue.load(String(issue.id));
  }
}

import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from 'type-graphql';
import { viewerOf } from '../../../shared/context';
import { ListSize } from '../../../shared/list-size';
import { payloadType } from '../../../shared/payload';
import { UploadScalar, type UploadedFile } from '../../../shared/uploads';
import type { PoliceContext } from '../context';
import { Officer, Visit } from '../station/station.entity';
import { VisitAttachment } from './visit-attachment.entity';
import { VisitAttachmentService } from './visit-attachment.service';

@InputType({ description: 'Photos or documents (附件) to attach to a visit (走访). Sent as a multipart request (GraphQL multipart request spec) through the gateway.' })
export class AddVisitAttachmentsInput {
  @Field(() => ID, { description: 'Id of the visit (`Visit:<n>`).' })
  visitId!: string;

  @Field(() => [UploadScalar], { description: 'The files: each at most ATTACHMENT_MAX_FILE_BYTES, at most ATTACHMENT_MAX_FILES; PNG, JPEG, GIF, WebP, PDF, DOCX or XLSX by content.' })
  files!: UploadedFile[];
}

export const AddVisitAttachmentsPayload = payloadType<{ attachments: VisitAttachment[]; visit: Visit }>(
  'AddVisitAttachmentsPayload',
  'What addVisitAttachments returns: the new attachments and the visit.',
  {
    attachments: { type: () => [VisitAttachment], description: 'The attachments just stored, in the order sent.', listSize: 50 },
    visit: { type: () => Visit, description: 'The visit.' },
  },
);

const service = (ctx: PoliceContext) => new VisitAttachmentService(ctx.em, viewerOf(ctx), ctx.clock, ctx.runtime.attachments);

@Resolver(() => VisitAttachment)
export class VisitAttachmentResolver {
  @Authorized()
  @Mutation(() => AddVisitAttachmentsPayload, {
    description: 'Police liaison officers: attach photos or documents (附件) to a visit (走访). Multipart request through the gateway; a file too large, of a type not accepted or refused by the virus scan is BAD_USER_INPUT, and nothing is stored.',
  })
  addVisitAttachments(@Arg('input', () => AddVisitAttachmentsInput, { description: 'The visit and the files.' }) input: AddVisitAttachmentsInput, @Ctx() ctx: PoliceContext) {
    return service(ctx).add(input);
  }

  @FieldResolver(() => String, {
    description: 'A link to download the file, valid for ATTACHMENT_URL_TTL_SECONDS (5 minutes by default), relative to the gateway (`/files/…`). FORBIDDEN without FULL access to the enterprise\'s police records.',
  })
  downloadUrl(@Root() a: VisitAttachment, @Ctx() ctx: PoliceContext): string {
    return service(ctx).downloadUrl(a);
  }

  @FieldResolver(() => Officer, { description: 'The officer who uploaded it.' })
  async uploadedBy(@Root() a: VisitAttachment, @Ctx() ctx: PoliceContext): Promise<Officer> {
    return (await ctx.loaders.officerByBadge.load(a.uploadedBy.badge))!;
  }
}

/** Visit.attachments: one batch per request. */
@Resolver(() => Visit)
export class VisitAttachmentsResolver {
  @ListSize(20)
  @FieldResolver(() => [VisitAttachment], { description: 'Photos and documents (附件) of the visit, oldest first.' })
  attachments(@Root() v: Visit, @Ctx() ctx: PoliceContext) {
    return ctx.loaders.attachmentsByVisit.load(String(v.id));
  }
}

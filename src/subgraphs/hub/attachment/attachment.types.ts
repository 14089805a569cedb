import { Field, ID, InputType } from 'type-graphql';
import { payloadType } from '../../../shared/payload';
import { UploadScalar, type UploadedFile } from '../../../shared/uploads';
import { Issue } from '../issue/issue.entity';
import { Attachment, AttachmentKind } from './attachment.entity';

@InputType({ description: 'Photos or documents (附件) to attach to a request or its reply. Sent as a multipart request (GraphQL multipart request spec) through the gateway.' })
export class AddAttachmentsInput {
  @Field(() => ID, { description: 'Id of the request.' })
  issueId!: string;

  @Field(() => AttachmentKind, { nullable: true, defaultValue: AttachmentKind.REQUEST, description: 'REQUEST (default): the request itself; REPLY: the reply, by the lead department.' })
  kind?: AttachmentKind | null;

  @Field(() => [UploadScalar], { description: 'The files: each at most ATTACHMENT_MAX_FILE_BYTES, at most ATTACHMENT_MAX_FILES; PNG, JPEG, GIF, WebP, PDF, DOCX or XLSX by content.' })
  files!: UploadedFile[];
}

export interface AttachmentsPayload {
  attachments: Attachment[];
  issue: Issue;
}
export const AddAttachmentsPayload = payloadType<AttachmentsPayload>('AddAttachmentsPayload', 'What addAttachments returns: the new attachments and the request.', {
  attachments: { type: () => [Attachment], description: 'The attachments just stored, in the order sent.', listSize: 50 },
  issue: { type: () => Issue, description: 'The request, with its timeline entry ATTACHMENT_ADDED.' },
});

import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Issue } from '../issue/issue.entity';

export enum AttachmentKind {
  REQUEST = 'REQUEST',
  REPLY = 'REPLY',
}
registerEnumType(AttachmentKind, {
  name: 'AttachmentKind',
  description: 'What an attachment (附件) belongs to.',
  valuesConfig: {
    REQUEST: { description: 'The request itself: photos and documents from the enterprise or the officers who see it.' },
    REPLY: { description: 'The reply (答复): documents from the lead department that answers.' },
  },
});

/**
 * An attachment (附件) of a request or of its reply: the metadata. The bytes are in the storage
 * the configuration chose (`storage`, `storageKey`; shared/attachments/storage.ts), never read by
 * a list. Append-only: nothing edits or removes an attachment through the API.
 */
@ObjectType({ description: 'A photo or document (附件) attached to a request or its reply. Download through `downloadUrl`, a short-lived link.' })
@Entity({ tableName: 'attachment' })
@Index({ properties: ['issue', 'id'] })
export class Attachment {
  @Field(() => ID, { description: 'Global id of the attachment (`Attachment:<number>`).' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Issue)
  issue!: Issue;

  @Field(() => AttachmentKind, { description: 'Whether it belongs to the request or to the reply.' })
  @Enum({ items: () => AttachmentKind, nativeEnumName: 'attachment_kind' })
  kind!: AttachmentKind;

  @Field({ description: 'The file name as uploaded (validated: no paths, no control characters).' })
  @Property({ type: 'string', length: 200 })
  fileName!: string;

  @Field({ description: 'The type sniffed from the content (not the one the client claimed), e.g. image/png, application/pdf.' })
  @Property({ type: 'string', length: 100 })
  contentType!: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  @Property({ type: 'integer' })
  sizeBytes!: number;

  @Field({ description: 'SHA-256 of the content, hex: lets a recipient check the file downloaded is the file uploaded.' })
  @Property({ type: 'string', length: 64 })
  sha256!: string;

  /** Where the bytes are: DATABASE (hub.attachment_blob) or S3; the key is random, never user input. */
  @Property({ type: 'string', length: 10 })
  storage!: 'DATABASE' | 'S3';

  @Property({ type: 'string', length: 200 })
  storageKey!: string;

  /** User id of the uploader (GraphQL `uploadedBy` is a Person). */
  @Property({ type: 'string', length: 100 })
  uploadedBy!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  uploadedByName: string | null = null;

  @Property({ type: 'string', length: 32, nullable: true })
  uploadedByDepartment: string | null = null;

  @Field({ description: 'When it was uploaded.' })
  @Property({ type: 'datetime' })
  uploadedAt!: Date;
}

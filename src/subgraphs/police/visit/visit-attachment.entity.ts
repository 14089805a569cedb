import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Officer, Visit } from '../station/station.entity';

/**
 * A photo or document (附件) of a visit (走访): the metadata; the bytes are where the configuration
 * put them (shared/attachments/storage.ts). Confidential like the visit: only whoever has FULL
 * access to the enterprise's police records gets a download link.
 */
@ObjectType({ description: 'A photo or document (附件) attached to a visit (走访). Confidential to the police like the visit; download through `downloadUrl`.' })
@Entity({ tableName: 'visit_attachment' })
@Index({ properties: ['visit', 'id'] })
export class VisitAttachment {
  [OptionalProps]?: 'globalId';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => ID, { name: 'id', description: 'Global id of the attachment (`VisitAttachment:<n>`).' })
  get globalId(): string {
    return `VisitAttachment:${this.id}`;
  }

  @ManyToOne(() => Visit)
  visit!: Visit;

  /** The visited enterprise (the visit's), for the need-to-know check without loading the visit. */
  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Field({ description: 'The file name as uploaded (validated: no paths, no control characters).' })
  @Property({ type: 'string', length: 200 })
  fileName!: string;

  @Field({ description: 'The type sniffed from the content, e.g. image/jpeg.' })
  @Property({ type: 'string', length: 100 })
  contentType!: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  @Property({ type: 'integer' })
  sizeBytes!: number;

  @Field({ description: 'SHA-256 of the content, hex.' })
  @Property({ type: 'string', length: 64 })
  sha256!: string;

  @Property({ type: 'string', length: 10 })
  storage!: 'DATABASE' | 'S3';

  @Property({ type: 'string', length: 200 })
  storageKey!: string;

  @ManyToOne(() => Officer)
  uploadedBy!: Officer;

  @Field({ description: 'When it was uploaded.' })
  @Property({ type: 'datetime' })
  uploadedAt!: Date;
}

import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The bytes of an attachment kept in the database (the default storage): `<schema>.attachment_blob`
 * in each subgraph that keeps attachments (every subgraph's ORM is bound to its own schema).
 */
@Entity({ tableName: 'attachment_blob' })
export class AttachmentBlob {
  @PrimaryKey({ type: 'string', length: 200 })
  key!: string;

  @Property({ type: 'blob' })
  bytes!: Buffer;
}

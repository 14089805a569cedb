import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One export (导出) a user asked for: what (kind, format, the list's filter or the period), for whom
 * (the viewer's claims at the time, so the download applies the same need-to-know rules without a
 * token), until when its link works, and how often it was downloaded. Rows are the per-user quota
 * (exports per hour, counted across every hub instance) and a record of who took what out.
 */
@Entity({ tableName: 'export_request' })
@Index({ properties: ['userId', 'createdAt'] })
export class ExportRequest {
  [OptionalProps]?: 'downloads';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /** ISSUES or DEPARTMENT_PERFORMANCE. */
  @Property({ type: 'string', length: 30 })
  kind!: string;

  /** CSV or XLSX. */
  @Property({ type: 'string', length: 10 })
  format!: string;

  /** The list's filter and order, or the period: checked when the export was created. */
  @Property({ type: 'json' })
  params!: Record<string, unknown>;

  @Property({ type: 'string', length: 100 })
  userId!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  userName: string | null = null;

  @Property({ type: 'string', length: 32, nullable: true })
  department: string | null = null;

  @Property({ type: 'string[]' })
  roles!: string[];

  @Property({ type: 'string', length: 18, nullable: true })
  uscc: string | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  /** Rows the export matched when it was created (the file may differ if requests changed since). */
  @Property({ type: 'integer' })
  rowCount!: number;

  /** Downloads started with its link (each link allows a few, for a retried download). */
  @Property({ type: 'smallint', default: 0 })
  downloads: number = 0;

  @Property({ type: 'datetime', nullable: true })
  lastDownloadAt: Date | null = null;

  /** Rows written by the last download that completed. */
  @Property({ type: 'integer', nullable: true })
  rowsWritten: number | null = null;
}

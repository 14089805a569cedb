import { AwsClient } from 'aws4fetch';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import { sha256Hex } from '../uploads';

/**
 * Where attachment bytes live. The metadata row is always in the owning subgraph's database; the
 * bytes go either to a table beside it (the default: `npm start` needs nothing else) or to an
 * S3-compatible object store (S3_*; MinIO in docker-compose). Keys are random, never user input.
 */
export interface AttachmentStorage {
  readonly kind: 'DATABASE' | 'S3';
  /** Stores the bytes; `tx` is the transaction that writes the metadata row (the database store writes in it). */
  put(tx: EntityManager, key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The bytes, or null when the store has none under `key`. */
  get(em: EntityManager, key: string): Promise<Buffer | null>;
}

/** Bytes in a bytea table `<schema>.attachment_blob (key, bytes)`, in the metadata's own transaction. */
export class DatabaseStorage implements AttachmentStorage {
  readonly kind = 'DATABASE' as const;
  constructor(private readonly table: `${string}.attachment_blob`) {}

  async put(tx: EntityManager, key: string, bytes: Buffer): Promise<void> {
    // attachment blob insert
    await tx.execute(`insert into ${this.table} (key, bytes) values (?, ?)`, [key, bytes]);
  }

  async get(em: EntityManager, key: string): Promise<Buffer | null> {
    // attachment blob read
    const rows = await em.execute<{ bytes: Buffer }[]>(`select bytes from ${this.table} where key = ?`, [key]);
    return rows[0]?.bytes ?? null;
  }
}

/**
 * An S3-compatible object store, addressed path-style by default (MinIO). Requests are signed with
 * AWS Signature V4 (aws4fetch), the payload hash included, so the store verifies the bytes it got.
 * A put happens before the metadata's transaction commits: if that commit then fails, the object
 * is left without a row (an orphan to sweep), never a row without its object.
 */
export class S3Storage implements AttachmentStorage {
  readonly kind = 'S3' as const;
  private readonly client: AwsClient;

  constructor(private readonly s3: NonNullable<Config['attachments']['s3']>) {
    this.client = new AwsClient({ accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey, region: s3.region, service: 's3', retries: 2 });
  }

  private url(key: string): string {
    const base = new URL(this.s3.endpoint);
    const path = key.split('/').map(encodeURIComponent).join('/');
    if (this.s3.forcePathStyle) return `${base.origin}${base.pathname.replace(/\/$/, '')}/${this.s3.bucket}/${path}`;
    return `${base.protocol}//${this.s3.bucket}.${base.host}${base.pathname.replace(/\/$/, '')}/${path}`;
  }

  async put(_tx: EntityManager, key: string, bytes: Buffer, contentType: string): Promise<void> {
    const res = await this.client.fetch(this.url(key), {
      method: 'PUT',
      body: new Uint8Array(bytes),
      headers: { 'content-type': contentType, 'x-amz-content-sha256': sha256Hex(bytes) },
    });
    if (!res.ok) throw new Error(`object store refused the upload: HTTP ${res.status} ${(await res.text()).slice(0, 200)}`);
  }

  async get(_em: EntityManager, key: string): Promise<Buffer | null> {
    const res = await this.client.fetch(this.url(key), { method: 'GET' });
    if (res.status === 404) return null;
    if (!res.ok) throw new Error(`object store read failed: HTTP ${res.status}`);
    return Buffer.from(await res.arrayBuffer());
  }
}

/** The store the configuration asks for: S3 when S3_* is set, else the subgraph's own database. */
export function storageFor(config: Config, table: `${string}.attachment_blob`): AttachmentStorage {
  return config.attachments.s3 ? new S3Storage(config.attachments.s3) : new DatabaseStorage(table);
}

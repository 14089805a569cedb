import type { Config } from '../config';
import { scannerFor, type VirusScanner } from './scanner';
import { storageFor, type AttachmentStorage } from './storage';

/** What a subgraph that keeps attachments works with, built once from the configuration. */
export interface AttachmentSettings {
  storage: AttachmentStorage;
  scanner: VirusScanner;
  maxFileBytes: number;
  maxFiles: number;
  urlTtlSeconds: number;
  /** Download links are signed with a key derived from it (./download-url.ts). */
  urlSecret: string;
}

export function attachmentSettings(config: Config, table: `${string}.attachment_blob`): AttachmentSettings {
  return {
    storage: storageFor(config, table),
    scanner: scannerFor(config.attachments.scanner),
    maxFileBytes: config.attachments.maxFileBytes,
    maxFiles: config.attachments.maxFiles,
    urlTtlSeconds: config.attachments.urlTtlSeconds,
    urlSecret: config.gatewaySigning.secret,
  };
}

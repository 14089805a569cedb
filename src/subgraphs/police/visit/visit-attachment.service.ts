import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../../shared/auth';
import { checkFileCount, checkUpload, type CheckedFile } from '../../../shared/attachments/check';
import { signDownloadPath } from '../../../shared/attachments/download-url';
import type { AttachmentSettings } from '../../../shared/attachments/settings';
import type { Clock } from '../../../shared/clock';
import { badInput, notFound } from '../../../shared/errors';
import { assertFullRecordAccess } from '../../../shared/need-to-know';
import type { UploadedFile } from '../../../shared/uploads';
import { officerOf } from '../liaison/liaison.service';
import { POLICE } from '../policy';
import { Visit } from '../station/station.entity';
import { VisitAttachment } from './visit-attachment.entity';

/** A visit's global id `Visit:<n>`. */
export function parseVisitId(value: string, field = 'visitId'): number {
  const m = /^Visit:([1-9]\d{0,9})$/.exec(String(value).trim());
  if (!m || Number(m[1]) > 2_147_483_647) throw badInput(`${field} must be a visit id "Visit:<n>", got "${String(value).slice(0, 60)}".`, field);
  return Number(m[1]);
}

/** 走访附件: police officers attach photos and documents to a visit; links for FULL access only. */
export class VisitAttachmentService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly clock: Clock,
    private readonly settings: AttachmentSettings,
  ) {}

  /** Police liaison officers (with an officer record, as for recording a visit) attach; all files or none. */
  async add(input: { visitId: string; files: UploadedFile[] }): Promise<{ attachments: VisitAttachment[]; visit: Visit }> {
    const officer = await officerOf(this.em, this.viewer);
    const visitId = parseVisitId(input.visitId);
    checkFileCount(input.files, this.settings);
    const visit = await this.em.findOne(Visit, visitId);
    if (!visit) throw notFound(`No visit with id ${input.visitId}.`);
    const checked: CheckedFile[] = [];
    for (const [i, file] of input.files.entries()) checked.push(await checkUpload(file, `files.${i}`, this.settings));
    return this.em.transactional(async (tx) => {
      const now = this.clock();
      const attachments: VisitAttachment[] = [];
      for (const f of checked) {
        const storageKey = `police/${randomUUID()}`;
        await this.settings.storage.put(tx, storageKey, f.bytes, f.contentType);
        attachments.push(
          tx.create(VisitAttachment, {
            visit: tx.getReference(Visit, visit.id),
            uscc: visit.uscc,
            fileName: f.fileName,
            contentType: f.contentType,
            sizeBytes: f.bytes.length,
            sha256: f.sha256,
            storage: this.settings.storage.kind,
            storageKey,
            uploadedBy: officer,
            uploadedAt: now,
          }),
        );
      }
      return { attachments, visit };
    });
  }

  /** A download link, after the police need-to-know check (FULL access to the enterprise's police records). */
  downloadUrl(a: VisitAttachment): string {
    assertFullRecordAccess(this.viewer, POLICE, a.uscc, 'A visit attachment');
    const expires = Math.floor(this.clock().getTime() / 1000) + this.settings.urlTtlSeconds;
    return signDownloadPath(this.settings.urlSecret, 'police', a.id, expires);
  }
}

import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../../shared/auth';
import { checkFileCount, checkUpload, type CheckedFile } from '../../../shared/attachments/check';
import { signDownloadPath } from '../../../shared/attachments/download-url';
import type { AttachmentSettings } from '../../../shared/attachments/settings';
import { conflict, notFound } from '../../../shared/errors';
import type { UploadedFile } from '../../../shared/uploads';
import { Issue } from '../issue/issue.entity';
import { IssueStatus } from '../issue/issue-status';
import { lockIssue, stepIssue } from '../issue/issue-workflow';
import { authorize, issueFacts, type IssueFacts } from '../policy';
import { parseId } from '../validation';
import { Attachment, AttachmentKind } from './attachment.entity';

export interface AddAttachmentsInput {
  issueId: string;
  kind?: AttachmentKind | null;
  files: UploadedFile[];
}

/** 附件: photos and documents on a request or its reply; downloads through short-lived signed links. */
export class AttachmentService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly clock: () => Date,
    private readonly settings: AttachmentSettings,
  ) {}

  /**
   * Checks every file (name, size, virus scan, sniffed type) before anything is stored, then stores
   * them with one timeline entry in the request's transaction: all of them or none.
   */
  async add(input: AddAttachmentsInput): Promise<{ attachments: Attachment[]; issue: Issue }> {
    const v = this.viewer;
    const issueId = parseId(input.issueId, 'issueId', 'Issue');
    const kind = input.kind ?? AttachmentKind.REQUEST;
    const files = input.files ?? [];
    checkFileCount(files, this.settings);
    // who may is checked before the (costly) scan, on the row as it is now (its own identity map, so
    // the locked read below is fresh), and again under the lock
    const current = await this.em.fork().findOne(Issue, issueId);
    if (!current) throw notFound(`No request with id ${input.issueId}.`);
    this.authorizeAttach(kind, issueFacts(current));
    const checked: CheckedFile[] = [];
    for (const [i, file] of files.entries()) checked.push(await checkUpload(file, `files.${i}`, this.settings));

    return this.em.transactional(async (tx) => {
      const issue = await lockIssue(tx, issueId);
      this.authorizeAttach(kind, issueFacts(issue));
      if (issue.status === IssueStatus.CLOSED) throw conflict('This request is closed: it takes no more attachments (reopen it first).');
      const now = this.clock();
      const attachments: Attachment[] = [];
      for (const f of checked) {
        const storageKey = `hub/${randomUUID()}`;
        await this.settings.storage.put(tx, storageKey, f.bytes, f.contentType);
        attachments.push(
          tx.create(Attachment, {
            issue,
            kind,
            fileName: f.fileName,
            contentType: f.contentType,
            sizeBytes: f.bytes.length,
            sha256: f.sha256,
            storage: this.settings.storage.kind,
            storageKey,
            uploadedBy: v.id,
            uploadedByName: v.displayName,
            uploadedByDepartment: v.department,
            uploadedAt: now,
          }),
        );
      }
      const names = checked.map((f) => f.fileName).join(', ');
      await stepIssue(tx, issue, { actor: v, timeline: 'ATTACHMENT_ADDED', now, note: `${kind === AttachmentKind.REPLY ? 'reply' : 'request'}: ${names}` });
      return { attachments, issue };
    });
  }

  private authorizeAttach(kind: AttachmentKind, facts: IssueFacts): void {
    if (kind === AttachmentKind.REPLY) authorize(this.viewer, 'issue.attachToReply', facts);
    else authorize(this.viewer, 'issue.attach', facts);
  }

  /**
   * A download link for `attachment`, after the need-to-know check: whoever may read the request
   * may download its attachments (FORBIDDEN otherwise). `referralDepartments`: of the request.
   */
  downloadUrl(attachment: Attachment, issue: Issue, referralDepartments: readonly string[]): string {
    authorize(this.viewer, 'issue.read', issueFacts(issue, referralDepartments), 'download its attachments');
    const expires = Math.floor(this.clock().getTime() / 1000) + this.settings.urlTtlSeconds;
    return signDownloadPath(this.settings.urlSecret, 'hub', attachment.id, expires);
  }
}

import { badInput } from '../errors';
import { sha256Hex, UploadedFile } from '../uploads';
import { extensionAgrees, fileNameProblem, sniffContentType } from './content-type';
import type { AttachmentSettings } from './settings';

export interface CheckedFile {
  fileName: string;
  contentType: string;
  bytes: Buffer;
  sha256: string;
}

/**
 * One uploaded file's rules, in order of cost: name, size, the virus-scan hook, then the type
 * sniffed from the content (which must agree with the name's extension). BAD_USER_INPUT naming
 * `field` (e.g. `files.0`) for any refusal. The same for every subgraph that keeps attachments.
 */
export async function checkUpload(file: UploadedFile, field: string, settings: AttachmentSettings): Promise<CheckedFile> {
  if (!(file instanceof UploadedFile)) throw badInput(`${field} is not an uploaded file.`, field);
  const fileName = file.filename.normalize('NFC').trim();
  const nameProblem = fileNameProblem(fileName);
  if (nameProblem) throw badInput(`${field}: the file name ${nameProblem}.`, field);
  if (file.size === 0) throw badInput(`${field} (${fileName}) is empty.`, field);
  if (file.size > settings.maxFileBytes) {
    throw badInput(`${field} (${fileName}) is ${file.size} bytes: at most ${settings.maxFileBytes} bytes per file (ATTACHMENT_MAX_FILE_BYTES).`, field);
  }
  const verdict = await settings.scanner.scan(file.bytes, fileName);
  if (!verdict.clean) throw badInput(`${field} (${fileName}) was refused by the virus scan: ${verdict.reason}.`, field);
  const contentType = sniffContentType(file.bytes);
  if (!contentType) throw badInput(`${field} (${fileName}) is not an accepted type: photos (PNG, JPEG, GIF, WebP) and documents (PDF, DOCX, XLSX) only, judged by the content.`, field);
  if (!extensionAgrees(fileName, contentType)) throw badInput(`${field}: the name ${fileName} does not match its content (${contentType}).`, field);
  return { fileName, contentType, bytes: file.bytes, sha256: sha256Hex(file.bytes) };
}

/** The number of files of one upload: at least one, at most ATTACHMENT_MAX_FILES. */
export function checkFileCount(files: readonly unknown[] | null | undefined, settings: AttachmentSettings): void {
  const n = files?.length ?? 0;
  if (n === 0) throw badInput('Send at least one file.', 'files');
  if (n > settings.maxFiles) throw badInput(`At most ${settings.maxFiles} files at once (ATTACHMENT_MAX_FILES).`, 'files');
}

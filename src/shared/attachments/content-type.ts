/**
 * What a file really is, from its first bytes (magic numbers), never from the name or the type the
 * client claimed. Only these types are taken: photos and documents a desk needs, none that a
 * browser would run.
 */
export const ALLOWED_TYPES = {
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
  'application/pdf': ['pdf'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
} as const;
export type AllowedType = keyof typeof ALLOWED_TYPES;

const starts = (b: Buffer, bytes: number[] | string, at = 0) => {
  const sig = typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : Buffer.from(bytes);
  return b.length >= at + sig.length && b.subarray(at, at + sig.length).equals(sig);
};

/** The sniffed type of `bytes`, or null when it is none of ALLOWED_TYPES. */
export function sniffContentType(bytes: Buffer): AllowedType | null {
  if (starts(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts(bytes, 'GIF87a') || starts(bytes, 'GIF89a')) return 'image/gif';
  if (starts(bytes, 'RIFF') && starts(bytes, 'WEBP', 8)) return 'image/webp';
  if (starts(bytes, '%PDF-')) return 'application/pdf';
  // Office Open XML is a zip whose parts name the application: word/… or xl/…
  if (starts(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const head = bytes.subarray(0, 64 * 1024).toString('latin1');
    if (!head.includes('[Content_Types].xml')) return null;
    if (head.includes('word/')) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    if (head.includes('xl/')) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  }
  return null;
}

/** The file name's extension agrees with the sniffed type (or there is none). */
export function extensionAgrees(fileName: string, type: AllowedType): boolean {
  const dot = fileName.lastIndexOf('.');
  if (dot <= 0) return true;
  const ext = fileName.slice(dot + 1).toLowerCase();
  return (ALLOWED_TYPES[type] as readonly string[]).includes(ext);
}

/**
 * Why a file name cannot be kept as given, or null. Names are shown to people and sent back in
 * Content-Disposition: no paths, no control characters, no names made of dots, at most 200
 * characters, well-formed Unicode.
 */
export function fileNameProblem(name: string): string | null {
  if (!name.trim()) return 'is empty';
  if (name.length > 200) return `is too long: ${name.length} characters, at most 200`;
  if (!(name as unknown as { isWellFormed(): boolean }).isWellFormed()) return 'is not valid Unicode text';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'contains control characters';
  if (/[/\\]/.test(name)) return 'contains a path separator (/ or \\)';
  if (/^\.+$/.test(name.trim())) return 'is only dots';
  return null;
}

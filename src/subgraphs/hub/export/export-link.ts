import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Download links of exports: `/exports/<id>.<expires>.<signature>/<file name>`, where the signature
 * is HMAC-SHA256 over the export's id, its expiry (Unix seconds) and the user it was made for. The
 * key is derived from GATEWAY_SIGNING_SECRET (which every gateway and hub instance shares and
 * production requires) with a label of its own, so a link signature is never valid as anything else.
 * A browser can follow such a link without a token: the link is the credential, for a few minutes.
 */
export const EXPORTS_PREFIX = '/exports/';

const linkKey = (secret: string) => createHmac('sha256', secret).update('liaison-hub export download links v1').digest();

const signature = (secret: string, id: number, expires: number, userId: string) =>
  createHmac('sha256', linkKey(secret)).update(`${id}.${expires}.${userId}`, 'utf8').digest('base64url');

export function exportLinkPath(secret: string, e: { id: number; expiresAt: Date; userId: string }, fileName: string): string {
  const expires = Math.floor(e.expiresAt.getTime() / 1000);
  return `${EXPORTS_PREFIX}${e.id}.${expires}.${signature(secret, e.id, expires, e.userId)}/${encodeURIComponent(fileName)}`;
}

export interface ParsedExportLink {
  id: number;
  expires: number;
  signature: string;
}

/** The parts of a link path (`/exports/<token>/<file>`, query string ignored), or null when it is not shaped like one. */
export function parseExportLink(path: string): ParsedExportLink | null {
  const bare = path.split('?')[0];
  if (!bare.startsWith(EXPORTS_PREFIX) || bare.length > 400) return null;
  const [token] = bare.slice(EXPORTS_PREFIX.length).split('/');
  const match = /^([1-9]\d{0,9})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token ?? '');
  if (!match) return null;
  const id = Number(match[1]);
  if (id > 2_147_483_647) return null;
  return { id, expires: Number(match[2]), signature: match[3] };
}

/** Whether the link was issued by this hub for that export, expiry and user (constant time). */
export function linkMatches(secret: string, link: ParsedExportLink, e: { id: number; expiresAt: Date; userId: string }): boolean {
  if (link.id !== e.id || link.expires !== Math.floor(e.expiresAt.getTime() / 1000)) return false;
  const expected = Buffer.from(signature(secret, e.id, link.expires, e.userId));
  const given = Buffer.from(link.signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

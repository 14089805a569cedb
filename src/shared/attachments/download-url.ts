import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Short-lived signed download links (`/files/<subgraph>/<id>?expires=…&signature=…`). Whoever
 * issues one has checked, at that moment, that the caller may see the file (need-to-know); the
 * link then stands for that check until it expires (ATTACHMENT_URL_TTL_SECONDS, 5 minutes by
 * default), like a presigned object-store URL. The signature binds subgraph, attachment and
 * expiry; the key is derived from GATEWAY_SIGNING_SECRET, which the gateway and every subgraph
 * already share, under a label of its own so that neither signature can stand for the other.
 */
const keyFor = (secret: string) => createHmac('sha256', secret).update('liaison-hub attachment download links v1').digest();

const mac = (secret: string, subgraph: string, id: number, expires: number) =>
  createHmac('sha256', keyFor(secret)).update(`${subgraph}/${id}:${expires}`).digest('base64url');

/** A path relative to the gateway's origin. */
export function signDownloadPath(secret: string, subgraph: string, id: number, expires: number): string {
  return `/files/${subgraph}/${id}?expires=${expires}&signature=${mac(secret, subgraph, id, expires)}`;
}

export interface DownloadRequest {
  subgraph: string;
  id: number;
  expires: number;
  signature: string;
}

/** The parts of a download path, or null when it is not one. */
export function parseDownloadPath(url: string): DownloadRequest | null {
  let parsed: URL;
  try {
    parsed = new URL(url, 'http://x');
  } catch {
    return null;
  }
  const m = /^\/files\/([a-z]{2,20})\/([1-9]\d{0,9})$/.exec(parsed.pathname);
  const expires = parsed.searchParams.get('expires');
  const signature = parsed.searchParams.get('signature');
  if (!m || !expires || !/^\d{1,12}$/.test(expires) || !signature || signature.length > 100) return null;
  return { subgraph: m[1], id: Number(m[2]), expires: Number(expires), signature };
}

/** 'ok', 'invalid' (not signed by us, or altered) or 'expired' (checked with the caller's clock, in seconds). */
export function verifyDownload(secret: string, r: DownloadRequest, nowSeconds: number | null): 'ok' | 'invalid' | 'expired' {
  const expected = Buffer.from(mac(secret, r.subgraph, r.id, r.expires));
  const given = Buffer.from(r.signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  if (nowSeconds !== null && r.expires < nowSeconds) return 'expired';
  return 'ok';
}

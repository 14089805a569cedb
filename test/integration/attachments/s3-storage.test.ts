import { createHash, createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_USERS } from '../../../src/demo/district';
import { ok, submit } from '../../helpers/issues';
import { sql } from '../../helpers/sql';
import { startTestHub, type TestHub } from '../../helpers/test-hub';

/**
 * The S3 storage (S3_*) against a small S3-compatible server in this process: path-style
 * addressing, AWS Signature V4 verified here by an implementation of its own (not the client's),
 * the payload hash checked against the bytes. MinIO itself cannot run here; this shows the hub
 * speaks the protocol, not that a given MinIO release accepts it.
 */
const ACCESS = 'test-access-key';
const SECRET = 'test-secret-key-0123456789';
const BUCKET = 'liaison-attachments';
const objects = new Map<string, { bytes: Buffer; type: string }>();
const refused: string[] = [];

const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data).digest();
const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** AWS Signature V4 of a request as S3 checks it (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html). */
function verifySigV4(req: http.IncomingMessage, body: Buffer): string | null {
  const auth = req.headers.authorization ?? '';
  const m = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(auth);
  if (!m) return 'no SigV4 authorization';
  const [, key, day, region, signedHeaders, signature] = m;
  if (key !== ACCESS) return 'unknown access key';
  const payloadHash = req.headers['x-amz-content-sha256'] as string;
  if (payloadHash !== 'UNSIGNED-PAYLOAD' && payloadHash !== sha256(body)) return 'payload hash does not match the body';
  const amzDate = req.headers['x-amz-date'] as string;
  const url = new URL(req.url!, 'http://x');
  const canonicalHeaders = signedHeaders.split(';').map((h) => `${h}:${String(req.headers[h] ?? '').trim().replace(/\s+/g, ' ')}\n`).join('');
  const canonicalRequest = [req.method, url.pathname, url.searchParams.toString(), canonicalHeaders, signedHeaders, payloadHash].join('\n');
  const scope = `${day}/${region}/s3/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonicalRequest)].join('\n');
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${SECRET}`, day), region), 's3'), 'aws4_request');
  return hmac(signingKey, toSign).toString('hex') === signature ? null : 'signature does not match';
}

const s3 = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    const problem = verifySigV4(req, body);
    const path = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
    if (problem || !path.startsWith(`/${BUCKET}/`)) {
      refused.push(problem ?? `not path-style in ${BUCKET}: ${path}`);
      res.writeHead(403).end('<Error><Code>SignatureDoesNotMatch</Code></Error>');
      return;
    }
    if (req.method === 'PUT') {
      objects.set(path, { bytes: body, type: String(req.headers['content-type']) });
      res.writeHead(200, { etag: `"${sha256(body)}"` }).end();
    } else if (req.method === 'GET') {
      const o = objects.get(path);
      if (!o) res.writeHead(404).end('<Error><Code>NoSuchKey</Code></Error>');
      else res.writeHead(200, { 'content-type': o.type, 'content-length': o.bytes.length }).end(o.bytes);
    } else res.writeHead(405).end();
  });
});

let hub: TestHub;
beforeAll(async () => {
  await new Promise<void>((resolve) => s3.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(s3.address() as AddressInfo).port}`;
  hub = await startTestHub({ env: { S3_ENDPOINT: endpoint, S3_BUCKET: BUCKET, S3_ACCESS_KEY_ID: ACCESS, S3_SECRET_ACCESS_KEY: SECRET } });
});
afterAll(async () => {
  await hub?.stop();
  await new Promise((resolve) => s3.close(resolve));
});

test('with S3_* set, the bytes go to the object store (signed, path-style) and come back through the signed link', async () => {
  const issue = await submit(hub, 'enterprise', { uscc: DEMO_USERS.enterprise.uscc, title: '对象存储', description: '对象存储', category: 'other' });
  const bytes = Buffer.from('%PDF-1.4\n% stored in the object store\n%%EOF\n', 'latin1');
  const form = new FormData();
  form.append('operations', JSON.stringify({
    query: 'mutation($input: AddAttachmentsInput!) { addAttachments(input: $input) { attachments { id downloadUrl } } }',
    variables: { input: { issueId: issue.id, files: [null] } },
  }));
  form.append('map', JSON.stringify({ 0: ['variables.input.files.0'] }));
  form.append('0', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), '对象.pdf');
  const res = (await (await fetch(hub.url, { method: 'POST', headers: { authorization: `Bearer ${await hub.token('enterprise')}` }, body: form })).json()) as any;
  expect(res.errors).toBeUndefined();
  const [attachment] = res.data.addAttachments.attachments;

  expect(refused).toEqual([]);
  expect(objects.size).toBe(1);
  const [[key, stored]] = [...objects];
  expect(key).toMatch(new RegExp(`^/${BUCKET}/hub/[0-9a-f-]{36}$`));
  expect(stored).toEqual({ bytes, type: 'application/pdf' });
  const id = Number(attachment.id.split(':')[1]);
  expect(await sql(`select storage, storage_key from hub.attachment where id = $1`, [id])).toEqual([{ storage: 'S3', storage_key: key.slice(BUCKET.length + 2) }]);
  expect(await sql(`select count(*)::int as n from hub.attachment_blob where key = $1`, [key.slice(BUCKET.length + 2)])).toEqual([{ n: 0 }]);

  const got = await fetch(new URL(attachment.downloadUrl, new URL(hub.url).origin));
  expect(got.status).toBe(200);
  expect(Buffer.from(await got.arrayBuffer()).equals(bytes)).toBe(true);
  // a store that refuses (here: the object gone) is a 503 for the link, never someone else's file
  objects.clear();
  expect((await fetch(new URL(attachment.downloadUrl, new URL(hub.url).origin))).status).toBe(503);
  expect((await ok(hub, `query($id: ID!) { attachment(id: $id) { id } }`, { id: attachment.id }, 'enterprise')).id).toBe(attachment.id);
});

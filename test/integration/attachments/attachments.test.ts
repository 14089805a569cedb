import { deflateSync } from 'node:zlib';
import { DEMO_ENTERPRISES, DEMO_USERS, type DemoUserName } from '../../../src/demo/district';
import { act, codeOf, ok, submit } from '../../helpers/issues';
import { startTestHub, type GqlResponse, type TestHub } from '../../helpers/test-hub';

/**
 * Attachments (附件) through the gateway: multipart uploads (GraphQL multipart request spec) to the
 * hub subgraph, downloads through short-lived signed links on the gateway's /files/ route.
 * Small limits (64 KiB per file) so the oversize case is cheap; the EICAR scanner proves the hook.
 */
const MAX_FILE = 64 * 1024;
let hub: TestHub;
let otherEnterprise: string;
beforeAll(async () => {
  hub = await startTestHub({ env: { ATTACHMENT_MAX_FILE_BYTES: String(MAX_FILE), ATTACHMENT_SCANNER: 'eicar', ATTACHMENT_URL_TTL_SECONDS: '300' } });
  otherEnterprise = await hub.token('enterprise', { sub: 'u-other-ent', uscc: DEMO_ENTERPRISES[2].uscc });
});
afterAll(() => hub?.stop());

/** A real 1×1 PNG (signature, IHDR, IDAT, IEND), so the bytes round-trip as an image. */
function png(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from([0, 255, 0, 0]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
const pdf = (text = 'liaison hub test') => Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'latin1');

const ADD = /* GraphQL */ `
  mutation Add($input: AddAttachmentsInput!) {
    addAttachments(input: $input) {
      attachments { id kind fileName contentType sizeBytes sha256 uploadedBy { id } downloadUrl }
      issue { id timeline { action note } attachments { id } }
    }
  }
`;

/** POSTs a multipart request (GraphQL multipart request spec) to the gateway with `files` at input.files. */
async function upload(
  who: DemoUserName | string,
  input: Record<string, unknown>,
  files: { name: string; type: string; bytes: Buffer }[],
  headers: Record<string, string> = {},
): Promise<GqlResponse> {
  const token = who in DEMO_USERS ? await hub.token(who as DemoUserName) : who;
  const form = new FormData();
  form.append('operations', JSON.stringify({ query: ADD, variables: { input: { ...input, files: files.map(() => null) } } }));
  form.append('map', JSON.stringify(Object.fromEntries(files.map((_, i) => [String(i), [`variables.input.files.${i}`]]))));
  files.forEach((f, i) => form.append(String(i), new Blob([new Uint8Array(f.bytes)], { type: f.type }), f.name));
  const res = await fetch(hub.url, { method: 'POST', headers: { authorization: `Bearer ${token}`, ...headers }, body: form });
  return { ...((await res.json()) as GqlResponse), status: res.status };
}

const gatewayOrigin = () => new URL(hub.url).origin;
const download = (path: string) => fetch(new URL(path, gatewayOrigin()));

const ownRequest = (title = '附件测试') => submit(hub, 'enterprise', { uscc: DEMO_USERS.enterprise.uscc, title, description: title, category: 'other' });

test('a PNG and a PDF uploaded on a request come back byte for byte through their signed links', async () => {
  const issue = await ownRequest();
  const image = png();
  const doc = pdf();
  const res = await upload('enterprise', { issueId: issue.id }, [
    { name: '现场照片.png', type: 'image/png', bytes: image },
    { name: 'licence.pdf', type: 'application/pdf', bytes: doc },
  ]);
  expect(res.errors).toBeUndefined();
  const [a, b] = res.data.addAttachments.attachments;
  expect(a).toMatchObject({ kind: 'REQUEST', fileName: '现场照片.png', contentType: 'image/png', sizeBytes: image.length, uploadedBy: { id: DEMO_USERS.enterprise.sub } });
  expect(b).toMatchObject({ kind: 'REQUEST', fileName: 'licence.pdf', contentType: 'application/pdf', sizeBytes: doc.length });
  expect(a.id).toMatch(/^Attachment:\d+$/);
  expect(res.data.addAttachments.issue.timeline.at(-1)).toEqual({ action: 'ATTACHMENT_ADDED', note: 'request: 现场照片.png, licence.pdf' });

  for (const [att, bytes] of [[a, image], [b, doc]] as const) {
    const got = await download(att.downloadUrl);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe(att.contentType);
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    expect(got.headers.get('content-disposition')).toMatch(/^attachment; /);
    expect(Buffer.from(await got.arrayBuffer()).equals(bytes)).toBe(true);
  }
});

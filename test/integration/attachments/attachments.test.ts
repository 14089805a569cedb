import { deflateSync } from 'node:zlib';
import { DEMO_ENTERPRISES, DEMO_USERS, type DemoUserName } from '../../../src/demo/district';
import { signContent, SIGNATURE_EXTENSION, subgraphSignedContent } from '../../../src/shared/gateway-signature';
import { sha256Hex, uploadDescriptor } from '../../../src/shared/uploads';
import { act, codeOf, ok, submit } from '../../helpers/issues';
import { sql } from '../../helpers/sql';
import { startTestHub, type GqlResponse, type TestHub } from '../../helpers/test-hub';

/**
 * Attachments (附件) through the gateway: multipart uploads (GraphQL multipart request spec) to the
 * hub subgraph, downloads through short-lived signed links on the gateway's /files/ route.
 * Small limits (64 KiB per file) so the oversize case is cheap; the EICAR scanner proves the hook.
 */
const MAX_FILE = 64 * 1024;
const MAX_REQUEST = 200 * 1024;
let hub: TestHub;
let otherEnterprise: string;
beforeAll(async () => {
  hub = await startTestHub({ env: { ATTACHMENT_MAX_FILE_BYTES: String(MAX_FILE), ATTACHMENT_SCANNER: 'eicar', ATTACHMENT_URL_TTL_SECONDS: '300', ATTACHMENT_MAX_REQUEST_BYTES: String(MAX_REQUEST) } });
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
  // the same valid link straight to the hub subgraph, around the gateway: refused (route signature)
  const link = new URL(a.downloadUrl, gatewayOrigin());
  const direct = await fetch(new URL(link.pathname + link.search, hub.subgraphs.hub.url));
  expect(direct.status).toBe(403);
  expect(await direct.text()).not.toContain('png');
});

const attachmentCount = async (issueId: string) => (await ok(hub, `query($id: ID!) { issue(id: $id) { attachments { id } } }`, { id: issueId }, 'coordinator')).attachments.length;

describe('limits: refused with BAD_USER_INPUT naming the file, and nothing stored', () => {
  test('a file over ATTACHMENT_MAX_FILE_BYTES', async () => {
    const issue = await ownRequest('超大附件');
    const big = Buffer.concat([pdf(), Buffer.alloc(MAX_FILE, 0x20)]);
    const res = await upload('enterprise', { issueId: issue.id }, [
      { name: 'ok.png', type: 'image/png', bytes: png() },
      { name: 'big.pdf', type: 'application/pdf', bytes: big },
    ]);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.field).toBe('files.1');
    expect(res.errors![0].message).toContain('ATTACHMENT_MAX_FILE_BYTES');
    expect(await attachmentCount(issue.id)).toBe(0);
  });

  test('a type judged by the content, not by the name or the claimed type', async () => {
    const issue = await ownRequest('类型检查');
    const html = await upload('enterprise', { issueId: issue.id }, [{ name: 'photo.png', type: 'image/png', bytes: Buffer.from('<html><script>alert(1)</script></html>') }]);
    expect(codeOf(html)).toBe('BAD_USER_INPUT');
    expect(html.errors![0].message).toContain('not an accepted type');
    const renamed = await upload('enterprise', { issueId: issue.id }, [{ name: 'report.pdf', type: 'application/pdf', bytes: png() }]);
    expect(codeOf(renamed)).toBe('BAD_USER_INPUT');
    expect(renamed.errors![0].message).toContain('does not match its content (image/png)');
    // the same PNG under a fitting name and a wrong claimed type is taken, as the PNG it is
    const fine = await upload('enterprise', { issueId: issue.id }, [{ name: 'scan', type: 'application/octet-stream', bytes: png() }]);
    expect(fine.errors).toBeUndefined();
    expect(fine.data.addAttachments.attachments[0].contentType).toBe('image/png');
    expect(await attachmentCount(issue.id)).toBe(1);
  });

  test('file names: a path never survives; control characters and blank names are refused', async () => {
    const issue = await ownRequest('文件名');
    // the gateway's multipart parser keeps the last segment of a name with a path (as browsers send names)
    for (const [name, kept] of [['../../etc/passwd.png', 'passwd.png'], ['..\\..\\boot.png', 'boot.png']]) {
      const stripped = await upload('enterprise', { issueId: issue.id }, [{ name, type: 'image/png', bytes: png() }]);
      expect(stripped.data.addAttachments.attachments[0].fileName).toBe(kept);
    }
    // (a name of dots loses its "path" at the gateway too and is forwarded renamed; fileNameProblem's unit test covers it)
    for (const name of ['bad\u0001name.png', ' ']) {
      const res = await upload('enterprise', { issueId: issue.id }, [{ name, type: 'image/png', bytes: png() }]);
      // a control character already breaks the forwarded multipart headers, which the hub refuses as malformed
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
    }
    expect(await attachmentCount(issue.id)).toBe(2);
  });

  test('a request over ATTACHMENT_MAX_REQUEST_BYTES is 413 before any of it is parsed', async () => {
    const issue = await ownRequest('请求过大');
    const chunk = Buffer.concat([pdf(), Buffer.alloc(MAX_FILE - 200, 0x20)]);
    const res = await upload('enterprise', { issueId: issue.id }, [1, 2, 3, 4].map((i) => ({ name: `${i}.pdf`, type: 'application/pdf', bytes: chunk })));
    expect(res.status).toBe(413);
    expect(codeOf(res)).toBe('REQUEST_TOO_LARGE');
    expect(res.errors![0].extensions!.limit).toEqual({ name: 'ATTACHMENT_MAX_REQUEST_BYTES', max: MAX_REQUEST });
    expect(await attachmentCount(issue.id)).toBe(0);
  });

  test('more than ATTACHMENT_MAX_FILES files, or a "file" sent as JSON, are refused', async () => {
    const issue = await ownRequest('文件数量');
    const six = await upload('enterprise', { issueId: issue.id }, [1, 2, 3, 4, 5, 6].map((i) => ({ name: `${i}.png`, type: 'image/png', bytes: png() })));
    expect(codeOf(six)).toBe('BAD_USER_INPUT');
    expect(six.errors![0].message).toBe('At most 5 files per request (ATTACHMENT_MAX_FILES).');
    for (const files of [['iVBORw0KGgo='], [{ filename: 'a.png', bytes: 'AAAA' }]]) {
      const json = await hub.gql(ADD, { input: { issueId: issue.id, files } }, 'enterprise');
      expect(codeOf(json)).toBe('BAD_USER_INPUT');
    }
    expect(await attachmentCount(issue.id)).toBe(0);
  });

  test('the virus-scan hook: the EICAR test signature inside a PDF is refused', async () => {
    const issue = await ownRequest('病毒扫描');
    const eicar = pdf('X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*');
    const res = await upload('enterprise', { issueId: issue.id }, [{ name: 'infected.pdf', type: 'application/pdf', bytes: eicar }]);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toBe('files.0 (infected.pdf) was refused by the virus scan: EICAR test signature found.');
    expect(await attachmentCount(issue.id)).toBe(0);
  });
});

describe('need-to-know', () => {
  let issueId: string;
  let attachmentId: string;
  beforeAll(async () => {
    const issue = await ownRequest('权限测试');
    await act.route(hub, 'coordinator', issue.id, 'tax');
    issueId = issue.id;
    const res = await upload('enterprise', { issueId }, [{ name: 'evidence.pdf', type: 'application/pdf', bytes: pdf() }]);
    attachmentId = res.data.addAttachments.attachments[0].id;
  });
  const DOWNLOAD = `query($id: ID!) { attachment(id: $id) { id downloadUrl } }`;

  test("an attachment of another enterprise's request is FORBIDDEN to download, and to attach to", async () => {
    const res = await hub.gql(DOWNLOAD, { id: attachmentId }, otherEnterprise);
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(res.errors![0].message).toBe("This request is another enterprise's: you may not see its attachments.");
    expect(res.data?.attachment ?? null).toBeNull();
    const through = await hub.gql(`query($id: ID!) { issue(id: $id) { attachments { downloadUrl } } }`, { id: issueId }, otherEnterprise);
    expect(codeOf(through)).toBe('FORBIDDEN');
    const attach = await upload(otherEnterprise, { issueId }, [{ name: 'x.png', type: 'image/png', bytes: png() }]);
    expect(codeOf(attach)).toBe('FORBIDDEN');
    // the owner, the lead department and coordinators get a link
    for (const who of ['enterprise', 'tax-officer', 'coordinator'] as const) {
      const mine = await hub.gql(DOWNLOAD, { id: attachmentId }, who);
      expect(mine.errors).toBeUndefined();
      expect(mine.data.attachment.downloadUrl).toMatch(/^\/files\/hub\/\d+\?expires=\d+&signature=[\w-]+$/);
    }
  });

  test('node(id) points to attachment(id)', async () => {
    const res = await hub.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: attachmentId }, 'enterprise');
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toBe('An Attachment is not fetched on its own: use attachment(id), or read the attachments of its request.');
  });

  test('a department that may not see the request is FORBIDDEN', async () => {
    const res = await hub.gql(DOWNLOAD, { id: attachmentId }, 'market-officer');
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(res.errors![0].message).toBe('This request belongs to other departments: you may not see its attachments.');
  });

  test('reply attachments: only the lead department attaches them; the enterprise downloads them', async () => {
    const byEnterprise = await upload('enterprise', { issueId, kind: 'REPLY' }, [{ name: 'r.pdf', type: 'application/pdf', bytes: pdf() }]);
    expect(codeOf(byEnterprise)).toBe('FORBIDDEN');
    const byOther = await upload('police-officer', { issueId, kind: 'REPLY' }, [{ name: 'r.pdf', type: 'application/pdf', bytes: pdf() }]);
    expect(codeOf(byOther)).toBe('FORBIDDEN');
    const reply = pdf('答复意见书');
    const res = await upload('tax-officer', { issueId, kind: 'REPLY' }, [{ name: '答复意见书.pdf', type: 'application/pdf', bytes: reply }]);
    expect(res.errors).toBeUndefined();
    expect(res.data.addAttachments.attachments[0]).toMatchObject({ kind: 'REPLY', uploadedBy: { id: DEMO_USERS['tax-officer'].sub } });
    const seen = await ok(hub, `query($id: ID!) { issue(id: $id) { attachments { kind fileName downloadUrl } } }`, { id: issueId }, 'enterprise');
    expect(seen.attachments.map((a: any) => a.kind)).toEqual(['REQUEST', 'REPLY']);
    const got = await download(seen.attachments[1].downloadUrl);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('答复意见书.pdf')}`);
    expect(Buffer.from(await got.arrayBuffer()).equals(reply)).toBe(true);
  });
});

describe('download links', () => {
  let url: string;
  beforeAll(async () => {
    const issue = await ownRequest('链接测试');
    const res = await upload('enterprise', { issueId: issue.id }, [{ name: 'a.png', type: 'image/png', bytes: png() }]);
    url = res.data.addAttachments.attachments[0].downloadUrl;
  });

  test('a tampered link is refused at the gateway; the untouched one works', async () => {
    const u = new URL(url, gatewayOrigin());
    const sig = u.searchParams.get('signature')!;
    const tampered = [
      url.replace(/\/files\/hub\/(\d+)/, (_m, id) => `/files/hub/${Number(id) + 1}`), // another attachment
      url.replace(/expires=(\d+)/, (_m, e) => `expires=${Number(e) + 3600}`), // a longer life
      url.replace(sig, `${sig.slice(0, -2)}${sig.endsWith('AA') ? 'BB' : 'AA'}`), // another signature
      url.replace(/&signature=[^&]+/, ''), // none
    ];
    for (const t of tampered) {
      const res = await download(t);
      expect(res.status).toBe(t.includes('signature') ? 403 : 404);
    }
    expect((await download(url)).status).toBe(200);
  });

  test('an expired link is refused; a fresh one is issued by asking again', async () => {
    const issuedAt = hub.clock.now();
    hub.clock.set(new Date(issuedAt.getTime() + 301_000).toISOString());
    try {
      const res = await download(url);
      expect(res.status).toBe(403);
      expect(((await res.json()) as any).errors[0].message).toBe('This download link has expired: ask for downloadUrl again.');
    } finally {
      hub.clock.set(issuedAt.toISOString());
    }
    expect((await download(url)).status).toBe(200);
  });

  test('downloads are GET only', async () => {
    const res = await fetch(new URL(url, gatewayOrigin()), { method: 'POST' });
    expect(res.status).toBe(405);
  });
});

describe('perimeter', () => {
  test('a multipart request without Authorization or a preflight header is refused (no cross-site form posts)', async () => {
    const form = new FormData();
    form.append('operations', JSON.stringify({ query: '{ __typename }' }));
    form.append('map', '{}');
    const res = await fetch(hub.url, { method: 'POST', body: form });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].message).toContain('Apollo-Require-Preflight');
  });

  test('an upload without a valid token is refused (401) before its body is read', async () => {
    const big = Buffer.concat([pdf(), Buffer.alloc(MAX_FILE, 0x20)]);
    for (const headers of [{ 'apollo-require-preflight': 'true' }, { authorization: 'Bearer not-a-token' }] as Record<string, string>[]) {
      const form = new FormData();
      form.append('operations', JSON.stringify({ query: ADD, variables: { input: { issueId: 'Issue:1', files: [null] } } }));
      form.append('map', JSON.stringify({ 0: ['variables.input.files.0'] }));
      form.append('0', new Blob([new Uint8Array(big)]), 'a.pdf');
      const res = await fetch(hub.url, { method: 'POST', headers, body: form });
      expect(res.status).toBe(401);
      expect(((await res.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  test('the hub refuses a multipart request whose file is not the one the gateway signed', async () => {
    const issue = await ownRequest('签名测试');
    const authorization = `Bearer ${await hub.token('enterprise')}`;
    const signed = png();
    const query = 'mutation($input: AddAttachmentsInput!) { addAttachments(input: $input) { attachments { id } } }';
    const signature = signContent(
      hub.config.gatewaySigning.secret,
      subgraphSignedContent({ query, variables: { input: { issueId: issue.id, files: [uploadDescriptor(sha256Hex(signed), signed.length)] } } }, authorization),
    );
    const send = (bytes: Buffer) => {
      const form = new FormData();
      form.append('operations', JSON.stringify({ query, variables: { input: { issueId: issue.id, files: [null] } }, extensions: { [SIGNATURE_EXTENSION]: signature } }));
      form.append('map', JSON.stringify({ 0: ['variables.input.files.0'] }));
      form.append('0', new Blob([new Uint8Array(bytes)]), 'a.png');
      return fetch(hub.subgraphs.hub.url, { method: 'POST', headers: { authorization }, body: form });
    };
    const swapped = Buffer.from(signed);
    swapped[swapped.length - 1] ^= 1;
    expect((await send(swapped)).status).toBe(403);
    expect(await attachmentCount(issue.id)).toBe(0);
    const res = await send(signed);
    expect(res.status).toBe(200);
    expect(await attachmentCount(issue.id)).toBe(1);
  });
});

test('attachments of a list of requests: one batch, however long the list (no N+1)', async () => {
  const ids: string[] = [];
  for (let i = 0; i < 6; i++) {
    const issue = await ownRequest(`批量 ${i}`);
    await upload('enterprise', { issueId: issue.id }, [{ name: `${i}.png`, type: 'image/png', bytes: png() }]);
    ids.push(issue.id);
  }
  const LIST = `query($first: Int!) { issues(filter: { enterprise: "${DEMO_USERS.enterprise.uscc}" }, first: $first) { edges { node { id attachments { id fileName downloadUrl uploadedBy { id } } } } } }`;
  const statements = async (first: number) => {
    hub.resetQueryCounts();
    const res = await hub.gql(LIST, { first }, 'enterprise');
    expect(res.errors).toBeUndefined();
    const withFiles = res.data.issues.edges.filter((e: any) => e.node.attachments.length > 0);
    expect(withFiles.length).toBeGreaterThanOrEqual(Math.min(first, 6) - 1);
    return hub.queryCounts().hub;
  };
  const two = await statements(2);
  const six = await statements(6);
  expect(six).toBe(two);
  expect(six).toBeLessThanOrEqual(6);
});

test('the demo data shows a request with a screenshot and a reply document (npm start needs no object store)', async () => {
  const [row] = await sql(`select id from hub.issue where title = '电子发票开具系统无法登录'`);
  const issue = await ok(hub, `query($id: ID!) { issue(id: $id) { status attachments { kind fileName contentType downloadUrl } } }`, { id: `Issue:${row.id}` }, 'enterprise');
  expect(issue.status).toBe('CLOSED');
  expect(issue.attachments.map((a: any) => [a.kind, a.fileName, a.contentType])).toEqual([
    ['REQUEST', '证书失效截图.png', 'image/png'],
    ['REPLY', '答复意见书.pdf', 'application/pdf'],
  ]);
  for (const a of issue.attachments) expect((await download(a.downloadUrl)).status).toBe(200);
  // closed: no more files until it is reopened
  const late = await upload('enterprise', { issueId: `Issue:${row.id}` }, [{ name: 'late.png', type: 'image/png', bytes: png() }]);
  expect(codeOf(late)).toBe('CONFLICT');
});

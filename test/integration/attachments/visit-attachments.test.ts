import { DEMO_ENTERPRISES } from '../../../src/demo/district';
import { codeOf, police } from '../../helpers/issues';
import { startTestHub, type GqlResponse, type TestHub } from '../../helpers/test-hub';

/**
 * Attachments of visits (走访附件), kept by the police subgraph: police liaison officers attach, and
 * the police need-to-know rules decide who gets a download link (FULL access: police staff,
 * coordinators, the enterprise itself).
 */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

const E = DEMO_ENTERPRISES[36]; // QH-CD key enterprise, demo officer 李伟 (the police-officer account)
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), Buffer.from('JFIF\0 site photo of the east wall'), Buffer.from([0xff, 0xd9])]);
const ADD = `mutation($input: AddVisitAttachmentsInput!) { addVisitAttachments(input: $input) { attachments { id fileName contentType sizeBytes uploadedBy { id } downloadUrl } visit { id } } }`;

async function upload(token: string, visitId: string, files: { name: string; bytes: Buffer }[]): Promise<GqlResponse> {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query: ADD, variables: { input: { visitId, files: files.map(() => null) } } }));
  form.append('map', JSON.stringify(Object.fromEntries(files.map((_, i) => [String(i), [`variables.input.files.${i}`]]))));
  files.forEach((f, i) => form.append(String(i), new Blob([new Uint8Array(f.bytes)]), f.name));
  const res = await fetch(hub.url, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  return { ...((await res.json()) as GqlResponse), status: res.status };
}
const download = (path: string) => fetch(new URL(path, new URL(hub.url).origin));
const VISITS = `query($u: ID!) { enterprise(uscc: $u) { police { visits { id attachments { id fileName downloadUrl } } } } }`;

test('an officer attaches a photo to a visit; the police, coordinators and the enterprise itself download it, others are FORBIDDEN', async () => {
  const visit = await police.recordVisit(hub, 'police-officer', { uscc: E.uscc, date: hub.clock.today(), peopleMet: '安保主管', notes: '围墙监控损坏，已拍照。' });
  const officer = await hub.token('police-officer');
  const res = await upload(officer, visit.id, [{ name: '东侧围墙.jpg', bytes: JPEG }]);
  expect(res.errors).toBeUndefined();
  const [attachment] = res.data.addVisitAttachments.attachments;
  expect(attachment).toMatchObject({ fileName: '东侧围墙.jpg', contentType: 'image/jpeg', sizeBytes: JPEG.length, uploadedBy: { id: 'Officer:320102001' } });
  expect(attachment.id).toMatch(/^VisitAttachment:\d+$/);
  expect(attachment.downloadUrl).toMatch(/^\/files\/police\/\d+\?expires=\d+&signature=[\w-]+$/);

  const own = await hub.token('enterprise', { sub: 'u-visit-ent', uscc: E.uscc });
  for (const who of ['police-officer', 'coordinator', own]) {
    const seen = await hub.gql(VISITS, { u: E.uscc }, who);
    expect(seen.errors).toBeUndefined();
    const found = seen.data.enterprise.police.visits.find((v: any) => v.id === visit.id);
    expect(found.attachments.map((a: any) => a.fileName)).toEqual(['东侧围墙.jpg']);
    const got = await download(found.attachments[0].downloadUrl);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await got.arrayBuffer()).equals(JPEG)).toBe(true);
  }

  // another enterprise and another department get no link: the visit (and its files) is police-confidential
  const other = await hub.token('enterprise', { sub: 'u-visit-other', uscc: DEMO_ENTERPRISES[2].uscc });
  for (const who of ['market-officer', other]) {
    const refused = await hub.gql(VISITS, { u: E.uscc }, who);
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(refused.data?.enterprise?.police?.visits ?? null).toBeNull();
    expect(JSON.stringify(refused)).not.toContain('/files/police/');
  }
});

test('only police liaison officers attach to visits; the same checks as for requests apply', async () => {
  const visit = await police.recordVisit(hub, 'police-officer', { uscc: E.uscc, date: hub.clock.today(), peopleMet: '总经理', notes: '例行走访。' });
  for (const who of ['market-officer', 'coordinator'] as const) {
    const res = await upload(await hub.token(who), visit.id, [{ name: 'x.jpg', bytes: JPEG }]);
    expect(codeOf(res)).toBe('FORBIDDEN');
  }
  const officer = await hub.token('police-officer');
  const wrongType = await upload(officer, visit.id, [{ name: 'notes.jpg', bytes: Buffer.from('just text') }]);
  expect(codeOf(wrongType)).toBe('BAD_USER_INPUT');
  expect(wrongType.errors![0].extensions!.field).toBe('files.0');
  const noVisit = await upload(officer, 'Visit:999999', [{ name: 'x.jpg', bytes: JPEG }]);
  expect(codeOf(noVisit)).toBe('NOT_FOUND');
  const badId = await upload(officer, 'Issue:1', [{ name: 'x.jpg', bytes: JPEG }]);
  expect(codeOf(badId)).toBe('BAD_USER_INPUT');
  const seen = await hub.gql(VISITS, { u: E.uscc }, 'police-officer');
  expect(seen.data.enterprise.police.visits.find((v: any) => v.id === visit.id).attachments).toEqual([]);
});

test('a link signed for a hub attachment does not open a police one', async () => {
  const visit = await police.recordVisit(hub, 'police-officer', { uscc: E.uscc, date: hub.clock.today(), peopleMet: '财务', notes: '回访。' });
  const res = await upload(await hub.token('police-officer'), visit.id, [{ name: 'p.jpg', bytes: JPEG }]);
  const url: string = res.data.addVisitAttachments.attachments[0].downloadUrl;
  expect((await download(url.replace('/files/police/', '/files/hub/'))).status).toBe(403);
  expect((await download(url)).status).toBe(200);
});

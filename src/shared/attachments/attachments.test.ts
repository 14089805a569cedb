import { extensionAgrees, fileNameProblem, sniffContentType } from './content-type';
import { parseDownloadPath, signDownloadPath, verifyDownload } from './download-url';
import { eicarScanner, noScanner } from './scanner';

describe('content sniffing', () => {
  test.each([
    [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0], 'image/png'],
    [[0xff, 0xd8, 0xff, 0xe0], 'image/jpeg'],
    [Buffer.from('GIF89a...'), 'image/gif'],
    [Buffer.from('RIFF\0\0\0\0WEBPVP8 '), 'image/webp'],
    [Buffer.from('%PDF-1.7\n'), 'application/pdf'],
    [Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....[Content_Types].xml....word/document.xml')]), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    [Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....[Content_Types].xml....xl/workbook.xml')]), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    [Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('plain zip')]), null],
    [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), null],
    [Buffer.from('<html>'), null],
    [Buffer.from('MZ\x90\x00'), null],
    [Buffer.alloc(0), null],
  ])('%p → %p', (bytes, type) => {
    expect(sniffContentType(Buffer.from(bytes as never))).toBe(type);
  });

  test('the extension, when there is one, must agree with the content', () => {
    expect(extensionAgrees('photo.JPG', 'image/jpeg')).toBe(true);
    expect(extensionAgrees('photo', 'image/jpeg')).toBe(true);
    expect(extensionAgrees('.hidden', 'image/png')).toBe(true);
    expect(extensionAgrees('invoice.pdf', 'image/png')).toBe(false);
    expect(extensionAgrees('run.exe', 'application/pdf')).toBe(false);
  });
});

test.each([
  ['报告.pdf', null],
  ['a'.repeat(201), 'is too long: 201 characters, at most 200'],
  ['', 'is empty'],
  ['  ', 'is empty'],
  ['a/b.pdf', 'contains a path separator (/ or \\)'],
  ['a\\b.pdf', 'contains a path separator (/ or \\)'],
  ['tab\there.pdf', 'contains control characters'],
  ['..', 'is only dots'],
  ['\ud800.pdf', 'is not valid Unicode text'],
])('file name %p → %p', (name, problem) => {
  expect(fileNameProblem(name)).toBe(problem);
});

describe('download links', () => {
  const secret = 'a-test-secret-of-at-least-32-characters';
  const path = signDownloadPath(secret, 'hub', 42, 1_000);

  test('bound to subgraph, attachment and expiry, and to the secret', () => {
    const link = parseDownloadPath(path)!;
    expect(link).toMatchObject({ subgraph: 'hub', id: 42, expires: 1_000 });
    expect(verifyDownload(secret, link, 999)).toBe('ok');
    expect(verifyDownload(secret, link, 1_000)).toBe('ok');
    expect(verifyDownload(secret, link, 1_001)).toBe('expired');
    expect(verifyDownload(secret, link, null)).toBe('ok');
    expect(verifyDownload(`${secret}x`, link, 999)).toBe('invalid');
    expect(verifyDownload(secret, { ...link, id: 43 }, 999)).toBe('invalid');
    expect(verifyDownload(secret, { ...link, subgraph: 'police' }, 999)).toBe('invalid');
    expect(verifyDownload(secret, { ...link, expires: 2_000 }, 999)).toBe('invalid');
  });

  test('anything else is not a link', () => {
    for (const p of ['/files/hub/42', '/files/hub/0?expires=1&signature=x', '/files/HUB/1?expires=1&signature=x', '/files/hub/1/x?expires=1&signature=x', '/files/hub/1?expires=-1&signature=x']) {
      expect(parseDownloadPath(p)).toBeNull();
    }
  });
});

test('scanners: none lets everything through; eicar refuses the test signature', async () => {
  const eicar = Buffer.from('%PDF-1.4 X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H* %%EOF');
  expect(await noScanner.scan(eicar, 'a.pdf')).toEqual({ clean: true });
  expect(await eicarScanner.scan(eicar, 'a.pdf')).toEqual({ clean: false, reason: 'EICAR test signature found' });
  expect(await eicarScanner.scan(Buffer.from('%PDF-1.4 clean'), 'a.pdf')).toEqual({ clean: true });
});

import { exportLinkPath, linkMatches, parseExportLink } from './export-link';

const SECRET = 'a-test-secret-of-at-least-32-characters!';
const EXPORT = { id: 42, expiresAt: new Date('2026-09-28T02:05:00Z'), userId: 'u-police-li' };

describe('export download links', () => {
  const path = exportLinkPath(SECRET, EXPORT, '诉求清单.csv');

  it('round-trips: the path parses and matches the export it was made for', () => {
    expect(path).toMatch(/^\/exports\/42\.\d+\.[A-Za-z0-9_-]{43}\/%E8%AF%89/);
    const link = parseExportLink(`${path}?x=1`)!;
    expect(link).toMatchObject({ id: 42, expires: EXPORT.expiresAt.getTime() / 1000 });
    expect(linkMatches(SECRET, link, EXPORT)).toBe(true);
  });

  it('does not match another user, another expiry, another export or another secret', () => {
    const link = parseExportLink(path)!;
    expect(linkMatches(SECRET, link, { ...EXPORT, userId: 'u-other' })).toBe(false);
    expect(linkMatches(SECRET, link, { ...EXPORT, expiresAt: new Date('2026-09-28T03:05:00Z') })).toBe(false);
    expect(linkMatches(SECRET, { ...link, id: 43 }, { ...EXPORT, id: 43 })).toBe(false);
    expect(linkMatches('another-secret-of-at-least-32-characters', link, EXPORT)).toBe(false);
    // a flipped signature character
    const sig = link.signature;
    expect(linkMatches(SECRET, { ...link, signature: (sig[0] === 'A' ? 'B' : 'A') + sig.slice(1) }, EXPORT)).toBe(false);
  });

  it('refuses shapes that are not links', () => {
    for (const bad of ['/exports/', '/exports/42/x.csv', '/exports/0.1.abc/x', '/exports/42.1.short/x', '/files/42.1.' + 'a'.repeat(43), `/exports/99999999999.1.${'a'.repeat(43)}/x`]) {
      expect(parseExportLink(bad)).toBeNull();
    }
  });
});

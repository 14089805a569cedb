import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CONSOLE_TRUSTED_DOCUMENTS, documentIdOf, loadTrustedDocuments } from './trusted-documents';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liaison-trusted-unit-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function list(name: string, content: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

test("the console's list loads: every entry is the sha256 of its text", () => {
  const documents = loadTrustedDocuments([CONSOLE_TRUSTED_DOCUMENTS()]);
  expect(documents.size).toBeGreaterThan(10);
  for (const [hash, text] of documents) expect(sha256(text)).toBe(hash);
});

test('lists are merged', () => {
  const a = '{ me { id } }';
  const b = 'query B { departments { code } }';
  const documents = loadTrustedDocuments([list('a.json', { [sha256(a)]: a }), list('b.json', { [sha256(b)]: b })]);
  expect([...documents.keys()].sort()).toEqual([sha256(a), sha256(b)].sort());
});

test.each([
  ['missing', () => path.join(dir, 'nowhere.json'), /cannot read/],
  ['not JSON', () => list('text.json', 'hash: query'), /cannot read/],
  ['an array', () => list('array.json', ['{ me { id } }']), /is not an object/],
  ['an entry that is not text', () => list('number.json', { [sha256('1')]: 1 }), /is not a document/],
  ['a hash that is not the text\'s', () => list('wrong.json', { [sha256('{ me { id } }')]: '{ me { roles } }' }), /is not the sha256 of its document/],
  ['a document that does not parse', () => list('parse.json', { [sha256('{ me {')]: '{ me {' }), /does not parse/],
])('a list that is %s stops the start, naming the file', (_what, file, message) => {
  const f = file();
  expect(() => loadTrustedDocuments([f])).toThrow(message);
  expect(() => loadTrustedDocuments([f])).toThrow(path.basename(f));
});

test('the document id: the Apollo extension (version 1), else documentId', () => {
  const hash = sha256('x');
  expect(documentIdOf({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } })).toBe(hash);
  expect(documentIdOf({ documentId: hash })).toBe(hash);
  expect(documentIdOf({ extensions: { persistedQuery: { version: 2, sha256Hash: hash } } })).toBeNull();
  expect(documentIdOf({ documentId: 42 })).toBeNull();
  expect(documentIdOf({})).toBeNull();
});

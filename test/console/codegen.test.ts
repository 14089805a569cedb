import fs from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import config from '../../console/codegen';
import { projectRoot } from '../helpers/build';

/**
 * console/src/gql is generated from the console's operations and the checked-in supergraph
 * (npm run console:codegen) and checked in: a schema change that breaks or changes the console's
 * typed documents must show up here, as test/schema.test.ts does for schema/. That includes
 * persisted-documents.json, the gateway's list of trusted documents: an operation changed without
 * regenerating it would be refused by a gateway running trusted documents only.
 */
test('checked-in console operation types match the supergraph and the console operations (run npm run console:codegen if this fails)', async () => {
  const cwd = process.cwd();
  process.chdir(projectRoot);
  try {
    const files = (await generate({ ...config, silent: true }, false)) as { filename: string; content: string }[];
    expect(files.map((f) => path.relative(projectRoot, path.resolve(projectRoot, f.filename)))).toContain(path.join('console', 'src', 'gql', 'persisted-documents.json'));
    for (const file of files) {
      const onDisk = fs.readFileSync(path.resolve(projectRoot, file.filename), 'utf8');
      expect({ file: file.filename, content: onDisk }).toEqual({ file: file.filename, content: file.content });
    }
    const generated = new Set(files.map((f) => path.resolve(projectRoot, f.filename)));
    for (const name of fs.readdirSync(path.join(projectRoot, 'console/src/gql'))) {
      expect({ stray: name, generated: generated.has(path.join(projectRoot, 'console/src/gql', name)) }).toEqual({ stray: name, generated: true });
    }
  } finally {
    process.chdir(cwd);
  }
});

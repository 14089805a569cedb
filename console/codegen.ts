import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

/**
 * Typed documents for the console's operations (`graphql(...)` calls in console/src), from the
 * checked-in supergraph. `npm run console:codegen` rewrites console/src/gql; test/console/codegen.test.ts
 * fails when the checked-in files are stale.
 */
const config: CodegenConfig = {
  schema: 'schema/supergraph.graphql',
  documents: ['console/src/**/*.{ts,tsx}', '!console/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'console/src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        // the trusted documents (README "Trusted documents"): persisted-documents.json maps each
        // operation's sha256 to its exact text; the console sends the hash, the gateway runs the text
        persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' },
      },
      // urql's document cache reads __typename to know which queries a mutation invalidates: the
      // persisted text selects it itself, since the text urql would have sent is never sent
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTimeISO: 'string', Date: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;

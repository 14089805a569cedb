import type { CodegenConfig } from '@graphql-codegen/cli';

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
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTimeISO: 'string', Date: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;

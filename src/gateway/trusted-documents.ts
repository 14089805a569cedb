import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { GraphQLError, parse } from 'graphql';
import type { Config } from '../shared/config';
import { projectRoot } from '../shared/paths';

/**
 * Trusted documents (persisted operations, README "Trusted documents"). The console's operations are
 * the first list: `npm run console:codegen` writes console/src/gql/persisted-documents.json, each
 * operation's exact text under its sha256, and the console sends only the hash. Other clients' lists
 * (TRUSTED_DOCUMENTS_FILES) have the same format.
 *
 * The gateway runs a listed document sent by its hash (`extensions.persistedQuery.sha256Hash`, the
 * Apollo form, or `documentId`) in every mode; with TRUSTED_DOCUMENTS_ONLY it refuses every request
 * that carries query text, over HTTP and over graphql-ws alike.
 */

export const CONSOLE_TRUSTED_DOCUMENTS = () => path.join(projectRoot(), 'console', 'src', 'gql', 'persisted-documents.json');

/** extensions.code of the refusals (documented in the README). */
export const TRUSTED_DOCUMENT_CODES = {
  /** a hash no list holds: the code Apollo's persisted-query protocol uses, so such clients send the text next */
  notFound: 'PERSISTED_QUERY_NOT_FOUND',
  /** query text sent to a gateway that runs trusted documents only (DESIGN §6) */
  textRefused: 'FORBIDDEN',
  /** neither query text nor a document id */
  nothingToRun: 'BAD_USER_INPUT',
} as const;

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * Every list's documents by hash. A list that is missing, not a JSON object of strings, lists a
 * document whose sha256 is not its key, or a document that does not parse, stops the start.
 */
export function loadTrustedDocuments(files: readonly string[]): Map<string, string> {
  const documents = new Map<string, string>();
  for (const file of files) {
    const where = path.relative(process.cwd(), file) || file;
    let list: unknown;
    try {
      list = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (err) {
      throw new Error(`trusted documents: cannot read ${where} (${(err as Error).message})`);
    }
    if (!list || typeof list !== 'object' || Array.isArray(list)) throw new Error(`trusted documents: ${where} is not an object of "<sha256>": "<document>"`);
    for (const [hash, text] of Object.entries(list)) {
      if (typeof text !== 'string') throw new Error(`trusted documents: ${where}: the entry ${hash} is not a document`);
      const actual = createHash('sha256').update(text).digest('hex');
      if (hash !== actual) throw new Error(`trusted documents: ${where}: the entry ${hash} is not the sha256 of its document (${actual})`);
      try {
        parse(text, { noLocation: true });
      } catch (err) {
        throw new Error(`trusted documents: ${where}: the entry ${hash} does not parse (${(err as Error).message})`);
      }
      documents.set(hash, text);
    }
  }
  return documents;
}

type Params = { documentId?: unknown; extensions?: Record<string, unknown> | null };

/**
 * The document id a request names: `extensions.persistedQuery.sha256Hash` (version 1) or
 * `documentId`. Unlike the runtime's default it never reads `request.url`, which operations over
 * graphql-ws do not have.
 */
export function documentIdOf(params: Params): string | null {
  const persisted = params.extensions?.persistedQuery as { version?: unknown; sha256Hash?: unknown } | undefined;
  if (persisted && typeof persisted === 'object' && persisted.version === 1 && typeof persisted.sha256Hash === 'string') return persisted.sha256Hash;
  if (typeof params.documentId === 'string' && params.documentId) return params.documentId;
  return null;
}

/** Only what looks like a hash is repeated in a message. */
const named = (id: string) => (SHA256.test(id) ? ` ${id}` : '');

/** The runtime's `persistedDocuments` option: the lists above, and the mode. */
export function trustedDocumentsOption(config: Config) {
  const documents = loadTrustedDocuments([CONSOLE_TRUSTED_DOCUMENTS(), ...config.trustedDocuments.files]);
  const only = config.trustedDocuments.only;
  return {
    documents,
    option: {
      allowArbitraryDocuments: !only,
      extractPersistedOperationId: (params: Params) => documentIdOf(params),
      getPersistedOperation: (id: string) => documents.get(id) ?? null,
      customErrors: {
        notFound: (payload: { params: Params }) =>
          new GraphQLError(`The document${named(documentIdOf(payload.params) ?? '')} is not one of this gateway's trusted documents${only ? '' : '; send its text in "query"'}.`, {
            extensions: { code: TRUSTED_DOCUMENT_CODES.notFound },
          }),
        persistedQueryOnly: {
          message: 'This gateway runs trusted documents only (TRUSTED_DOCUMENTS_ONLY): send the sha256 of a trusted document as extensions.persistedQuery.sha256Hash (or documentId), without "query".',
          extensions: { code: TRUSTED_DOCUMENT_CODES.textRefused, reason: 'TRUSTED_DOCUMENTS_ONLY', http: { status: 403 } },
        },
        keyNotFound: {
          message: `Must provide a query string${only ? ' (refused here: trusted documents only)' : ''} or the sha256 of a trusted document (extensions.persistedQuery.sha256Hash or documentId).`,
          extensions: { code: TRUSTED_DOCUMENT_CODES.nothingToRun, http: { status: 400 } },
        },
      },
    },
  };
}

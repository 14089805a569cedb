import { GraphQLError } from 'graphql';
import type { Config } from '../shared/config';
import { mapFiles, sha256Hex, uploadDescriptor } from '../shared/uploads';

/**
 * The gateway's side of file uploads (GraphQL multipart request spec; the runtime's `multipart`
 * option parses the request and forwards the files to the subgraph as multipart).
 *
 * Each file is hashed once when the operation's parameters are known, so that the request
 * signature (./perimeter.ts, shared/gateway-signature.ts) can name it by hash and size: the
 * runtime's signer is synchronous and cannot read a file's bytes itself.
 */

const digests = new WeakMap<object, string>();

export const isFile = (v: unknown): v is Blob => typeof Blob !== 'undefined' && v instanceof Blob;
const isBlobLike = (v: unknown): v is Blob =>
  isFile(v) || (!!v && typeof v === 'object' && typeof (v as Blob).arrayBuffer === 'function' && typeof (v as Blob).size === 'number');

function collectFiles(value: unknown, into: Blob[]): Blob[] {
  if (isBlobLike(value)) into.push(value);
  else if (Array.isArray(value)) value.forEach((v) => collectFiles(v, into));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => collectFiles(v, into));
  return into;
}

/**
 * The variables as they are signed: each file replaced by `{ upload: { sha256, size } }`. A file
 * that was never hashed cannot be signed: the request fails rather than go out unverifiable.
 */
export function signableVariables(variables: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  // the common case, no file: the variables as they are, nothing copied
  if (!variables || collectFiles(variables, []).length === 0) return variables;
  return mapFiles(variables, isBlobLike, (file: Blob) => {
    const digest = digests.get(file);
    if (!digest) throw new Error('An uploaded file reached the subgraph signer without its hash.');
    return uploadDescriptor(digest, file.size);
  }) as Record<string, unknown>;
}

/** Hashes the request's files (and refuses more than ATTACHMENT_MAX_FILES) before anything plans the operation. */
export function uploadsPlugin(config: Config) {
  return {
    async onParams({ params, setResult }: { params: { variables?: Record<string, unknown> }; setResult(r: unknown): void }) {
      const files = collectFiles(params.variables, []);
      if (files.length === 0) return;
      if (files.length > config.attachments.maxFiles) {
        setResult({
          errors: [new GraphQLError(`At most ${config.attachments.maxFiles} files per request (ATTACHMENT_MAX_FILES).`, { extensions: { code: 'BAD_USER_INPUT' } })],
        });
        return;
      }
      for (const file of files) digests.set(file, sha256Hex(new Uint8Array(await file.arrayBuffer())));
    },
  };
}

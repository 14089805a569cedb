import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import { GraphQLError, GraphQLScalarType } from 'graphql';

/**
 * File uploads (GraphQL multipart request spec, https://github.com/jaydenseric/graphql-multipart-request-spec)
 * from the client through the gateway to a subgraph.
 *
 * The gateway runtime parses the client's multipart request and forwards the files to the subgraph
 * as a multipart request of its own. The gateway's HMAC signature (./gateway-signature.ts) covers
 * the query and variables; a file is not a JSON value, so in the signed text each file stands as
 * its descriptor `{ "upload": { "sha256", "size" } }`: the gateway hashes the bytes it received,
 * the subgraph hashes the bytes it received, and a file changed on the way fails the signature
 * like any other changed variable.
 */

/** A file received by a subgraph, fully buffered (sizes are bounded: see ATTACHMENT_* settings). */
export class UploadedFile {
  constructor(
    /** The name the client gave; untrusted, validated by whoever stores it. */
    readonly filename: string,
    /** The type the client claimed; untrusted (content is sniffed: see attachments/content-type). */
    readonly claimedType: string,
    readonly bytes: Buffer,
  ) {}

  get size(): number {
    return this.bytes.length;
  }
}

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** What a file is replaced with in the signed text. */
export const uploadDescriptor = (sha256: string, size: number) => ({ upload: { sha256, size } });

/** A copy of `value` with every leaf that `isFile` picks replaced by `replace(leaf)`. */
export function mapFiles(value: unknown, isFile: (v: unknown) => boolean, replace: (file: any) => unknown): unknown {
  if (isFile(value)) return replace(value);
  if (Array.isArray(value)) return value.map((v) => mapFiles(v, isFile, replace));
  if (value && typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapFiles(v, isFile, replace)]));
  }
  return value;
}

/** The `Upload` scalar: only a file the multipart parser put in the variables; never a literal or JSON value. */
export const UploadScalar = new GraphQLScalarType({
  name: 'Upload',
  description: 'A file sent with the request as a part of a multipart request (GraphQL multipart request spec, 上传文件); only usable as a variable.',
  parseValue(value) {
    if (value instanceof UploadedFile) return value;
    throw new GraphQLError('Upload: send the file as a part of a multipart request (GraphQL multipart request spec).', { extensions: { code: 'BAD_USER_INPUT' } });
  },
  parseLiteral() {
    throw new GraphQLError('Upload: a file cannot be written in the query; send it as a variable in a multipart request.', { extensions: { code: 'BAD_USER_INPUT' } });
  },
  serialize() {
    throw new GraphQLError('Upload is an input type only.');
  },
});

export class MultipartError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export interface ParsedMultipart {
  /** The `operations` field: `{ query, variables, extensions, operationName }` with null where files go. */
  body: Record<string, unknown>;
  /** Variables with the files in place (UploadedFile). */
  variables: Record<string, unknown> | undefined;
  /** Variables with each file's descriptor in place: what the gateway signed. */
  signedVariables: Record<string, unknown> | undefined;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

/** Puts `value` at `path` (e.g. `variables.input.files.0`) of `root`, which must hold null there (spec). */
function placeAt(root: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  if (keys[0] !== 'variables' || keys.length < 2) throw new MultipartError(`Multipart map path "${path}" does not point into the variables.`, 400);
  let node: any = root;
  for (let i = 0; i < keys.length - 1; i++) {
    const key = keys[i];
    if (FORBIDDEN_KEYS.has(key) || !node || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, key)) {
      throw new MultipartError(`Multipart map path "${path}" does not exist in the operation.`, 400);
    }
    node = node[key];
  }
  const last = keys[keys.length - 1];
  if (FORBIDDEN_KEYS.has(last) || !node || typeof node !== 'object' || node[last] !== null) {
    throw new MultipartError(`Multipart map path "${path}" must point to a null in the operation.`, 400);
  }
  node[last] = value;
}

/**
 * Reads a multipart GraphQL request into memory, refusing more than `maxBytes` of files or
 * `maxFiles` files (413), and a malformed request (400). Field order follows the spec:
 * `operations`, then `map`, then the files.
 */
export function parseMultipart(req: IncomingMessage, limits: { maxBytes: number; maxFiles: number; maxOperationsBytes: number }): Promise<ParsedMultipart> {
  return new Promise((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({
        headers: req.headers,
        // file names as the gateway's FormData writes them: UTF-8
        defParamCharset: 'utf8',
        // the name as sent, path and all: the owner refuses a name with a path rather than guess
        preservePath: true,
        limits: { fileSize: limits.maxBytes, files: limits.maxFiles, fields: 2, fieldSize: limits.maxOperationsBytes, parts: limits.maxFiles + 2 },
      });
    } catch {
      reject(new MultipartError('Malformed multipart request.', 400));
      return;
    }
    let operations: string | null = null;
    let map: string | null = null;
    const files = new Map<string, UploadedFile>();
    let total = 0;
    let failed: MultipartError | null = null;
    const fail = (e: MultipartError) => {
      if (failed) return;
      failed = e;
      req.unpipe(bb);
      req.resume(); // drain what is left so the response can be sent
      reject(e);
    };
    bb.on('field', (name, value, info) => {
      if (info.valueTruncated) return fail(new MultipartError('The operations field of the multipart request is too large.', 413));
      if (name === 'operations') operations = value;
      else if (name === 'map') map = value;
      else fail(new MultipartError(`Unexpected multipart field "${name}".`, 400));
    });
    // busboy may close before the last file stream has ended: finish when both have happened
    let pending = 0;
    let closed = false;
    bb.on('file', (name, stream, info) => {
      pending++;
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > limits.maxBytes) {
          stream.resume();
          return fail(new MultipartError(`The files of this request exceed ${limits.maxBytes} bytes.`, 413));
        }
        chunks.push(chunk);
      });
      stream.on('limit', () => fail(new MultipartError(`The files of this request exceed ${limits.maxBytes} bytes.`, 413)));
      stream.on('end', () => {
        if (!failed) files.set(name, new UploadedFile(info.filename ?? '', info.mimeType ?? 'application/octet-stream', Buffer.concat(chunks)));
        pending--;
        if (closed && pending === 0) finish();
      });
    });
    bb.on('filesLimit', () => fail(new MultipartError(`At most ${limits.maxFiles} files per request.`, 413)));
    bb.on('partsLimit', () => fail(new MultipartError(`At most ${limits.maxFiles} files per request.`, 413)));
    bb.on('fieldsLimit', () => fail(new MultipartError('Unexpected multipart fields.', 400)));
    bb.on('error', () => fail(new MultipartError('Malformed multipart request.', 400)));
    bb.on('close', () => {
      closed = true;
      if (pending === 0) finish();
    });
    const finish = () => {
      if (failed) return;
      try {
        if (operations === null || map === null) throw new MultipartError('A multipart GraphQL request needs the fields "operations" and "map".', 400);
        let body: unknown;
        let fileMap: unknown;
        try {
          body = JSON.parse(operations);
          fileMap = JSON.parse(map);
        } catch {
          throw new MultipartError('The operations and map fields must be JSON.', 400);
        }
        if (!body || typeof body !== 'object' || Array.isArray(body)) throw new MultipartError('Batched multipart operations are not accepted.', 400);
        if (!fileMap || typeof fileMap !== 'object' || Array.isArray(fileMap)) throw new MultipartError('The map field must be a JSON object.', 400);
        const op = body as Record<string, unknown>;
        // two independent copies of the variables: one with files (executed), one with descriptors (signed)
        const withFiles = { variables: structuredClone(op.variables ?? null) } as Record<string, unknown>;
        const withDescriptors = { variables: structuredClone(op.variables ?? null) } as Record<string, unknown>;
        for (const [key, paths] of Object.entries(fileMap as Record<string, unknown>)) {
          const file = files.get(key);
          if (!file) throw new MultipartError(`The map names file "${key}", which the request does not carry.`, 400);
          if (!Array.isArray(paths) || paths.length !== 1 || typeof paths[0] !== 'string') {
            throw new MultipartError('Each file of the map must be used at exactly one place.', 400);
          }
          placeAt(withFiles, paths[0], file);
          placeAt(withDescriptors, paths[0], uploadDescriptor(sha256Hex(file.bytes), file.size));
        }
        if (files.size !== Object.keys(fileMap).length) throw new MultipartError('The request carries files the map does not name.', 400);
        resolve({
          body: op,
          variables: (withFiles.variables ?? undefined) as Record<string, unknown> | undefined,
          signedVariables: (withDescriptors.variables ?? undefined) as Record<string, unknown> | undefined,
        });
      } catch (err) {
        reject(err instanceof MultipartError ? err : new MultipartError('Malformed multipart request.', 400));
      }
    };
    req.pipe(bb);
  });
}

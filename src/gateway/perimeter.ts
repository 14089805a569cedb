import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import type { ExecutionRequest } from '@graphql-tools/utils';
import type { Config } from '../shared/config';
import { gatewaySignedContent } from '../shared/gateway-signature';
import { signableVariables } from './uploads';

/**
 * The gateway's side of the perimeter: what it accepts from browsers and clients (content types,
 * CORS origins, introspection and suggestions in production) and how it signs what it sends on.
 */

type MaybeContext = {
  request?: { headers?: { get?(name: string): string | null } };
  connectionParams?: { authorization?: unknown };
} | undefined;

/**
 * The caller's `Authorization`: the HTTP header, or `connectionParams.authorization` for operations
 * that came in over the gateway's WebSocket. The one source for header propagation, token
 * forwarding and request signing, so the subgraph verifies the same value that was signed.
 */
export function clientAuthorization(context: unknown): string | null {
  const ctx = context as MaybeContext;
  const header = ctx?.request?.headers?.get?.('authorization');
  if (header) return header;
  const param = ctx?.connectionParams?.authorization;
  return typeof param === 'string' && param ? param : null;
}

/** The runtime's HMAC upstream signature, bound to the caller's token (see shared/gateway-signature). */
export function subgraphSigning(config: Config) {
  return {
    secret: config.gatewaySigning.secret,
    // uploaded files are signed as their hash and size (./uploads.ts)
    serializeExecutionRequest: (request: ExecutionRequest) =>
      gatewaySignedContent({ ...request, variables: signableVariables(request.variables) }, clientAuthorization(request.context)),
  };
}

const ACCEPTED_POST_TYPES = new Set(['application/json', 'application/graphql-response+json']);

/**
 * Headers that make a browser send a CORS preflight: a multipart POST carrying one of them cannot
 * come from a hostile page without the CORS policy's consent. Apollo's clients send the first.
 */
const PREFLIGHT_HEADERS = ['apollo-require-preflight', 'graphql-require-preflight', 'authorization'];

const refusal = (status: number, message: string, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });

/**
 * Only JSON bodies are GraphQL requests here: a form or text/plain POST is what a hostile page can
 * send cross-site without a preflight, so it must never run a mutation. GET stays for queries
 * (GraphQL over HTTP; the runtime refuses mutations over GET) and for GraphiQL outside production.
 */
export function httpPolicyPlugin(graphqlPath: string) {
  // multipart/form-data (file uploads) is a type a form can send cross-site without a preflight:
  // accepted only with a header no form can set (README "Attachments")
  return {
    onRequest({ request, url, endResponse }: { request: Request; url: URL; endResponse(r: Response): void }) {
      if (url.pathname !== graphqlPath) return;
      if (request.method === 'GET' || request.method === 'OPTIONS') return;
      if (request.method !== 'POST') {
        endResponse(refusal(405, `${request.method} is not accepted: send GraphQL as POST (JSON) or, for queries, GET.`, { allow: 'GET, POST' }));
        return;
      }
      const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
      if (type === 'multipart/form-data') {
        if (!PREFLIGHT_HEADERS.some((h) => request.headers.get(h))) {
          endResponse(refusal(400, 'A multipart request (file upload) needs an Authorization or Apollo-Require-Preflight header.'));
        }
        return;
      }
      if (!ACCEPTED_POST_TYPES.has(type)) {
        endResponse(
          refusal(415, `Content-Type "${type || 'none'}" is not accepted: send the request body as application/json.`, {
            accept: 'application/json',
          }),
        );
      }
    },
  };
}

/** "Did you mean …" hints describe the schema to whoever probes it: off at the gateway. */
export function noSuggestionsPlugin() {
  return blockFieldSuggestionsPlugin({ mask: '' });
}

/**
 * The runtime answers an unlisted origin with `Access-Control-Allow-Origin: null` (and credentials
 * allowed), which a sandboxed iframe or file:// page (whose Origin is "null") would match. Send no
 * CORS grant at all instead.
 */
export function noNullOriginPlugin() {
  return {
    onResponse({ response }: { response: Response }) {
      if (response.headers.get('access-control-allow-origin') !== 'null') return;
      response.headers.delete('access-control-allow-origin');
      response.headers.delete('access-control-allow-credentials');
    },
  };
}

/** CORS: only listed origins, never an echoed arbitrary Origin. Nothing cross-origin when the list is empty. */
export function corsOptions(config: Config) {
  if (config.corsOrigins.length === 0) return false as const;
  return {
    origin: config.corsOrigins,
    credentials: true,
    methods: ['GET', 'POST'],
    allowedHeaders: ['authorization', 'content-type', 'apollo-require-preflight'],
    maxAge: 600,
  };
}

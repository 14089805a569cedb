import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { GraphQLError, type DocumentNode, type GraphQLSchema, type ValidationContext } from 'graphql';
import Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { authenticate, type Authentication } from '../shared/auth';
import type { Config } from '../shared/config';
import type { Logger } from '../shared/logger';
import { estimateCost, readListSizes } from './cost';

/**
 * Bounded queries at the gateway (README "Limits"). In the order a request meets them:
 *
 * 1. the bearer token is verified and the rate limit charged (per user id; anonymous callers per
 *    client address): 429 RATE_LIMITED with Retry-After;
 * 2. body size (MAX_REQUEST_BYTES): 413 from the Content-Length header, or as soon as a streamed
 *    body passes the limit; nothing beyond the limit is read or parsed;
 * 3. no valid token: 401 UNAUTHENTICATED before the operation is parsed (only `{ __typename }`
 *    passes). The subgraphs still verify every token themselves;
 * 4. parsing stops at MAX_QUERY_TOKENS; validation refuses depth, aliases and directives over
 *    their limits; all of this happens before planning, so no subgraph is called;
 * 5. the cost limit (MAX_QUERY_COST): the whole operation is priced with the `@listSize` of every
 *    list field (src/shared/list-size.ts, kept in the supergraph) before it is planned (./cost.ts).
 *
 * Every refusal is a GraphQL error whose extensions.code names the limit (LIMIT_CODES) and whose
 * message names the setting, with `extensions.limit` = { name, max }.
 */

/** extensions.code of each refusal (documented in the README). */
export const LIMIT_CODES = {
  requestSize: 'REQUEST_TOO_LARGE',
  rateLimit: 'RATE_LIMITED',
  unauthenticated: 'UNAUTHENTICATED',
  tokens: 'MAX_TOKENS_LIMIT',
  depth: 'MAX_DEPTH_LIMIT',
  aliases: 'MAX_ALIASES_LIMIT',
  directives: 'MAX_DIRECTIVES_LIMIT',
  /** the code federation gateways' demand control uses (Apollo Router, Hive), so clients recognise it */
  cost: 'COST_ESTIMATED_TOO_EXPENSIVE',
} as const;

/** Refusals that also cost their sender RATE_LIMIT_REFUSAL_COST requests of the rate limit. */
const PENALIZED = new Set<string>([LIMIT_CODES.unauthenticated, LIMIT_CODES.tokens, LIMIT_CODES.depth, LIMIT_CODES.aliases, LIMIT_CODES.directives, LIMIT_CODES.cost]);

/**
 * The one place the gateway verifies a token. The lead is moving src/shared/auth.ts to JWKS;
 * whatever `authenticate` becomes, only this line changes.
 */
export function verifyBearer(config: Config, authorization: string | null | undefined): Promise<Authentication> {
  return authenticate(config.jwt, authorization);
}

/** The one operation a caller without a token may send: a liveness probe that touches no subgraph. */
const ANONYMOUS_OPERATION = /^\s*(?:query\s*)?\{\s*__typename\s*\}\s*$/;

function limitError(code: string, message: string, limit: { name: string; max: number }, http?: { status: number; headers?: Record<string, string> }, extra: Record<string, unknown> = {}) {
  return new GraphQLError(message, { extensions: { code, limit, ...extra, ...(http ? { http } : {}) } });
}

/** armor's messages start with "Syntax Error:" whatever the limit; say which limit and setting instead. */
function armorMessage(error: GraphQLError, setting: string, hint: string): string {
  return `${error.message.replace(/^Syntax Error:\s*/, '').replace(/\.$/, '')} (${setting}). ${hint}`;
}

/** A request body read no further than `limit` bytes: the stream fails with 413 once it passes it. */
function limitBody(request: Request, limit: number, tooLarge: () => GraphQLError, fetchAPI: { Request: typeof Request; TransformStream: typeof TransformStream }): Request {
  if (!request.body) return request;
  // a native ReadableStream must be piped through a native TransformStream (as graphql-yoga's own limit does)
  const Transform = request.body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
  let read = 0;
  const body = request.body.pipeThrough(
    new Transform({
      transform(chunk: Uint8Array, controller) {
        read += chunk.byteLength;
        if (read > limit) controller.error(tooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, signal: request.signal, body, duplex: 'half' } as RequestInit);
}

/** Requests per key per window, in memory or shared by every gateway through Redis. */
async function createRateLimiter(config: Config, log: Logger): Promise<{ limiter: RateLimiterAbstract | null; close(): Promise<void> }> {
  const { requests, windowSeconds, redisUrl } = config.limits.rateLimit;
  if (requests === 0) return { limiter: null, close: async () => {} };
  const options = { points: requests, duration: windowSeconds, keyPrefix: 'liaison-hub:rate' };
  if (!redisUrl) return { limiter: new RateLimiterMemory(options), close: async () => {} };
  // no offline queue: while Redis is unreachable each gateway counts in memory (the insurance
  // limiter) rather than holding requests until Redis answers
  const redis = new Redis(redisUrl, { enableOfflineQueue: false, lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 2_000 });
  redis.on('error', (err) => log.warn(`rate limit store (Redis): ${err.message}`));
  await redis.connect().catch((err) => log.warn(`rate limit store (Redis) not reachable, counting in memory until it is: ${err.message}`));
  const limiter = new RateLimiterRedis({ ...options, storeClient: redis, rejectIfRedisNotReady: true, insuranceLimiter: new RateLimiterMemory(options) });
  return {
    limiter,
    close: async () => {
      redis.disconnect();
    },
  };
}

type Ctx = { connectionParams?: { authorization?: unknown } };

export interface GatewayLimits {
  /** Plugins for createGatewayRuntime's `plugins`. */
  plugins: GatewayPlugin[];
  /** The largest WebSocket message accepted (ws `maxPayload`): the body limit applies there too. */
  maxMessageBytes: number;
  /** What the caller's token said (HTTP: keyed by the request; WebSocket: by the operation's context), for the operation log. */
  authenticationOf(key: object): Authentication | undefined;
  close(): Promise<void>;
}

/** `supergraph`: the SDL the gateway serves; its @listSize directives drive the cost limit. */
export async function createLimits(config: Config, log: Logger, supergraph: string): Promise<GatewayLimits> {
  const l = config.limits;
  const rate = await createRateLimiter(config, log);
  // what the token said, from the request's first look (before the body is read) to the operation,
  // and whose rate-limit budget the request is charged to (HTTP: by request; WebSocket: by operation context)
  const verified = new WeakMap<object, Authentication>();
  const chargedTo = new WeakMap<object, string>();

  /**
   * A request refused by a limit costs RATE_LIMIT_REFUSAL_COST requests of its sender's budget:
   * refusing is cheap but not free (a 1,000-alias operation is parsed and validated before it is
   * refused), so someone who keeps sending them soon gets 429s, which cost next to nothing.
   */
  const penalize = (key: string | undefined) => {
    if (key && rate.limiter && l.rateLimit.refusalCost > 1) rate.limiter.penalty(key, l.rateLimit.refusalCost - 1).catch(() => {});
  };

  const tooLarge = () =>
    limitError(LIMIT_CODES.requestSize, `Request body larger than the limit of ${l.maxRequestBytes} bytes (MAX_REQUEST_BYTES).`, { name: 'MAX_REQUEST_BYTES', max: l.maxRequestBytes }, { status: 413, headers: { connection: 'close' } });

  const tooLargeUpload = () =>
    limitError(LIMIT_CODES.requestSize, `Upload larger than the limit of ${config.attachments.maxRequestBytes} bytes (ATTACHMENT_MAX_REQUEST_BYTES).`, { name: 'ATTACHMENT_MAX_REQUEST_BYTES', max: config.attachments.maxRequestBytes }, { status: 413, headers: { connection: 'close' } });

  /** Charges one request to `key`; a refusal is 429 with the seconds until the window frees a slot. */
  async function charge(key: string, http: boolean): Promise<GraphQLError | null> {
    if (!rate.limiter) return null;
    try {
      await rate.limiter.consume(key);
      return null;
    } catch (res) {
      if (!(res instanceof RateLimiterRes)) {
        log.error('rate limiter failed; letting the request through', res);
        return null;
      }
      const retryAfter = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
      return limitError(
        LIMIT_CODES.rateLimit,
        `Rate limit of ${l.rateLimit.requests} requests per ${l.rateLimit.windowSeconds} s exceeded (RATE_LIMIT_REQUESTS / RATE_LIMIT_WINDOW_SECONDS): retry after ${retryAfter} s.`,
        { name: 'RATE_LIMIT_REQUESTS', max: l.rateLimit.requests },
        // close the connection rather than read and discard a body the request will never use
        http ? { status: 429, headers: { 'retry-after': String(retryAfter), connection: 'close' } } : undefined,
        { retryAfter },
      );
    }
  }

  const sizes = readListSizes(supergraph);
  const costRefusal = (args: { schema: GraphQLSchema; document: DocumentNode; operationName?: string | null; variableValues?: Record<string, unknown> | null }) => {
    const estimated = estimateCost(args.schema, args.document, args.operationName, args.variableValues ?? {}, sizes);
    if (estimated <= l.maxCost) return null;
    return limitError(
      LIMIT_CODES.cost,
      `Query cost limit of ${l.maxCost} exceeded, estimated ${estimated} (MAX_QUERY_COST). Ask for fewer items ("first") or fewer nested lists.`,
      { name: 'MAX_QUERY_COST', max: l.maxCost },
      undefined,
      { cost: { estimated, max: l.maxCost } },
    );
  };

  const unauthenticated = (auth: Authentication, http: boolean) =>
    new GraphQLError(auth.kind === 'invalid' ? auth.reason : 'Sign in: this operation needs a bearer token.', {
      extensions: { code: LIMIT_CODES.unauthenticated, ...(http ? { http: { status: 401, headers: { 'www-authenticate': 'Bearer' } } } : {}) },
    });

  const perimeter: GatewayPlugin = {
    // HTTP, before the body is read: size, token, rate
    async onRequestParse({ request, serverContext, requestParser, setRequestParser, fetchAPI }) {
      const auth = await verifyBearer(config, request.headers.get('authorization'));
      verified.set(request, auth);
      const address = (serverContext as { req?: { socket?: { remoteAddress?: string } } } | undefined)?.req?.socket?.remoteAddress ?? 'unknown';
      const key = auth.kind === 'viewer' ? `user:${auth.viewer.id}` : `addr:${address}`;
      chargedTo.set(request, key);
      const refused = await charge(key, true);
      if (refused) throw refused;
      // a file upload (multipart) has its own, larger limit: ATTACHMENT_MAX_REQUEST_BYTES
      const upload = (request.headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data');
      const max = upload ? config.attachments.maxRequestBytes : l.maxRequestBytes;
      const tooLargeFrom = () => (penalize(key), upload ? tooLargeUpload() : tooLarge());
      // an upload is read into memory: nobody without a valid token gets that far
      if (upload && auth.kind !== 'viewer') {
        penalize(key);
        throw unauthenticated(auth, true);
      }
      const length = request.headers.get('content-length');
      if (length !== null && Number(length) > max) throw tooLargeFrom();
      if (requestParser && request.body) {
        const parse = requestParser;
        setRequestParser((req) => parse(limitBody(req, max, tooLargeFrom, fetchAPI as any)));
      }
    },
    // the operation's text is known, not yet parsed: refuse anonymous callers (HTTP and WebSocket)
    async onParams({ params, request, context, setResult }) {
      let auth = request ? verified.get(request) : undefined;
      const overWebSocket = !request;
      if (overWebSocket) {
        const token = (context as Ctx).connectionParams?.authorization;
        auth = await verifyBearer(config, typeof token === 'string' ? token : undefined);
        verified.set(context, auth);
        if (auth.kind === 'viewer') {
          chargedTo.set(context, `user:${auth.viewer.id}`);
          const refused = await charge(`user:${auth.viewer.id}`, false);
          if (refused) return setResult({ errors: [refused] });
        }
      }
      if (auth?.kind === 'viewer') return;
      if (typeof params.query === 'string' && ANONYMOUS_OPERATION.test(params.query)) return;
      setResult({ errors: [unauthenticated(auth ?? { kind: 'anonymous' }, !overWebSocket)] });
    },
    onExecutionResult({ result, request, context }) {
      const errors = (result as { errors?: readonly { extensions?: Record<string, unknown> }[] } | undefined)?.errors;
      if (errors?.some((e) => PENALIZED.has(e.extensions?.code as string))) penalize(chargedTo.get(request ?? context));
    },
    // a refusal sent before the body was read (413, 429): drop the connection at once, so Node does
    // not read and discard megabytes of an upload nobody will use
    onResponse({ response, serverContext }) {
      const node = serverContext as { req?: { complete: boolean }; res?: { socket: { destroy(): void } | null; once(e: 'finish', f: () => void): void } } | undefined;
      const socket = node?.res?.socket;
      if ((response.status === 413 || response.status === 429) && socket && node?.req && !node.req.complete) node.res!.once('finish', () => socket.destroy());
    },
    // the cost of the whole operation (fragments expanded, across subgraphs), before it is planned
    onExecute({ args, setResultAndStopExecution }) {
      const refused = costRefusal(args);
      if (refused) setResultAndStopExecution({ errors: [refused] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const refused = costRefusal(args);
      if (refused) setResultAndStopExecution({ errors: [refused] });
    },
  };

  const report = (code: string, setting: string, max: number, hint: string) => [
    (ctx: ValidationContext | null, error: GraphQLError) => {
      const refusal = limitError(code, armorMessage(error, setting, hint), { name: setting, max });
      // validation rules report (the operation is refused with every problem found); the parser has no context: stop it
      if (ctx) ctx.reportError(refusal);
      else throw refusal;
    },
  ];

  return {
    plugins: [
      perimeter,
      maxTokensPlugin({ n: l.maxTokens, onReject: report(LIMIT_CODES.tokens, 'MAX_QUERY_TOKENS', l.maxTokens, 'Send a shorter operation.') }),
      maxDepthPlugin({
        n: l.maxDepth,
        ignoreIntrospection: true,
        flattenFragments: true,
        propagateOnRejection: false,
        onReject: report(LIMIT_CODES.depth, 'MAX_QUERY_DEPTH', l.maxDepth, 'Ask for fewer nested levels.'),
      }),
      maxAliasesPlugin({ n: l.maxAliases, propagateOnRejection: false, onReject: report(LIMIT_CODES.aliases, 'MAX_QUERY_ALIASES', l.maxAliases, 'Use fewer aliases.') }),
      maxDirectivesPlugin({ n: l.maxDirectives, propagateOnRejection: false, onReject: report(LIMIT_CODES.directives, 'MAX_QUERY_DIRECTIVES', l.maxDirectives, 'Use fewer directives.') }),
    ] as GatewayPlugin[],
    maxMessageBytes: l.maxRequestBytes,
    authenticationOf: (key) => verified.get(key),
    close: rate.close,
  };
}

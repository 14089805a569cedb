import { GraphQLError } from 'graphql';

/**
 * The only error codes clients see (DESIGN §6). Anything else thrown inside a resolver is an
 * internal fault: it is logged and replaced by a generic message, so SQL and stack traces never leak.
 */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const PUBLIC_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  // produced by graphql-js / Apollo themselves for malformed operations
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  // a per-user quota of the hub itself (exports per hour), as the gateway's rate limit answers
  'RATE_LIMITED',
]);

function fail(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const unauthenticated = (message = 'Sign in first: send a valid bearer token.') =>
  fail(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message: string) => fail(ErrorCode.FORBIDDEN, message);
export const badInput = (message: string, field?: string) =>
  fail(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});
/**
 * A resume cursor older than the outbox's replay window: events after it were removed, so the
 * client cannot catch up by replay. `BAD_USER_INPUT` on `after`, told apart by `reason`.
 */
export const cursorExpired = (cursor: bigint, replayDays: number) =>
  fail(
    ErrorCode.BAD_USER_INPUT,
    `Cursor ${cursor} is older than the replay window (events are kept ${replayDays} days): events after it were removed and cannot be replayed. Reload what you show (query it again), then subscribe again without "after".`,
    { field: 'after', reason: 'CURSOR_EXPIRED' },
  );
export const notFound = (message: string) => fail(ErrorCode.NOT_FOUND, message);
export const conflict = (message: string) => fail(ErrorCode.CONFLICT, message);
/** A quota used up: the same code and `retryAfter` (seconds) as the gateway's rate limit. */
export const rateLimited = (message: string, retryAfter: number) => new GraphQLError(message, { extensions: { code: 'RATE_LIMITED', retryAfter } });

export function isPublicError(code: unknown): boolean {
  return typeof code === 'string' && PUBLIC_CODES.has(code);
}

import { createHmac, timingSafeEqual } from 'node:crypto';
import { defaultExecutionRequestSerializer, defaultParamsSerializer } from '@graphql-mesh/hmac-upstream-signature';
import type { ExecutionRequest } from '@graphql-tools/utils';
import { GraphQLError } from 'graphql';

/**
 * Gateway → subgraph request signing. The gateway runtime's HMAC plugin puts a signature of each
 * subgraph operation into `extensions["hmac-signature"]`; every subgraph recomputes it and refuses
 * operations without a valid one. A reachable subgraph port is therefore no way around the
 * gateway's limits (depth, cost, rate, refusal of anonymous callers).
 *
 * The signed content is the runtime's own serialisation of query and variables plus the caller's
 * Authorization value, so a signed operation cannot be replayed under another user's token.
 * There is no timestamp: someone who can read traffic inside the cluster can replay an identical
 * operation with the identical token (and could use the token itself anyway).
 */
export const SIGNATURE_EXTENSION = 'hmac-signature';

const withAuthorization = (serialized: string | undefined, authorization: string | null | undefined) =>
  `${serialized ?? ''}\n${authorization ?? ''}`;

/** What the gateway signs for one subgraph operation (see `clientAuthorization` in the gateway). */
export function gatewaySignedContent(request: ExecutionRequest, authorization: string | null | undefined): string {
  return withAuthorization(defaultExecutionRequestSerializer(request), authorization);
}

/** The same content rebuilt by a subgraph from what it received. */
export function subgraphSignedContent(
  params: { query?: unknown; variables?: unknown },
  authorization: string | null | undefined,
): string {
  return withAuthorization(
    defaultParamsSerializer({
      query: typeof params.query === 'string' ? params.query : undefined,
      variables: params.variables && typeof params.variables === 'object' ? (params.variables as Record<string, unknown>) : undefined,
    }),
    authorization,
  );
}

/** HMAC-SHA256 in standard base64, as the runtime's plugin produces it. */
export function signContent(secret: string, content: string): string {
  return createHmac('sha256', secret).update(content, 'utf8').digest('base64');
}

export function hasValidGatewaySignature(
  secret: string,
  params: { query?: unknown; variables?: unknown; extensions?: unknown },
  authorization: string | null | undefined,
): boolean {
  const given = (params.extensions as Record<string, unknown> | undefined)?.[SIGNATURE_EXTENSION];
  if (typeof given !== 'string' || given.length > 200) return false;
  const expected = Buffer.from(signContent(secret, subgraphSignedContent(params, authorization)));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export const unsignedRequestError = () =>
  new GraphQLError('This service answers only the hub gateway: send the request to the gateway.', {
    extensions: { code: 'FORBIDDEN' },
  });

/**
 * HTTP routes beside /graphql (downloads such as `/exports/…`) that the gateway forwards to a
 * subgraph: it signs the method and path (query string included) with the same secret, and the
 * subgraph refuses anything unsigned, so these routes too answer only the gateway.
 */
export const ROUTE_SIGNATURE_HEADER = 'x-liaison-gateway-signature';

export function signRouteRequest(secret: string, method: string, path: string): string {
  return signContent(secret, `route\n${method.toUpperCase()}\n${path}`);
}

export function hasValidRouteSignature(secret: string, method: string, path: string, given: unknown): boolean {
  if (typeof given !== 'string' || given.length > 200) return false;
  const expected = Buffer.from(signRouteRequest(secret, method, path));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

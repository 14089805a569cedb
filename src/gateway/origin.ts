import { randomBytes } from 'node:crypto';
import { CLIENT_ADDRESS_HEADER, newTraceId, traceIdFrom } from '../shared/audit/trail';

/**
 * What the subgraphs' audit trails learn about a client request's origin: the address the gateway
 * saw the request come from (`x-client-address`), the `x-forwarded-for` chain a proxy in front may
 * have set (stored as given, untrusted), and one trace id for every subgraph call of the request —
 * the caller's W3C `traceparent` (or `x-request-id`) if it sent one, else a new one — forwarded as
 * a `traceparent`. These headers are not part of the gateway's signature: a subgraph trusts them
 * as far as it trusts the network between it and the gateway.
 */
const traceIds = new WeakMap<object, string>();

function traceIdOf(key: object, get: (name: string) => string | null | undefined): string {
  let id = traceIds.get(key);
  if (!id) traceIds.set(key, (id = traceIdFrom(get) ?? newTraceId()));
  return id;
}

const traceparent = (traceId: string) =>
  /^[0-9a-f]{32}$/.test(traceId) ? `00-${traceId}-${randomBytes(8).toString('hex')}-01` : null;

export function originHeaders(request: { headers?: { get?(name: string): string | null } } | undefined, context: any): Record<string, string> {
  const get = (name: string) => request?.headers?.get?.(name) ?? null;
  const key = (request ?? context) as object;
  const traceId = traceIdOf(key, get);
  const out: Record<string, string> = {};
  const address = context?.req?.socket?.remoteAddress ?? context?.clientAddress;
  if (typeof address === 'string') out[CLIENT_ADDRESS_HEADER] = address.replace(/^::ffff:/, '');
  const forwarded = get('x-forwarded-for');
  if (forwarded) out['x-forwarded-for'] = forwarded.slice(0, 200);
  const tp = traceparent(traceId);
  if (tp) out.traceparent = tp;
  else out['x-request-id'] = traceId;
  return out;
}

import { signContent, SIGNATURE_EXTENSION, subgraphSignedContent } from '../../src/shared/gateway-signature';
import type { SubgraphName } from '../../src/shared/config';
import type { TestHub } from './test-hub';

export interface DirectCall {
  query: string;
  variables?: Record<string, unknown>;
  /** The Authorization header value, e.g. `Bearer <jwt>`. */
  authorization?: string;
  /** How to sign: as the gateway does (default), not at all, or with another secret. */
  signature?: 'gateway' | 'none' | { secret: string };
}

/** Calls one subgraph around the gateway, the way an attacker with network access (or the gateway) would. */
export async function callSubgraph(hub: TestHub, name: SubgraphName, call: DirectCall): Promise<{ status: number; body: any }> {
  const mode = call.signature ?? 'gateway';
  const extensions: Record<string, unknown> = {};
  if (mode !== 'none') {
    const secret = mode === 'gateway' ? hub.config.gatewaySigning.secret : mode.secret;
    extensions[SIGNATURE_EXTENSION] = signContent(secret, subgraphSignedContent(call, call.authorization));
  }
  const res = await fetch(hub.subgraphs[name].url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(call.authorization ? { authorization: call.authorization } : {}) },
    body: JSON.stringify({ query: call.query, variables: call.variables, extensions }),
  });
  return { status: res.status, body: await res.json() };
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { type Authentication, type Viewer, requireViewer } from './auth';
import type { Clock } from './clock';
import type { Logger } from './logger';
import type { AuditRequest } from './audit/trail';

/**
 * One per GraphQL request: the caller, a fresh EntityManager fork (its own identity map) and
 * that request's DataLoaders. Nothing here outlives the request.
 */
export interface RequestContext<Loaders = unknown, Runtime = unknown> {
  auth: Authentication;
  /** The caller's Authorization value as received, for a subgraph that asks another on the caller's behalf. */
  authorization?: string | null;
  em: EntityManager;
  loaders: Loaders;
  log: Logger;
  /** The hub's clock: every domain "now" and "today" of this request comes from it. */
  clock: Clock;
  /** The subgraph's long-lived parts (e.g. the hub's event bus); null for subgraphs without any. */
  runtime: Runtime;
  /**
   * A fresh EntityManager fork and DataLoaders. Subscriptions call it before each event, so a long
   * subscription neither grows one identity map without bound nor serves stale cached rows.
   */
  renew(): void;
  /** This request's audit trail, caller and origin (client address, trace id); see shared/audit. */
  audit?: AuditRequest;
}

export function viewerOf(ctx: RequestContext): Viewer {
  return requireViewer(ctx.auth);
}

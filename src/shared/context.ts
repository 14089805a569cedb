import type { EntityManager } from '@mikro-orm/postgresql';
import { type Authentication, type Viewer, requireViewer } from './auth';
import type { Logger } from './logger';

/**
 * One per GraphQL request: the caller, a fresh EntityManager fork (its own identity map) and
 * that request's DataLoaders. Nothing here outlives the request.
 */
export interface RequestContext<Loaders = unknown> {
  auth: Authentication;
  em: EntityManager;
  loaders: Loaders;
  log: Logger;
}

export function viewerOf(ctx: RequestContext): Viewer {
  return requireViewer(ctx.auth);
}

import type { AuthChecker } from 'type-graphql';
import { hasRole, requireViewer, type Role } from './auth';
import type { RequestContext } from './context';
import { forbidden } from './errors';

/**
 * type-graphql's @Authorized(): no token → UNAUTHENTICATED (with the reason a token failed),
 * a token without one of the listed roles → FORBIDDEN. It throws rather than returning false so
 * the client gets our codes and messages.
 */
export const authChecker: AuthChecker<RequestContext> = ({ context }, roles) => {
  const viewer = requireViewer(context.auth);
  if (roles.length > 0 && !hasRole(viewer, ...(roles as Role[]))) {
    throw forbidden(`This needs one of the roles ${roles.join(', ')}.`);
  }
  return true;
};

import { UseMiddleware, type MiddlewareFn } from 'type-graphql';
import type { RequestContext } from '../context';
import { recordAccess } from '../need-to-know';
import { actorOf, resultOf } from './trail';

/**
 * Marks a field whose reading is audited: a department's confidential records about an enterprise
 * (tax arrears, police alerts and visits, judicial case text, penalties) and the summaries other
 * departments see of them. Each resolution leaves one READ row — who, which enterprise, with what
 * access (FULL or SUMMARY), and whether it was served or refused — queued and written in a batch
 * after the response (AuditTrail.recordRead), so the read path does not wait for the database.
 * The parent must carry the enterprise's `uscc` (every department profile does).
 */
export function Confidential(field: string, ownerDepartment: string) {
  const middleware: MiddlewareFn<RequestContext> = async ({ root, context, info }, next) => {
    const request = context.audit;
    if (!request?.trail.readsEnabled) return next();
    const uscc = typeof (root as { uscc?: unknown })?.uscc === 'string' ? (root as { uscc: string }).uscc : null;
    let result = 'OK';
    try {
      return await next();
    } catch (err) {
      result = resultOf(err);
      throw err;
    } finally {
      const actor = (request.actor ??= actorOf(request.auth));
      const { origin } = request;
      request.trail.recordRead({
        at: request.trail.clock(),
        kind: 'READ',
        operation: `${info.parentType.name}.${info.fieldName}`,
        field,
        access: request.auth.kind === 'viewer' && uscc ? recordAccess(request.auth.viewer, ownerDepartment, uscc) : null,
        uscc,
        requestNumber: null,
        entities: null,
        result,
        userId: actor.userId,
        userName: actor.userName,
        department: actor.department,
        roles: actor.roles,
        clientAddress: origin.clientAddress,
        forwardedFor: origin.forwardedFor,
        traceId: origin.traceId,
      });
    }
  };
  return UseMiddleware(middleware);
}

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
    const record = (result: string) =>
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
        ...actorOf(request.auth),
        ...request.origin,
      });
    try {
      const value = await next();
      record('OK');
      return value;
    } catch (err) {
      record(resultOf(err));
      throw err;
    }
  };
  return UseMiddleware(middleware);
}

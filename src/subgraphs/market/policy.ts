import { hasRole, type Viewer } from '../../shared/auth';
import { forbidden } from '../../shared/errors';

export const MARKET = 'market';

/** Officers and administrators of market supervision (市场监管). */
export const isMarketStaff = (v: Viewer) => v.department === MARKET && hasRole(v, 'OFFICER', 'DEPT_ADMIN');

/**
 * Market supervision's records (inspections, complaints, the abnormal-operation list, penalties)
 * are written by its own officers only: other departments, coordinators and enterprises read them
 * (as need-to-know allows) but never change them.
 */
export function assertMarketStaff(v: Viewer): void {
  if (isMarketStaff(v)) return;
  throw forbidden('Only officers of market supervision (市场监管) may record or change its records.');
}

/** Market supervision's work lists (e.g. complaints across enterprises): its staff and coordinators. */
export function assertMayReadMarketWorklists(v: Viewer): void {
  if (isMarketStaff(v) || hasRole(v, 'COORDINATOR')) return;
  throw forbidden("Market supervision's work lists are read by its officers and joint-meeting coordinators only.");
}

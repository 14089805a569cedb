import { hasRole, type Viewer } from '../../shared/auth';
import { forbidden } from '../../shared/errors';

export const TAX = 'tax';

/** Officers and administrators of the tax bureau (税务). */
export const isTaxStaff = (v: Viewer) => v.department === TAX && hasRole(v, 'OFFICER', 'DEPT_ADMIN');

/** The tax bureau's records (ratings, arrears, filings) are written by its own officers only. */
export function assertTaxStaff(v: Viewer): void {
  if (isTaxStaff(v)) return;
  throw forbidden('Only officers of the tax bureau (税务) may record or change its records.');
}

/** The tax bureau's work lists (e.g. arrears outstanding across enterprises): its staff and coordinators. */
export function assertMayReadTaxWorklists(v: Viewer): void {
  if (isTaxStaff(v) || hasRole(v, 'COORDINATOR')) return;
  throw forbidden("The tax bureau's work lists are read by its officers and joint-meeting coordinators only.");
}

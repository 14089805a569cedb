import { hasRole, type Viewer } from '../../shared/auth';
import { forbidden } from '../../shared/errors';

export const POLICE = 'police';

/** Officers and administrators of the police department. */
export const isPoliceStaff = (v: Viewer) => v.department === POLICE && hasRole(v, 'OFFICER', 'DEPT_ADMIN');

/**
 * Liaison assignments (一企一警) are police staffing decisions: only the police department's
 * administrators make them. Coordinators read them (they see every department's records) but do
 * not assign: who of the police covers an enterprise is not the joint meeting's call.
 */
export function assertMayAssignLiaison(v: Viewer): void {
  if (v.department === POLICE && hasRole(v, 'DEPT_ADMIN')) return;
  throw forbidden('Only administrators of the police department may assign or end liaison officers (一企一警).');
}

/** Station coverage and assignments: police staff and coordinators. */
export function assertMayReadLiaison(v: Viewer): void {
  if (isPoliceStaff(v) || hasRole(v, 'COORDINATOR')) return;
  throw forbidden('Liaison assignments are read by the police and joint-meeting coordinators only.');
}

/**
 * Police records (alerts 警情, safety trainings 安全培训) are written by the police only: officers
 * and administrators of the police department. Other departments and coordinators read them per
 * need-to-know but never write them.
 */
export function assertMayWritePolice(v: Viewer, what: string): void {
  if (isPoliceStaff(v)) return;
  throw forbidden(`Only police officers may record ${what}: it is the police department's own record.`);
}

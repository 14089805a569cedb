import { hasRole, type Viewer } from '../../../shared/auth';
import { forbidden } from '../../../shared/errors';

/**
 * Need-to-know of the risk assessment (维稳风险评估, DESIGN §5):
 * - coordinators see every signal with its details;
 * - a department's officers and administrators see the level and category of every signal, and
 *   the details of their own department's;
 * - the enterprise itself (and anyone else) sees none of it: `riskAssessment` is null with FORBIDDEN.
 */
export const isRiskReader = (v: Viewer) => hasRole(v, 'COORDINATOR') || (v.department !== null && hasRole(v, 'OFFICER', 'DEPT_ADMIN'));

export function assertMayReadRisk(v: Viewer): void {
  if (isRiskReader(v)) return;
  throw forbidden('The risk assessment (维稳风险评估) is for the departments and the joint meeting only.');
}

/** Details of a signal: its own department and coordinators. */
export const maySeeSignalDetails = (v: Viewer, department: string) =>
  hasRole(v, 'COORDINATOR') || (v.department === department && hasRole(v, 'OFFICER', 'DEPT_ADMIN'));

/** Who hears a rise: coordinators every one; a department's staff those of enterprises where it has a signal. */
export function riskEventAudience(v: Viewer): { department: string | null } {
  if (hasRole(v, 'COORDINATOR')) return { department: null };
  if (v.department !== null && hasRole(v, 'OFFICER', 'DEPT_ADMIN')) return { department: v.department };
  throw forbidden('Risk events are for the departments and the joint meeting only.');
}

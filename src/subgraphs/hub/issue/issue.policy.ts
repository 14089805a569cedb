import { hasRole, type Viewer } from '../../../shared/auth';
import { forbidden } from '../../../shared/errors';
import type { Issue } from './issue.entity';

/** Who may do what with an issue (DESIGN §7: need-to-know, officers act only for their own department). */

export function isStaff(viewer: Viewer): boolean {
  return hasRole(viewer, 'OFFICER', 'DEPT_ADMIN');
}

export function assertLeadOfficer(viewer: Viewer, issue: Issue, doing: string): void {
  if (!isStaff(viewer) || !issue.isLead(viewer.department)) {
    const lead = issue.leadDepartment?.code ?? 'none yet';
    throw forbidden(`Only officers of the lead department (${lead}) can ${doing}.`);
  }
}

export function assertCoordinator(viewer: Viewer, doing: string): void {
  if (!hasRole(viewer, 'COORDINATOR')) throw forbidden(`Only joint-meeting coordinators can ${doing}.`);
}

/**
 * Read access: coordinators see everything; an enterprise its own requests; officers the requests
 * their department leads, assists, or exchanged a referral about.
 */
export function mayRead(viewer: Viewer, issue: Issue, referralDepartments: string[]): boolean {
  if (hasRole(viewer, 'COORDINATOR')) return true;
  if (hasRole(viewer, 'ENTERPRISE') && viewer.uscc === issue.enterprise.uscc) return true;
  return isStaff(viewer) && (issue.involves(viewer.department) || referralDepartments.includes(viewer.department ?? ''));
}

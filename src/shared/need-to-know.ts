import { registerEnumType } from 'type-graphql';
import { hasRole, type Viewer } from './auth';
import { forbidden } from './errors';

/**
 * Need-to-know between departments (DESIGN §5, §7). Each department's subgraph enforces it for its
 * own records about an enterprise:
 * - FULL: officers and administrators of the owning department, joint-meeting coordinators, and
 *   the enterprise's own users for their own enterprise;
 * - SUMMARY: every other department sees ratings, statuses and counts, never amounts, case text,
 *   visit notes or alert details.
 * A confidential field asked for with SUMMARY access resolves to null with a FORBIDDEN error at
 * its path, so the rest of the answer still arrives.
 */
export enum RecordAccess {
  FULL = 'FULL',
  SUMMARY = 'SUMMARY',
}

registerEnumType(RecordAccess, {
  name: 'RecordAccess',
  description: "How much of a department's records about an enterprise the viewer may see (need-to-know).",
  valuesConfig: {
    FULL: { description: 'Every record and detail: the owning department, coordinators, and the enterprise itself.' },
    SUMMARY: { description: "Ratings, statuses and counts only: another department's view." },
  },
});

export function recordAccess(viewer: Viewer, ownerDepartment: string, uscc: string): RecordAccess {
  if (hasRole(viewer, 'COORDINATOR')) return RecordAccess.FULL;
  if (viewer.department === ownerDepartment && hasRole(viewer, 'OFFICER', 'DEPT_ADMIN')) return RecordAccess.FULL;
  if (hasRole(viewer, 'ENTERPRISE') && viewer.uscc === uscc) return RecordAccess.FULL;
  return RecordAccess.SUMMARY;
}

/** Throws FORBIDDEN unless the viewer may see the owning department's confidential details. */
export function assertFullRecordAccess(viewer: Viewer, ownerDepartment: string, uscc: string, field: string): void {
  if (recordAccess(viewer, ownerDepartment, uscc) === RecordAccess.FULL) return;
  throw forbidden(
    `${field} is confidential to the ${ownerDepartment} department (need-to-know); other departments see its summary fields only.`,
  );
}

import { hasRole, type Viewer } from '../../shared/auth';
import { forbidden } from '../../shared/errors';
import { RecordAccess } from '../../shared/need-to-know';

export const JUDICIAL = 'judicial';

/** Officers and administrators of the judicial bureau (司法局). */
export const isJudicialStaff = (v: Viewer) => v.department === JUDICIAL && hasRole(v, 'OFFICER', 'DEPT_ADMIN');

/**
 * Need-to-know for the judicial bureau's records about an enterprise (DESIGN §5, README):
 * - FULL (case text, parties, timeline, litigation, risk-signal details): judicial staff and
 *   joint-meeting coordinators;
 * - SUMMARY (grade, status, category, dates, counts): officers of every other department, and the
 *   enterprise's own users for its own cases. DESIGN §5 grants the enterprise nothing of the
 *   departments' records; it is a party of its own mediation cases, so it sees their status (as the
 *   mediation committee would tell it), never the case text (the other parties' statements and
 *   personal data) nor the risk signals;
 * - null: nobody else (e.g. an auditor, or an enterprise user for another enterprise).
 * Stricter than the shared `recordAccess`, which gives enterprises FULL access to their own records.
 */
export function judicialAccess(v: Viewer, uscc: string): RecordAccess | null {
  if (hasRole(v, 'COORDINATOR') || isJudicialStaff(v)) return RecordAccess.FULL;
  if (hasRole(v, 'OFFICER', 'DEPT_ADMIN') && v.department) return RecordAccess.SUMMARY;
  if (hasRole(v, 'ENTERPRISE') && !!v.uscc && v.uscc === uscc) return RecordAccess.SUMMARY;
  return null;
}

/** FORBIDDEN unless the viewer may see the judicial case text about `uscc`. */
export function assertJudicialFullAccess(v: Viewer, uscc: string, field: string): void {
  if (judicialAccess(v, uscc) === RecordAccess.FULL) return;
  throw forbidden(`${field} is confidential to the judicial bureau (司法局) and joint-meeting coordinators (need-to-know); others see the summary fields only (grade, status, category, dates).`);
}

/** FORBIDDEN unless the viewer may see at least the summary of the judicial records about `uscc`. */
export function assertJudicialSummaryAccess(v: Viewer, uscc: string): void {
  if (judicialAccess(v, uscc) !== null) return;
  throw forbidden(hasRole(v, 'ENTERPRISE') ? 'Enterprise users can only see their own enterprise\'s cases.' : 'This account may not see judicial records.');
}

/** Every judicial write (cases, litigation, legal aid): the judicial bureau's officers only. */
export function assertJudicialWriter(v: Viewer): void {
  if (isJudicialStaff(v)) return;
  throw forbidden('Only officers of the judicial bureau (司法局) may record or change mediation cases, litigation and legal-aid requests.');
}

/** The judicial work lists (all cases, all legal-aid requests): judicial staff and coordinators. */
export function assertMayListJudicial(v: Viewer): void {
  if (isJudicialStaff(v) || hasRole(v, 'COORDINATOR')) return;
  throw forbidden('The judicial work lists are read by the judicial bureau and joint-meeting coordinators only; other departments see an enterprise\'s cases through `enterprise.judicial`.');
}

/** Risk signals: everyone with access except the enterprise itself (issue 11: "the enterprise itself sees none of it"). */
export function assertMaySeeRiskSignals(v: Viewer, uscc: string): void {
  const access = judicialAccess(v, uscc);
  if (access === RecordAccess.FULL || (access === RecordAccess.SUMMARY && !hasRole(v, 'ENTERPRISE'))) return;
  throw forbidden('Risk signals are for the departments and coordinators, not for the enterprise itself.');
}

import { hasRole, type Viewer } from '../../shared/auth';
import { forbidden } from '../../shared/errors';
import { RecordAccess } from '../../shared/need-to-know';
import type { SqlFragment } from './overdue';

/**
 * The hub's one authorization policy (DESIGN §7, need-to-know): `may(viewer, action, resource)`
 * answers, `authorize(…)` refuses with FORBIDDEN and a sentence saying who may. Resolvers keep
 * `@Authorized(roles)` where a plain role suffices; every rule that looks at the resource is here.
 * Staff are officers and department administrators (they act only for their own department);
 * coordinators (联席会议协调人) act across departments; enterprise users only for themselves.
 */

/** An issue as the rules see it. */
export interface IssueFacts {
  enterpriseUscc: string;
  leadDepartment: string | null;
  assistingDepartments: readonly string[];
  /** Departments that sent or received a referral about it (they may read it). */
  referralDepartments?: readonly string[];
  /**
   * The department whose own record the request was raised from, which follows it in summary
   * wherever it is routed: the police for a problem found on a visit (走访, `originVisit`).
   */
  originDepartment?: string | null;
}

/** Visits (走访) are the police's records (DESIGN §5): a request raised on one is followed by the police. */
export const VISIT_DEPARTMENT = 'police';

/** What each action is checked against. */
export interface PolicyResources {
  /** Read a request (诉求) in full, follow its events. */
  'issue.read': IssueFacts;
  /**
   * Read at least its summary (issue(id), issueByNumber, entity references, Visit.issues): whoever
   * may read it in full, and the department that raised it from its own records (issueAccess).
   */
  'issue.readSummary': IssueFacts;
  /** Submit a request for an enterprise. */
  'issue.submit': { uscc: string };
  'issue.recordReceivedAt': null;
  'issue.route': null;
  'issue.escalate': null;
  /** Edit the routing rules (category and keywords → lead department). */
  'routing.edit': null;
  /** Sign for (签收), work, answer, conclude: the lead department's steps. */
  'issue.work': IssueFacts;
  /** Refer (移交/协办) to another department. */
  'issue.refer': IssueFacts;
  /** Rate the answer as the enterprise itself. */
  'issue.rate': IssueFacts;
  /** Record a rating the enterprise gave in person. */
  'issue.rateInPerson': IssueFacts;
  /** Record the follow-up visit (回访). */
  'issue.followUp': IssueFacts;
  'issue.reopen': IssueFacts;
  /** Ask for more working days (延期): the lead department. */
  'issue.requestExtension': IssueFacts;
  /** Approve or refuse an extension. */
  'issue.decideExtension': null;
  /** Urge (催办) an open request: coordinators, or the enterprise that submitted it. */
  'issue.urge': IssueFacts;
  /** Merge a duplicate (重复诉求) into another request of the same enterprise. */
  'issue.merge': null;
  /** Split a request (拆分) into two for different departments. */
  'issue.split': null;
  /** Attach photos and documents (附件) to a request: whoever may see it (the enterprise, departments involved, coordinators). */
  'issue.attach': IssueFacts;
  /** Attach documents to the reply (答复): the lead department, which answers. */
  'issue.attachToReply': IssueFacts;
  /** Sign for or send back (签收/退回), or complete an assist: the receiving department. */
  'referral.answer': { fromDepartment: string; toDepartment: string };
  /** Withdraw: the referring department. */
  'referral.cancel': { fromDepartment: string; toDepartment: string };
  /** See one referral: its two departments. */
  'referral.read': { fromDepartment: string; toDepartment: string };
  'referral.list': null;
  /** Follow a department's referral events. */
  'referral.follow': { department: string };
  'meeting.schedule': null;
  /** Run a meeting (start, agenda, decisions, adjourn). */
  'meeting.run': { conveningDepartment: string };
  /** See, join and follow a meeting. */
  'meeting.follow': { invitedDepartments: readonly string[] };
  /** List meetings and action items, follow the meetings feed. */
  'meeting.list': null;
  /** Report an action item (督办事项) done. */
  'actionItem.complete': { ownerDepartment: string };
  /** See every enterprise (not only one's own). */
  'enterprise.listAll': null;
  /** See and use a department's response templates (答复模板). */
  'template.read': { department: string };
  /** Create, edit or delete a department's response templates. */
  'template.edit': { department: string };
  /** Export a list of requests (CSV/XLSX); what it holds is narrowed by issue.read like the list. */
  'export.issues': null;
  /** Export departmentPerformance (the figures its query shows). */
  'export.performance': null;
}
export type PolicyAction = keyof PolicyResources;

export const isCoordinator = (v: Viewer) => hasRole(v, 'COORDINATOR');
/** Officers and department administrators, who act for their own department. */
export const isStaff = (v: Viewer) => hasRole(v, 'OFFICER', 'DEPT_ADMIN');
const staffOf = (v: Viewer, department: string | null | undefined) => isStaff(v) && !!v.department && v.department === department;
const ownEnterprise = (v: Viewer, uscc: string) => hasRole(v, 'ENTERPRISE') && !!v.uscc && v.uscc === uscc;

/**
 * Whose requests a viewer sees: all (coordinators), a department's (staff: those it leads,
 * assists or exchanged a referral about), an enterprise's own, or none. The one source of the
 * in-memory check, the SQL of the lists and the audience of the event feeds.
 */
export type IssueScope = { kind: 'all' } | { kind: 'department'; department: string } | { kind: 'enterprise'; uscc: string } | { kind: 'none' };

export function issueScope(v: Viewer): IssueScope {
  if (isCoordinator(v)) return { kind: 'all' };
  if (isStaff(v) && v.department) return { kind: 'department', department: v.department };
  if (hasRole(v, 'ENTERPRISE') && v.uscc) return { kind: 'enterprise', uscc: v.uscc };
  return { kind: 'none' };
}

function inScope(scope: IssueScope, issue: IssueFacts): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'department':
      return issue.leadDepartment === scope.department || issue.assistingDepartments.includes(scope.department) || (issue.referralDepartments ?? []).includes(scope.department);
    case 'enterprise':
      return issue.enterpriseUscc === scope.uscc;
    case 'none':
      return false;
  }
}

/**
 * How much of a request the viewer may see (need-to-know, DESIGN §5): FULL for those in its scope
 * (the departments that work it or exchanged a referral about it, coordinators, the enterprise
 * itself); SUMMARY for the staff of the department that raised it from its own records (the police
 * for a visit's problem, once it is routed elsewhere): the request as raised and where it stands,
 * not how the working departments handle it (issue-summary.ts); null for everyone else.
 */
export function issueAccess(v: Viewer, issue: IssueFacts): RecordAccess | null {
  if (inScope(issueScope(v), issue)) return RecordAccess.FULL;
  if (issue.originDepartment && staffOf(v, issue.originDepartment)) return RecordAccess.SUMMARY;
  return null;
}

/** `may(viewer, 'issue.read', …)` in SQL, on the hub.issue row aliased `alias` (values bound). */
export function issueVisibilitySql(v: Viewer, alias: string): SqlFragment {
  const scope = issueScope(v);
  switch (scope.kind) {
    case 'all':
      return { sql: 'true', params: [] };
    case 'department': {
      const d = scope.department;
      return {
        sql: `(${alias}.lead_department_code = ? or ? = any(${alias}.assisting_department_codes) or exists (select 1 from hub.referral r where r.issue_id = ${alias}.id and (r.to_department_code = ? or r.from_department_code = ?)))`,
        params: [d, d, d, d],
      };
    }
    case 'enterprise':
      return { sql: `${alias}.enterprise_uscc = ?`, params: [scope.uscc] };
    case 'none':
      return { sql: 'false', params: [] };
  }
}

type Rule<A extends PolicyAction> = (v: Viewer, r: PolicyResources[A]) => boolean;
const RULES: { [A in PolicyAction]: Rule<A> } = {
  'issue.read': (v, i) => inScope(issueScope(v), i),
  'issue.readSummary': (v, i) => issueAccess(v, i) !== null,
  // staff and coordinators submit for any enterprise (naming the channel); enterprise users for their own
  'issue.submit': (v, r) => isStaff(v) || isCoordinator(v) || ownEnterprise(v, r.uscc),
  // a call or visit logged later: only an officer who took it says when it arrived
  'issue.recordReceivedAt': (v) => isStaff(v) || isCoordinator(v),
  'issue.route': (v) => isCoordinator(v),
  'issue.escalate': (v) => isCoordinator(v),
  'routing.edit': (v) => isCoordinator(v),
  'issue.work': (v, i) => staffOf(v, i.leadDepartment),
  'issue.refer': (v, i) => staffOf(v, i.leadDepartment),
  'issue.rate': (v, i) => ownEnterprise(v, i.enterpriseUscc),
  'issue.rateInPerson': (v, i) => staffOf(v, i.leadDepartment),
  'issue.followUp': (v, i) => isCoordinator(v) || staffOf(v, i.leadDepartment),
  'issue.reopen': (v, i) => isCoordinator(v) || (hasRole(v, 'DEPT_ADMIN') && !!v.department && v.department === i.leadDepartment),
  'issue.requestExtension': (v, i) => staffOf(v, i.leadDepartment),
  'issue.decideExtension': (v) => isCoordinator(v),
  'issue.urge': (v, i) => isCoordinator(v) || ownEnterprise(v, i.enterpriseUscc),
  'issue.merge': (v) => isCoordinator(v),
  'issue.split': (v) => isCoordinator(v),
  'issue.attach': (v, i) => inScope(issueScope(v), i),
  'issue.attachToReply': (v, i) => staffOf(v, i.leadDepartment),
  'referral.answer': (v, r) => staffOf(v, r.toDepartment),
  'referral.cancel': (v, r) => staffOf(v, r.fromDepartment),
  'referral.read': (v, r) => isCoordinator(v) || staffOf(v, r.fromDepartment) || staffOf(v, r.toDepartment),
  'referral.list': (v) => isCoordinator(v) || (isStaff(v) && !!v.department),
  'referral.follow': (v, r) => isCoordinator(v) || staffOf(v, r.department),
  'meeting.schedule': (v) => isCoordinator(v),
  'meeting.run': (v, m) => isCoordinator(v) || staffOf(v, m.conveningDepartment),
  'meeting.follow': (v, m) => isCoordinator(v) || (isStaff(v) && !!v.department && m.invitedDepartments.includes(v.department)),
  'meeting.list': (v) => isCoordinator(v) || (isStaff(v) && !!v.department),
  'actionItem.complete': (v, a) => staffOf(v, a.ownerDepartment),
  'enterprise.listAll': (v) => isStaff(v) || isCoordinator(v),
  'template.read': (v, t) => isCoordinator(v) || staffOf(v, t.department),
  'template.edit': (v, t) => isCoordinator(v) || staffOf(v, t.department),
  'export.issues': (v) => issueScope(v).kind !== 'none',
  'export.performance': (v) => isStaff(v) || isCoordinator(v),
};

/** Whether `viewer` may do `action` to `resource`. */
export function may<A extends PolicyAction>(viewer: Viewer, action: A, resource: PolicyResources[A]): boolean {
  return (RULES[action] as Rule<A>)(viewer, resource);
}

type Refusal<A extends PolicyAction> = (v: Viewer, r: PolicyResources[A], doing: string) => string;
const lead = (i: IssueFacts) => i.leadDepartment ?? 'none yet';
const REFUSALS: { [A in PolicyAction]: Refusal<A> } = {
  'issue.read': (v, _i, doing) =>
    issueScope(v).kind === 'enterprise'
      ? `This request is another enterprise's: you may not ${doing}.`
      : issueScope(v).kind === 'none'
        ? `This account may not ${doing}.`
        : `This request belongs to other departments: you may not ${doing}.`,
  'issue.readSummary': (v, i, doing) => REFUSALS['issue.read'](v, i, doing),
  'issue.submit': () => 'Enterprise users can only submit requests for their own enterprise.',
  'issue.recordReceivedAt': () => 'Only officers and coordinators record when a hotline call or visit arrived (receivedAt); an online submission is received when it is submitted.',
  'issue.route': (_v, _r, doing) => `Only joint-meeting coordinators can ${doing}.`,
  'issue.escalate': (_v, _r, doing) => `Only joint-meeting coordinators can ${doing}.`,
  'routing.edit': () => 'Only joint-meeting coordinators can edit routing rules.',
  'issue.work': (_v, i, doing) => `Only officers of the lead department (${lead(i)}) can ${doing}.`,
  'issue.refer': (_v, i) => `Only the lead department (${lead(i)}) can refer this request.`,
  'issue.rate': () => 'Only the enterprise itself rates the answer (an officer may record an in-person rating with recordedInPerson: true).',
  'issue.rateInPerson': () => 'Only officers of the lead department can record a rating given in person.',
  'issue.followUp': (_v, i) => `Only officers of the lead department (${lead(i)}) or coordinators can record the follow-up visit.`,
  'issue.reopen': () => 'Only coordinators or the lead department\'s administrator can reopen a request.',
  'issue.requestExtension': (_v, i) => `Only officers of the lead department (${lead(i)}) can ask for an extension of this request.`,
  'issue.decideExtension': () => 'Only joint-meeting coordinators can decide extensions.',
  'issue.urge': () => 'Only coordinators or the enterprise that submitted it can urge this request.',
  'issue.merge': () => 'Only joint-meeting coordinators can merge duplicate requests.',
  'issue.split': () => 'Only joint-meeting coordinators can split a request.',
  'issue.attach': (v, i, doing) => REFUSALS['issue.read'](v, i, doing),
  'issue.attachToReply': (_v, i) => `Only officers of the lead department (${lead(i)}) can attach documents to the reply.`,
  'referral.answer': (_v, r) => `Only the receiving department (${r.toDepartment}) can answer this referral.`,
  'referral.cancel': (_v, r) => `Only the referring department (${r.fromDepartment}) can withdraw this referral.`,
  'referral.read': () => 'Only the two departments of a referral (and coordinators) may see it.',
  'referral.list': () => 'Only coordinators and department officers can list referrals.',
  'referral.follow': (_v, r) => `Only officers of ${r.department} (or coordinators) may follow its referrals.`,
  'meeting.schedule': () => 'Only joint-meeting coordinators can schedule meetings.',
  'meeting.run': (_v, m, doing) => `Only coordinators or the convening department (${m.conveningDepartment}) can ${doing}.`,
  'meeting.follow': (_v, _m, doing) => `Only invited departments and coordinators ${doing}.`,
  'meeting.list': (_v, _r, doing) => `Only coordinators and department officers can ${doing}.`,
  'actionItem.complete': (_v, a) => `Only officers of ${a.ownerDepartment} can report this action item done.`,
  'enterprise.listAll': () => 'Enterprise users can only see their own enterprise.',
  'template.read': (_v, t) => `Only officers of ${t.department} (or coordinators) may use its response templates.`,
  'template.edit': (_v, t) => `Only officers of ${t.department} (or coordinators) may edit its response templates.`,
  'export.issues': () => 'This account may not export requests.',
  'export.performance': () => 'Only department officers and coordinators may export department performance.',
};

/** What the refusal says the caller tried, when the action alone does not say it. */
const DEFAULT_DOING: Partial<Record<PolicyAction, string>> = {
  'issue.read': 'see it',
  'issue.readSummary': 'see it',
  'issue.route': 'route requests',
  'issue.escalate': 'escalate requests to a joint meeting',
  'issue.work': 'work this request',
  'issue.attach': 'attach files to it',
  'meeting.run': 'run this meeting',
  'meeting.follow': 'may see this meeting',
  'meeting.list': 'list joint meetings',
};

/** Refuses with FORBIDDEN unless `may(viewer, action, resource)`; `doing` words the refusal ("sign for this request"). */
export function authorize<A extends PolicyAction>(viewer: Viewer, action: A, resource: PolicyResources[A], doing?: string): void {
  if (!may(viewer, action, resource)) throw forbidden((REFUSALS[action] as Refusal<A>)(viewer, resource, doing ?? DEFAULT_DOING[action] ?? action));
}

/** The facts of a loaded issue (with the departments of its referrals, when read access is asked). */
export function issueFacts(
  issue: { enterprise: { uscc: string }; leadDepartment?: { code: string } | null; assistingDepartmentCodes: string[]; originVisitId?: number | null },
  referralDepartments: readonly string[] = [],
): IssueFacts {
  return {
    enterpriseUscc: issue.enterprise.uscc,
    leadDepartment: issue.leadDepartment?.code ?? null,
    assistingDepartments: issue.assistingDepartmentCodes,
    referralDepartments,
    originDepartment: issue.originVisitId != null ? VISIT_DEPARTMENT : null,
  };
}

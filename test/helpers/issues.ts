import { DEMO_ENTERPRISES, type DemoUserName } from '../../src/demo/district';
import type { GqlResponse, TestHub } from './test-hub';

export const ISSUE_FIELDS = /* GraphQL */ `
  id number status title replyDeadline originalReplyDeadline replyDeadlineProblem isOverdue reopenCount urgeCount routingExplanation
  satisfaction ratingRecordedInPerson response resolution followUpNote acceptedAt respondedAt resolvedAt closedAt
  leadDepartment { code } assistingDepartments { code } category { code }
  enterprise { uscc }
  timeline { action departmentCode fromStatus toStatus note actorName }
`;
export const REFERRAL_FIELDS = /* GraphQL */ `id kind status reason answerNote signOffDeadline isOverdue fromDepartment { code } toDepartment { code } issue { id }`;

export const EXTENSION_FIELDS = /* GraphQL */ `id workingDays reason status departmentCode deadlineBefore deadlineAfter decisionNote requestedBy { id } decidedBy { id }`;

export const codeOf = (res: GqlResponse) => res.errors?.[0]?.extensions?.code;

/** Runs a mutation and returns its payload, failing the test with the GraphQL errors otherwise. */
export async function ok<T = any>(hub: TestHub, query: string, variables: Record<string, unknown>, who: DemoUserName | string): Promise<T> {
  const res = await hub.gql(query, variables, who);
  if (res.errors) throw new Error(`${query.trim().split('\n')[0]} failed: ${JSON.stringify(res.errors)}`);
  return Object.values(res.data as object)[0] as T;
}

/** Runs a request mutation (`<name>(input: $input) { issue { … } }`) and returns the request after it. */
async function issueMutation(hub: TestHub, who: string, name: string, inputType: string, input: Record<string, unknown>) {
  return (await ok(hub, `mutation($input: ${inputType}!) { ${name}(input: $input) { issue { ${ISSUE_FIELDS} } } }`, { input }, who)).issue;
}

/** Runs a referral mutation and returns the referral after it. */
async function referralMutation(hub: TestHub, who: string, name: string, inputType: string, input: Record<string, unknown>) {
  return (await ok(hub, `mutation($input: ${inputType}!) { ${name}(input: $input) { referral { ${REFERRAL_FIELDS} } } }`, { input }, who)).referral;
}

export function submit(hub: TestHub, who: DemoUserName | string, input: Record<string, unknown>) {
  return issueMutation(hub, who, 'submitIssue', 'SubmitIssueInput', input);
}

/** A request a coordinator submitted for demo enterprise `n` and escalated to the joint meeting (联席会议). */
export async function escalated(hub: TestHub, title: string, category: string, n: number) {
  const issue = await submit(hub, 'coordinator', { uscc: DEMO_ENTERPRISES[n].uscc, title, description: `${title}，需多部门协调`, category, channel: 'SYMPOSIUM' });
  await issueMutation(hub, 'coordinator', 'escalateIssue', 'EscalateIssueInput', { issueId: issue.id, reason: '多部门职责交叉' });
  return issue;
}

export const act = {
  accept: (hub: TestHub, who: string, issueId: string) => issueMutation(hub, who, 'acceptIssue', 'AcceptIssueInput', { issueId }),
  start: (hub: TestHub, who: string, issueId: string) => issueMutation(hub, who, 'startIssueWork', 'StartIssueWorkInput', { issueId }),
  respond: (hub: TestHub, who: string, issueId: string, text = '已答复企业。') => issueMutation(hub, who, 'respondToIssue', 'RespondToIssueInput', { issueId, response: text }),
  resolve: (hub: TestHub, who: string, issueId: string, text = '已办结。') => issueMutation(hub, who, 'resolveIssue', 'ResolveIssueInput', { issueId, resolution: text }),
  rate: (hub: TestHub, who: string, input: Record<string, unknown>) => issueMutation(hub, who, 'rateIssue', 'RateIssueInput', input),
  route: (hub: TestHub, who: string, issueId: string, lead: string, assisting: string[] = []) =>
    issueMutation(hub, who, 'routeIssue', 'RouteIssueInput', { issueId, leadDepartment: lead, assistingDepartments: assisting, reason: 'test' }),
  escalate: (hub: TestHub, who: string, issueId: string, reason = '多部门职责交叉') => issueMutation(hub, who, 'escalateIssue', 'EscalateIssueInput', { issueId, reason }),
  reopen: (hub: TestHub, who: string, issueId: string, reason: string) => issueMutation(hub, who, 'reopenIssue', 'ReopenIssueInput', { issueId, reason }),
  refer: (hub: TestHub, who: string, input: Record<string, unknown>) => referralMutation(hub, who, 'referIssue', 'ReferIssueInput', input),
  acceptReferral: (hub: TestHub, who: string, id: string) => referralMutation(hub, who, 'acceptReferral', 'AcceptReferralInput', { referralId: id }),
  rejectReferral: (hub: TestHub, who: string, id: string, reason: string) => referralMutation(hub, who, 'rejectReferral', 'RejectReferralInput', { referralId: id, reason }),
  completeReferral: (hub: TestHub, who: string, id: string, note: string) => referralMutation(hub, who, 'completeReferral', 'CompleteReferralInput', { referralId: id, note }),
  cancelReferral: (hub: TestHub, who: string, id: string, reason: string) => referralMutation(hub, who, 'cancelReferral', 'CancelReferralInput', { referralId: id, reason }),
  recordFollowUp: (hub: TestHub, who: string, issueId: string, note = '电话回访，企业确认问题解决。', problemPersists = false) =>
    issueMutation(hub, who, 'recordFollowUp', 'RecordFollowUpInput', { issueId, note, problemPersists }),
  /** 延期: returns { extension, issue }. */
  requestExtension: async (hub: TestHub, who: string, input: Record<string, unknown>) =>
    ok(hub, `mutation($input: RequestExtensionInput!) { requestExtension(input: $input) { extension { ${EXTENSION_FIELDS} } issue { ${ISSUE_FIELDS} } } }`, { input }, who),
  decideExtension: async (hub: TestHub, who: string, input: Record<string, unknown>) =>
    ok(hub, `mutation($input: DecideExtensionInput!) { decideExtension(input: $input) { extension { ${EXTENSION_FIELDS} } issue { ${ISSUE_FIELDS} } } }`, { input }, who),
  /** 催办 */
  urge: (hub: TestHub, who: string, issueId: string, note = '请尽快办理。') => issueMutation(hub, who, 'urgeIssue', 'UrgeIssueInput', { issueId, note }),
  getIssue: (hub: TestHub, who: string, id: string) => ok(hub, `query($id: ID!) { issue(id: $id) { ${ISSUE_FIELDS} referrals { ${REFERRAL_FIELDS} } } }`, { id }, who),
};

export const ASSIGNMENT_FIELDS = /* GraphQL */ `id from to reason endReason isCurrent officer { id name } enterprise { uscc }`;
export const VISIT_FIELDS = /* GraphQL */ `id date peopleMet notes problemsFound recordedAt officer { id name }`;
export const ALERT_FIELDS = /* GraphQL */ `id occurredAt category severity summary recordedAt recordedByName`;
export const TRAINING_FIELDS = /* GraphQL */ `id date topic attendeeCount recordedByName recordedAt`;

/** The police subgraph's mutations (一企一警, 走访). */
export const police = {
  assign: async (hub: TestHub, who: string, input: Record<string, unknown>) =>
    (await ok(hub, `mutation($input: AssignLiaisonOfficerInput!) { assignLiaisonOfficer(input: $input) { assignment { ${ASSIGNMENT_FIELDS} } } }`, { input }, who)).assignment,
  end: async (hub: TestHub, who: string, input: Record<string, unknown>) =>
    (await ok(hub, `mutation($input: EndLiaisonAssignmentInput!) { endLiaisonAssignment(input: $input) { assignment { ${ASSIGNMENT_FIELDS} } } }`, { input }, who)).assignment,
  recordVisit: async (hub: TestHub, who: string, input: Record<string, unknown>) =>
    (await ok(hub, `mutation($input: RecordVisitInput!) { recordVisit(input: $input) { visit { ${VISIT_FIELDS} } } }`, { input }, who)).visit,
  /** reportVisitProblem: the request raised on a visit problem, and whether it was a replay. */
  reportProblem: async (hub: TestHub, who: string, input: Record<string, unknown>) =>
    ok<{ issue: any; replayed: boolean }>(
      hub,
      `mutation($input: ReportVisitProblemInput!) { reportVisitProblem(input: $input) { replayed issue { ${ISSUE_FIELDS} channel originVisit { id date officer { name } } } } }`,
      { input },
      who,
    ),
  recordAlert: async (hub: TestHub, who: string, input: Record<string, unknown>) =>
    (await ok(hub, `mutation($input: RecordAlertInput!) { recordAlert(input: $input) { alert { ${ALERT_FIELDS} } } }`, { input }, who)).alert,
  recordTraining: async (hub: TestHub, who: string, input: Record<string, unknown>) =>
    (await ok(hub, `mutation($input: RecordSafetyTrainingInput!) { recordSafetyTraining(input: $input) { training { ${TRAINING_FIELDS} } } }`, { input }, who)).training,
};

import { DEMO_ENTERPRISES, type DemoUserName } from '../../src/demo/district';
import type { GqlResponse, TestHub } from './test-hub';

export const ISSUE_FIELDS = /* GraphQL */ `
  id number status title replyDeadline replyDeadlineProblem isOverdue reopenCount routingExplanation
  satisfaction ratingRecordedInPerson response resolution followUpNote acceptedAt respondedAt resolvedAt closedAt
  leadDepartment { code } assistingDepartments { code } category { code }
  enterprise { uscc }
  timeline { action departmentCode fromStatus toStatus note actorName }
`;
export const REFERRAL_FIELDS = /* GraphQL */ `id kind status reason answerNote signOffDeadline isOverdue fromDepartment { code } toDepartment { code } issue { id }`;

export const codeOf = (res: GqlResponse) => res.errors?.[0]?.extensions?.code;

/** Runs a mutation and returns its payload, failing the test with the GraphQL errors otherwise. */
export async function ok<T = any>(hub: TestHub, query: string, variables: Record<string, unknown>, who: DemoUserName | string): Promise<T> {
  const res = await hub.gql(query, variables, who);
  if (res.errors) throw new Error(`${query.trim().split('\n')[0]} failed: ${JSON.stringify(res.errors)}`);
  return Object.values(res.data as object)[0] as T;
}

export function submit(hub: TestHub, who: DemoUserName | string, input: Record<string, unknown>) {
  return ok(hub, `mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { ${ISSUE_FIELDS} } }`, { input }, who);
}

/** A request a coordinator submitted for demo enterprise `n` and escalated to the joint meeting (联席会议). */
export async function escalated(hub: TestHub, title: string, category: string, n: number) {
  const issue = await submit(hub, 'coordinator', { uscc: DEMO_ENTERPRISES[n].uscc, title, description: `${title}，需多部门协调`, category, channel: 'SYMPOSIUM' });
  await ok(hub, `mutation($id: ID!) { escalateIssue(issueId: $id, reason: "多部门职责交叉") { status } }`, { id: issue.id }, 'coordinator');
  return issue;
}

export const act = {
  accept: (hub: TestHub, who: string, issueId: string) => ok(hub, `mutation($id: ID!) { acceptIssue(issueId: $id) { ${ISSUE_FIELDS} } }`, { id: issueId }, who),
  start: (hub: TestHub, who: string, issueId: string) => ok(hub, `mutation($id: ID!) { startIssueWork(issueId: $id) { ${ISSUE_FIELDS} } }`, { id: issueId }, who),
  respond: (hub: TestHub, who: string, issueId: string, text = '已答复企业。') =>
    ok(hub, `mutation($id: ID!, $t: String!) { respondToIssue(issueId: $id, response: $t) { ${ISSUE_FIELDS} } }`, { id: issueId, t: text }, who),
  resolve: (hub: TestHub, who: string, issueId: string, text = '已办结。') =>
    ok(hub, `mutation($id: ID!, $t: String!) { resolveIssue(issueId: $id, resolution: $t) { ${ISSUE_FIELDS} } }`, { id: issueId, t: text }, who),
  rate: (hub: TestHub, who: string, input: Record<string, unknown>) =>
    ok(hub, `mutation($input: RateIssueInput!) { rateIssue(input: $input) { ${ISSUE_FIELDS} } }`, { input }, who),
  route: (hub: TestHub, who: string, issueId: string, lead: string, assisting: string[] = []) =>
    ok(hub, `mutation($id: ID!, $l: ID!, $a: [ID!]) { routeIssue(issueId: $id, leadDepartment: $l, assistingDepartments: $a, reason: "test") { ${ISSUE_FIELDS} } }`, { id: issueId, l: lead, a: assisting }, who),
  refer: (hub: TestHub, who: string, input: Record<string, unknown>) =>
    ok(hub, `mutation($input: ReferIssueInput!) { referIssue(input: $input) { ${REFERRAL_FIELDS} } }`, { input }, who),
  acceptReferral: (hub: TestHub, who: string, id: string) => ok(hub, `mutation($id: ID!) { acceptReferral(referralId: $id) { ${REFERRAL_FIELDS} } }`, { id }, who),
  rejectReferral: (hub: TestHub, who: string, id: string, reason: string) =>
    ok(hub, `mutation($id: ID!, $r: String!) { rejectReferral(referralId: $id, reason: $r) { ${REFERRAL_FIELDS} } }`, { id, r: reason }, who),
  recordFollowUp: (hub: TestHub, who: string, issueId: string, note = '电话回访，企业确认问题解决。') =>
    ok(hub, `mutation($id: ID!, $n: String!) { recordFollowUp(issueId: $id, note: $n) { ${ISSUE_FIELDS} } }`, { id: issueId, n: note }, who),
  getIssue: (hub: TestHub, who: string, id: string) => ok(hub, `query($id: ID!) { issue(id: $id) { ${ISSUE_FIELDS} referrals { ${REFERRAL_FIELDS} } } }`, { id }, who),
};

/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Viewer {\n    me {\n      id\n      displayName\n      roles\n      uscc\n      department {\n        id\n        code\n        nameZh\n      }\n      enterprise {\n        id\n        uscc\n        name\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query CoordinatorQueue($status: [IssueStatus!]!, $first: Int!, $after: String) {\n    issues(filter: { status: $status }, orderBy: OLDEST_FIRST, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          title\n          status\n          replyDeadline\n          workingDaysLeft\n          escalationReason\n          category {\n            id\n            nameZh\n          }\n          enterprise {\n            id\n            name\n          }\n          leadDepartment {\n            id\n            nameZh\n          }\n        }\n      }\n    }\n    departments {\n      id\n      code\n      nameZh\n    }\n  }\n": typeof types.CoordinatorQueueDocument,
    "\n  subscription CoordinatorIssueEvents {\n    issueEvents {\n      cursor\n      type\n      issueId\n    }\n  }\n": typeof types.CoordinatorIssueEventsDocument,
    "\n  mutation RouteFromConsole($input: RouteIssueInput!) {\n    routeIssue(input: $input) {\n      issue {\n        id\n        status\n        leadDepartment {\n          id\n          code\n        }\n      }\n    }\n  }\n": typeof types.RouteFromConsoleDocument,
    "\n  query EnterprisePolicePanel($uscc: ID!) {\n    enterprise(uscc: $uscc) {\n      id\n      police {\n        liaisonOfficer {\n          id\n          name\n          phone\n        }\n        visitCount\n        lastVisitedOn\n      }\n    }\n  }\n": typeof types.EnterprisePolicePanelDocument,
    "\n  query EnterpriseMarketPanel($uscc: ID!) {\n    enterprise(uscc: $uscc) {\n      id\n      market {\n        registrationStatus\n        registeredOn\n        isOnAbnormalList\n        penaltyCount\n        openComplaintCount\n      }\n    }\n  }\n": typeof types.EnterpriseMarketPanelDocument,
    "\n  query EnterpriseTaxPanel($uscc: ID!) {\n    enterprise(uscc: $uscc) {\n      id\n      tax {\n        creditRating\n        creditRatingYear\n        hasOutstandingArrears\n        missedFilingCount\n      }\n    }\n  }\n": typeof types.EnterpriseTaxPanelDocument,
    "\n  query EnterpriseJudicialPanel($uscc: ID!) {\n    enterprise(uscc: $uscc) {\n      id\n      judicial {\n        openMediationCases\n        mediationCaseCount\n        litigationCount\n      }\n    }\n  }\n": typeof types.EnterpriseJudicialPanelDocument,
    "\n  query EnterpriseRiskPanel($uscc: ID!) {\n    enterprise(uscc: $uscc) {\n      id\n      riskAssessment {\n        level\n        signals {\n          department\n          category\n          level\n          observedAt\n        }\n      }\n    }\n  }\n": typeof types.EnterpriseRiskPanelDocument,
    "\n  query IssueCategories {\n    issueCategories {\n      id\n      code\n      nameZh\n    }\n  }\n": typeof types.IssueCategoriesDocument,
    "\n  query MyRequests($uscc: ID!, $first: Int!, $after: String) {\n    issues(filter: { enterprise: $uscc }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          title\n          status\n          submittedAt\n          replyDeadline\n          workingDaysLeft\n          response\n          leadDepartment {\n            id\n            nameZh\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyRequestsDocument,
    "\n  mutation SubmitRequestFromConsole($input: SubmitIssueInput!) {\n    submitIssue(input: $input) {\n      issue {\n        id\n        number\n        status\n      }\n    }\n  }\n": typeof types.SubmitRequestFromConsoleDocument,
    "\n  subscription MyIssueEvents {\n    issueEvents {\n      cursor\n      type\n      issueId\n      issue {\n        id\n        number\n        status\n      }\n    }\n  }\n": typeof types.MyIssueEventsDocument,
    "\n  query InboxIssues($filter: IssueFilter!, $first: Int!, $after: String) {\n    issues(filter: $filter, orderBy: REPLY_DEADLINE_FIRST, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          title\n          status\n          replyDeadline\n          workingDaysLeft\n          category {\n            id\n            nameZh\n          }\n          enterprise {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.InboxIssuesDocument,
    "\n  query InboxReferrals($department: ID!, $first: Int!, $after: String) {\n    referrals(filter: { toDepartment: $department, status: [PENDING] }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          reason\n          signOffDeadline\n          isOverdue\n          fromDepartment {\n            id\n            nameZh\n          }\n          issue {\n            id\n            number\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.InboxReferralsDocument,
    "\n  query InboxCategories {\n    issueCategories {\n      id\n      code\n      nameZh\n    }\n  }\n": typeof types.InboxCategoriesDocument,
    "\n  subscription InboxIssueEvents {\n    issueEvents {\n      cursor\n      type\n      issueId\n      issue {\n        id\n        number\n        title\n      }\n    }\n  }\n": typeof types.InboxIssueEventsDocument,
    "\n  subscription InboxReferralEvents($department: ID!) {\n    referralEvents(department: $department) {\n      cursor\n      type\n      referralId\n      issue {\n        id\n        number\n        title\n      }\n    }\n  }\n": typeof types.InboxReferralEventsDocument,
    "\n  mutation AcceptReferralFromConsole($input: AcceptReferralInput!) {\n    acceptReferral(input: $input) {\n      referral {\n        id\n        status\n      }\n    }\n  }\n": typeof types.AcceptReferralFromConsoleDocument,
    "\n  mutation RejectReferralFromConsole($input: RejectReferralInput!) {\n    rejectReferral(input: $input) {\n      referral {\n        id\n        status\n      }\n    }\n  }\n": typeof types.RejectReferralFromConsoleDocument,
    "\n  query RequestPage($id: ID!) {\n    issue(id: $id) {\n      id\n      number\n      title\n      description\n      status\n      submittedAt\n      replyDeadline\n      workingDaysLeft\n      response\n      satisfaction\n      category {\n        id\n        nameZh\n      }\n      enterprise {\n        id\n        uscc\n        name\n      }\n      leadDepartment {\n        id\n        code\n        nameZh\n      }\n      assistingDepartments {\n        id\n        nameZh\n      }\n      referrals {\n        id\n        kind\n        status\n        reason\n        signOffDeadline\n        fromDepartment {\n          id\n          nameZh\n        }\n        toDepartment {\n          id\n          code\n          nameZh\n        }\n      }\n      timeline {\n        id\n        at\n        action\n        actorName\n        fromStatus\n        toStatus\n        note\n      }\n    }\n    departments {\n      id\n      code\n      nameZh\n    }\n  }\n": typeof types.RequestPageDocument,
    "\n  subscription RequestEvents($issueId: ID!) {\n    issueEvents(issueId: $issueId) {\n      cursor\n      type\n      issueId\n    }\n  }\n": typeof types.RequestEventsDocument,
    "\n  mutation AcceptIssueFromConsole($input: AcceptIssueInput!) {\n    acceptIssue(input: $input) {\n      issue {\n        id\n        status\n      }\n    }\n  }\n": typeof types.AcceptIssueFromConsoleDocument,
    "\n  mutation StartIssueWorkFromConsole($input: StartIssueWorkInput!) {\n    startIssueWork(input: $input) {\n      issue {\n        id\n        status\n      }\n    }\n  }\n": typeof types.StartIssueWorkFromConsoleDocument,
    "\n  mutation RespondFromConsole($input: RespondToIssueInput!) {\n    respondToIssue(input: $input) {\n      issue {\n        id\n        status\n        response\n      }\n    }\n  }\n": typeof types.RespondFromConsoleDocument,
    "\n  mutation ReferFromConsole($input: ReferIssueInput!) {\n    referIssue(input: $input) {\n      referral {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ReferFromConsoleDocument,
    "\n  mutation ResolveFromConsole($input: ResolveIssueInput!) {\n    resolveIssue(input: $input) {\n      issue {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ResolveFromConsoleDocument,
    "\n  mutation RateFromConsole($input: RateIssueInput!) {\n    rateIssue(input: $input) {\n      issue {\n        id\n        status\n        satisfaction\n      }\n    }\n  }\n": typeof types.RateFromConsoleDocument,
    "\n  query DepartmentPerformanceTable($from: Date!, $to: Date!) {\n    departmentPerformance(from: $from, to: $to) {\n      departmentCode\n      received\n      timelySignOffRate\n      responseRate\n      resolutionRate\n      resolvedOnTimeRate\n      satisfactionRate\n      referralRejectionRate\n      reopenRate\n      openOverdue\n      department {\n        id\n        nameZh\n      }\n    }\n  }\n": typeof types.DepartmentPerformanceTableDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    me {\n      id\n      displayName\n      roles\n      uscc\n      department {\n        id\n        code\n        nameZh\n      }\n      enterprise {\n        id\n        uscc\n        name\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  query CoordinatorQueue($status: [IssueStatus!]!, $first: Int!, $after: String) {\n    issues(filter: { status: $status }, orderBy: OLDEST_FIRST, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          title\n          status\n          replyDeadline\n          workingDaysLeft\n          escalationReason\n          category {\n            id\n            nameZh\n          }\n          enterprise {\n            id\n            name\n          }\n          leadDepartment {\n            id\n            nameZh\n          }\n        }\n      }\n    }\n    departments {\n      id\n      code\n      nameZh\n    }\n  }\n": types.CoordinatorQueueDocument,
    "\n  subscription CoordinatorIssueEvents {\n    issueEvents {\n      cursor\n      type\n      issueId\n    }\n  }\n": types.CoordinatorIssueEventsDocument,
    "\n  mutation RouteFromConsole($input: RouteIssueInput!) {\n    routeIssue(input: $input) {\n      issue {\n        id\n        status\n        leadDepartment {\n          id\n          code\n        }\n      }\n    }\n  }\n": types.RouteFromConsoleDocument,
    "\n  query EnterprisePolicePanel($uscc: ID!) {\n    enterprise(uscc: $uscc) {\n      id\n      police {\n        liaisonOfficer {\n          id\n          name\n          phone\n        }\n        visitCount\n        lastVisitedOn\n      }\n    }\n  }\n": types.EnterprisePolicePanelDocument,
    "\n  query EnterpriseMarketPanel($uscc: ID!) {\n    enterprise(uscc: $uscc) {\n      id\n      market {\n        registrationStatus\n        registeredOn\n        isOnAbnormalList\n        penaltyCount\n        openComplaintCount\n      }\n    }\n  }\n": types.EnterpriseMarketPanelDocument,
    "\n  query EnterpriseTaxPanel($uscc: ID!) {\n    enterprise(uscc: $uscc) {\n      id\n      tax {\n        creditRating\n        creditRatingYear\n        hasOutstandingArrears\n        missedFilingCount\n      }\n    }\n  }\n": types.EnterpriseTaxPanelDocument,
    "\n  query EnterpriseJudicialPanel($uscc: ID!) {\n    enterprise(uscc: $uscc) {\n      id\n      judicial {\n        openMediationCases\n        mediationCaseCount\n        litigationCount\n      }\n    }\n  }\n": types.EnterpriseJudicialPanelDocument,
    "\n  query EnterpriseRiskPanel($uscc: ID!) {\n    enterprise(uscc: $uscc) {\n      id\n      riskAssessment {\n        level\n        signals {\n          department\n          category\n          level\n          observedAt\n        }\n      }\n    }\n  }\n": types.EnterpriseRiskPanelDocument,
    "\n  query IssueCategories {\n    issueCategories {\n      id\n      code\n      nameZh\n    }\n  }\n": types.IssueCategoriesDocument,
    "\n  query MyRequests($uscc: ID!, $first: Int!, $after: String) {\n    issues(filter: { enterprise: $uscc }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          title\n          status\n          submittedAt\n          replyDeadline\n          workingDaysLeft\n          response\n          leadDepartment {\n            id\n            nameZh\n          }\n        }\n      }\n    }\n  }\n": types.MyRequestsDocument,
    "\n  mutation SubmitRequestFromConsole($input: SubmitIssueInput!) {\n    submitIssue(input: $input) {\n      issue {\n        id\n        number\n        status\n      }\n    }\n  }\n": types.SubmitRequestFromConsoleDocument,
    "\n  subscription MyIssueEvents {\n    issueEvents {\n      cursor\n      type\n      issueId\n      issue {\n        id\n        number\n        status\n      }\n    }\n  }\n": types.MyIssueEventsDocument,
    "\n  query InboxIssues($filter: IssueFilter!, $first: Int!, $after: String) {\n    issues(filter: $filter, orderBy: REPLY_DEADLINE_FIRST, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          title\n          status\n          replyDeadline\n          workingDaysLeft\n          category {\n            id\n            nameZh\n          }\n          enterprise {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.InboxIssuesDocument,
    "\n  query InboxReferrals($department: ID!, $first: Int!, $after: String) {\n    referrals(filter: { toDepartment: $department, status: [PENDING] }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          reason\n          signOffDeadline\n          isOverdue\n          fromDepartment {\n            id\n            nameZh\n          }\n          issue {\n            id\n            number\n            title\n          }\n        }\n      }\n    }\n  }\n": types.InboxReferralsDocument,
    "\n  query InboxCategories {\n    issueCategories {\n      id\n      code\n      nameZh\n    }\n  }\n": types.InboxCategoriesDocument,
    "\n  subscription InboxIssueEvents {\n    issueEvents {\n      cursor\n      type\n      issueId\n      issue {\n        id\n        number\n        title\n      }\n    }\n  }\n": types.InboxIssueEventsDocument,
    "\n  subscription InboxReferralEvents($department: ID!) {\n    referralEvents(department: $department) {\n      cursor\n      type\n      referralId\n      issue {\n        id\n        number\n        title\n      }\n    }\n  }\n": types.InboxReferralEventsDocument,
    "\n  mutation AcceptReferralFromConsole($input: AcceptReferralInput!) {\n    acceptReferral(input: $input) {\n      referral {\n        id\n        status\n      }\n    }\n  }\n": types.AcceptReferralFromConsoleDocument,
    "\n  mutation RejectReferralFromConsole($input: RejectReferralInput!) {\n    rejectReferral(input: $input) {\n      referral {\n        id\n        status\n      }\n    }\n  }\n": types.RejectReferralFromConsoleDocument,
    "\n  query RequestPage($id: ID!) {\n    issue(id: $id) {\n      id\n      number\n      title\n      description\n      status\n      submittedAt\n      replyDeadline\n      workingDaysLeft\n      response\n      satisfaction\n      category {\n        id\n        nameZh\n      }\n      enterprise {\n        id\n        uscc\n        name\n      }\n      leadDepartment {\n        id\n        code\n        nameZh\n      }\n      assistingDepartments {\n        id\n        nameZh\n      }\n      referrals {\n        id\n        kind\n        status\n        reason\n        signOffDeadline\n        fromDepartment {\n          id\n          nameZh\n        }\n        toDepartment {\n          id\n          code\n          nameZh\n        }\n      }\n      timeline {\n        id\n        at\n        action\n        actorName\n        fromStatus\n        toStatus\n        note\n      }\n    }\n    departments {\n      id\n      code\n      nameZh\n    }\n  }\n": types.RequestPageDocument,
    "\n  subscription RequestEvents($issueId: ID!) {\n    issueEvents(issueId: $issueId) {\n      cursor\n      type\n      issueId\n    }\n  }\n": types.RequestEventsDocument,
    "\n  mutation AcceptIssueFromConsole($input: AcceptIssueInput!) {\n    acceptIssue(input: $input) {\n      issue {\n        id\n        status\n      }\n    }\n  }\n": types.AcceptIssueFromConsoleDocument,
    "\n  mutation StartIssueWorkFromConsole($input: StartIssueWorkInput!) {\n    startIssueWork(input: $input) {\n      issue {\n        id\n        status\n      }\n    }\n  }\n": types.StartIssueWorkFromConsoleDocument,
    "\n  mutation RespondFromConsole($input: RespondToIssueInput!) {\n    respondToIssue(input: $input) {\n      issue {\n        id\n        status\n        response\n      }\n    }\n  }\n": types.RespondFromConsoleDocument,
    "\n  mutation ReferFromConsole($input: ReferIssueInput!) {\n    referIssue(input: $input) {\n      referral {\n        id\n        status\n      }\n    }\n  }\n": types.ReferFromConsoleDocument,
    "\n  mutation ResolveFromConsole($input: ResolveIssueInput!) {\n    resolveIssue(input: $input) {\n      issue {\n        id\n        status\n      }\n    }\n  }\n": types.ResolveFromConsoleDocument,
    "\n  mutation RateFromConsole($input: RateIssueInput!) {\n    rateIssue(input: $input) {\n      issue {\n        id\n        status\n        satisfaction\n      }\n    }\n  }\n": types.RateFromConsoleDocument,
    "\n  query DepartmentPerformanceTable($from: Date!, $to: Date!) {\n    departmentPerformance(from: $from, to: $to) {\n      departmentCode\n      received\n      timelySignOffRate\n      responseRate\n      resolutionRate\n      resolvedOnTimeRate\n      satisfactionRate\n      referralRejectionRate\n      reopenRate\n      openOverdue\n      department {\n        id\n        nameZh\n      }\n    }\n  }\n": types.DepartmentPerformanceTableDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      displayName\n      roles\n      uscc\n      department {\n        id\n        code\n        nameZh\n      }\n      enterprise {\n        id\n        uscc\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      displayName\n      roles\n      uscc\n      department {\n        id\n        code\n        nameZh\n      }\n      enterprise {\n        id\n        uscc\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoordinatorQueue($status: [IssueStatus!]!, $first: Int!, $after: String) {\n    issues(filter: { status: $status }, orderBy: OLDEST_FIRST, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          title\n          status\n          replyDeadline\n          workingDaysLeft\n          escalationReason\n          category {\n            id\n            nameZh\n          }\n          enterprise {\n            id\n            name\n          }\n          leadDepartment {\n            id\n            nameZh\n          }\n        }\n      }\n    }\n    departments {\n      id\n      code\n      nameZh\n    }\n  }\n"): (typeof documents)["\n  query CoordinatorQueue($status: [IssueStatus!]!, $first: Int!, $after: String) {\n    issues(filter: { status: $status }, orderBy: OLDEST_FIRST, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          title\n          status\n          replyDeadline\n          workingDaysLeft\n          escalationReason\n          category {\n            id\n            nameZh\n          }\n          enterprise {\n            id\n            name\n          }\n          leadDepartment {\n            id\n            nameZh\n          }\n        }\n      }\n    }\n    departments {\n      id\n      code\n      nameZh\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CoordinatorIssueEvents {\n    issueEvents {\n      cursor\n      type\n      issueId\n    }\n  }\n"): (typeof documents)["\n  subscription CoordinatorIssueEvents {\n    issueEvents {\n      cursor\n      type\n      issueId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RouteFromConsole($input: RouteIssueInput!) {\n    routeIssue(input: $input) {\n      issue {\n        id\n        status\n        leadDepartment {\n          id\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RouteFromConsole($input: RouteIssueInput!) {\n    routeIssue(input: $input) {\n      issue {\n        id\n        status\n        leadDepartment {\n          id\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterprisePolicePanel($uscc: ID!) {\n    enterprise(uscc: $uscc) {\n      id\n      police {\n        liaisonOfficer {\n          id\n          name\n          phone\n        }\n        visitCount\n        lastVisitedOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query EnterprisePolicePanel($uscc: ID!) {\n    enterprise(uscc: $uscc) {\n      id\n      police {\n        liaisonOfficer {\n          id\n          name\n          phone\n        }\n        visitCount\n        lastVisitedOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseMarketPanel($uscc: ID!) {\n    enterprise(uscc: $uscc) {\n      id\n      market {\n        registrationStatus\n        registeredOn\n        isOnAbnormalList\n        penaltyCount\n        openComplaintCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query EnterpriseMarketPanel($uscc: ID!) {\n    enterprise(uscc: $uscc) {\n      id\n      market {\n        registrationStatus\n        registeredOn\n        isOnAbnormalList\n        penaltyCount\n        openComplaintCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseTaxPanel($uscc: ID!) {\n    enterprise(uscc: $uscc) {\n      id\n      tax {\n        creditRating\n        creditRatingYear\n        hasOutstandingArrears\n        missedFilingCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query EnterpriseTaxPanel($uscc: ID!) {\n    enterprise(uscc: $uscc) {\n      id\n      tax {\n        creditRating\n        creditRatingYear\n        hasOutstandingArrears\n        missedFilingCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseJudicialPanel($uscc: ID!) {\n    enterprise(uscc: $uscc) {\n      id\n      judicial {\n        openMediationCases\n        mediationCaseCount\n        litigationCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query EnterpriseJudicialPanel($uscc: ID!) {\n    enterprise(uscc: $uscc) {\n      id\n      judicial {\n        openMediationCases\n        mediationCaseCount\n        litigationCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseRiskPanel($uscc: ID!) {\n    enterprise(uscc: $uscc) {\n      id\n      riskAssessment {\n        level\n        signals {\n          department\n          category\n          level\n          observedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EnterpriseRiskPanel($uscc: ID!) {\n    enterprise(uscc: $uscc) {\n      id\n      riskAssessment {\n        level\n        signals {\n          department\n          category\n          level\n          observedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IssueCategories {\n    issueCategories {\n      id\n      code\n      nameZh\n    }\n  }\n"): (typeof documents)["\n  query IssueCategories {\n    issueCategories {\n      id\n      code\n      nameZh\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRequests($uscc: ID!, $first: Int!, $after: String) {\n    issues(filter: { enterprise: $uscc }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          title\n          status\n          submittedAt\n          replyDeadline\n          workingDaysLeft\n          response\n          leadDepartment {\n            id\n            nameZh\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyRequests($uscc: ID!, $first: Int!, $after: String) {\n    issues(filter: { enterprise: $uscc }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          title\n          status\n          submittedAt\n          replyDeadline\n          workingDaysLeft\n          response\n          leadDepartment {\n            id\n            nameZh\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitRequestFromConsole($input: SubmitIssueInput!) {\n    submitIssue(input: $input) {\n      issue {\n        id\n        number\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitRequestFromConsole($input: SubmitIssueInput!) {\n    submitIssue(input: $input) {\n      issue {\n        id\n        number\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MyIssueEvents {\n    issueEvents {\n      cursor\n      type\n      issueId\n      issue {\n        id\n        number\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription MyIssueEvents {\n    issueEvents {\n      cursor\n      type\n      issueId\n      issue {\n        id\n        number\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxIssues($filter: IssueFilter!, $first: Int!, $after: String) {\n    issues(filter: $filter, orderBy: REPLY_DEADLINE_FIRST, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          title\n          status\n          replyDeadline\n          workingDaysLeft\n          category {\n            id\n            nameZh\n          }\n          enterprise {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InboxIssues($filter: IssueFilter!, $first: Int!, $after: String) {\n    issues(filter: $filter, orderBy: REPLY_DEADLINE_FIRST, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          title\n          status\n          replyDeadline\n          workingDaysLeft\n          category {\n            id\n            nameZh\n          }\n          enterprise {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxReferrals($department: ID!, $first: Int!, $after: String) {\n    referrals(filter: { toDepartment: $department, status: [PENDING] }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          reason\n          signOffDeadline\n          isOverdue\n          fromDepartment {\n            id\n            nameZh\n          }\n          issue {\n            id\n            number\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InboxReferrals($department: ID!, $first: Int!, $after: String) {\n    referrals(filter: { toDepartment: $department, status: [PENDING] }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          reason\n          signOffDeadline\n          isOverdue\n          fromDepartment {\n            id\n            nameZh\n          }\n          issue {\n            id\n            number\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxCategories {\n    issueCategories {\n      id\n      code\n      nameZh\n    }\n  }\n"): (typeof documents)["\n  query InboxCategories {\n    issueCategories {\n      id\n      code\n      nameZh\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription InboxIssueEvents {\n    issueEvents {\n      cursor\n      type\n      issueId\n      issue {\n        id\n        number\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription InboxIssueEvents {\n    issueEvents {\n      cursor\n      type\n      issueId\n      issue {\n        id\n        number\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription InboxReferralEvents($department: ID!) {\n    referralEvents(department: $department) {\n      cursor\n      type\n      referralId\n      issue {\n        id\n        number\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription InboxReferralEvents($department: ID!) {\n    referralEvents(department: $department) {\n      cursor\n      type\n      referralId\n      issue {\n        id\n        number\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptReferralFromConsole($input: AcceptReferralInput!) {\n    acceptReferral(input: $input) {\n      referral {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptReferralFromConsole($input: AcceptReferralInput!) {\n    acceptReferral(input: $input) {\n      referral {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectReferralFromConsole($input: RejectReferralInput!) {\n    rejectReferral(input: $input) {\n      referral {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RejectReferralFromConsole($input: RejectReferralInput!) {\n    rejectReferral(input: $input) {\n      referral {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestPage($id: ID!) {\n    issue(id: $id) {\n      id\n      number\n      title\n      description\n      status\n      submittedAt\n      replyDeadline\n      workingDaysLeft\n      response\n      satisfaction\n      category {\n        id\n        nameZh\n      }\n      enterprise {\n        id\n        uscc\n        name\n      }\n      leadDepartment {\n        id\n        code\n        nameZh\n      }\n      assistingDepartments {\n        id\n        nameZh\n      }\n      referrals {\n        id\n        kind\n        status\n        reason\n        signOffDeadline\n        fromDepartment {\n          id\n          nameZh\n        }\n        toDepartment {\n          id\n          code\n          nameZh\n        }\n      }\n      timeline {\n        id\n        at\n        action\n        actorName\n        fromStatus\n        toStatus\n        note\n      }\n    }\n    departments {\n      id\n      code\n      nameZh\n    }\n  }\n"): (typeof documents)["\n  query RequestPage($id: ID!) {\n    issue(id: $id) {\n      id\n      number\n      title\n      description\n      status\n      submittedAt\n      replyDeadline\n      workingDaysLeft\n      response\n      satisfaction\n      category {\n        id\n        nameZh\n      }\n      enterprise {\n        id\n        uscc\n        name\n      }\n      leadDepartment {\n        id\n        code\n        nameZh\n      }\n      assistingDepartments {\n        id\n        nameZh\n      }\n      referrals {\n        id\n        kind\n        status\n        reason\n        signOffDeadline\n        fromDepartment {\n          id\n          nameZh\n        }\n        toDepartment {\n          id\n          code\n          nameZh\n        }\n      }\n      timeline {\n        id\n        at\n        action\n        actorName\n        fromStatus\n        toStatus\n        note\n      }\n    }\n    departments {\n      id\n      code\n      nameZh\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RequestEvents($issueId: ID!) {\n    issueEvents(issueId: $issueId) {\n      cursor\n      type\n      issueId\n    }\n  }\n"): (typeof documents)["\n  subscription RequestEvents($issueId: ID!) {\n    issueEvents(issueId: $issueId) {\n      cursor\n      type\n      issueId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptIssueFromConsole($input: AcceptIssueInput!) {\n    acceptIssue(input: $input) {\n      issue {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptIssueFromConsole($input: AcceptIssueInput!) {\n    acceptIssue(input: $input) {\n      issue {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartIssueWorkFromConsole($input: StartIssueWorkInput!) {\n    startIssueWork(input: $input) {\n      issue {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartIssueWorkFromConsole($input: StartIssueWorkInput!) {\n    startIssueWork(input: $input) {\n      issue {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondFromConsole($input: RespondToIssueInput!) {\n    respondToIssue(input: $input) {\n      issue {\n        id\n        status\n        response\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RespondFromConsole($input: RespondToIssueInput!) {\n    respondToIssue(input: $input) {\n      issue {\n        id\n        status\n        response\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReferFromConsole($input: ReferIssueInput!) {\n    referIssue(input: $input) {\n      referral {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReferFromConsole($input: ReferIssueInput!) {\n    referIssue(input: $input) {\n      referral {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveFromConsole($input: ResolveIssueInput!) {\n    resolveIssue(input: $input) {\n      issue {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveFromConsole($input: ResolveIssueInput!) {\n    resolveIssue(input: $input) {\n      issue {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateFromConsole($input: RateIssueInput!) {\n    rateIssue(input: $input) {\n      issue {\n        id\n        status\n        satisfaction\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RateFromConsole($input: RateIssueInput!) {\n    rateIssue(input: $input) {\n      issue {\n        id\n        status\n        satisfaction\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentPerformanceTable($from: Date!, $to: Date!) {\n    departmentPerformance(from: $from, to: $to) {\n      departmentCode\n      received\n      timelySignOffRate\n      responseRate\n      resolutionRate\n      resolvedOnTimeRate\n      satisfactionRate\n      referralRejectionRate\n      reopenRate\n      openOverdue\n      department {\n        id\n        nameZh\n      }\n    }\n  }\n"): (typeof documents)["\n  query DepartmentPerformanceTable($from: Date!, $to: Date!) {\n    departmentPerformance(from: $from, to: $to) {\n      departmentCode\n      received\n      timelySignOffRate\n      responseRate\n      resolutionRate\n      resolvedOnTimeRate\n      satisfactionRate\n      referralRejectionRate\n      reopenRate\n      openOverdue\n      department {\n        id\n        nameZh\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
import { registerEnumType } from 'type-graphql';
import { stateMachine, type StateTable } from '../../../shared/state-machine';

/**
 * Issue status (诉求状态): 情况收集 → 问题上报 → 交办落实 → 办结反馈 → 回访.
 *
 *   SUBMITTED → ASSIGNED → ACCEPTED → IN_PROGRESS → RESPONDED → RESOLVED → CLOSED
 *   REOPENED: a dissatisfied rating or a failed follow-up sends it back to the lead department.
 *   ESCALATED: put on a joint-meeting agenda (联席会议).
 *   MERGED: closed as a duplicate (重复诉求合并) of another request of the same enterprise, which
 *   carries the work on.
 */
export enum IssueStatus {
  SUBMITTED = 'SUBMITTED',
  ASSIGNED = 'ASSIGNED',
  ACCEPTED = 'ACCEPTED',
  IN_PROGRESS = 'IN_PROGRESS',
  RESPONDED = 'RESPONDED',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
  REOPENED = 'REOPENED',
  ESCALATED = 'ESCALATED',
  MERGED = 'MERGED',
}
registerEnumType(IssueStatus, {
  name: 'IssueStatus',
  description: 'Where a request (诉求) is in its closed loop: SUBMITTED → ASSIGNED → ACCEPTED → IN_PROGRESS → RESPONDED → RESOLVED → CLOSED, with REOPENED, ESCALATED and MERGED.',
  valuesConfig: {
    SUBMITTED: { description: 'Received, not yet routed to a lead department (已受理).' },
    ASSIGNED: { description: 'Routed to a lead department, waiting for it to sign (已交办).' },
    ACCEPTED: { description: 'Signed for by the lead department (已签收).' },
    IN_PROGRESS: { description: 'Being worked (办理中).' },
    RESPONDED: { description: 'The enterprise has been answered (已答复).' },
    RESOLVED: { description: 'Work concluded (已办结), waiting for rating and follow-up.' },
    CLOSED: { description: 'Follow-up visit done (已回访), loop closed.' },
    REOPENED: { description: 'Sent back to the lead department (重办).' },
    ESCALATED: { description: 'On a joint-meeting agenda (提交联席会议).' },
    MERGED: { description: 'Closed as a duplicate (重复诉求) merged into another request of the same enterprise (see mergedInto), which carries the work on. Final.' },
  },
});

/** Everything that can happen to an issue, and the statuses it may happen in. */
export type IssueAction =
  | 'route'
  | 'accept'
  | 'startWork'
  | 'respond'
  | 'resolve'
  | 'rate'
  | 'followUp'
  | 'reopen'
  | 'escalate'
  | 'refer'
  | 'takeOverByTransfer'
  | 'decideAtMeeting'
  | 'requestExtension'
  | 'urge'
  | 'merge'
  | 'absorbDuplicate'
  | 'split';

const S = IssueStatus;
const OPEN_WORK = [S.ASSIGNED, S.ACCEPTED, S.IN_PROGRESS, S.RESPONDED, S.REOPENED];
const HELD = [S.ASSIGNED, S.ACCEPTED, S.IN_PROGRESS, S.REOPENED];
/**
 * Open and not yet answered: a duplicate may be merged away, or a request split, only before the
 * enterprise got a reply and outside a joint meeting's hands (an answered or escalated request
 * has an outcome of its own to finish).
 */
const UNANSWERED = [S.SUBMITTED, ...HELD];

/**
 * The issue's state machine. `to` is omitted where the outcome depends on the request: a rating
 * (dissatisfied reopens), a follow-up (closes or reopens), a referral (status unchanged).
 */
const ISSUE_STEPS: StateTable<IssueStatus, IssueAction> = {
  route: { from: [S.SUBMITTED, S.ASSIGNED], to: S.ASSIGNED, why: 'only a request that is submitted or assigned (not yet signed for) can be routed' },
  accept: { from: [S.ASSIGNED, S.REOPENED], to: S.ACCEPTED, why: 'only an assigned or reopened request can be signed for' },
  startWork: { from: [S.ACCEPTED], to: S.IN_PROGRESS, why: 'work can only start on a request the lead department has signed for' },
  respond: { from: [S.ACCEPTED, S.IN_PROGRESS], to: S.RESPONDED, why: 'only a signed-for request in progress can be answered' },
  resolve: { from: [S.IN_PROGRESS, S.RESPONDED], to: S.RESOLVED, why: 'only a request in progress or answered can be concluded (办结); sign for it and work it first' },
  rate: { from: [S.RESOLVED], why: 'only a concluded (RESOLVED) request can be rated' },
  followUp: { from: [S.RESOLVED], why: 'a follow-up visit (回访) is recorded on a concluded (RESOLVED) request' },
  reopen: { from: [S.RESOLVED, S.CLOSED], to: S.REOPENED, why: 'only a resolved or closed request can be reopened' },
  escalate: { from: OPEN_WORK, to: S.ESCALATED, why: 'only a request that is being worked can be escalated to a joint meeting' },
  refer: { from: HELD, why: 'only a request the lead department holds (assigned, signed for, in progress, reopened) can be referred' },
  takeOverByTransfer: { from: HELD, why: 'the request is no longer in a state where its ownership can move' },
  decideAtMeeting: { from: [S.ESCALATED], to: S.IN_PROGRESS, why: 'only an escalated request is decided at a joint meeting' },
  // neither changes the status; the table says where they may happen
  requestExtension: { from: HELD, why: 'only a request the lead department holds (assigned, signed for, in progress, reopened) can be extended' },
  urge: { from: [S.SUBMITTED, ...HELD, S.ESCALATED], why: 'only an open request (not yet answered or concluded) can be urged' },
  merge: { from: UNANSWERED, to: S.MERGED, why: 'only an open, unanswered request that is not before a joint meeting can be merged into another' },
  // the survivor of a merge keeps its status: anything but a closed loop or another duplicate
  absorbDuplicate: { from: [S.SUBMITTED, ...OPEN_WORK, S.RESOLVED, S.ESCALATED], why: 'a duplicate can only be merged into a request that is still open (not closed, not itself merged)' },
  split: { from: UNANSWERED, why: 'only an open, unanswered request that is not before a joint meeting can be split' },
};

/** What each action is called in a refusal ("Cannot <doing> this request: …"). */
const DOING: Record<IssueAction, string> = {
  route: 'route',
  accept: 'sign for',
  startWork: 'start work on',
  respond: 'answer',
  resolve: 'resolve',
  rate: 'rate',
  followUp: 'record a follow-up visit on',
  reopen: 'reopen',
  escalate: 'escalate',
  refer: 'refer',
  takeOverByTransfer: 'transfer',
  decideAtMeeting: 'decide at a meeting on',
  requestExtension: 'ask for an extension of',
  urge: 'urge',
  merge: 'merge',
  absorbDuplicate: 'merge a duplicate into',
  split: 'split',
};

export const issueStateMachine = stateMachine(
  ISSUE_STEPS,
  (status, action, step) => `Cannot ${DOING[action]} this request: it is ${status}, and ${step.why}.`,
);

/** The statuses each action may happen in (read from the state machine's table). */
export const ALLOWED_FROM = Object.fromEntries(Object.entries(ISSUE_STEPS).map(([action, step]) => [action, (step as { from: readonly IssueStatus[] }).from])) as Record<IssueAction, readonly IssueStatus[]>;

/** Refuses an illegal transition with CONFLICT and a sentence a person understands. */
export function assertTransition(status: IssueStatus, action: IssueAction): void {
  issueStateMachine.transition(status, action);
}

/** Statuses in which the reply deadline still runs. */
export const OPEN_STATUSES: readonly IssueStatus[] = [S.SUBMITTED, S.ASSIGNED, S.ACCEPTED, S.IN_PROGRESS, S.REOPENED, S.ESCALATED];

export enum IssueChannel {
  ONLINE = 'ONLINE',
  HOTLINE = 'HOTLINE',
  VISIT = 'VISIT',
  SYMPOSIUM = 'SYMPOSIUM',
  LIAISON_OFFICER = 'LIAISON_OFFICER',
  WECHAT_GROUP = 'WECHAT_GROUP',
}
registerEnumType(IssueChannel, {
  name: 'IssueChannel',
  description: 'How a request reached the hub (受理渠道).',
  valuesConfig: {
    ONLINE: { description: 'Online window / mini-program (网上窗口)' },
    HOTLINE: { description: '24-hour hotline (热线)' },
    VISIT: { description: 'Officer visit (走访)' },
    SYMPOSIUM: { description: 'Symposium (座谈会)' },
    LIAISON_OFFICER: { description: 'Told to the liaison officer (联络员)' },
    WECHAT_GROUP: { description: 'WeChat group (微信群)' },
  },
});

export enum IssuePriority {
  LOW = 'LOW',
  NORMAL = 'NORMAL',
  HIGH = 'HIGH',
  URGENT = 'URGENT',
}
registerEnumType(IssuePriority, {
  name: 'IssuePriority',
  description: 'How urgent a request is (紧急程度).',
  valuesConfig: {
    LOW: { description: 'Can wait.' },
    NORMAL: { description: 'The default.' },
    HIGH: { description: 'To be handled before normal requests.' },
    URGENT: { description: 'Needs immediate attention (紧急).' },
  },
});

export enum Satisfaction {
  SATISFIED = 'SATISFIED',
  BASICALLY_SATISFIED = 'BASICALLY_SATISFIED',
  DISSATISFIED = 'DISSATISFIED',
}
registerEnumType(Satisfaction, {
  name: 'Satisfaction',
  description: 'The enterprise\'s rating of the answer it got (满意度).',
  valuesConfig: {
    SATISFIED: { description: '满意' },
    BASICALLY_SATISFIED: { description: '基本满意' },
    DISSATISFIED: { description: '不满意: reopens the request' },
  },
});

import { registerEnumType } from 'type-graphql';

/**
 * What happened to a request (诉求): the action of a timeline entry, and the `type` of an
 * IssueEvent (timeline steps plus the SLA scanner's warnings).
 */
export enum IssueEventType {
  SUBMITTED = 'SUBMITTED',
  ROUTED = 'ROUTED',
  ACCEPTED = 'ACCEPTED',
  WORK_STARTED = 'WORK_STARTED',
  RESPONDED = 'RESPONDED',
  RESOLVED = 'RESOLVED',
  RATED = 'RATED',
  CLOSED = 'CLOSED',
  FOLLOW_UP_REOPENED = 'FOLLOW_UP_REOPENED',
  REOPENED = 'REOPENED',
  ESCALATED = 'ESCALATED',
  REFERRED = 'REFERRED',
  ASSIST_REQUESTED = 'ASSIST_REQUESTED',
  REFERRAL_ACCEPTED = 'REFERRAL_ACCEPTED',
  REFERRAL_REJECTED = 'REFERRAL_REJECTED',
  REFERRAL_CANCELLED = 'REFERRAL_CANCELLED',
  ASSIST_COMPLETED = 'ASSIST_COMPLETED',
  MEETING_DECIDED = 'MEETING_DECIDED',
  MEETING_DEFERRED = 'MEETING_DEFERRED',
  DEADLINE_SET = 'DEADLINE_SET',
  EXTENSION_REQUESTED = 'EXTENSION_REQUESTED',
  EXTENSION_APPROVED = 'EXTENSION_APPROVED',
  EXTENSION_REFUSED = 'EXTENSION_REFUSED',
  URGED = 'URGED',
  MERGED = 'MERGED',
  DUPLICATE_MERGED = 'DUPLICATE_MERGED',
  SPLIT = 'SPLIT',
  SPLIT_OFF = 'SPLIT_OFF',
  ATTACHMENT_ADDED = 'ATTACHMENT_ADDED',
  REPLY_DUE_NEXT_WORKING_DAY = 'REPLY_DUE_NEXT_WORKING_DAY',
  REPLY_OVERDUE = 'REPLY_OVERDUE',
}

/** The timeline actions: every IssueEventType except the SLA scanner's warnings. */
export type TimelineAction = Exclude<`${IssueEventType}`, 'REPLY_DUE_NEXT_WORKING_DAY' | 'REPLY_OVERDUE'>;

registerEnumType(IssueEventType, {
  name: 'IssueEventType',
  description: "What happened to a request: a timeline step, or one of the SLA scanner's warnings.",
  valuesConfig: {
    SUBMITTED: { description: 'The request was submitted (提交).' },
    ROUTED: { description: 'It was given a lead department, by a routing rule (actor 系统) or a coordinator.' },
    ACCEPTED: { description: 'The lead department signed for it (签收).' },
    WORK_STARTED: { description: 'The lead department started work on it.' },
    RESPONDED: { description: 'The enterprise got its reply (答复); the first reply counts for the deadline.' },
    RESOLVED: { description: 'It was concluded (办结).' },
    RATED: { description: 'The enterprise rated the answer (满意度).' },
    CLOSED: { description: 'The follow-up visit (回访) confirmed it solved.' },
    FOLLOW_UP_REOPENED: { description: 'The follow-up visit found the problem persists: reopened.' },
    REOPENED: { description: 'It was reopened.' },
    ESCALATED: { description: 'It was put before the joint meeting (联席会议).' },
    REFERRED: { description: 'A transfer (移交) to another department was proposed.' },
    ASSIST_REQUESTED: { description: 'Help (协办) from another department was requested.' },
    REFERRAL_ACCEPTED: { description: 'A referral was accepted (签收).' },
    REFERRAL_REJECTED: { description: 'A referral was sent back (退回).' },
    REFERRAL_CANCELLED: { description: 'A referral was withdrawn.' },
    ASSIST_COMPLETED: { description: 'An assisting department reported its help done.' },
    MEETING_DECIDED: { description: 'A joint meeting decided on it.' },
    MEETING_DEFERRED: { description: 'A joint meeting deferred it.' },
    DEADLINE_SET: { description: 'Its deadlines were set once the calendar year they fall in was loaded (actor 系统).' },
    EXTENSION_REQUESTED: { description: 'The lead department asked for more working days to reply (延期申请).' },
    EXTENSION_APPROVED: { description: 'A coordinator approved an extension: the reply deadline moved.' },
    EXTENSION_REFUSED: { description: 'A coordinator refused an extension: the reply deadline stays.' },
    URGED: { description: 'The request was urged (催办) by a coordinator, the enterprise, or automatically (actor 系统) after a missed reply deadline.' },
    MERGED: { description: 'A coordinator merged it into another request of the same enterprise as a duplicate (重复诉求合并): closed as MERGED; the note names the survivor.' },
    DUPLICATE_MERGED: { description: 'A duplicate request was merged into this one, which carries on for both; the note names the duplicate.' },
    SPLIT: { description: 'A coordinator split part of it off (拆分) into a new request for another department; the note names the new request.' },
    SPLIT_OFF: { description: 'It was created by splitting another request (拆分) and routed to its own lead department; the note names the original.' },
    ATTACHMENT_ADDED: { description: 'Photos or documents (附件) were attached to the request or its reply; the note names them.' },
    REPLY_DUE_NEXT_WORKING_DAY: { description: 'SLA warning: the reply is due on the next working day.' },
    REPLY_OVERDUE: { description: 'SLA warning: the reply deadline has passed.' },
  },
});

/** What happened to a referral (移交/协办): the `type` of a ReferralEvent. */
export enum ReferralEventType {
  PROPOSED = 'PROPOSED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
  OVERDUE = 'OVERDUE',
  DEADLINE_SET = 'DEADLINE_SET',
}

registerEnumType(ReferralEventType, {
  name: 'ReferralEventType',
  description: 'What happened to a referral.',
  valuesConfig: {
    PROPOSED: { description: 'A department proposed it (移交 or 协办).' },
    ACCEPTED: { description: 'The receiving department accepted it (签收).' },
    REJECTED: { description: 'The receiving department sent it back (退回) with a reason.' },
    COMPLETED: { description: 'An accepted assist was reported done.' },
    CANCELLED: { description: 'The referring department withdrew it.' },
    OVERDUE: { description: 'SLA warning: not signed for within its sign-off deadline.' },
    DEADLINE_SET: { description: 'Its sign-off deadline was set once the calendar year was loaded.' },
  },
});

/** A referral event type as the code writes it (a string literal). */
export type ReferralEventName = `${ReferralEventType}`;

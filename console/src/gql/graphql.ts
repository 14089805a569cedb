/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date "YYYY-MM-DD" in the hub's time zone (Asia/Shanghai unless configured otherwise), with no time of day. */
  Date: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** A file sent with the request as a part of a multipart request (GraphQL multipart request spec, 上传文件); only usable as a variable. */
  Upload: { input: any; output: any; }
  join__DirectiveArguments: { input: any; output: any; }
  join__FieldSet: { input: any; output: any; }
  join__FieldValue: { input: any; output: any; }
  link__Import: { input: any; output: any; }
};

/** A listing in the abnormal-operation list (经营异常名录): when and why the enterprise was listed (列入) and, once removed (移出), when and why. */
export type AbnormalListing = {
  __typename?: 'AbnormalListing';
  /** Global id of the listing (`AbnormalListing:<n>`). */
  id: Scalars['ID']['output'];
  /** True while the enterprise is on the list under this listing. */
  isCurrent: Scalars['Boolean']['output'];
  /** When the enterprise was listed (列入日期). A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  listedOn: Scalars['Date']['output'];
  /** Why it was listed, e.g. 未按规定报送年度报告. */
  reason: Scalars['String']['output'];
  /** Why it was removed, e.g. 已补报年度报告; null while listed. */
  removalReason?: Maybe<Scalars['String']['output']>;
  /** When it was removed from the list (移出日期); null while listed. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  removedOn?: Maybe<Scalars['Date']['output']>;
};

/** The lead department signs for a request (签收). */
export type AcceptIssueInput = {
  /** Id of the request to sign for. */
  issueId: Scalars['ID']['input'];
};

/** What acceptIssue returns: the request after signing for it. */
export type AcceptIssuePayload = {
  __typename?: 'AcceptIssuePayload';
  /** The request (诉求) after signing for it, with its new status and timeline. */
  issue: Issue;
};

/** The receiving department signs for a referral (签收). */
export type AcceptReferralInput = {
  /** Optional note to the referring department. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Id of the referral to accept. */
  referralId: Scalars['ID']['input'];
};

/** What acceptReferral returns: the referral and its request after signing for it. */
export type AcceptReferralPayload = {
  __typename?: 'AcceptReferralPayload';
  /** The request the referral belongs to, as it now stands (a transfer accepted moves its lead department). */
  issue: Issue;
  /** The referral (移交/协办) after signing for it. */
  referral: Referral;
};

/** An action item (督办事项): a task a decision gives one department, with its own due date. */
export type ActionItem = Node & {
  __typename?: 'ActionItem';
  /** When the owner department reported it done. An instant, ISO 8601 in UTC. */
  completedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** What the owner department reported when it was done. */
  completionNote?: Maybe<Scalars['String']['output']>;
  /** The due date, marked provisional (暂定) with the reason while its calendar year is not loaded; null when no due date was set. */
  due?: Maybe<Deadline>;
  /** Due by this day; null when not set. A working-day count reaching a year whose calendar is not loaded gives a provisional date: see due. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  dueDate?: Maybe<Scalars['Date']['output']>;
  /** Why the due date is provisional (a working-day count reaching a year whose calendar is not loaded); null when firm. The same as due.reason. */
  dueDateProblem?: Maybe<Scalars['String']['output']>;
  /** Global id of the action item (`ActionItem:<number>`). */
  id: Scalars['ID']['output'];
  /** Open and past its due date. */
  isOverdue: Scalars['Boolean']['output'];
  /** The request the task serves; null when none. */
  issue?: Maybe<Issue>;
  /** The meeting whose decision produced the task. */
  meeting: JointMeeting;
  /** The department that must carry out the task. */
  ownerDepartment: Department;
  /** Open or done. */
  status: ActionItemStatus;
  /** What the owner department must do. */
  task: Scalars['String']['output'];
};

/** One page of a cursor-paginated list of ActionItem items (Relay-style connection); the list field says the order. */
export type ActionItemConnection = {
  __typename?: 'ActionItemConnection';
  /** The items of this page, in order. */
  edges: Array<ActionItemEdge>;
  /** Where this page ends and whether more follows. */
  pageInfo: PageInfo;
  /** Number of items matching the filter (all pages). Counted only when selected: it costs one more SQL statement, so leave it out when paging. */
  totalCount: Scalars['Int']['output'];
};

/** Detail of ACTION_ITEM_CREATED. */
export type ActionItemCreatedDetail = {
  __typename?: 'ActionItemCreatedDetail';
  /** The new action item. */
  actionItemId: Scalars['ID']['output'];
  /** The agenda item whose decision created it. */
  agendaItemId: Scalars['ID']['output'];
  /** Due date (hub time zone); null when the calendar cannot tell yet. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  dueDate?: Maybe<Scalars['Date']['output']>;
  /** Code of the owner department. */
  ownerDepartment: Scalars['String']['output'];
  /** The task. */
  task: Scalars['String']['output'];
};

/** Detail of ACTION_ITEM_DONE. */
export type ActionItemDoneDetail = {
  __typename?: 'ActionItemDoneDetail';
  /** The completed action item. */
  actionItemId: Scalars['ID']['output'];
  /** What the owner reported. */
  note: Scalars['String']['output'];
  /** Code of the owner department. */
  ownerDepartment: Scalars['String']['output'];
};

/** Detail of ACTION_ITEM_DUE_DATE_SET. */
export type ActionItemDueDateSetDetail = {
  __typename?: 'ActionItemDueDateSetDetail';
  /** The action item. */
  actionItemId: Scalars['ID']['output'];
  /** Its due date (hub time zone). A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  dueDate: Scalars['Date']['output'];
  /** Code of the owner department. */
  ownerDepartment: Scalars['String']['output'];
  /** The task. */
  task: Scalars['String']['output'];
};

/** One ActionItem of a page, with its cursor. */
export type ActionItemEdge = {
  __typename?: 'ActionItemEdge';
  /** Opaque position of this item: pass it as `after` (or `before`) to page from here. */
  cursor: Scalars['String']['output'];
  /** The ActionItem. */
  node: ActionItem;
};

/** Filter for the action items list; fields combine with AND. */
export type ActionItemFilter = {
  /** Only the action items of this meeting. */
  meetingId?: InputMaybe<Scalars['ID']['input']>;
  /** Open and past the due date. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Code of the owner department (a department's inbox of meeting tasks). */
  ownerDepartment?: InputMaybe<Scalars['ID']['input']>;
  /** Any of these statuses. */
  status?: InputMaybe<Array<ActionItemStatus>>;
};

/** A task (督办事项) a decision gives one department. */
export type ActionItemInput = {
  /** Or due on this day. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  /** Due this many working days after today. */
  dueInWorkingDays?: InputMaybe<Scalars['Int']['input']>;
  /** Code of the department that must do it. */
  ownerDepartment: Scalars['ID']['input'];
  /** What must be done. */
  task: Scalars['String']['input'];
};

/** Whether an action item (督办事项) is done. */
export type ActionItemStatus =
  /** Reported done by the owner department (已办结). */
  | 'DONE'
  /** Still to be done by the owner department (办理中). */
  | 'OPEN';

/** An escalated request to put on a scheduled meeting's agenda. */
export type AddAgendaItemInput = {
  /** Id of the escalated request to discuss. */
  issueId: Scalars['ID']['input'];
  /** Id of the meeting. */
  meetingId: Scalars['ID']['input'];
};

/** What addAgendaItem returns: the agenda item and its meeting after it was added. */
export type AddAgendaItemPayload = {
  __typename?: 'AddAgendaItemPayload';
  /** The agenda item (议题) after it was added. */
  agendaItem: AgendaItem;
  /** The meeting the item is on, as it now stands (agenda order, current item). */
  meeting: JointMeeting;
};

/** Photos or documents (附件) to attach to a request or its reply. Sent as a multipart request (GraphQL multipart request spec) through the gateway. */
export type AddAttachmentsInput = {
  /** The files: each at most ATTACHMENT_MAX_FILE_BYTES, at most ATTACHMENT_MAX_FILES; PNG, JPEG, GIF, WebP, PDF, DOCX or XLSX by content. */
  files: Array<Scalars['Upload']['input']>;
  /** Id of the request. */
  issueId: Scalars['ID']['input'];
  /** REQUEST (default): the request itself; REPLY: the reply, by the lead department. */
  kind?: InputMaybe<AttachmentKind>;
};

/** What addAttachments returns: the new attachments and the request. */
export type AddAttachmentsPayload = {
  __typename?: 'AddAttachmentsPayload';
  /** The attachments just stored, in the order sent. */
  attachments: Array<Attachment>;
  /** The request, with its timeline entry ATTACHMENT_ADDED. */
  issue: Issue;
};

/** List an enterprise in the abnormal-operation list (经营异常名录 列入). */
export type AddToAbnormalListInput = {
  /** Day of the listing decision; not after today, not before its last removal. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  date: Scalars['Date']['input'];
  /** Why, e.g. 未按规定报送年度报告 (at most 200 characters). */
  reason: Scalars['String']['input'];
  /** Unified social credit code of the enterprise. */
  uscc: Scalars['ID']['input'];
};

/** Result of addToAbnormalList. */
export type AddToAbnormalListPayload = {
  __typename?: 'AddToAbnormalListPayload';
  /** The new current listing. */
  listing: AbnormalListing;
};

/** Photos or documents (附件) to attach to a visit (走访). Sent as a multipart request (GraphQL multipart request spec) through the gateway. */
export type AddVisitAttachmentsInput = {
  /** The files: each at most ATTACHMENT_MAX_FILE_BYTES, at most ATTACHMENT_MAX_FILES; PNG, JPEG, GIF, WebP, PDF, DOCX or XLSX by content. */
  files: Array<Scalars['Upload']['input']>;
  /** Id of the visit (`Visit:<n>`). */
  visitId: Scalars['ID']['input'];
};

/** What addVisitAttachments returns: the new attachments and the visit. */
export type AddVisitAttachmentsPayload = {
  __typename?: 'AddVisitAttachmentsPayload';
  /** The attachments just stored, in the order sent. */
  attachments: Array<VisitAttachment>;
  /** The visit. */
  visit: Visit;
};

/** Closing a meeting (ADJOURNED). */
export type AdjournJointMeetingInput = {
  /** Id of the meeting to close. */
  meetingId: Scalars['ID']['input'];
  /** Closing summary for the minutes. */
  summary?: InputMaybe<Scalars['String']['input']>;
};

/** What adjournJointMeeting returns: the meeting after it closed. */
export type AdjournJointMeetingPayload = {
  __typename?: 'AdjournJointMeetingPayload';
  /** The joint meeting (联席会议) after it closed. */
  meeting: JointMeeting;
};

/** An agenda item (议题) of a joint meeting, usually an escalated request. */
export type AgendaItem = Node & {
  __typename?: 'AgendaItem';
  /** Action items the decision on this item produced. */
  actionItems: Array<ActionItem>;
  /** When the decision was recorded. An instant, ISO 8601 in UTC. */
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** What the meeting decided (决议); null until decided. */
  decision?: Maybe<Scalars['String']['output']>;
  /** Why the item was deferred to a later meeting. */
  deferredReason?: Maybe<Scalars['String']['output']>;
  /** Global id of the agenda item (`AgendaItem:<number>`). */
  id: Scalars['ID']['output'];
  /** The request this item came from; null for an item without one. */
  issue?: Maybe<Issue>;
  /** The meeting this item is on. */
  meeting: JointMeeting;
  /** 1-based order on the agenda. */
  position: Scalars['Int']['output'];
  /** Where the item is: PENDING → DISCUSSING → DECIDED or DEFERRED. */
  status: AgendaItemStatus;
  /** What is to be settled. */
  title: Scalars['String']['output'];
};

/** Detail of AGENDA_ITEM_ADDED. */
export type AgendaItemAddedDetail = {
  __typename?: 'AgendaItemAddedDetail';
  /** The new agenda item. */
  agendaItemId: Scalars['ID']['output'];
  /** The meeting it was deferred from, if it was. */
  deferredFromMeetingId?: Maybe<Scalars['ID']['output']>;
  /** Its 1-based position on the agenda. */
  position: Scalars['Int']['output'];
  /** Its title. */
  title: Scalars['String']['output'];
};

/** Detail of AGENDA_ITEM_REMOVED. */
export type AgendaItemRemovedDetail = {
  __typename?: 'AgendaItemRemovedDetail';
  /** The removed agenda item. */
  agendaItemId: Scalars['ID']['output'];
  /** The remaining agenda item ids in order. */
  order: Array<Scalars['ID']['output']>;
};

/** Where an agenda item (议题) is: PENDING → DISCUSSING → DECIDED or DEFERRED. */
export type AgendaItemStatus =
  /** A decision was recorded (已决议). */
  | 'DECIDED'
  /** Put off to a later meeting (暂缓). */
  | 'DEFERRED'
  /** Under discussion now; one item at a time (讨论中). */
  | 'DISCUSSING'
  /** Waiting its turn (待议). */
  | 'PENDING';

/** Detail of AGENDA_REORDERED. */
export type AgendaOrderDetail = {
  __typename?: 'AgendaOrderDetail';
  /** Agenda item ids in their new order. */
  order: Array<Scalars['ID']['output']>;
};

/** A police alert or incident (警情) at or around the enterprise. Details are confidential to the police; other departments see counts by category and severity (`alertTally`). */
export type Alert = {
  __typename?: 'Alert';
  /** What kind of alert it was. */
  category: AlertCategory;
  /** Global id of the alert (`Alert:<n>`). */
  id: Scalars['ID']['output'];
  /** When it happened. An instant, ISO 8601 in UTC. */
  occurredAt: Scalars['DateTimeISO']['output'];
  /** When it was recorded (null for alerts taken over from before records were kept). An instant, ISO 8601 in UTC. */
  recordedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Name of the police user who recorded it. */
  recordedByName?: Maybe<Scalars['String']['output']>;
  /** How serious it was. */
  severity: AlertSeverity;
  /** What happened, in brief. */
  summary: Scalars['String']['output'];
};

/** Kind of police alert (警情类别). */
export type AlertCategory =
  /** Dispute, e.g. over wages or contracts (纠纷). */
  | 'DISPUTE'
  /** Fire or fire-safety hazard (消防). */
  | 'FIRE'
  /** Fraud, including telecom fraud (诈骗). */
  | 'FRAUD'
  /** Anything else (其他). */
  | 'OTHER'
  /** Public order, e.g. a fight or gathering (治安). */
  | 'PUBLIC_ORDER'
  /** Theft (盗窃). */
  | 'THEFT'
  /** Traffic accident at or near the premises (交通). */
  | 'TRAFFIC';

/** One page of a cursor-paginated list of Alert items (Relay-style connection); the list field says the order. */
export type AlertConnection = {
  __typename?: 'AlertConnection';
  /** The items of this page, in order. */
  edges: Array<AlertEdge>;
  /** Where this page ends and whether more follows. */
  pageInfo: PageInfo;
  /** Number of items matching the filter (all pages). Counted only when selected: it costs one more SQL statement, so leave it out when paging. */
  totalCount: Scalars['Int']['output'];
};

/** One Alert of a page, with its cursor. */
export type AlertEdge = {
  __typename?: 'AlertEdge';
  /** Opaque position of this item: pass it as `after` (or `before`) to page from here. */
  cursor: Scalars['String']['output'];
  /** The Alert. */
  node: Alert;
};

/** How serious a police alert was (警情等级). */
export type AlertSeverity =
  /** Major incident (重大警情): reported up the chain of command. */
  | 'CRITICAL'
  /** Injuries, large losses or many people involved. */
  | 'HIGH'
  /** Minor: settled on the spot. */
  | 'LOW'
  /** Needed follow-up by the station. */
  | 'MEDIUM';

/** How many alerts (警情) of one category and severity an enterprise had: the summary every department sees; the details stay with the police. */
export type AlertTally = {
  __typename?: 'AlertTally';
  /** Kind of alert. */
  category: AlertCategory;
  /** Number of alerts of this category and severity. */
  count: Scalars['Int']['output'];
  /** Day of the latest of them. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  latestOn: Scalars['Date']['output'];
  /** Severity. */
  severity: AlertSeverity;
};

/** Tax arrears (欠税) owed by the enterprise. Confidential (need-to-know): FULL access only. */
export type Arrears = {
  __typename?: 'Arrears';
  /** Amount owed in yuan as a decimal string with two decimals, e.g. "38500.00". */
  amount: Scalars['String']['output'];
  /**
   * Amount owed in yuan, as a float.
   * @deprecated A float cannot hold every amount in fen exactly: read `amount` (a decimal string).
   */
  amountYuan: Scalars['Float']['output'];
  /** The enterprise that owes. */
  enterprise: Enterprise;
  /** Global id of the arrears record (`Arrears:<n>`). */
  id: Scalars['ID']['output'];
  /** When it was paid off (清缴); null while owed. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  settledOn?: Maybe<Scalars['Date']['output']>;
  /** Owed since this day. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  since: Scalars['Date']['output'];
  /** Kind of tax owed (税种), e.g. 增值税, 企业所得税. */
  taxType: Scalars['String']['output'];
};

/** One page of a cursor-paginated list of Arrears items (Relay-style connection); the list field says the order. */
export type ArrearsConnection = {
  __typename?: 'ArrearsConnection';
  /** The items of this page, in order. */
  edges: Array<ArrearsEdge>;
  /** Where this page ends and whether more follows. */
  pageInfo: PageInfo;
  /** Number of items matching the filter (all pages). Counted only when selected: it costs one more SQL statement, so leave it out when paging. */
  totalCount: Scalars['Int']['output'];
};

/** One Arrears of a page, with its cursor. */
export type ArrearsEdge = {
  __typename?: 'ArrearsEdge';
  /** Opaque position of this item: pass it as `after` (or `before`) to page from here. */
  cursor: Scalars['String']['output'];
  /** The Arrears. */
  node: Arrears;
};

/** Assign a liaison officer (一企一警) to a key enterprise, or replace its current one. */
export type AssignLiaisonOfficerInput = {
  /** Global id of the officer (`Officer:<badge>`), of the station whose jurisdiction the enterprise lies in. */
  officerId: Scalars['ID']['input'];
  /** Why: required when replacing a current officer (kept in the history), optional for a first assignment. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** Unified social credit code of a key enterprise on a station register. */
  uscc: Scalars['ID']['input'];
};

/** Result of assignLiaisonOfficer. */
export type AssignLiaisonOfficerPayload = {
  __typename?: 'AssignLiaisonOfficerPayload';
  /** The new current assignment (the replaced one, if any, now has its `to` date). */
  assignment: LiaisonAssignment;
};

/** A photo or document (附件) attached to a request or its reply. Download through `downloadUrl`, a short-lived link. */
export type Attachment = {
  __typename?: 'Attachment';
  /** The type sniffed from the content (not the one the client claimed), e.g. image/png, application/pdf. */
  contentType: Scalars['String']['output'];
  /** A link to download the file, valid for ATTACHMENT_URL_TTL_SECONDS (5 minutes by default), relative to the gateway (`/files/…`). Issued only to whoever may see the request (FORBIDDEN otherwise); ask again for a fresh one. */
  downloadUrl: Scalars['String']['output'];
  /** The file name as uploaded (validated: no paths, no control characters). */
  fileName: Scalars['String']['output'];
  /** Global id of the attachment (`Attachment:<number>`). */
  id: Scalars['ID']['output'];
  /** The request it belongs to. */
  issue: Issue;
  /** Whether it belongs to the request or to the reply. */
  kind: AttachmentKind;
  /** SHA-256 of the content, hex: lets a recipient check the file downloaded is the file uploaded. */
  sha256: Scalars['String']['output'];
  /** Size in bytes. */
  sizeBytes: Scalars['Int']['output'];
  /** When it was uploaded. An instant, ISO 8601 in UTC. */
  uploadedAt: Scalars['DateTimeISO']['output'];
  /** Who uploaded it. */
  uploadedBy: Person;
};

/** What an attachment (附件) belongs to. */
export type AttachmentKind =
  /** The reply (答复): documents from the lead department that answers. */
  | 'REPLY'
  /** The request itself: photos and documents from the enterprise or the officers who see it. */
  | 'REQUEST';

/** One row of an audit trail (安全审计记录): who did or read what, when, from where, with what result. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** For reads: FULL or SUMMARY access (need-to-know). */
  access?: Maybe<Scalars['String']['output']>;
  /** When it happened (the hub clock). An instant, ISO 8601 in UTC. */
  at: Scalars['DateTimeISO']['output'];
  /** The client address the gateway saw. */
  clientAddress?: Maybe<Scalars['String']['output']>;
  /** The acting user's department code. */
  department?: Maybe<Scalars['String']['output']>;
  /** Ids of what the mutation aimed at and changed, as JSON ({"args": {...}, "Issue": ["12"], ...}). */
  entities?: Maybe<Scalars['String']['output']>;
  /** The confidential record read (e.g. tax.arrears); null for mutations. */
  field?: Maybe<Scalars['String']['output']>;
  /** X-Forwarded-For as a proxy in front of the gateway sent it (untrusted). */
  forwardedFor?: Maybe<Scalars['String']['output']>;
  /** SHA-256 of the row's content and the previous row's hash. */
  hash: Scalars['String']['output'];
  /** Global id `AuditEntry:<source>:<seq>`, unique across the trails (not refetchable with node(id)). */
  id: Scalars['ID']['output'];
  /** Mutation, confidential read or auditor access. */
  kind: AuditKind;
  /** GraphQL coordinate: Mutation.<field>, <Type>.<field> or Query.<field>. */
  operation: Scalars['String']['output'];
  /** The previous row's hash in the same chain. */
  prevHash: Scalars['String']['output'];
  /** The request number (e.g. SQ-2026-000123), when known. */
  requestNumber?: Maybe<Scalars['String']['output']>;
  /** OK, or the error code the caller received. */
  result: Scalars['String']['output'];
  /** The acting user's roles. */
  roles: Array<Scalars['String']['output']>;
  /** Position in that chain (gaps are normal: a rolled-back transaction uses a number). */
  seq: Scalars['String']['output'];
  /** The subgraph whose chain holds the row. */
  source: AuditSource;
  /** Trace id: the caller's traceparent or request id, else one the gateway made. */
  traceId?: Maybe<Scalars['String']['output']>;
  /** The enterprise concerned (USCC), when known. */
  uscc?: Maybe<Scalars['String']['output']>;
  /** The acting user's id; null for an anonymous or invalid token. */
  userId?: Maybe<Scalars['String']['output']>;
  /** The acting user's display name from the token. */
  userName?: Maybe<Scalars['String']['output']>;
};

/** One page of a cursor-paginated list of AuditEntry items (Relay-style connection); the list field says the order. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  /** The items of this page, in order. */
  edges: Array<AuditEntryEdge>;
  /** Where this page ends and whether more follows. */
  pageInfo: PageInfo;
  /** Number of items matching the filter (all pages). Counted only when selected: it costs one more SQL statement, so leave it out when paging. */
  totalCount: Scalars['Int']['output'];
};

/** One AuditEntry of a page, with its cursor. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Opaque position of this item: pass it as `after` (or `before`) to page from here. */
  cursor: Scalars['String']['output'];
  /** The AuditEntry. */
  node: AuditEntry;
};

/** What an audit row records. */
export type AuditKind =
  /** An auditor reading or exporting the audit trail. */
  | 'AUDIT'
  /** A mutation, applied (result OK) or refused (result = its error code). */
  | 'MUTATION'
  /** A read of a field holding a department's confidential records, or of their summary. */
  | 'READ';

/** The subgraph whose audit trail (hash chain) holds a row. */
export type AuditSource =
  /** The hub: requests, referrals, joint meetings, reference data. */
  | 'HUB'
  /** Judicial (司法) records. */
  | 'JUDICIAL'
  /** Market supervision (市场监管) records. */
  | 'MARKET'
  /** Police (公安) records. */
  | 'POLICE'
  /** Tax (税务) records. */
  | 'TAX';

/** Which audit rows to list; every condition given must hold. */
export type AuditTrailFilter = {
  /** The acting user's department code. */
  department?: InputMaybe<Scalars['String']['input']>;
  /** The enterprise concerned (USCC). */
  enterprise?: InputMaybe<Scalars['ID']['input']>;
  /** Rows at or after this instant. An instant, ISO 8601 in UTC. */
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Only rows of this kind. */
  kind?: InputMaybe<AuditKind>;
  /** Operation (e.g. Mutation.acceptReferral, TaxProfile.arrears) or confidential field (e.g. tax.arrears), exactly. */
  operation?: InputMaybe<Scalars['String']['input']>;
  /** OK, or an error code such as FORBIDDEN. */
  result?: InputMaybe<Scalars['String']['input']>;
  /** Only these subgraphs’ trails (default: all). */
  sources?: InputMaybe<Array<AuditSource>>;
  /** Rows before this instant. An instant, ISO 8601 in UTC. */
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** The acting user's id (the token's subject). */
  user?: InputMaybe<Scalars['ID']['input']>;
};

/** Cancelling a meeting that has not started. */
export type CancelJointMeetingInput = {
  /** Id of the meeting to cancel. */
  meetingId: Scalars['ID']['input'];
  /** Why it is cancelled (sent to the participants). */
  reason: Scalars['String']['input'];
};

/** What cancelJointMeeting returns: the meeting after it was cancelled. */
export type CancelJointMeetingPayload = {
  __typename?: 'CancelJointMeetingPayload';
  /** The joint meeting (联席会议) after it was cancelled. */
  meeting: JointMeeting;
};

/** The referring department withdraws a pending referral. */
export type CancelReferralInput = {
  /** Why it is withdrawn. */
  reason: Scalars['String']['input'];
  /** Id of the referral to withdraw. */
  referralId: Scalars['ID']['input'];
};

/** What cancelReferral returns: the referral and its request after it was withdrawn. */
export type CancelReferralPayload = {
  __typename?: 'CancelReferralPayload';
  /** The request the referral belongs to, as it now stands (a transfer accepted moves its lead department). */
  issue: Issue;
  /** The referral (移交/协办) after it was withdrawn. */
  referral: Referral;
};

/** A step in handling a consumer complaint, taken today (hub clock). */
export type ChangeComplaintStatusInput = {
  /** The step: START_HANDLING, CLOSE or DISMISS. */
  action: ComplaintAction;
  /** Global id of the complaint (`Complaint:<n>`). */
  complaintId: Scalars['ID']['input'];
  /** The outcome (CLOSE) or why it is not accepted (DISMISS): required for those (at most 2,000 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Result of changeComplaintStatus. */
export type ChangeComplaintStatusPayload = {
  __typename?: 'ChangeComplaintStatusPayload';
  /** The complaint after the step. */
  complaint: Complaint;
};

/** A step in the life of an administrative penalty, taken today (hub clock). */
export type ChangePenaltyStatusInput = {
  /** The step: PAY, APPEAL, UPHOLD or REVOKE. */
  action: PenaltyAction;
  /** A note, e.g. the receipt or the reconsideration decision (at most 2,000 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Global id of the penalty (`Penalty:<n>`). */
  penaltyId: Scalars['ID']['input'];
};

/** Result of changePenaltyStatus. */
export type ChangePenaltyStatusPayload = {
  __typename?: 'ChangePenaltyStatusPayload';
  /** The penalty after the step. */
  penalty: Penalty;
};

/** Close an open case as settled or failed. */
export type CloseMediationCaseInput = {
  /** Global id of the case (`MediationCase:<n>`). */
  mediationCaseId: Scalars['ID']['input'];
  /** The agreement reached, or why mediation failed (at most 2,000 characters). Case text. */
  note: Scalars['String']['input'];
  /** Settled or failed. */
  outcome: MediationOutcome;
};

/** Result of closeMediationCase. */
export type CloseMediationCasePayload = {
  __typename?: 'CloseMediationCasePayload';
  /** The case as closed. */
  mediationCase: MediationCase;
};

/** A consumer complaint (消费者投诉) about the enterprise and its handling. Confidential (need-to-know): the complaint text is for FULL access only. */
export type Complaint = {
  __typename?: 'Complaint';
  /** Day it was closed or dismissed; null while open. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  closedOn?: Maybe<Scalars['Date']['output']>;
  /** The complaint as the consumer made it. */
  details: Scalars['String']['output'];
  /** The enterprise complained about. */
  enterprise: Enterprise;
  /** Day it was taken up; null while RECEIVED or when dismissed. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  handlingSince?: Maybe<Scalars['Date']['output']>;
  /** Global id of the complaint (`Complaint:<n>`). */
  id: Scalars['ID']['output'];
  /** True while RECEIVED or HANDLING. */
  isOpen: Scalars['Boolean']['output'];
  /** The outcome (when closed) or why it was not accepted (when dismissed); null while open. */
  outcome?: Maybe<Scalars['String']['output']>;
  /** Day the complaint was received (受理日期). A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  receivedOn: Scalars['Date']['output'];
  /** Where the complaint stands. */
  status: ComplaintStatus;
  /** What it is about, in a line, e.g. "预付卡退费纠纷". */
  subject: Scalars['String']['output'];
};

/** A step in handling a consumer complaint (消费者投诉). */
export type ComplaintAction =
  /** Close it with its outcome (note required): HANDLING → CLOSED. */
  | 'CLOSE'
  /** Do not accept it, saying why (note required): RECEIVED → DISMISSED. */
  | 'DISMISS'
  /** Take it up: RECEIVED → HANDLING. */
  | 'START_HANDLING';

/** One page of a cursor-paginated list of Complaint items (Relay-style connection); the list field says the order. */
export type ComplaintConnection = {
  __typename?: 'ComplaintConnection';
  /** The items of this page, in order. */
  edges: Array<ComplaintEdge>;
  /** Where this page ends and whether more follows. */
  pageInfo: PageInfo;
  /** Number of items matching the filter (all pages). Counted only when selected: it costs one more SQL statement, so leave it out when paging. */
  totalCount: Scalars['Int']['output'];
};

/** One Complaint of a page, with its cursor. */
export type ComplaintEdge = {
  __typename?: 'ComplaintEdge';
  /** Opaque position of this item: pass it as `after` (or `before`) to page from here. */
  cursor: Scalars['String']['output'];
  /** The Complaint. */
  node: Complaint;
};

/** Where a consumer complaint (消费者投诉) stands. */
export type ComplaintStatus =
  /** Handled and closed (办结) with an outcome; final. */
  | 'CLOSED'
  /** Not accepted (不予受理), with the reason; final. */
  | 'DISMISSED'
  /** Being handled (处理中): mediation between consumer and enterprise, or investigation. */
  | 'HANDLING'
  /** Registered (登记), not yet taken up. */
  | 'RECEIVED';

/** An action item (督办事项) reported done. */
export type CompleteActionItemInput = {
  /** Id of the action item done. */
  actionItemId: Scalars['ID']['input'];
  /** What was done. */
  note: Scalars['String']['input'];
};

/** What completeActionItem returns: the action item reported done. */
export type CompleteActionItemPayload = {
  __typename?: 'CompleteActionItemPayload';
  /** The action item (督办事项), now DONE. */
  actionItem: ActionItem;
};

/** The assisting department reports its part of an ASSIST referral done. */
export type CompleteReferralInput = {
  /** What the assisting department did. */
  note: Scalars['String']['input'];
  /** Id of the assist referral done. */
  referralId: Scalars['ID']['input'];
};

/** What completeReferral returns: the referral and its request after the assisting part was done. */
export type CompleteReferralPayload = {
  __typename?: 'CompleteReferralPayload';
  /** The request the referral belongs to, as it now stands (a transfer accepted moves its lead department). */
  issue: Issue;
  /** The referral (移交/协办) after the assisting part was done. */
  referral: Referral;
};

/** Conclude a pending lawsuit (结案): how and when it ended. */
export type ConcludeLitigationInput = {
  /** Day the case was concluded: not before it was filed, not in the future. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  concludedOn: Scalars['Date']['input'];
  /** Global id of the lawsuit (`Litigation:<n>`). */
  litigationId: Scalars['ID']['input'];
  /** A note on the conclusion, e.g. what the judgment ordered (at most 2,000 characters). Case text. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Judgment, settled in court, or withdrawn. */
  outcome: LitigationOutcome;
};

/** Result of concludeLitigation. */
export type ConcludeLitigationPayload = {
  __typename?: 'ConcludeLitigationPayload';
  /** The lawsuit as concluded (pending false, with its outcome and day). */
  litigation: Litigation;
  /** The failed mediation case it grew out of, with its LITIGATION_CONCLUDED timeline step; null when none. */
  mediationCase?: Maybe<MediationCase>;
};

/** An export (导出) to prepare: what, in which format, narrowed like the list it comes from. */
export type CreateExportInput = {
  /** ISSUES: the same filter as `issues(filter:)`; the caller's visibility applies as in the list. */
  filter?: InputMaybe<IssueFilter>;
  /** CSV or XLSX. */
  format: ExportFormat;
  /** DEPARTMENT_PERFORMANCE: first day of the period (inclusive), as in departmentPerformance. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** What to export. */
  kind: ExportKind;
  /** ISSUES: the order of the rows (NEWEST_FIRST when omitted). */
  orderBy?: InputMaybe<IssueOrder>;
  /** DEPARTMENT_PERFORMANCE: last day of the period (inclusive). A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** What createExport returns: a short-lived download link. */
export type CreateExportPayload = {
  __typename?: 'CreateExportPayload';
  /** When the link stops working (410 after it). An instant, ISO 8601 in UTC. */
  expiresAt: Scalars['DateTimeISO']['output'];
  /** The file name the download is saved as, e.g. 诉求清单-2026-09-28.csv. */
  fileName: Scalars['String']['output'];
  /** Rows the export matched when it was created (the file holds the rows as they are when it is downloaded). */
  rowCount: Scalars['Int']['output'];
  /** Path of the download on the gateway (`/exports/<token>/<file name>`), to open in the browser (prefix the gateway's origin); needs no Authorization header: the signed link is the credential until expiresAt, for a few downloads. */
  url: Scalars['String']['output'];
};

/** A yearly tax credit rating (纳税信用等级) of the enterprise. */
export type CreditRatingRecord = {
  __typename?: 'CreditRatingRecord';
  /** Global id of the rating (`CreditRatingRecord:<n>`). */
  id: Scalars['ID']['output'];
  /** Day the grade now in force was given (rated or re-rated); null for ratings imported without it. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  ratedOn?: Maybe<Scalars['Date']['output']>;
  /** The grade now in force for that year: A best … D worst; M for new taxpayers. */
  rating: TaxCreditRating;
  /** Why the grade in force was given. Confidential: null with FORBIDDEN unless access is FULL. */
  reason?: Maybe<Scalars['String']['output']>;
  /** Re-ratings of this year (复评), oldest first; empty when never re-rated. Confidential (the reasons): null with FORBIDDEN unless access is FULL. */
  revisions?: Maybe<Array<TaxCreditRatingRevision>>;
  /** The year assessed. */
  year: Scalars['Int']['output'];
};

/** A working-day deadline (期限): the date, and whether it is provisional (暂定) — counted Monday to Friday only because its year's official holiday arrangement is not loaded yet. A provisional deadline is recomputed, with an event, the moment setWorkdayCalendarYear loads that year. */
export type Deadline = {
  __typename?: 'Deadline';
  /** Due by this day (inclusive), in the hub time zone. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  date: Scalars['Date']['output'];
  /** True while the date is counted Monday to Friday only (its year's holidays and make-up workdays are not loaded yet). */
  provisional: Scalars['Boolean']['output'];
  /** Why the date is provisional and what settles it (setWorkdayCalendarYear); null when firm. */
  reason?: Maybe<Scalars['String']['output']>;
};

/** How many deadlines loading a calendar year changed: provisional ones (暂定) recomputed, each with its event. */
export type DeadlinesSet = {
  __typename?: 'DeadlinesSet';
  /** Action items whose due date changed. */
  actionItems: Scalars['Int']['output'];
  /** Of the deadlines changed (all kinds), how many moved to another date; the others kept their date and lost the provisional mark. */
  moved: Scalars['Int']['output'];
  /** Referrals whose sign-off deadline changed. */
  referrals: Scalars['Int']['output'];
  /** Requests whose reply or sign-off deadline changed (a new date, or provisional made firm). */
  requests: Scalars['Int']['output'];
  /** Of the deadlines changed, how many are still provisional because they also reach another year that is not loaded. */
  stillProvisional: Scalars['Int']['output'];
};

/** A coordinator approves or refuses an extension. */
export type DecideExtensionInput = {
  /** True approves (the reply deadline moves), false refuses. */
  approve: Scalars['Boolean']['input'];
  /** Id of the extension (from Issue.extensions). */
  extensionId: Scalars['ID']['input'];
  /** Why: required when refusing, optional when approving. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** What decideExtension returns: the extension and the request after the decision. */
export type DecideExtensionPayload = {
  __typename?: 'DecideExtensionPayload';
  /** The extension after the decision. */
  extension: IssueExtension;
  /** The request after the decision, with its reply deadline in force. */
  issue: Issue;
};

/** Grant or refuse a legal-aid request, once. */
export type DecideLegalAidRequestInput = {
  /** True to grant legal aid (准予援助), false to refuse (不予援助). */
  grant: Scalars['Boolean']['input'];
  /** Global id of the request (`LegalAidRequest:<n>`). */
  legalAidRequestId: Scalars['ID']['input'];
  /** Why: required when refusing, optional when granting (at most 2,000 characters). */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** Result of decideLegalAidRequest. */
export type DecideLegalAidRequestPayload = {
  __typename?: 'DecideLegalAidRequestPayload';
  /** The request as decided. */
  legalAidRequest: LegalAidRequest;
};

/** Detail of DECISION_RECORDED. */
export type DecisionRecordedDetail = {
  __typename?: 'DecisionRecordedDetail';
  /** The decided agenda item. */
  agendaItemId: Scalars['ID']['output'];
  /** The decision text. */
  decision: Scalars['String']['output'];
};

/** An agenda item deferred to the next meeting of the series. */
export type DeferAgendaItemInput = {
  /** Id of the agenda item to defer. */
  agendaItemId: Scalars['ID']['input'];
  /** Why it is deferred. */
  reason: Scalars['String']['input'];
};

/** What deferAgendaItem returns: the agenda item and its meeting after it was deferred. */
export type DeferAgendaItemPayload = {
  __typename?: 'DeferAgendaItemPayload';
  /** The agenda item (议题) after it was deferred. */
  agendaItem: AgendaItem;
  /** The meeting the item is on, as it now stands (agenda order, current item). */
  meeting: JointMeeting;
};

/** A response template to delete. */
export type DeleteResponseTemplateInput = {
  /** Id of the template. */
  id: Scalars['ID']['input'];
};

/** What deleteResponseTemplate returns: the id of the deleted template. */
export type DeleteResponseTemplatePayload = {
  __typename?: 'DeleteResponseTemplatePayload';
  /** Id of the template that was deleted, to evict from a client cache. */
  deletedResponseTemplateId: Scalars['ID']['output'];
};

/** A government department (部门) taking part in the hub, e.g. police, market supervision, tax, judicial. Routing targets are data, not a fixed list. */
export type Department = Node & {
  __typename?: 'Department';
  /** Stable code, e.g. police, market, tax, judicial. */
  code: Scalars['ID']['output'];
  /** Global id of the department (`Department:<code>`). */
  id: Scalars['ID']['output'];
  /** English name, e.g. "Public Security Bureau". */
  nameEn: Scalars['String']['output'];
  /** Chinese name, e.g. 公安分局. */
  nameZh: Scalars['String']['output'];
};

/** Detail of DEPARTMENT_INVITED. */
export type DepartmentInvitedDetail = {
  __typename?: 'DepartmentInvitedDetail';
  /** Code of the newly invited department. */
  department: Scalars['String']['output'];
  /** Why it was invited, e.g. its request is on the agenda or its action items are reviewed. */
  reason: Scalars['String']['output'];
};

/** The "three rates" (三率: 响应率 response, 解决率 resolution, 满意率 satisfaction) and their companions for one department over the requests it leads that were submitted in the period. Rates are fractions from 0 to 1 rounded to 4 decimals (0.8571 = 85.71%), null when their denominator is 0; requests whose deadline the calendar cannot tell yet are counted apart, never as late. */
export type DepartmentPerformance = {
  __typename?: 'DepartmentPerformance';
  /** Average working days from submission to the reply, rounded to 2 decimals. */
  averageWorkingDaysToReply?: Maybe<Scalars['Float']['output']>;
  /** The department, with its names. */
  department: Department;
  /** Code of the department. */
  departmentCode: Scalars['ID']['output'];
  /** Of those, the ones a coordinator approved. */
  extensionsApproved: Scalars['Int']['output'];
  /** Extensions (延期) the department asked for on requests of the period. */
  extensionsRequested: Scalars['Int']['output'];
  /** Still open, unanswered and past the reply deadline today. */
  openOverdue: Scalars['Int']['output'];
  /** Requests the enterprise rated. */
  rated: Scalars['Int']['output'];
  /** Requests led by the department, submitted in the period. */
  received: Scalars['Int']['output'];
  /** Referrals sent back / answered (退回率). */
  referralRejectionRate?: Maybe<Scalars['Float']['output']>;
  /** Referrals to the department (on requests of the period) that were answered. */
  referralsAnswered: Scalars['Int']['output'];
  /** Referrals to the department that it sent back (退回). */
  referralsRejected: Scalars['Int']['output'];
  /** Reopened / resolved (重办率). */
  reopenRate?: Maybe<Scalars['Float']['output']>;
  /** Requests reopened at least once. */
  reopened: Scalars['Int']['output'];
  /** Received requests whose reply deadline is not known yet or only provisional (暂定: its calendar year not loaded): not in responseRate or resolvedOnTimeRate, never counted as late. */
  replyDeadlineUnknown: Scalars['Int']['output'];
  /** Resolved / received (解决率). */
  resolutionRate?: Maybe<Scalars['Float']['output']>;
  /** Received requests concluded (办结). */
  resolved: Scalars['Int']['output'];
  /** Resolved requests concluded by their reply deadline. */
  resolvedOnTime: Scalars['Int']['output'];
  /** Resolved by the reply deadline / resolved with a known reply deadline. */
  resolvedOnTimeRate?: Maybe<Scalars['Float']['output']>;
  /** Received requests answered within their reply deadline. */
  respondedOnTime: Scalars['Int']['output'];
  /** Replied within the reply deadline / received with a known reply deadline (响应率). */
  responseRate?: Maybe<Scalars['Float']['output']>;
  /** Satisfied or basically satisfied / rated (满意率). */
  satisfactionRate?: Maybe<Scalars['Float']['output']>;
  /** Rated satisfied or basically satisfied. */
  satisfied: Scalars['Int']['output'];
  /** Received requests whose sign-off deadline is not known yet or only provisional (暂定: its calendar year not loaded): not in timelySignOffRate. */
  signOffDeadlineUnknown: Scalars['Int']['output'];
  /** Received requests signed for (签收) within their sign-off deadline. */
  signedOnTime: Scalars['Int']['output'];
  /** Signed (签收) within 1 working day of assignment / received with a known sign-off deadline. */
  timelySignOffRate?: Maybe<Scalars['Float']['output']>;
  /** Urgings (催办) of requests of the period while the department led them, by people and automatic. */
  urgings: Scalars['Int']['output'];
};

/** What a dispute is about (纠纷类别). */
export type DisputeCategory =
  /** Contract disputes (合同纠纷) with suppliers or customers. */
  | 'CONTRACT'
  /** Other labour disputes (劳动争议): dismissal, social insurance, injuries. */
  | 'LABOUR'
  /** Lease disputes (租赁纠纷) over premises or equipment. */
  | 'LEASE'
  /** Any other dispute (其他纠纷). */
  | 'OTHER'
  /** Unpaid wages (欠薪纠纷): an early sign of an enterprise in trouble. */
  | 'WAGE_ARREARS';

/** End a key enterprise's current liaison assignment, leaving it without an officer. */
export type EndLiaisonAssignmentInput = {
  /** Why the assignment ends (kept in the history). */
  reason: Scalars['String']['input'];
  /** Unified social credit code of the enterprise. */
  uscc: Scalars['ID']['input'];
};

/** Result of endLiaisonAssignment. */
export type EndLiaisonAssignmentPayload = {
  __typename?: 'EndLiaisonAssignmentPayload';
  /** The assignment just ended. */
  assignment: LiaisonAssignment;
};

/** An enterprise (企业) served by the departments, keyed by its unified social credit code (统一社会信用代码, USCC). Department subgraphs add their own profile fields. */
export type Enterprise = Node & {
  __typename?: 'Enterprise';
  /** Registered business address. */
  address: Scalars['String']['output'];
  /** When the enterprise was added to the hub. An instant, ISO 8601 in UTC. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Global id of the enterprise (`Enterprise:<uscc>`). */
  id: Scalars['ID']['output'];
  /** Industry the enterprise works in. */
  industry: Scalars['String']['output'];
  /** Key enterprise (重点企业): has a named police liaison officer. */
  isKeyEnterprise: Scalars['Boolean']['output'];
  /** Judicial records (司法): mediation, legal aid, litigation, risk signals. */
  judicial?: Maybe<JudicialProfile>;
  /** Risk signals (风险信号) from the judicial bureau's records about the enterprise, for the hub's riskAssessment (not public). */
  judicialRiskSignals?: Maybe<Array<RiskSignal>>;
  /** Legal representative (法定代表人). */
  legalRepresentative: Scalars['String']['output'];
  /** Market supervision records (市场监管). */
  market?: Maybe<MarketProfile>;
  /** Risk signals (风险信号) from market supervision's records about the enterprise, for the hub's riskAssessment (not public). */
  marketRiskSignals?: Maybe<Array<RiskSignal>>;
  /** Registered name of the enterprise. */
  name: Scalars['String']['output'];
  /** Industrial park or zone (园区). */
  park?: Maybe<Scalars['String']['output']>;
  /** Police records (公安): liaison officer, visits, alerts, safety trainings. */
  police?: Maybe<PoliceProfile>;
  /** Police station jurisdiction (派出所辖区) the enterprise lies in. */
  policeJurisdiction: Scalars['String']['output'];
  /** Risk signals (风险信号) from the police's records about the enterprise, for the hub's riskAssessment (not public). */
  policeRiskSignals?: Maybe<Array<RiskSignal>>;
  /** Cross-department risk assessment (维稳风险评估): level and signals from every department. Departments see every signal's level and category, the details of their own; coordinators everything; the enterprise itself nothing (null with FORBIDDEN). */
  riskAssessment?: Maybe<RiskAssessment>;
  /** Tax records (税务): credit rating, arrears. */
  tax?: Maybe<TaxProfile>;
  /** Risk signals (风险信号) from the tax bureau's records about the enterprise, for the hub's riskAssessment (not public). */
  taxRiskSignals?: Maybe<Array<RiskSignal>>;
  /** Unified social credit code (统一社会信用代码, 18 characters, GB 32100-2015). */
  uscc: Scalars['ID']['output'];
};

/** One page of a cursor-paginated list of Enterprise items (Relay-style connection); the list field says the order. */
export type EnterpriseConnection = {
  __typename?: 'EnterpriseConnection';
  /** The items of this page, in order. */
  edges: Array<EnterpriseEdge>;
  /** Where this page ends and whether more follows. */
  pageInfo: PageInfo;
  /** Number of items matching the filter (all pages). Counted only when selected: it costs one more SQL statement, so leave it out when paging. */
  totalCount: Scalars['Int']['output'];
};

/** One Enterprise of a page, with its cursor. */
export type EnterpriseEdge = {
  __typename?: 'EnterpriseEdge';
  /** Opaque position of this item: pass it as `after` (or `before`) to page from here. */
  cursor: Scalars['String']['output'];
  /** The Enterprise. */
  node: Enterprise;
};

/** Filter for the enterprises list; fields combine with AND. */
export type EnterpriseFilter = {
  /** Only key enterprises (重点企业) when true, only the others when false. */
  isKeyEnterprise?: InputMaybe<Scalars['Boolean']['input']>;
  /** Part of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Industrial park or zone (园区) the enterprise is in. */
  park?: InputMaybe<Scalars['String']['input']>;
  /** Police jurisdiction (派出所辖区) the enterprise lies in. */
  policeJurisdiction?: InputMaybe<Scalars['String']['input']>;
};

/** An enterprise at risk (维稳风险企业) as the hub last assessed it: for the joint meeting's agenda. */
export type EnterpriseRisk = {
  __typename?: 'EnterpriseRisk';
  /** When the level last changed. An instant, ISO 8601 in UTC. */
  changedAt: Scalars['DateTimeISO']['output'];
  /** Codes of the departments with a signal. */
  departments: Array<Scalars['ID']['output']>;
  /** The enterprise (its riskAssessment gives the signals). */
  enterprise: Enterprise;
  /** Overall level at the last assessment. */
  level: RiskLevel;
};

/** One page of a cursor-paginated list of EnterpriseRisk items (Relay-style connection); the list field says the order. */
export type EnterpriseRiskConnection = {
  __typename?: 'EnterpriseRiskConnection';
  /** The items of this page, in order. */
  edges: Array<EnterpriseRiskEdge>;
  /** Where this page ends and whether more follows. */
  pageInfo: PageInfo;
  /** Number of items matching the filter (all pages). Counted only when selected: it costs one more SQL statement, so leave it out when paging. */
  totalCount: Scalars['Int']['output'];
};

/** One EnterpriseRisk of a page, with its cursor. */
export type EnterpriseRiskEdge = {
  __typename?: 'EnterpriseRiskEdge';
  /** Opaque position of this item: pass it as `after` (or `before`) to page from here. */
  cursor: Scalars['String']['output'];
  /** The EnterpriseRisk. */
  node: EnterpriseRisk;
};

/** Escalating a request to the joint meeting (联席会议) agenda list. */
export type EscalateIssueInput = {
  /** Id of the request to escalate. */
  issueId: Scalars['ID']['input'];
  /** Why a joint meeting must settle it. */
  reason: Scalars['String']['input'];
};

/** What escalateIssue returns: the request after escalation. */
export type EscalateIssuePayload = {
  __typename?: 'EscalateIssuePayload';
  /** The request (诉求) after escalation, with its new status and timeline. */
  issue: Issue;
};

/** Hand an open case up to the next grade (community → street → district). */
export type EscalateMediationCaseInput = {
  /** Global id of the case (`MediationCase:<n>`). */
  mediationCaseId: Scalars['ID']['input'];
  /** Why the lower grade could not settle it (at most 2,000 characters; kept in the timeline). */
  reason: Scalars['String']['input'];
};

/** Result of escalateMediationCase. */
export type EscalateMediationCasePayload = {
  __typename?: 'EscalateMediationCasePayload';
  /** The case at its new grade. */
  mediationCase: MediationCase;
};

/** File format of an export. */
export type ExportFormat =
  /** Comma-separated values, UTF-8 with a byte-order mark (opens in Excel with Chinese intact), Chinese column headers. */
  | 'CSV'
  /** An Excel workbook (Office Open XML), one sheet, Chinese column headers. */
  | 'XLSX';

/** What an export (导出) holds. */
export type ExportKind =
  /** departmentPerformance(from:, to:): one row per department with the same figures. */
  | 'DEPARTMENT_PERFORMANCE'
  /** A requests list (诉求清单): the rows `issues(filter:, orderBy:)` gives the caller, one request per row. */
  | 'ISSUES';

/** An on-site inspection (现场检查) of the enterprise by market supervision. Confidential (need-to-know): FULL access only. */
export type Inspection = {
  __typename?: 'Inspection';
  /** Day of the inspection (检查日期). A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  date: Scalars['Date']['output'];
  /** The enterprise inspected. */
  enterprise: Enterprise;
  /** Global id of the inspection (`Inspection:<n>`). */
  id: Scalars['ID']['output'];
  /** Who inspected (检查人员), e.g. "孙丽华、陈志强". */
  inspector: Scalars['String']['output'];
  /** What was checked and found. */
  notes: Scalars['String']['output'];
  /** When the inspection was recorded. An instant, ISO 8601 in UTC. */
  recordedAt: Scalars['DateTimeISO']['output'];
  /** The outcome. */
  result: InspectionResult;
};

/** One page of a cursor-paginated list of Inspection items (Relay-style connection); the list field says the order. */
export type InspectionConnection = {
  __typename?: 'InspectionConnection';
  /** The items of this page, in order. */
  edges: Array<InspectionEdge>;
  /** Where this page ends and whether more follows. */
  pageInfo: PageInfo;
  /** Number of items matching the filter (all pages). Counted only when selected: it costs one more SQL statement, so leave it out when paging. */
  totalCount: Scalars['Int']['output'];
};

/** One Inspection of a page, with its cursor. */
export type InspectionEdge = {
  __typename?: 'InspectionEdge';
  /** Opaque position of this item: pass it as `after` (or `before`) to page from here. */
  cursor: Scalars['String']['output'];
  /** The Inspection. */
  node: Inspection;
};

/** Outcome of a market-supervision inspection (检查结果). */
export type InspectionResult =
  /** Serious non-compliance (不合格); may lead to a penalty. */
  | 'FAILED'
  /** No problem found (合格). */
  | 'PASSED'
  /** Problems found, rectification ordered (责令整改). */
  | 'RECTIFICATION_REQUIRED';

/** A person invited to a joint meeting by name. */
export type InvitedPersonInput = {
  /** Code of the department the person represents. */
  department: Scalars['ID']['input'];
  /** Name of the invited person. */
  name: Scalars['String']['input'];
  /** Their user id (token subject), so joining marks them present. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** A request (诉求) from an enterprise: what it asks, who leads the work, its deadlines, answer, rating and full timeline. Closed loop: 情况收集 → 问题上报 → 交办落实 → 办结反馈 → 回访. */
export type Issue = Node & {
  __typename?: 'Issue';
  /** When the lead department signed for it (签收). An instant, ISO 8601 in UTC. */
  acceptedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** FULL: every field (the departments that work the request, coordinators, the enterprise itself). SUMMARY: the department that raised it from its own records (the police for a problem found on a visit) follows it wherever it is routed: status, departments, deadlines, dates, title and text as raised, the timeline's steps; how it is handled (routingExplanation, response, resolution, ratingComment, followUpNote, escalationReason, timeline notes) is null with FORBIDDEN, and attachments, extensions and meetingHistory are empty. */
  access: RecordAccess;
  /** When a lead department was assigned (交办). An instant, ISO 8601 in UTC. */
  assignedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Assisting departments (协办). */
  assistingDepartments: Array<Department>;
  /** Photos and documents (附件) of the request and of its reply, oldest first; `kind` tells which. Empty with SUMMARY access (`Issue.access`). */
  attachments: Array<Attachment>;
  /** The category of the request (used by routing). */
  category: IssueCategory;
  /** How the request arrived (channel, 渠道). */
  channel: IssueChannel;
  /** When the loop was closed after the follow-up visit. An instant, ISO 8601 in UTC. */
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** What the enterprise asks for, in its own words. */
  description: Scalars['String']['output'];
  /** The enterprise that submitted the request. */
  enterprise: Enterprise;
  /** Why it was put on a joint-meeting agenda. Null with FORBIDDEN with SUMMARY access (`access`). */
  escalationReason?: Maybe<Scalars['String']['output']>;
  /** Extensions (延期) asked for, oldest first, with their decisions. Empty with SUMMARY access (`Issue.access`), which sees the deadline in force and the original one. */
  extensions: Array<IssueExtension>;
  /** Notes of the follow-up visit (回访). Null with FORBIDDEN with SUMMARY access (`access`). */
  followUpNote?: Maybe<Scalars['String']['output']>;
  /** Global id of the request (`Issue:<number>`); the number readable by people is `number`. */
  id: Scalars['ID']['output'];
  /** Open, unanswered and past the reply deadline. */
  isOverdue: Scalars['Boolean']['output'];
  /** The lead department (主办). */
  leadDepartment?: Maybe<Department>;
  /** Mediation cases (人民调解) opened for this request, newest first (judicial subgraph). Summary fields for every department, case text for the judicial bureau and coordinators. */
  mediationCases: Array<MediationCase>;
  /** When the request was on a joint-meeting agenda, and what was decided. Empty with SUMMARY access (`Issue.access`). */
  meetingHistory: Array<AgendaItem>;
  /** When it was merged into another request as a duplicate (重复诉求合并); null unless MERGED. An instant, ISO 8601 in UTC. */
  mergedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Duplicates merged into this request, oldest first (those you may see). */
  mergedFrom: Array<Issue>;
  /** MERGED: the request this duplicate was merged into, which carries the work on (null when not merged, or when it is not yours to see). */
  mergedInto?: Maybe<Issue>;
  /** Readable number, e.g. SQ-2026-000123. */
  number: Scalars['String']['output'];
  /** The police visit (走访) the request was raised on; null for requests from other channels, or when the visit is not the caller's to see. Its notes and problems are the police's (need-to-know). */
  originVisit?: Maybe<Visit>;
  /** The reply deadline before the first approved extension (延期); null when never extended. replyDeadline is the one in force. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  originalReplyDeadline?: Maybe<Scalars['Date']['output']>;
  /** Possible duplicates (疑似重复诉求): requests of the same enterprise submitted in the 30 days up to this one whose title and description are similar (pg_trgm similarity at least DUPLICATE_SIMILARITY_THRESHOLD), most similar first, at most 5; never MERGED ones, only those you may see. */
  possibleDuplicates: Array<Issue>;
  /** How urgent the request is. */
  priority: IssuePriority;
  /** Comment given with the rating. Null with FORBIDDEN with SUMMARY access (`access`). */
  ratingComment?: Maybe<Scalars['String']['output']>;
  /** The rating was given in person and recorded by an officer, not by the enterprise itself. */
  ratingRecordedInPerson: Scalars['Boolean']['output'];
  /** When the request arrived: for a hotline call or visit logged later, the time the officer gave (see the SUBMITTED timeline entry); otherwise submittedAt. Deadlines count from its day. An instant, ISO 8601 in UTC. */
  receivedAt: Scalars['DateTimeISO']['output'];
  /** Referrals of this request to other departments, oldest first. With SUMMARY access only those of your own department (referral.read). */
  referrals: Array<Referral>;
  /** How often it was reopened (重办). */
  reopenCount: Scalars['Int']['output'];
  /** Reply due by this day (5 working days by default), counted from the day the request was received; may be provisional: see replyDue. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  replyDeadline?: Maybe<Scalars['Date']['output']>;
  /** Why the reply deadline is provisional (its calendar year is not loaded); null when firm. The same as replyDue.reason. */
  replyDeadlineProblem?: Maybe<Scalars['String']['output']>;
  /** The reply deadline in force, marked provisional (暂定) with the reason while its calendar year is not loaded; null only for a request recorded without one. */
  replyDue?: Maybe<Deadline>;
  /** Working days from submission to the reply. */
  replyWorkingDays?: Maybe<Scalars['Int']['output']>;
  /** What was done to resolve it (办结情况). Null with FORBIDDEN with SUMMARY access (`access`). */
  resolution?: Maybe<Scalars['String']['output']>;
  /** When the work was concluded (办结). An instant, ISO 8601 in UTC. */
  resolvedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the enterprise was first answered (答复). An instant, ISO 8601 in UTC. */
  respondedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The answer given to the enterprise. Null with FORBIDDEN with SUMMARY access (`access`). */
  response?: Maybe<Scalars['String']['output']>;
  /** Which routing rule chose the lead department, or who overrode it. Null with FORBIDDEN with SUMMARY access (`access`). */
  routingExplanation?: Maybe<Scalars['String']['output']>;
  /** The enterprise's rating of the answer (满意度); null until rated. */
  satisfaction?: Maybe<Satisfaction>;
  /** The lead department should sign by this day (1 working day after assignment); may be provisional: see signOffDue. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  signOffDeadline?: Maybe<Scalars['Date']['output']>;
  /** The sign-off (签收) deadline, marked provisional (暂定) with the reason while its calendar year is not loaded; null until a lead department is assigned. */
  signOffDue?: Maybe<Deadline>;
  /** The request this one was split off from (拆分); null when none, or when it is not yours to see. */
  splitFrom?: Maybe<Issue>;
  /** Requests split off from this one (拆分), oldest first (those you may see). */
  splitInto: Array<Issue>;
  /** Where the request is in its closed loop. */
  status: IssueStatus;
  /** When the request was submitted. An instant, ISO 8601 in UTC. */
  submittedAt: Scalars['DateTimeISO']['output'];
  /** Who submitted the request. */
  submittedBy: Person;
  /** Who did what and when, oldest first. With SUMMARY access the steps (who, when, department, status from → to) without their notes. */
  timeline: Array<IssueTimelineEntry>;
  /** Short title given by the submitter. */
  title: Scalars['String']['output'];
  /** When the request last changed: its latest timeline step. An instant, ISO 8601 in UTC. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** How often it was urged (催办), by people or automatically after a missed reply deadline. */
  urgeCount: Scalars['Int']['output'];
  /** Working days left until the reply deadline, counted from today in the hub time zone: 0 on the last day, negative when overdue. Counted Monday to Friday where the calendar lacks a year (as a provisional deadline is). Null once replied to or closed. */
  workingDaysLeft?: Maybe<Scalars['Int']['output']>;
};

/** A request category (诉求类别) with its reply limit; routing rules may match on it. */
export type IssueCategory = Node & {
  __typename?: 'IssueCategory';
  /** Category code, e.g. "public_security". */
  code: Scalars['ID']['output'];
  /** Global id of the category (`IssueCategory:<code>`). */
  id: Scalars['ID']['output'];
  /** English name. */
  nameEn: Scalars['String']['output'];
  /** Chinese name, e.g. 治安问题. */
  nameZh: Scalars['String']['output'];
  /** Reply deadline in working days (5 unless the category says otherwise). */
  replyWorkingDays: Scalars['Int']['output'];
};

/** How a request reached the hub (受理渠道). */
export type IssueChannel =
  /** 24-hour hotline (热线) */
  | 'HOTLINE'
  /** Told to the liaison officer (联络员) */
  | 'LIAISON_OFFICER'
  /** Online window / mini-program (网上窗口) */
  | 'ONLINE'
  /** Symposium (座谈会) */
  | 'SYMPOSIUM'
  /** Officer visit (走访) */
  | 'VISIT'
  /** WeChat group (微信群) */
  | 'WECHAT_GROUP';

/** One page of a cursor-paginated list of Issue items (Relay-style connection); the list field says the order. */
export type IssueConnection = {
  __typename?: 'IssueConnection';
  /** The items of this page, in order. */
  edges: Array<IssueEdge>;
  /** Where this page ends and whether more follows. */
  pageInfo: PageInfo;
  /** Number of items matching the filter (all pages). Counted only when selected: it costs one more SQL statement, so leave it out when paging. */
  totalCount: Scalars['Int']['output'];
};

/** One Issue of a page, with its cursor. */
export type IssueEdge = {
  __typename?: 'IssueEdge';
  /** Opaque position of this item: pass it as `after` (or `before`) to page from here. */
  cursor: Scalars['String']['output'];
  /** The Issue. */
  node: Issue;
};

/** Something that happened to a request (诉求): a status change, a timeline step or an SLA warning. */
export type IssueEvent = {
  __typename?: 'IssueEvent';
  /** Display name of who did it (the system for automatic steps). */
  actorName?: Maybe<Scalars['String']['output']>;
  /** Resume point: pass it as `after` to receive what came later. */
  cursor: Scalars['String']['output'];
  /** Code of the department the actor acted for. */
  departmentCode?: Maybe<Scalars['String']['output']>;
  /** Status before the change; null when the status did not change. */
  fromStatus?: Maybe<IssueStatus>;
  /** The issue as it is now (its enterprise is federated: other departments' fields resolve). */
  issue?: Maybe<Issue>;
  /** The request it is about. */
  issueId: Scalars['ID']['output'];
  /** Free-text note of the step (reason, answer, warning). */
  note?: Maybe<Scalars['String']['output']>;
  /** When it happened. An instant, ISO 8601 in UTC. */
  occurredAt: Scalars['DateTimeISO']['output'];
  /** Status after the change; null when the status did not change. */
  toStatus?: Maybe<IssueStatus>;
  /** What happened: a timeline step or an SLA warning. */
  type: IssueEventType;
};

/** What happened to a request: a timeline step, or one of the SLA scanner's warnings. */
export type IssueEventType =
  /** The lead department signed for it (签收). */
  | 'ACCEPTED'
  /** An assisting department reported its help done. */
  | 'ASSIST_COMPLETED'
  /** Help (协办) from another department was requested. */
  | 'ASSIST_REQUESTED'
  /** Photos or documents (附件) were attached to the request or its reply; the note names them. */
  | 'ATTACHMENT_ADDED'
  /** The follow-up visit (回访) confirmed it solved. */
  | 'CLOSED'
  /** Its deadlines were set once the calendar year they fall in was loaded (actor 系统). */
  | 'DEADLINE_SET'
  /** A duplicate request was merged into this one, which carries on for both; the note names the duplicate. */
  | 'DUPLICATE_MERGED'
  /** It was put before the joint meeting (联席会议). */
  | 'ESCALATED'
  /** A coordinator approved an extension: the reply deadline moved. */
  | 'EXTENSION_APPROVED'
  /** A coordinator refused an extension: the reply deadline stays. */
  | 'EXTENSION_REFUSED'
  /** The lead department asked for more working days to reply (延期申请). */
  | 'EXTENSION_REQUESTED'
  /** The follow-up visit found the problem persists: reopened. */
  | 'FOLLOW_UP_REOPENED'
  /** A joint meeting decided on it. */
  | 'MEETING_DECIDED'
  /** A joint meeting deferred it. */
  | 'MEETING_DEFERRED'
  /** A coordinator merged it into another request of the same enterprise as a duplicate (重复诉求合并): closed as MERGED; the note names the survivor. */
  | 'MERGED'
  /** The enterprise rated the answer (满意度). */
  | 'RATED'
  /** A referral was accepted (签收). */
  | 'REFERRAL_ACCEPTED'
  /** A referral was withdrawn. */
  | 'REFERRAL_CANCELLED'
  /** A referral was sent back (退回). */
  | 'REFERRAL_REJECTED'
  /** A transfer (移交) to another department was proposed. */
  | 'REFERRED'
  /** It was reopened. */
  | 'REOPENED'
  /** SLA warning: the reply is due on the next working day. */
  | 'REPLY_DUE_NEXT_WORKING_DAY'
  /** SLA warning: the reply deadline has passed. */
  | 'REPLY_OVERDUE'
  /** It was concluded (办结). */
  | 'RESOLVED'
  /** The enterprise got its reply (答复); the first reply counts for the deadline. */
  | 'RESPONDED'
  /** It was given a lead department, by a routing rule (actor 系统) or a coordinator. */
  | 'ROUTED'
  /** A coordinator split part of it off (拆分) into a new request for another department; the note names the new request. */
  | 'SPLIT'
  /** It was created by splitting another request (拆分) and routed to its own lead department; the note names the original. */
  | 'SPLIT_OFF'
  /** The request was submitted (提交). */
  | 'SUBMITTED'
  /** The request was urged (催办) by a coordinator, the enterprise, or automatically (actor 系统) after a missed reply deadline. */
  | 'URGED'
  /** The lead department started work on it. */
  | 'WORK_STARTED';

/** An extension (延期) of a request's reply deadline, asked by the lead department and decided by a coordinator. */
export type IssueExtension = {
  __typename?: 'IssueExtension';
  /** The reply deadline it set, once approved; null while pending or when refused. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  deadlineAfter?: Maybe<Scalars['Date']['output']>;
  /** The reply deadline when it was asked for. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  deadlineBefore: Scalars['Date']['output'];
  /** When a coordinator decided. An instant, ISO 8601 in UTC. */
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The coordinator who decided; null while pending. */
  decidedBy?: Maybe<Person>;
  /** The coordinator's note: required when refusing. */
  decisionNote?: Maybe<Scalars['String']['output']>;
  /** Code of the department that asked (the lead department at the time). */
  departmentCode: Scalars['String']['output'];
  /** Global id of the extension (`IssueExtension:<number>`). */
  id: Scalars['ID']['output'];
  /** Why the lead department needs more time. */
  reason: Scalars['String']['output'];
  /** When it was asked for. An instant, ISO 8601 in UTC. */
  requestedAt: Scalars['DateTimeISO']['output'];
  /** Who asked for it. */
  requestedBy: Person;
  /** PENDING → APPROVED | REFUSED. */
  status: IssueExtensionStatus;
  /** How many working days were asked for. */
  workingDays: Scalars['Int']['output'];
};

/** Where an extension request (延期申请) is: PENDING → APPROVED | REFUSED. */
export type IssueExtensionStatus =
  /** Approved: the reply deadline moved by the working days asked for. */
  | 'APPROVED'
  /** Waiting for a coordinator to decide. */
  | 'PENDING'
  /** Refused with a reason: the reply deadline stays. */
  | 'REFUSED';

/** Filter for the requests list; fields combine with AND. */
export type IssueFilter = {
  /** Assisting department code. */
  assistingDepartment?: InputMaybe<Scalars['ID']['input']>;
  /** Category code (see issueCategories). */
  category?: InputMaybe<Scalars['String']['input']>;
  /** Lead or assisting department code (an inbox). */
  department?: InputMaybe<Scalars['ID']['input']>;
  /** Enterprise USCC. */
  enterprise?: InputMaybe<Scalars['ID']['input']>;
  /** Lead department code. */
  leadDepartment?: InputMaybe<Scalars['ID']['input']>;
  /** Open, unanswered and past the reply deadline. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Any of these statuses. */
  status?: InputMaybe<Array<IssueStatus>>;
  /** Submitted on or after this day (Asia/Shanghai). A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  submittedFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Submitted on or before this day (Asia/Shanghai). A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  submittedTo?: InputMaybe<Scalars['Date']['input']>;
  /** Urged (催办) at least once (true), or never (false). */
  urged?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Order of the requests list. A cursor belongs to the order it was read in. */
export type IssueOrder =
  /** Most recently submitted first (the default). */
  | 'NEWEST_FIRST'
  /** First submitted first. */
  | 'OLDEST_FIRST'
  /** Most urgent first: nearest reply deadline (督办), then by submission; requests without a deadline last. */
  | 'REPLY_DEADLINE_FIRST';

/** How urgent a request is (紧急程度). */
export type IssuePriority =
  /** To be handled before normal requests. */
  | 'HIGH'
  /** Can wait. */
  | 'LOW'
  /** The default. */
  | 'NORMAL'
  /** Needs immediate attention (紧急). */
  | 'URGENT';

/** Where a request (诉求) is in its closed loop: SUBMITTED → ASSIGNED → ACCEPTED → IN_PROGRESS → RESPONDED → RESOLVED → CLOSED, with REOPENED, ESCALATED and MERGED. */
export type IssueStatus =
  /** Signed for by the lead department (已签收). */
  | 'ACCEPTED'
  /** Routed to a lead department, waiting for it to sign (已交办). */
  | 'ASSIGNED'
  /** Follow-up visit done (已回访), loop closed. */
  | 'CLOSED'
  /** On a joint-meeting agenda (提交联席会议). */
  | 'ESCALATED'
  /** Being worked (办理中). */
  | 'IN_PROGRESS'
  /** Closed as a duplicate (重复诉求) merged into another request of the same enterprise (see mergedInto), which carries the work on. Final. */
  | 'MERGED'
  /** Sent back to the lead department (重办). */
  | 'REOPENED'
  /** Work concluded (已办结), waiting for rating and follow-up. */
  | 'RESOLVED'
  /** The enterprise has been answered (已答复). */
  | 'RESPONDED'
  /** Received, not yet routed to a lead department (已受理). */
  | 'SUBMITTED';

/** One line of a request's timeline: who did what, when, for which department. Append-only. */
export type IssueTimelineEntry = {
  __typename?: 'IssueTimelineEntry';
  /** What happened (the same values as IssueEvent.type, without the SLA warnings). */
  action: IssueEventType;
  /** User id of who did it. */
  actorId: Scalars['String']['output'];
  /** Display name of who did it. */
  actorName: Scalars['String']['output'];
  /** When it happened. An instant, ISO 8601 in UTC. */
  at: Scalars['DateTimeISO']['output'];
  /** The department the actor acted for. */
  departmentCode?: Maybe<Scalars['String']['output']>;
  /** Status before this step; null when the step did not change the status. */
  fromStatus?: Maybe<IssueStatus>;
  /** Global id of the timeline entry (`IssueTimelineEntry:<number>`). */
  id: Scalars['ID']['output'];
  /** Free-text note of the step (reason, answer, rule that matched). Null with FORBIDDEN when the request is read with SUMMARY access (`Issue.access`). */
  note?: Maybe<Scalars['String']['output']>;
  /** Status after this step; null when the step did not change the status. */
  toStatus?: Maybe<IssueStatus>;
};

/** Detail of ITEM_DEFERRED. */
export type ItemDeferredDetail = {
  __typename?: 'ItemDeferredDetail';
  /** The deferred agenda item. */
  agendaItemId: Scalars['ID']['output'];
  /** The next meeting of the series it moved to, if any. */
  nextMeetingId?: Maybe<Scalars['ID']['output']>;
  /** Why it was deferred. */
  reason: Scalars['String']['output'];
};

/** Detail of ITEM_DISCUSSING. */
export type ItemDiscussingDetail = {
  __typename?: 'ItemDiscussingDetail';
  /** The item now under discussion. */
  agendaItemId: Scalars['ID']['output'];
  /** Its title. */
  title: Scalars['String']['output'];
};

/** A meeting the caller joins. */
export type JoinJointMeetingInput = {
  /** Id of the meeting joined. */
  meetingId: Scalars['ID']['input'];
};

/** What joinJointMeeting returns: the meeting after the caller joined. */
export type JoinJointMeetingPayload = {
  __typename?: 'JoinJointMeetingPayload';
  /** The joint meeting (联席会议) after the caller joined. */
  meeting: JointMeeting;
};

/** A joint meeting (联席会议): departments meet to settle matters no single one can. Its agenda is built from escalated requests; decisions become action items in the owner departments' inboxes. */
export type JointMeeting = Node & {
  __typename?: 'JointMeeting';
  /** Every action item the meeting's decisions produced. */
  actionItems: Array<ActionItem>;
  /** When the meeting was adjourned. An instant, ISO 8601 in UTC. */
  adjournedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** In agenda order. */
  agenda: Array<AgendaItem>;
  /** The department that convenes the meeting (召集部门). */
  conveningDepartment: Department;
  /** The item under discussion. */
  currentItem?: Maybe<AgendaItem>;
  /** Global id of the meeting (`JointMeeting:<number>`). */
  id: Scalars['ID']['output'];
  /** Regular (例会) or ad hoc (专题会). */
  kind: JointMeetingKind;
  /** Room or video link. */
  location: Scalars['String']['output'];
  /** The minutes (会议纪要), structured and as Chinese Markdown. */
  minutes: MeetingMinutes;
  /** Invited departments and people, with attendance. */
  participants: Array<JointMeetingParticipant>;
  /** Action items of the previous meeting (of the series, or of the convening department): done or overdue. */
  previousActionItems: Array<ActionItem>;
  /** When the meeting is scheduled to start. An instant, ISO 8601 in UTC. */
  scheduledAt: Scalars['DateTimeISO']['output'];
  /** Meetings of one regular series share this key (e.g. the quarterly meetings of a year); null for a one-off meeting. */
  seriesKey?: Maybe<Scalars['String']['output']>;
  /** When the meeting was opened. An instant, ISO 8601 in UTC. */
  startedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Where the meeting is in its life: SCHEDULED → IN_SESSION → ADJOURNED, or CANCELLED. */
  status: JointMeetingStatus;
  /** Closing summary given at adjournment. */
  summary?: Maybe<Scalars['String']['output']>;
  /** Title, e.g. "2026 Q3 joint meeting". */
  title: Scalars['String']['output'];
};

/** One page of a cursor-paginated list of JointMeeting items (Relay-style connection); the list field says the order. */
export type JointMeetingConnection = {
  __typename?: 'JointMeetingConnection';
  /** The items of this page, in order. */
  edges: Array<JointMeetingEdge>;
  /** Where this page ends and whether more follows. */
  pageInfo: PageInfo;
  /** Number of items matching the filter (all pages). Counted only when selected: it costs one more SQL statement, so leave it out when paging. */
  totalCount: Scalars['Int']['output'];
};

/** One JointMeeting of a page, with its cursor. */
export type JointMeetingEdge = {
  __typename?: 'JointMeetingEdge';
  /** Opaque position of this item: pass it as `after` (or `before`) to page from here. */
  cursor: Scalars['String']['output'];
  /** The JointMeeting. */
  node: JointMeeting;
};

/** One change to a joint meeting, as its participants see it live. */
export type JointMeetingEvent = {
  __typename?: 'JointMeetingEvent';
  /** Code of that person's department (null for coordinators without one). */
  actorDepartment?: Maybe<Scalars['String']['output']>;
  /** Name of the person who did it. */
  actorName?: Maybe<Scalars['String']['output']>;
  /** Resume point: pass it as `after` to receive what came later. */
  cursor: Scalars['String']['output'];
  /** What changed, typed by event type. */
  detail: JointMeetingEventDetail;
  /** The meeting it happened in. */
  meetingId: Scalars['ID']['output'];
  /** When it happened. An instant, ISO 8601 in UTC. */
  occurredAt: Scalars['DateTimeISO']['output'];
  /** What happened. */
  type: JointMeetingEventType;
};

/** What changed in a meeting event: one type per JointMeetingEventType. */
export type JointMeetingEventDetail = ActionItemCreatedDetail | ActionItemDoneDetail | ActionItemDueDateSetDetail | AgendaItemAddedDetail | AgendaItemRemovedDetail | AgendaOrderDetail | DecisionRecordedDetail | DepartmentInvitedDetail | ItemDeferredDetail | ItemDiscussingDetail | MeetingAdjournedDetail | MeetingCancelledDetail | MeetingScheduledDetail | MeetingStartedDetail | ParticipantJoinedDetail;

/** What happened in a joint meeting; each type has its own detail type. */
export type JointMeetingEventType =
  /** A decision created an action item (detail: ActionItemCreatedDetail). */
  | 'ACTION_ITEM_CREATED'
  /** An owner department reported an action item done (detail: ActionItemDoneDetail). */
  | 'ACTION_ITEM_DONE'
  /** An action item got its due date once the calendar year it falls in was loaded (detail: ActionItemDueDateSetDetail). */
  | 'ACTION_ITEM_DUE_DATE_SET'
  /** The meeting was adjourned (detail: MeetingAdjournedDetail). */
  | 'ADJOURNED'
  /** An item was added to the agenda (detail: AgendaItemAddedDetail). */
  | 'AGENDA_ITEM_ADDED'
  /** An item was taken off the agenda (detail: AgendaItemRemovedDetail). */
  | 'AGENDA_ITEM_REMOVED'
  /** The agenda order changed (detail: AgendaOrderDetail). */
  | 'AGENDA_REORDERED'
  /** The meeting was cancelled (detail: MeetingCancelledDetail). */
  | 'CANCELLED'
  /** A decision was recorded (detail: DecisionRecordedDetail). */
  | 'DECISION_RECORDED'
  /** A department was invited, e.g. because its request or action item is on the agenda (detail: DepartmentInvitedDetail). */
  | 'DEPARTMENT_INVITED'
  /** An item was deferred (detail: ItemDeferredDetail). */
  | 'ITEM_DEFERRED'
  /** An item was taken up (detail: ItemDiscussingDetail). */
  | 'ITEM_DISCUSSING'
  /** Someone joined (detail: ParticipantJoinedDetail). */
  | 'PARTICIPANT_JOINED'
  /** The meeting was scheduled (detail: MeetingScheduledDetail). */
  | 'SCHEDULED'
  /** The meeting opened (detail: MeetingStartedDetail). */
  | 'STARTED';

/** Filter for the joint meetings list; fields combine with AND. */
export type JointMeetingFilter = {
  /** Only the meetings of this regular series. */
  seriesKey?: InputMaybe<Scalars['String']['input']>;
  /** Any of these statuses. */
  status?: InputMaybe<Array<JointMeetingStatus>>;
  /** true: scheduled in the future; false: in the past. */
  upcoming?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Kind of joint meeting (联席会议类型). */
export type JointMeetingKind =
  /** 专题会 (called for a matter) */
  | 'AD_HOC'
  /** 例会 (e.g. quarterly) */
  | 'REGULAR';

/** A department or person invited to a joint meeting, with attendance (参会). */
export type JointMeetingParticipant = {
  __typename?: 'JointMeetingParticipant';
  /** Attended the meeting. */
  attended: Scalars['Boolean']['output'];
  /** Code of the participating department. */
  departmentCode: Scalars['String']['output'];
  /** Global id of the participant entry (`JointMeetingParticipant:<number>`). */
  id: Scalars['ID']['output'];
  /** Invited before the meeting (false for someone who joined uninvited). */
  invited: Scalars['Boolean']['output'];
  /** When the participant joined the meeting. An instant, ISO 8601 in UTC. */
  joinedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Name of the invited person; null for the department as a whole. */
  personName?: Maybe<Scalars['String']['output']>;
  /** User id of the invited person, once known; null for the department as a whole or a person not yet signed in. */
  userId?: Maybe<Scalars['String']['output']>;
};

/** Where a joint meeting is: SCHEDULED → IN_SESSION → ADJOURNED, or CANCELLED. */
export type JointMeetingStatus =
  /** Closed; minutes are final (已休会). */
  | 'ADJOURNED'
  /** Called off before it started (已取消). */
  | 'CANCELLED'
  /** Open: items are being discussed (进行中). */
  | 'IN_SESSION'
  /** Planned, not yet opened (已安排). */
  | 'SCHEDULED';

/** What the judicial bureau (司法局) knows of one enterprise: mediation cases, legal aid, litigation and the risk signals they give. */
export type JudicialProfile = {
  __typename?: 'JudicialProfile';
  /** FULL for the judicial bureau and coordinators; SUMMARY for other departments and for the enterprise itself (no case text). */
  access: RecordAccess;
  /** Legal-aid requests (法律援助) concerning the enterprise, newest first. Summary fields (status, category, dates) for everyone who may see the enterprise; applicant and matter only with FULL access. */
  legalAidRequests?: Maybe<Array<LegalAidRequest>>;
  /** Number of litigation records (summary). */
  litigationCount: Scalars['Int']['output'];
  /** Litigation involving the enterprise, newest first. Confidential: null with FORBIDDEN unless access is FULL. */
  litigations?: Maybe<Array<Litigation>>;
  /** Number of mediation cases, open or closed (summary). */
  mediationCaseCount: Scalars['Int']['output'];
  /** Mediation cases (人民调解), newest first. Everyone who may see the enterprise gets the summary fields (grade, status, category, dates); case text is null with FORBIDDEN unless access is FULL. */
  mediationCases?: Maybe<Array<MediationCase>>;
  /** Mediation cases still open (summary). */
  openMediationCases: Scalars['Int']['output'];
  /** Judicial risk signals (司法风险信号): open mediation, failed mediation, wage arrears (欠薪), pending litigation, each with a level; highest first. For every department and coordinators (details for the judicial bureau and coordinators); null with FORBIDDEN for the enterprise itself. */
  riskSignals?: Maybe<Array<JudicialRiskSignal>>;
};

/** What a judicial risk rule (司法风险规则) sets the level of. */
export type JudicialRiskCondition =
  /** A case failed within the rule's window and not gone to court. */
  | 'FAILED'
  /** A wage-arrears case failed within the rule's window. */
  | 'FAILED_WAGE_ARREARS'
  /** A pending lawsuit that grew out of a failed mediation. */
  | 'LITIGATION_AFTER_MEDIATION'
  /** A pending lawsuit against the enterprise (被告). */
  | 'LITIGATION_DEFENDANT'
  /** A pending lawsuit the enterprise brought (原告). */
  | 'LITIGATION_PLAINTIFF'
  /** An open case at the community grade (村居调解). */
  | 'OPEN_COMMUNITY'
  /** An open case at the district grade (区县调解). */
  | 'OPEN_DISTRICT'
  /** An open case at the street grade (镇街调解). */
  | 'OPEN_STREET'
  /** An open wage-arrears case (欠薪纠纷), whatever its grade. */
  | 'OPEN_WAGE_ARREARS';

/** A judicial risk rule (司法风险规则): which level a kind of case or lawsuit raises, and for failed cases how long. */
export type JudicialRiskRule = {
  __typename?: 'JudicialRiskRule';
  /** The condition the rule is about. */
  condition: JudicialRiskCondition;
  /** Global id of the rule (`JudicialRiskRule:<condition>`). */
  id: Scalars['ID']['output'];
  /** Level of the signal when the condition holds (NONE: no signal). */
  level: RiskLevel;
  /** When the rule was last set. An instant, ISO 8601 in UTC. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Name of the administrator who set it (系统默认 for the defaults). */
  updatedByName: Scalars['String']['output'];
  /** For failed cases: how many days after the failure it keeps signalling; null for the others. */
  windowDays?: Maybe<Scalars['Int']['output']>;
};

/** One judicial risk rule (司法风险规则) to set. */
export type JudicialRiskRuleInput = {
  /** The condition whose rule is set. */
  condition: JudicialRiskCondition;
  /** Level of the signal when the condition holds; NONE raises none. */
  level: RiskLevel;
  /** For FAILED and FAILED_WAGE_ARREARS only (required there): days after the failure it keeps signalling, 1 to 3,660. */
  windowDays?: InputMaybe<Scalars['Int']['input']>;
};

/** One judicial risk signal (司法风险信号) about an enterprise, computed from its mediation cases and litigation; a cross-department risk assessment weighs it with the other departments' signals. */
export type JudicialRiskSignal = {
  __typename?: 'JudicialRiskSignal';
  /** What kind of signal. */
  category: JudicialSignalCategory;
  /** What lies behind the signal (case number, subject, court). Null with FORBIDDEN unless the caller is the judicial bureau or a coordinator. */
  detail?: Maybe<Scalars['String']['output']>;
  /** How strong the signal is. */
  level: RiskLevel;
  /** Day the signal was observed: the case was opened or escalated to its grade, closed as failed, or the lawsuit filed. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  observedAt: Scalars['Date']['output'];
  /** Global id of the record behind it (`MediationCase:<n>` or `Litigation:<n>`). */
  sourceId: Scalars['ID']['output'];
};

/** Kind of judicial risk signal (司法风险信号). */
export type JudicialSignalCategory =
  /** A mediation that failed recently and has not (yet) gone to court. */
  | 'FAILED_MEDIATION'
  /** A pending lawsuit involving the enterprise (涉企诉讼). */
  | 'LITIGATION'
  /** A dispute under mediation (调解中); the higher the grade, the higher the level. */
  | 'OPEN_MEDIATION'
  /** A wage-arrears dispute (欠薪纠纷), open or failed recently: a sign of a broken funding chain or absconding owners (弃企跑路). */
  | 'WAGE_ARREARS';

/** A key enterprise (重点企业) on a liaison station's register, with its current liaison officer (一企一警). */
export type KeyEnterprise = {
  __typename?: 'KeyEnterprise';
  /** The enterprise. */
  enterprise: Enterprise;
  /** Global id of the register entry (`KeyEnterprise:<uscc>`). */
  id: Scalars['ID']['output'];
  /** Day of the latest visit recorded; null when it has never been visited. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  lastVisitedOn?: Maybe<Scalars['Date']['output']>;
  /** The current liaison officer; null when the enterprise has none. */
  liaisonOfficer?: Maybe<Officer>;
  /** Since when the current officer covers it; null when it has none. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  liaisonSince?: Maybe<Scalars['Date']['output']>;
  /** Day the next visit is due: the latest visit (or the registration day) plus the interval. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  nextVisitDue: Scalars['Date']['output'];
  /** Day the enterprise was put on the register. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  registeredOn: Scalars['Date']['output'];
  /** The station whose register it is on. */
  station: Station;
  /** How often the enterprise must be visited (走访周期), in days; 90 (a quarter) unless a police administrator set another. */
  visitIntervalDays: Scalars['Int']['output'];
  /** True when the next visit was due before today (hub clock): 走访逾期. */
  visitOverdue: Scalars['Boolean']['output'];
};

/** One page of a cursor-paginated list of KeyEnterprise items (Relay-style connection); the list field says the order. */
export type KeyEnterpriseConnection = {
  __typename?: 'KeyEnterpriseConnection';
  /** The items of this page, in order. */
  edges: Array<KeyEnterpriseEdge>;
  /** Where this page ends and whether more follows. */
  pageInfo: PageInfo;
  /** Number of items matching the filter (all pages). Counted only when selected: it costs one more SQL statement, so leave it out when paging. */
  totalCount: Scalars['Int']['output'];
};

/** One KeyEnterprise of a page, with its cursor. */
export type KeyEnterpriseEdge = {
  __typename?: 'KeyEnterpriseEdge';
  /** Opaque position of this item: pass it as `after` (or `before`) to page from here. */
  cursor: Scalars['String']['output'];
  /** The KeyEnterprise. */
  node: KeyEnterprise;
};

/** A legal-aid request (法律援助申请) concerning the enterprise, recorded and decided by the judicial bureau. */
export type LegalAidRequest = {
  __typename?: 'LegalAidRequest';
  /** Who applies (personal data). Null with FORBIDDEN unless access is FULL. */
  applicant?: Maybe<Scalars['String']['output']>;
  /** What the matter is about (summary). */
  category: DisputeCategory;
  /** When it was decided; null while waiting. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  decidedOn?: Maybe<Scalars['Date']['output']>;
  /** Why it was granted or refused; null while waiting. Null with FORBIDDEN unless access is FULL. */
  decisionReason?: Maybe<Scalars['String']['output']>;
  /** The enterprise the matter concerns. */
  enterprise: Enterprise;
  /** Global id of the request (`LegalAidRequest:<n>`). */
  id: Scalars['ID']['output'];
  /** What the applicant needs help with. Case text: null with FORBIDDEN unless access is FULL. */
  matter?: Maybe<Scalars['String']['output']>;
  /** The mediation case the request belongs to; null when none. */
  mediationCase?: Maybe<MediationCase>;
  /** When the request was received (受理日期). A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  receivedOn: Scalars['Date']['output'];
  /** RECEIVED → GRANTED | REFUSED. */
  status: LegalAidStatus;
};

/** One page of a cursor-paginated list of LegalAidRequest items (Relay-style connection); the list field says the order. */
export type LegalAidRequestConnection = {
  __typename?: 'LegalAidRequestConnection';
  /** The items of this page, in order. */
  edges: Array<LegalAidRequestEdge>;
  /** Where this page ends and whether more follows. */
  pageInfo: PageInfo;
  /** Number of items matching the filter (all pages). Counted only when selected: it costs one more SQL statement, so leave it out when paging. */
  totalCount: Scalars['Int']['output'];
};

/** One LegalAidRequest of a page, with its cursor. */
export type LegalAidRequestEdge = {
  __typename?: 'LegalAidRequestEdge';
  /** Opaque position of this item: pass it as `after` (or `before`) to page from here. */
  cursor: Scalars['String']['output'];
  /** The LegalAidRequest. */
  node: LegalAidRequest;
};

/** Narrows the list of legal-aid requests. */
export type LegalAidRequestFilter = {
  /** Only requests concerning this enterprise (USCC). */
  enterpriseUscc?: InputMaybe<Scalars['ID']['input']>;
  /** Only requests in this status (e.g. RECEIVED: waiting for a decision). */
  status?: InputMaybe<LegalAidStatus>;
};

/** Where a legal-aid request (法律援助申请) is: RECEIVED → GRANTED | REFUSED, decided once. */
export type LegalAidStatus =
  /** Legal aid granted (准予援助). */
  | 'GRANTED'
  /** Recorded, waiting for the decision (已受理). */
  | 'RECEIVED'
  /** Legal aid refused, with a reason (不予援助). */
  | 'REFUSED';

/** A period during which a named officer was the liaison officer (一企一警) of a key enterprise. */
export type LiaisonAssignment = {
  __typename?: 'LiaisonAssignment';
  /** Why the assignment ended (reassignment or ending); null while current. */
  endReason?: Maybe<Scalars['String']['output']>;
  /** The enterprise. */
  enterprise: Enterprise;
  /** First day of the assignment (on the hub clock). A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  from: Scalars['Date']['output'];
  /** Global id of the assignment (`LiaisonAssignment:<n>`). */
  id: Scalars['ID']['output'];
  /** True while this is the enterprise's current liaison officer. */
  isCurrent: Scalars['Boolean']['output'];
  /** The liaison officer. */
  officer: Officer;
  /** Why this officer was assigned (required when replacing another officer). */
  reason?: Maybe<Scalars['String']['output']>;
  /** Day the assignment ended; null while it is current. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  to?: Maybe<Scalars['Date']['output']>;
};

/** One page of a cursor-paginated list of LiaisonAssignment items (Relay-style connection); the list field says the order. */
export type LiaisonAssignmentConnection = {
  __typename?: 'LiaisonAssignmentConnection';
  /** The items of this page, in order. */
  edges: Array<LiaisonAssignmentEdge>;
  /** Where this page ends and whether more follows. */
  pageInfo: PageInfo;
  /** Number of items matching the filter (all pages). Counted only when selected: it costs one more SQL statement, so leave it out when paging. */
  totalCount: Scalars['Int']['output'];
};

/** One LiaisonAssignment of a page, with its cursor. */
export type LiaisonAssignmentEdge = {
  __typename?: 'LiaisonAssignmentEdge';
  /** Opaque position of this item: pass it as `after` (or `before`) to page from here. */
  cursor: Scalars['String']['output'];
  /** The LiaisonAssignment. */
  node: LiaisonAssignment;
};

/** A lawsuit involving the enterprise (涉企诉讼). Confidential to the judicial bureau and coordinators. */
export type Litigation = {
  __typename?: 'Litigation';
  /** Court case number (案号). */
  caseNo: Scalars['String']['output'];
  /** Cause of action (案由), e.g. 买卖合同纠纷. */
  cause: Scalars['String']['output'];
  /** Day the case was concluded (结案日期); null while pending. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  concludedOn?: Maybe<Scalars['Date']['output']>;
  /** A note on the conclusion, e.g. what the judgment ordered; null when none was given. */
  conclusionNote?: Maybe<Scalars['String']['output']>;
  /** The court hearing the case. */
  court: Scalars['String']['output'];
  /** The enterprise involved. */
  enterprise: Enterprise;
  /** When the case was filed. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  filedOn: Scalars['Date']['output'];
  /** Global id of the litigation record (`Litigation:<n>`). */
  id: Scalars['ID']['output'];
  /** The failed mediation case the lawsuit grew out of; null when none. */
  mediationCase?: Maybe<MediationCase>;
  /** How the case was concluded; null while pending (and for lawsuits concluded before outcomes were recorded). */
  outcome?: Maybe<LitigationOutcome>;
  /** True while the case is not concluded. */
  pending: Scalars['Boolean']['output'];
  /** When the record was made (null for records kept before). An instant, ISO 8601 in UTC. */
  recordedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Whether the enterprise sues or is sued. */
  role: LitigationRole;
};

/** How a lawsuit was concluded (结案方式). */
export type LitigationOutcome =
  /** The court gave judgment (判决). */
  | 'JUDGMENT'
  /** The parties settled before the court (调解/和解结案). */
  | 'SETTLED_IN_COURT'
  /** The claim was withdrawn (撤诉). */
  | 'WITHDRAWN';

/** The enterprise's side in a lawsuit. */
export type LitigationRole =
  /** The enterprise is sued (被告). */
  | 'DEFENDANT'
  /** The enterprise sues (原告). */
  | 'PLAINTIFF';

/** What market supervision (市场监管) knows of one enterprise: registration, abnormal-operation listings, penalties, complaints. */
export type MarketProfile = {
  __typename?: 'MarketProfile';
  /** Abnormal-operation listings (经营异常名录), newest first. Publicly disclosed records, so visible to every department. */
  abnormalListings: Array<AbnormalListing>;
  /** FULL for market supervision, coordinators and the enterprise itself; SUMMARY for other departments. */
  access: RecordAccess;
  /** Consumer complaints (消费者投诉), newest received first. Confidential (complaint text): null with FORBIDDEN unless access is FULL. */
  complaints?: Maybe<ComplaintConnection>;
  /** On-site inspections (现场检查), newest first. Confidential: null with FORBIDDEN unless access is FULL. */
  inspections?: Maybe<InspectionConnection>;
  /** Currently on the abnormal-operation list. */
  isOnAbnormalList: Scalars['Boolean']['output'];
  /** Number of complaints still open (RECEIVED or HANDLING) (summary). */
  openComplaintCount: Scalars['Int']['output'];
  /**
   * Administrative penalties (行政处罚), newest first, all of them. Confidential: null with FORBIDDEN unless access is FULL.
   * @deprecated Unbounded: every record in one list. Read `penaltiesConnection` (a page at a time, first/after).
   */
  penalties?: Maybe<Array<Penalty>>;
  /** Administrative penalties (行政处罚), newest decided first, a page at a time. Confidential: null with FORBIDDEN unless access is FULL. */
  penaltiesConnection?: Maybe<PenaltyConnection>;
  /** Number of administrative penalties (summary). */
  penaltyCount: Scalars['Int']['output'];
  /** Registered capital in 10,000 yuan (万元). */
  registeredCapitalWan?: Maybe<Scalars['Float']['output']>;
  /** Day the business was registered (成立日期); null when market supervision holds no registration. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  registeredOn?: Maybe<Scalars['Date']['output']>;
  /** Business registration status (存续 / 吊销 / 注销); null when market supervision holds no registration. */
  registrationStatus?: Maybe<RegistrationStatus>;
  /** Market supervision's risk signals (风险信号) for the enterprise, for the cross-department risk assessment: category, level and day observed for every department and coordinators; `detail` for market supervision and coordinators only. Not shown to the enterprise itself (null with FORBIDDEN). */
  riskSignals?: Maybe<Array<MarketRiskSignal>>;
};


/** What market supervision (市场监管) knows of one enterprise: registration, abnormal-operation listings, penalties, complaints. */
export type MarketProfileComplaintsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** What market supervision (市场监管) knows of one enterprise: registration, abnormal-operation listings, penalties, complaints. */
export type MarketProfileInspectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** What market supervision (市场监管) knows of one enterprise: registration, abnormal-operation listings, penalties, complaints. */
export type MarketProfilePenaltiesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** What a market-supervision risk signal (风险信号) is about. */
export type MarketRiskCategory =
  /** Currently on the abnormal-operation list (经营异常名录). */
  | 'ABNORMAL_LISTING'
  /** Consumer complaints (消费者投诉) received in the last 90 days, not dismissed. */
  | 'COMPLAINTS'
  /** Administrative penalties (行政处罚) decided in the last year, not revoked. */
  | 'RECENT_PENALTY';

/** What a market-supervision risk rule (市场监管风险规则) sets the level of. */
export type MarketRiskCondition =
  /** On the abnormal-operation list (经营异常名录). */
  | 'ABNORMAL_LISTING'
  /** At least `threshold` complaints (消费者投诉) received in the last `windowDays` days (default 90), not dismissed. */
  | 'COMPLAINTS'
  /** A third, higher count of recent complaints (`threshold`). */
  | 'COMPLAINTS_MANY'
  /** A second, higher count of recent complaints (`threshold`). */
  | 'COMPLAINTS_MORE'
  /** At least `threshold` penalties (行政处罚) decided in the last `windowDays` days (default 365), not revoked. */
  | 'PENALTIES'
  /** A third, higher count of recent penalties (`threshold`). */
  | 'PENALTIES_MANY'
  /** A second, higher count of recent penalties (`threshold`). */
  | 'PENALTIES_MORE'
  /** Fines of the penalties in the last `windowDays` days adding up to at least `threshold` yuan. */
  | 'PENALTY_FINES'
  /** A second, higher sum of recent fines (`threshold` yuan). */
  | 'PENALTY_FINES_LARGE';

/** A market-supervision risk rule (市场监管风险规则): which level a listing, penalties or complaints raise, from which count or amount, within how many days. */
export type MarketRiskRule = {
  __typename?: 'MarketRiskRule';
  /** The condition the rule is about. */
  condition: MarketRiskCondition;
  /** Global id of the rule (`MarketRiskRule:<condition>`). */
  id: Scalars['ID']['output'];
  /** Level of the signal when the condition holds (NONE: no signal). */
  level: RiskLevel;
  /** Count (PENALTIES*, COMPLAINTS*) or yuan (PENALTY_FINES*) from which it holds; null for ABNORMAL_LISTING. */
  threshold?: Maybe<Scalars['Int']['output']>;
  /** When the rule was last set. An instant, ISO 8601 in UTC. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Name of the administrator who set it (系统默认 for the defaults). */
  updatedByName: Scalars['String']['output'];
  /** Window in days back from the day of assessment: penalties decided (PENALTIES*, PENALTY_FINES*) or complaints received (COMPLAINTS*) within it count; null for ABNORMAL_LISTING. */
  windowDays?: Maybe<Scalars['Int']['output']>;
};

/** One market-supervision risk rule (市场监管风险规则) to set. */
export type MarketRiskRuleInput = {
  /** The condition whose rule is set. */
  condition: MarketRiskCondition;
  /** Level of the signal when the condition holds; NONE raises none. */
  level: RiskLevel;
  /** Required for PENALTIES* and COMPLAINTS* (a count, 1 to 1,000) and PENALTY_FINES* (yuan, 1 to 1,000,000,000); left out for ABNORMAL_LISTING. */
  threshold?: InputMaybe<Scalars['Int']['input']>;
  /** For PENALTIES*, PENALTY_FINES* and COMPLAINTS*: the window in days (1 to 3,660) within which penalties decided or complaints received count; left out, the rule keeps its window; left out for ABNORMAL_LISTING. */
  windowDays?: InputMaybe<Scalars['Int']['input']>;
};

/** One risk signal (风险信号) market supervision contributes to the cross-department risk assessment, computed from its own records. */
export type MarketRiskSignal = {
  __typename?: 'MarketRiskSignal';
  /** What the signal is about. */
  category: MarketRiskCategory;
  /** What lies behind it (counts, amounts): for market supervision's officers and coordinators; null for everyone else (need-to-know). */
  detail?: Maybe<Scalars['String']['output']>;
  /** How strong it is. */
  level: RiskSignalLevel;
  /** The day the condition was observed: the listing day, the latest penalty decision, the latest complaint. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  observedAt: Scalars['Date']['output'];
};

/** What happened to a mediation case at one step of its timeline. */
export type MediationAction =
  /** Handed up to the next grade (逐级上报) with a reason. */
  | 'ESCALATED'
  /** Closed without an agreement (调解不成). */
  | 'FAILED'
  /** The lawsuit it went to was concluded (结案): judgment, settled in court or withdrawn. */
  | 'LITIGATION_CONCLUDED'
  /** The failed dispute went to court (转诉讼): a litigation record is linked. */
  | 'LITIGATION_FILED'
  /** The case was opened (受理) at its first grade. */
  | 'OPENED'
  /** Closed with an agreement (调解成功). */
  | 'SETTLED';

/** A people's mediation case (人民调解) involving the enterprise, graded community, street or district (矛盾纠纷分级调解). Summary fields for every department; case text for the judicial bureau and coordinators. */
export type MediationCase = {
  __typename?: 'MediationCase';
  /** FULL for the judicial bureau and coordinators; SUMMARY for other departments and the enterprise itself (no case text). */
  access: RecordAccess;
  /** Case number given by the mediation committee (调解案号), e.g. 清调〔2026〕0012号. */
  caseNo: Scalars['String']['output'];
  /** What the dispute is about (summary). */
  category: DisputeCategory;
  /** When the case was closed; null while open. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  closedOn?: Maybe<Scalars['Date']['output']>;
  /** The agreement reached or why mediation failed; null while open. Case text: null with FORBIDDEN unless access is FULL. */
  closingNote?: Maybe<Scalars['String']['output']>;
  /** The dispute in full. Case text: null with FORBIDDEN unless access is FULL (null also when none was recorded). */
  description?: Maybe<Scalars['String']['output']>;
  /** The enterprise the dispute involves. */
  enterprise: Enterprise;
  /** Grade that mediates the dispute now. */
  grade: MediationGrade;
  /** Since when the case is at its current grade (the day it was opened or last escalated). A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  gradeSince: Scalars['Date']['output'];
  /** Global id of the case (`MediationCase:<n>`). */
  id: Scalars['ID']['output'];
  /** The hub request (诉求) the case was opened for; null when none. The hub shows it only to whom may see that request. */
  issue?: Maybe<Issue>;
  /** Legal-aid requests (法律援助) linked to the case. Null with FORBIDDEN unless access is FULL. */
  legalAidRequests?: Maybe<Array<LegalAidRequest>>;
  /** The lawsuit a failed case went to (转诉讼); null when none. Null with FORBIDDEN unless access is FULL. */
  litigation?: Maybe<Litigation>;
  /** When the case was opened (受理日期). A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  openedOn: Scalars['Date']['output'];
  /** The other parties (personal data). Null with FORBIDDEN unless access is FULL. */
  parties?: Maybe<Scalars['String']['output']>;
  /** Open, settled or failed. */
  status: MediationStatus;
  /** Short title of the dispute. Case text: null with FORBIDDEN unless access is FULL. */
  subject?: Maybe<Scalars['String']['output']>;
  /** The case timeline, oldest first: opened, each escalation with its reason, closing, court. Null with FORBIDDEN unless access is FULL. */
  timeline?: Maybe<Array<MediationStep>>;
};

/** One page of a cursor-paginated list of MediationCase items (Relay-style connection); the list field says the order. */
export type MediationCaseConnection = {
  __typename?: 'MediationCaseConnection';
  /** The items of this page, in order. */
  edges: Array<MediationCaseEdge>;
  /** Where this page ends and whether more follows. */
  pageInfo: PageInfo;
  /** Number of items matching the filter (all pages). Counted only when selected: it costs one more SQL statement, so leave it out when paging. */
  totalCount: Scalars['Int']['output'];
};

/** One MediationCase of a page, with its cursor. */
export type MediationCaseEdge = {
  __typename?: 'MediationCaseEdge';
  /** Opaque position of this item: pass it as `after` (or `before`) to page from here. */
  cursor: Scalars['String']['output'];
  /** The MediationCase. */
  node: MediationCase;
};

/** Narrows the judicial work list of mediation cases. */
export type MediationCaseFilter = {
  /** Only disputes of this category. */
  category?: InputMaybe<DisputeCategory>;
  /** Only cases of this enterprise (USCC). */
  enterpriseUscc?: InputMaybe<Scalars['ID']['input']>;
  /** Only cases at this grade. */
  grade?: InputMaybe<MediationGrade>;
  /** Only cases in this status. */
  status?: InputMaybe<MediationStatus>;
};

/** Level that mediates a dispute (矛盾纠纷分级调解): community → street → district. */
export type MediationGrade =
  /** Village or residents' committee mediation (村居调解), the first grade. */
  | 'COMMUNITY'
  /** District or county mediation (区县调解), the highest grade. */
  | 'DISTRICT'
  /** Town or street mediation (镇街调解), the second grade. */
  | 'STREET';

/** How a mediation case closes. */
export type MediationOutcome =
  /** No agreement (调解不成); litigation may follow (recordLitigation). */
  | 'FAILED'
  /** The parties reached an agreement (调解成功). */
  | 'SETTLED';

/** Where a mediation case is: OPEN → SETTLED | FAILED (a failed case may go to court). */
export type MediationStatus =
  /** No agreement was reached (调解不成); litigation may follow. */
  | 'FAILED'
  /** Mediation under way (调解中). */
  | 'OPEN'
  /** The parties reached an agreement (调解成功). */
  | 'SETTLED';

/** One step of a mediation case's timeline: opened, escalated, closed, taken to court. */
export type MediationStep = {
  __typename?: 'MediationStep';
  /** What happened. */
  action: MediationAction;
  /** Name of the judicial officer who did it. */
  actorName: Scalars['String']['output'];
  /** When the step was recorded. An instant, ISO 8601 in UTC. */
  at: Scalars['DateTimeISO']['output'];
  /** Grade before an escalation; null for other steps. */
  fromGrade?: Maybe<MediationGrade>;
  /** Grade of the case after the step. */
  grade: MediationGrade;
  /** Global id of the step (`MediationStep:<n>`). */
  id: Scalars['ID']['output'];
  /** Why (escalation reason), the agreement or why mediation failed. */
  note?: Maybe<Scalars['String']['output']>;
  /** Status of the case after the step. */
  status: MediationStatus;
};

/** Detail of ADJOURNED. */
export type MeetingAdjournedDetail = {
  __typename?: 'MeetingAdjournedDetail';
  /** The closing summary, if one was given. */
  summary?: Maybe<Scalars['String']['output']>;
};

/** Detail of CANCELLED. */
export type MeetingCancelledDetail = {
  __typename?: 'MeetingCancelledDetail';
  /** Why the meeting was cancelled. */
  reason: Scalars['String']['output'];
};

/** Minutes (会议纪要) of a joint meeting: structured, and as a printable Chinese Markdown document. */
export type MeetingMinutes = {
  __typename?: 'MeetingMinutes';
  /** When it was adjourned. An instant, ISO 8601 in UTC. */
  adjournedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** One row per department: invited, present, who attended, who was absent. */
  attendance: Array<MinutesAttendance>;
  /** Convening department name in Chinese. */
  conveningDepartment: Scalars['String']['output'];
  /** The agenda in order, with decisions and action items. */
  items: Array<MinutesItem>;
  /** REGULAR or AD_HOC. */
  kind: Scalars['String']['output'];
  /** Room or video link. */
  location: Scalars['String']['output'];
  /** The minutes as Chinese Markdown, times in the hub time zone, ready to print. */
  markdown: Scalars['String']['output'];
  /** Action items of the previous meeting reviewed here. */
  previousActionItems: Array<MinutesActionItem>;
  /** Scheduled time. An instant, ISO 8601 in UTC. */
  scheduledAt: Scalars['DateTimeISO']['output'];
  /** When it opened. An instant, ISO 8601 in UTC. */
  startedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Meeting status. */
  status: Scalars['String']['output'];
  /** Closing summary (or the reason it was cancelled). */
  summary?: Maybe<Scalars['String']['output']>;
  /** The IANA time zone the Markdown writes times in. */
  timeZone: Scalars['String']['output'];
  /** Meeting title. */
  title: Scalars['String']['output'];
};

/** Detail of SCHEDULED. */
export type MeetingScheduledDetail = {
  __typename?: 'MeetingScheduledDetail';
  /** When it is to take place. An instant, ISO 8601 in UTC. */
  scheduledAt: Scalars['DateTimeISO']['output'];
  /** The meeting title. */
  title: Scalars['String']['output'];
};

/** Detail of STARTED. */
export type MeetingStartedDetail = {
  __typename?: 'MeetingStartedDetail';
  /** When the meeting opened. An instant, ISO 8601 in UTC. */
  startedAt: Scalars['DateTimeISO']['output'];
};

/** Merging a duplicate request (重复诉求合并) into the request of the same enterprise it repeats. */
export type MergeIssueInput = {
  /** Id of the duplicate: it closes as MERGED. */
  duplicateId: Scalars['ID']['input'];
  /** Why they are the same matter (kept in both timelines). */
  reason: Scalars['String']['input'];
  /** Id of the request that carries on for both (same enterprise, still open). */
  survivorId: Scalars['ID']['input'];
};

/** What mergeIssue returns: both requests after the merge. */
export type MergeIssuePayload = {
  __typename?: 'MergeIssuePayload';
  /** The duplicate, now MERGED, with mergedInto and the timeline entry naming the survivor. */
  duplicate: Issue;
  /** The request that carries on for both, with mergedFrom and the timeline entry naming the duplicate. */
  survivor: Issue;
};

/** An action item as the minutes record it. */
export type MinutesActionItem = {
  __typename?: 'MinutesActionItem';
  /** Due date (hub time zone), null when unknown yet. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  dueDate?: Maybe<Scalars['Date']['output']>;
  /** Open and past its due date (hub time zone). */
  overdue: Scalars['Boolean']['output'];
  /** Owner department code. */
  ownerDepartmentCode: Scalars['String']['output'];
  /** Owner department name in Chinese. */
  ownerDepartmentName: Scalars['String']['output'];
  /** OPEN or DONE. */
  status: Scalars['String']['output'];
  /** The task. */
  task: Scalars['String']['output'];
};

/** One department's attendance: one row per department. */
export type MinutesAttendance = {
  __typename?: 'MinutesAttendance';
  /** Names of people invited by name who did not attend. */
  absentees: Array<Scalars['String']['output']>;
  /** Names of the people who attended for it. */
  attendees: Array<Scalars['String']['output']>;
  /** Department code. */
  departmentCode: Scalars['String']['output'];
  /** Department name in Chinese. */
  departmentName: Scalars['String']['output'];
  /** Whether the department was invited. */
  invited: Scalars['Boolean']['output'];
  /** Whether anyone attended for it. */
  present: Scalars['Boolean']['output'];
};

/** An agenda item as the minutes record it. */
export type MinutesItem = {
  __typename?: 'MinutesItem';
  /** Action items the decision created. */
  actionItems: Array<MinutesActionItem>;
  /** The decision, if decided. */
  decision?: Maybe<Scalars['String']['output']>;
  /** Why it was deferred, if it was. */
  deferredReason?: Maybe<Scalars['String']['output']>;
  /** 1-based position on the agenda. */
  position: Scalars['Float']['output'];
  /** PENDING, DISCUSSING, DECIDED or DEFERRED. */
  status: Scalars['String']['output'];
  /** The item title (request number and title). */
  title: Scalars['String']['output'];
};

/** A new place on the agenda for one item. */
export type MoveAgendaItemInput = {
  /** Id of the agenda item to move. */
  agendaItemId: Scalars['ID']['input'];
  /** New 1-based position on the agenda. */
  position: Scalars['Int']['input'];
};

/** What moveAgendaItem returns: the agenda item and its meeting after it moved. */
export type MoveAgendaItemPayload = {
  __typename?: 'MoveAgendaItemPayload';
  /** The agenda item (议题) after it moved. */
  agendaItem: AgendaItem;
  /** The meeting the item is on, as it now stands (agenda order, current item). */
  meeting: JointMeeting;
};

/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type Mutation = {
  __typename?: 'Mutation';
  /** The lead department signs for the request (签收). */
  acceptIssue: AcceptIssuePayload;
  /** The receiving department signs for a referral (签收). A transfer moves ownership. */
  acceptReferral: AcceptReferralPayload;
  /** Coordinators: put an escalated request on a scheduled meeting's agenda (last position). */
  addAgendaItem: AddAgendaItemPayload;
  /** Attach photos or documents (附件) to a request (whoever may see it) or to its reply (the lead department). Send as a multipart request through the gateway; a file too large, of a type not accepted (judged by content) or refused by the virus scan is BAD_USER_INPUT naming it, and nothing is stored. */
  addAttachments: AddAttachmentsPayload;
  /** List an enterprise in the abnormal-operation list (经营异常名录 列入); CONFLICT while it is still listed. Market supervision officers only. */
  addToAbnormalList: AddToAbnormalListPayload;
  /** Police liaison officers: attach photos or documents (附件) to a visit (走访). Multipart request through the gateway; a file too large, of a type not accepted or refused by the virus scan is BAD_USER_INPUT, and nothing is stored. */
  addVisitAttachments: AddVisitAttachmentsPayload;
  /** Coordinators: close the meeting (ADJOURNED); items not decided stay on the requests' agenda list. */
  adjournJointMeeting: AdjournJointMeetingPayload;
  /** Assign a liaison officer (一企一警) to a key enterprise, or replace the current one (a reason is then required and the old assignment ends today). Police administrators only. */
  assignLiaisonOfficer: AssignLiaisonOfficerPayload;
  /** Coordinators: cancel a meeting that has not started. */
  cancelJointMeeting: CancelJointMeetingPayload;
  /** The referring department withdraws a pending referral. */
  cancelReferral: CancelReferralPayload;
  /** Take a step in handling a complaint: RECEIVED → HANDLING → CLOSED, or RECEIVED → DISMISSED; CONFLICT for any other step. Market supervision officers only. */
  changeComplaintStatus: ChangeComplaintStatusPayload;
  /** Take a step in the life of a penalty: DECIDED → PAID | APPEALED, APPEALED → DECIDED (upheld) | REVOKED; CONFLICT for any other step. Market supervision officers only. */
  changePenaltyStatus: ChangePenaltyStatusPayload;
  /** Close an open case as settled or failed, once (CONFLICT when already closed). Judicial officers only. */
  closeMediationCase: CloseMediationCasePayload;
  /** The owner department reports an action item done. */
  completeActionItem: CompleteActionItemPayload;
  /** The assisting department marks its part of an accepted ASSIST referral done. */
  completeReferral: CompleteReferralPayload;
  /** Conclude a pending lawsuit (结案): judgment, settled in court or withdrawn, with the day and an optional note; once (CONFLICT when already concluded). A concluded lawsuit no longer raises a judicial risk signal. Judicial officers only. */
  concludeLitigation: ConcludeLitigationPayload;
  /** Prepare an export (导出) of a requests list or of departmentPerformance as CSV or XLSX: checks access, the filter and the limits (EXPORT_MAX_ROWS rows; EXPORT_MAX_PER_HOUR exports per user and hour, else RATE_LIMITED with retryAfter) and returns a short-lived signed download link on the gateway. */
  createExport: CreateExportPayload;
  /** Coordinators: approve (the reply deadline moves; the original is kept) or refuse (with a reason) an extension, once. */
  decideExtension: DecideExtensionPayload;
  /** Grant or refuse (with a reason) a received legal-aid request, once: CONFLICT when already decided. Judicial officers only. */
  decideLegalAidRequest: DecideLegalAidRequestPayload;
  /** Defer an item to the next meeting of the series; the request stays ESCALATED. */
  deferAgendaItem: DeferAgendaItemPayload;
  /** Delete a response template: officers of its department or coordinators. */
  deleteResponseTemplate: DeleteResponseTemplatePayload;
  /** End a key enterprise's current liaison assignment today; CONFLICT when it has none. Police administrators only. */
  endLiaisonAssignment: EndLiaisonAssignmentPayload;
  /** Coordinators: put the request on the joint-meeting agenda list (ESCALATED). */
  escalateIssue: EscalateIssuePayload;
  /** Hand an open case up to the next grade (村居 → 镇街 → 区县) with a reason; CONFLICT at the district grade or when the case is closed. Judicial officers only. */
  escalateMediationCase: EscalateMediationCasePayload;
  /** Mark the caller (and their department) present. */
  joinJointMeeting: JoinJointMeetingPayload;
  /** Coordinators: merge a duplicate request (重复诉求合并) into the request of the same enterprise it repeats. The duplicate closes as MERGED (from SUBMITTED, ASSIGNED, ACCEPTED, IN_PROGRESS or REOPENED; nothing pending on it); the survivor must not be CLOSED or MERGED. Both timelines are kept, each naming the other; the enterprise hears it on issueEvents. */
  mergeIssue: MergeIssuePayload;
  /** Move an agenda item to a 1-based position. */
  moveAgendaItem: MoveAgendaItemPayload;
  /** Open a mediation case (受理调解) at its first grade, optionally for a hub request (诉求), linking both ways (`MediationCase.issue`, `Issue.mediationCases`). Judicial officers only. */
  openMediationCase: OpenMediationCasePayload;
  /** The enterprise rates the answer; DISSATISFIED reopens the request. */
  rateIssue: RateIssuePayload;
  /** Record a year's tax credit rating (纳税信用等级); CONFLICT when the year is rated already (re-rate instead). Tax officers only. */
  rateTaxCredit: RateTaxCreditPayload;
  /** Record an alert (警情) involving a key enterprise, with category and severity. Police officers and administrators only. */
  recordAlert: RecordAlertPayload;
  /** Register a consumer complaint (消费者投诉) about an enterprise; it starts RECEIVED. Market supervision officers only. */
  recordComplaint: RecordComplaintPayload;
  /** Decide the item under discussion; action items go to their owner departments. */
  recordDecision: RecordDecisionPayload;
  /** Record the follow-up visit (回访): closes the request, or reopens it if the problem persists. */
  recordFollowUp: RecordFollowUpPayload;
  /** Record an on-site inspection (现场检查) and its result. Market supervision officers only. */
  recordInspection: RecordInspectionPayload;
  /** Record that a missed filing came in late (补申报): MISSED → FILED_LATE; CONFLICT from any other status. Tax officers only. */
  recordLateFiling: RecordLateFilingPayload;
  /** Record a legal-aid request (法律援助申请) concerning an enterprise, status RECEIVED. Judicial officers only. */
  recordLegalAidRequest: RecordLegalAidRequestPayload;
  /** Record a lawsuit involving an enterprise (涉企诉讼); from a failed mediation case (转诉讼) it is linked to the case, once (CONFLICT for an open or settled case, or a second lawsuit). Judicial officers only. */
  recordLitigation: RecordLitigationPayload;
  /** Record an administrative penalty (行政处罚); it starts DECIDED. CONFLICT for a decision number already recorded. Market supervision officers only. */
  recordPenalty: RecordPenaltyPayload;
  /** Record a safety training (安全培训) held for a key enterprise: date, topic, attendees. Police officers and administrators only. */
  recordSafetyTraining: RecordSafetyTrainingPayload;
  /** Record tax arrears (欠税). Tax officers only. */
  recordTaxArrears: RecordTaxArrearsPayload;
  /** Record a period's filing compliance (纳税申报): filed on time, filed late, or missed; one record per enterprise and period (CONFLICT for a second). Tax officers only. */
  recordTaxFiling: RecordTaxFilingPayload;
  /** Record a visit (走访) by the calling liaison officer. Police officers with an officer record only. */
  recordVisit: RecordVisitPayload;
  /** Refer a request to another department: TRANSFER (移交) or ASSIST (协办). Idempotent per idempotencyKey. */
  referIssue: ReferIssuePayload;
  /** The receiving department sends a referral back (退回) with a reason. */
  rejectReferral: RejectReferralPayload;
  /** Coordinators: take an item off the agenda of a meeting not yet adjourned; its request stays ESCALATED. */
  removeAgendaItem: RemoveAgendaItemPayload;
  /** Remove an enterprise from the abnormal-operation list (经营异常名录 移出), keeping the listing as history; CONFLICT when it is not listed. Market supervision officers only. */
  removeFromAbnormalList: RemoveFromAbnormalListPayload;
  /** Reopen a resolved or closed request (coordinators, or the lead department administrator). */
  reopenIssue: ReopenIssuePayload;
  /** A problem found on a police visit (走访) becomes a request (诉求) in one step: channel VISIT, submitted by the calling officer, routed by the rules, linked both ways (Issue.originVisit, Visit.issues). One request per problem: a retry returns it (`replayed`); the same problem in another category is CONFLICT. Police officers only. */
  reportVisitProblem: ReportVisitProblemPayload;
  /** The lead department asks for more working days (延期), before the reply deadline passes; CONFLICT after it or while another is pending. */
  requestExtension: RequestExtensionPayload;
  /** Conclude the work (办结) with a resolution. */
  resolveIssue: ResolveIssuePayload;
  /** Reply to the enterprise; the first reply counts against the deadline. */
  respondToIssue: RespondToIssuePayload;
  /** Re-rate a year (复评): the grade changes and the revision (from, to, why, when) is kept; CONFLICT when the year is not rated or already has that grade. Tax officers only. */
  reviseTaxCreditRating: ReviseTaxCreditRatingPayload;
  /** Coordinators: choose the lead (主办) and assisting (协办) departments, overriding the rules. */
  routeIssue: RouteIssuePayload;
  /** Add or rename a department: routing targets are data. */
  saveDepartment: SaveDepartmentPayload;
  /** Add or edit a request category and its reply limit in working days. */
  saveIssueCategory: SaveIssueCategoryPayload;
  /** Create or replace a response template: officers of its department or coordinators. Unknown placeholders are BAD_USER_INPUT. */
  saveResponseTemplate: SaveResponseTemplatePayload;
  /** Create or edit a routing rule. */
  saveRoutingRule: SaveRoutingRulePayload;
  /** Coordinators: schedule a meeting (or a quarterly series) with invitations and an agenda of escalated requests. */
  scheduleJointMeeting: ScheduleJointMeetingPayload;
  /** Set judicial risk rules (司法风险规则) and reassess every enterprise's judicial signals. Judicial administrators only. */
  setJudicialRiskRules: SetJudicialRiskRulesPayload;
  /** Set market-supervision risk rules (市场监管风险规则) and reassess every enterprise's market signals. Market administrators only. */
  setMarketRiskRules: SetMarketRiskRulesPayload;
  /** Replace the police risk rules (风险规则) and reassess every enterprise's police signals. Police administrators only. */
  setPoliceRiskRules: SetPoliceRiskRulesPayload;
  /** Set tax risk rules (税务风险规则) and reassess every taxpayer's tax signals. Tax administrators only. */
  setTaxRiskRules: SetTaxRiskRulesPayload;
  /** Set how often a key enterprise must be visited (走访周期); its next due day moves accordingly. Police administrators only. */
  setVisitInterval: SetVisitIntervalPayload;
  /** Add or replace a year of the official holiday arrangement (holidays and make-up workdays), e.g. as `npm run calendar:from-notice` reads it from the State Council notice. In the same transaction every provisional deadline (暂定: counted Monday to Friday for want of a year) of requests, referrals and action items is recomputed, each change with an event (DEADLINE_SET, ACTION_ITEM_DUE_DATE_SET). */
  setWorkdayCalendarYear: SetWorkdayCalendarYearPayload;
  /** Record that arrears were paid off (清缴); CONFLICT when they were settled already. Tax officers only. */
  settleTaxArrears: SettleTaxArrearsPayload;
  /** Coordinators: split a request (拆分) into two for different departments. The first part stays with the request (a request already signed for stays with its lead department), the second becomes a new request of the same enterprise routed to its department; the two are linked both ways (splitFrom, splitInto). From SUBMITTED, ASSIGNED, ACCEPTED, IN_PROGRESS or REOPENED. */
  splitIssue: SplitIssuePayload;
  /** Take up an agenda item: one at a time. */
  startAgendaItem: StartAgendaItemPayload;
  /** The lead department starts working the request (IN_PROGRESS). */
  startIssueWork: StartIssueWorkPayload;
  /** Coordinators: open the meeting (IN_SESSION). */
  startJointMeeting: StartJointMeetingPayload;
  /** Submit a request (诉求). Routed automatically when a routing rule matches. */
  submitIssue: SubmitIssuePayload;
  /** Coordinators, or the enterprise that submitted it: urge (催办) an open request. At most once per working day in the hub time zone (a second time is CONFLICT); the lead department hears it live (issueEvents, URGED). */
  urgeIssue: UrgeIssuePayload;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationAcceptIssueArgs = {
  input: AcceptIssueInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationAcceptReferralArgs = {
  input: AcceptReferralInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationAddAgendaItemArgs = {
  input: AddAgendaItemInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationAddAttachmentsArgs = {
  input: AddAttachmentsInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationAddToAbnormalListArgs = {
  input: AddToAbnormalListInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationAddVisitAttachmentsArgs = {
  input: AddVisitAttachmentsInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationAdjournJointMeetingArgs = {
  input: AdjournJointMeetingInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationAssignLiaisonOfficerArgs = {
  input: AssignLiaisonOfficerInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationCancelJointMeetingArgs = {
  input: CancelJointMeetingInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationCancelReferralArgs = {
  input: CancelReferralInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationChangeComplaintStatusArgs = {
  input: ChangeComplaintStatusInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationChangePenaltyStatusArgs = {
  input: ChangePenaltyStatusInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationCloseMediationCaseArgs = {
  input: CloseMediationCaseInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationCompleteActionItemArgs = {
  input: CompleteActionItemInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationCompleteReferralArgs = {
  input: CompleteReferralInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationConcludeLitigationArgs = {
  input: ConcludeLitigationInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationCreateExportArgs = {
  input: CreateExportInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationDecideExtensionArgs = {
  input: DecideExtensionInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationDecideLegalAidRequestArgs = {
  input: DecideLegalAidRequestInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationDeferAgendaItemArgs = {
  input: DeferAgendaItemInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationDeleteResponseTemplateArgs = {
  input: DeleteResponseTemplateInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationEndLiaisonAssignmentArgs = {
  input: EndLiaisonAssignmentInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationEscalateIssueArgs = {
  input: EscalateIssueInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationEscalateMediationCaseArgs = {
  input: EscalateMediationCaseInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationJoinJointMeetingArgs = {
  input: JoinJointMeetingInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationMergeIssueArgs = {
  input: MergeIssueInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationMoveAgendaItemArgs = {
  input: MoveAgendaItemInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationOpenMediationCaseArgs = {
  input: OpenMediationCaseInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationRateIssueArgs = {
  input: RateIssueInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationRateTaxCreditArgs = {
  input: RateTaxCreditInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationRecordAlertArgs = {
  input: RecordAlertInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationRecordComplaintArgs = {
  input: RecordComplaintInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationRecordDecisionArgs = {
  input: RecordDecisionInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationRecordFollowUpArgs = {
  input: RecordFollowUpInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationRecordInspectionArgs = {
  input: RecordInspectionInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationRecordLateFilingArgs = {
  input: RecordLateFilingInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationRecordLegalAidRequestArgs = {
  input: RecordLegalAidRequestInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationRecordLitigationArgs = {
  input: RecordLitigationInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationRecordPenaltyArgs = {
  input: RecordPenaltyInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationRecordSafetyTrainingArgs = {
  input: RecordSafetyTrainingInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationRecordTaxArrearsArgs = {
  input: RecordTaxArrearsInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationRecordTaxFilingArgs = {
  input: RecordTaxFilingInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationRecordVisitArgs = {
  input: RecordVisitInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationReferIssueArgs = {
  input: ReferIssueInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationRejectReferralArgs = {
  input: RejectReferralInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationRemoveAgendaItemArgs = {
  input: RemoveAgendaItemInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationRemoveFromAbnormalListArgs = {
  input: RemoveFromAbnormalListInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationReopenIssueArgs = {
  input: ReopenIssueInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationReportVisitProblemArgs = {
  input: ReportVisitProblemInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationRequestExtensionArgs = {
  input: RequestExtensionInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationResolveIssueArgs = {
  input: ResolveIssueInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationRespondToIssueArgs = {
  input: RespondToIssueInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationReviseTaxCreditRatingArgs = {
  input: ReviseTaxCreditRatingInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationRouteIssueArgs = {
  input: RouteIssueInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationSaveDepartmentArgs = {
  input: SaveDepartmentInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationSaveIssueCategoryArgs = {
  input: SaveIssueCategoryInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationSaveResponseTemplateArgs = {
  input: SaveResponseTemplateInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationSaveRoutingRuleArgs = {
  input: SaveRoutingRuleInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationScheduleJointMeetingArgs = {
  input: ScheduleJointMeetingInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationSetJudicialRiskRulesArgs = {
  input: SetJudicialRiskRulesInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationSetMarketRiskRulesArgs = {
  input: SetMarketRiskRulesInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationSetPoliceRiskRulesArgs = {
  input: SetPoliceRiskRulesInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationSetTaxRiskRulesArgs = {
  input: SetTaxRiskRulesInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationSetVisitIntervalArgs = {
  input: SetVisitIntervalInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationSetWorkdayCalendarYearArgs = {
  input: SetWorkdayCalendarYearInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationSettleTaxArrearsArgs = {
  input: SettleTaxArrearsInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationSplitIssueArgs = {
  input: SplitIssueInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationStartAgendaItemArgs = {
  input: StartAgendaItemInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationStartIssueWorkArgs = {
  input: StartIssueWorkInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationStartJointMeetingArgs = {
  input: StartJointMeetingInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationSubmitIssueArgs = {
  input: SubmitIssueInput;
};


/** Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data. */
export type MutationUrgeIssueArgs = {
  input: UrgeIssueInput;
};

/** An object with a global id (Relay Node). `node(id)` refetches it, with the same access rules as the lookup of its type. */
export type Node = {
  /** Global id, `<Type>:<key>`, unique across all types. Treat it as opaque. */
  id: Scalars['ID']['output'];
};

/** A police liaison officer (助企警务联络官): covers at least three key enterprises. */
export type Officer = {
  __typename?: 'Officer';
  /** Badge number. */
  badge: Scalars['ID']['output'];
  /** Global id of the officer (`Officer:<badge>`). */
  id: Scalars['ID']['output'];
  /** The officer's name. */
  name: Scalars['String']['output'];
  /** Contact phone enterprises may call. */
  phone: Scalars['String']['output'];
  /** The liaison station the officer belongs to. */
  station: Station;
};

/** Open a mediation case (受理调解) about an enterprise, optionally for a hub request (诉求). */
export type OpenMediationCaseInput = {
  /** Case number of the mediation committee (at most 40 characters); generated (司调〔year〕n号) when omitted. */
  caseNo?: InputMaybe<Scalars['String']['input']>;
  /** What the dispute is about. */
  category: DisputeCategory;
  /** What the dispute is about in full (at most 5,000 characters). Case text. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Unified social credit code of the enterprise the dispute involves. */
  enterpriseUscc: Scalars['ID']['input'];
  /** First grade; COMMUNITY (村居) when omitted. */
  grade?: InputMaybe<MediationGrade>;
  /** Global id of the hub request (`Issue:<n>`) the case is opened for; at most one open case per request. */
  issueId?: InputMaybe<Scalars['ID']['input']>;
  /** Day the case was accepted (受理); today when omitted, never in the future. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  openedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The other parties, e.g. 王某等12名员工 (at most 1,000 characters). Personal data. */
  parties?: InputMaybe<Scalars['String']['input']>;
  /** Short title of the dispute, e.g. 拖欠三个月工资 (at most 200 characters). Case text. */
  subject: Scalars['String']['input'];
};

/** Result of openMediationCase. */
export type OpenMediationCasePayload = {
  __typename?: 'OpenMediationCasePayload';
  /** The case as opened (status OPEN, its first timeline step). */
  mediationCase: MediationCase;
};

/** Where a page of a cursor connection ends, and whether more follows (Relay PageInfo). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item on this page; null when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page: ask again with `first` and `after: endCursor`. When paging backward (`last`), true if `before` was given. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items come before this page: ask again with `last` and `before: startCursor`. When paging forward (`first`), true if `after` was given. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item on this page; null when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Detail of PARTICIPANT_JOINED. */
export type ParticipantJoinedDetail = {
  __typename?: 'ParticipantJoinedDetail';
  /** Code of the department they joined for. */
  department: Scalars['String']['output'];
  /** Their name. */
  name: Scalars['String']['output'];
  /** User id of the person who joined. */
  userId: Scalars['ID']['output'];
};

/** An administrative penalty (行政处罚) decided by market supervision. Confidential (need-to-know): amounts and violations are for FULL access only. */
export type Penalty = {
  __typename?: 'Penalty';
  /** When the penalty was decided. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  decidedOn: Scalars['Date']['output'];
  /** Penalty decision number (处罚决定书文号); unique. */
  decisionNo: Scalars['String']['output'];
  /** Fine (罚款) in yuan as a decimal string with two decimals, e.g. "12500.00". */
  fine: Scalars['String']['output'];
  /**
   * Fine in yuan, as a float.
   * @deprecated A float cannot hold every amount in fen exactly: read `fine` (a decimal string).
   */
  fineYuan: Scalars['Float']['output'];
  /** Global id of the penalty (`Penalty:<n>`). */
  id: Scalars['ID']['output'];
  /** Where the penalty stands. */
  status: PenaltyStatus;
  /** Day of the latest status change (paid, appealed, upheld, revoked); null while as decided. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  statusChangedOn?: Maybe<Scalars['Date']['output']>;
  /** Note on the latest status change (e.g. the payment receipt or the reconsideration decision). */
  statusNote?: Maybe<Scalars['String']['output']>;
  /** The violation penalised. */
  violation: Scalars['String']['output'];
};

/** A step in the life of an administrative penalty (行政处罚). */
export type PenaltyAction =
  /** The enterprise applied for reconsideration or sued: DECIDED → APPEALED. */
  | 'APPEAL'
  /** The fine was paid: DECIDED → PAID. */
  | 'PAY'
  /** The appeal succeeded, the penalty is revoked: APPEALED → REVOKED. */
  | 'REVOKE'
  /** The appeal failed, the fine is due again: APPEALED → DECIDED. */
  | 'UPHOLD';

/** One page of a cursor-paginated list of Penalty items (Relay-style connection); the list field says the order. */
export type PenaltyConnection = {
  __typename?: 'PenaltyConnection';
  /** The items of this page, in order. */
  edges: Array<PenaltyEdge>;
  /** Where this page ends and whether more follows. */
  pageInfo: PageInfo;
  /** Number of items matching the filter (all pages). Counted only when selected: it costs one more SQL statement, so leave it out when paging. */
  totalCount: Scalars['Int']['output'];
};

/** One Penalty of a page, with its cursor. */
export type PenaltyEdge = {
  __typename?: 'PenaltyEdge';
  /** Opaque position of this item: pass it as `after` (or `before`) to page from here. */
  cursor: Scalars['String']['output'];
  /** The Penalty. */
  node: Penalty;
};

/** Where an administrative penalty (行政处罚) stands. */
export type PenaltyStatus =
  /** Under administrative reconsideration or litigation (复议/诉讼中). */
  | 'APPEALED'
  /** Decided (已决定): the fine is due. */
  | 'DECIDED'
  /** The fine has been paid (已缴纳); final. */
  | 'PAID'
  /** Revoked on appeal (已撤销); final. */
  | 'REVOKED';

/** A person who did something in the hub (submitted, proposed, answered), as their token named them at the time. */
export type Person = {
  __typename?: 'Person';
  /** The department they acted for; null for enterprise users and coordinators without one. */
  department?: Maybe<Department>;
  /** User id (the token subject). */
  id: Scalars['ID']['output'];
  /** Display name (falls back to the user id for records made before names were kept). */
  name: Scalars['String']['output'];
};

/** What the police know of one enterprise: its liaison officer (一企一警), visits and alerts. */
export type PoliceProfile = {
  __typename?: 'PoliceProfile';
  /** FULL for the police, coordinators and the enterprise itself; SUMMARY for other departments. */
  access: RecordAccess;
  /** Number of alerts recorded (summary). */
  alertCount: Scalars['Int']['output'];
  /** Alerts (警情) counted by category and severity, most severe first (summary: every department that may see the enterprise). */
  alertTally: Array<AlertTally>;
  /**
   * Alerts and incidents (警情), newest first, all of them. Confidential: null with FORBIDDEN unless access is FULL.
   * @deprecated Unbounded: every record in one list. Read `alertsConnection` (a page at a time, first/after).
   */
  alerts?: Maybe<Array<Alert>>;
  /** Alerts and incidents (警情), newest first, a page at a time. Confidential: null with FORBIDDEN unless access is FULL. */
  alertsConnection?: Maybe<AlertConnection>;
  /** Date of the latest visit (summary). A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  lastVisitedOn?: Maybe<Scalars['Date']['output']>;
  /** The liaison officers (一企一警) the enterprise has had, newest first, with from/to dates and reasons. Null with FORBIDDEN unless access is FULL. */
  liaisonHistory?: Maybe<Array<LiaisonAssignment>>;
  /** The named liaison officer (一企一警), for key enterprises. */
  liaisonOfficer?: Maybe<Officer>;
  /**
   * Safety trainings (安全培训) the police held for the enterprise, newest first, all of them (not confidential: a public service).
   * @deprecated Unbounded: every record in one list. Read `safetyTrainingsConnection` (a page at a time, first/after).
   */
  safetyTrainings: Array<SafetyTraining>;
  /** Safety trainings (安全培训) the police held for the enterprise, newest first, a page at a time (not confidential: a public service). */
  safetyTrainingsConnection: SafetyTrainingConnection;
  /** Number of visits recorded (summary). */
  visitCount: Scalars['Int']['output'];
  /**
   * Visits (走访), newest first, all of them. Confidential: null with FORBIDDEN unless access is FULL.
   * @deprecated Unbounded: every record in one list. Read `visitsConnection` (a page at a time, first/after).
   */
  visits?: Maybe<Array<Visit>>;
  /** Visits (走访), newest first, a page at a time. Confidential: null with FORBIDDEN unless access is FULL. */
  visitsConnection?: Maybe<VisitConnection>;
};


/** What the police know of one enterprise: its liaison officer (一企一警), visits and alerts. */
export type PoliceProfileAlertsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** What the police know of one enterprise: its liaison officer (一企一警), visits and alerts. */
export type PoliceProfileSafetyTrainingsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** What the police know of one enterprise: its liaison officer (一企一警), visits and alerts. */
export type PoliceProfileVisitsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Kind of risk signal the police raise from their alerts (警情). */
export type PoliceRiskCategory =
  /** Repeated alerts (多次警情): at least `threshold` alerts within the window. */
  | 'REPEATED_ALERTS'
  /** Severe alerts (重大警情): alerts of at least the rule's minimum severity within the window. */
  | 'SEVERE_ALERTS';

/** A police risk rule (风险规则): how many alerts (警情), of which kind and severity, within how many days, raise which signal at which level. */
export type PoliceRiskRule = {
  __typename?: 'PoliceRiskRule';
  /** Only alerts of this kind count; null: every kind. */
  alertCategory?: Maybe<AlertCategory>;
  /** The signal the rule raises. */
  category: PoliceRiskCategory;
  /** Global id of the rule (`PoliceRiskRule:<n>`). */
  id: Scalars['ID']['output'];
  /** Level of the signal when the rule holds. */
  level: RiskLevel;
  /** Only alerts at least this serious count. */
  minSeverity: AlertSeverity;
  /** How many counting alerts raise the signal. */
  threshold: Scalars['Int']['output'];
  /** When the rule was last set. An instant, ISO 8601 in UTC. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Name of the administrator who set it. */
  updatedByName: Scalars['String']['output'];
  /** Window in days, back from the moment of assessment. */
  windowDays: Scalars['Int']['output'];
};

/** One police risk rule (风险规则). */
export type PoliceRiskRuleInput = {
  /** Only alerts of this kind count; omit for every kind. */
  alertCategory?: InputMaybe<AlertCategory>;
  /** The signal the rule raises. */
  category: PoliceRiskCategory;
  /** Level of the signal when the rule holds (LOW, MEDIUM or HIGH). */
  level: RiskLevel;
  /** Only alerts at least this serious count; LOW (every alert) when omitted. */
  minSeverity?: InputMaybe<AlertSeverity>;
  /** How many counting alerts raise the signal (1 to 1,000). */
  threshold: Scalars['Int']['input'];
  /** Window in days back from the moment of assessment (1 to 3,660). */
  windowDays: Scalars['Int']['input'];
};

/** Reads: enterprises, requests (诉求), referrals, joint meetings, statistics and the caller. */
export type Query = {
  __typename?: 'Query';
  /** Action items from joint meetings: a department's inbox of meeting tasks. */
  actionItems: ActionItemConnection;
  /** One attachment by id; NOT_FOUND if none has that id, FORBIDDEN if its request is not yours to see. */
  attachment: Attachment;
  /** Audit trail rows of every subgraph (安全审计), newest first. AUDITOR only; the query itself is audited. */
  auditTrail: AuditEntryConnection;
  /** The same rows as CSV (UTF-8, header line, CRLF), newest first, for export. AUDITOR only; audited. */
  auditTrailCsv: Scalars['String']['output'];
  /** Consumer complaints (消费者投诉) across enterprises, newest received first, optionally only those in the given statuses: the market officers' work list. Market supervision staff and coordinators. */
  consumerComplaints: ComplaintConnection;
  /** The three rates and companions per department, for requests submitted in [from, to] (Asia/Shanghai days). Freshness: exact as of the last commit — read from per-department-per-day rollups (统计汇总) that every change updates in its own transaction; openOverdue is counted live against today. */
  departmentPerformance: Array<DepartmentPerformance>;
  /** Every department requests can be routed to. */
  departments: Array<Department>;
  /** One enterprise by its unified social credit code; NOT_FOUND if unknown. */
  enterprise: Enterprise;
  /** Enterprises in USCC order; enterprise users see only their own. */
  enterprises: EnterpriseConnection;
  /** Enterprises at risk (维稳风险企业) for the joint-meeting agenda: level at least `level`, optionally only those where `department` has a signal; highest level first, then by USCC. Departments and coordinators. */
  enterprisesAtRisk: EnterpriseRiskConnection;
  /** One request by id; NOT_FOUND if none has that id, FORBIDDEN if it is not yours to see. */
  issue: Issue;
  /** One request by its number as given to the enterprise (e.g. SQ-2026-000123); NOT_FOUND if none has it, FORBIDDEN if it is not yours to see. */
  issueByNumber: Issue;
  /** Request categories and their reply limits. */
  issueCategories: Array<IssueCategory>;
  /** Requests the caller may see, newest first unless `orderBy` says otherwise: inboxes, overdue lists, agenda candidates (status ESCALATED). */
  issues: IssueConnection;
  /** A meeting, for coordinators and invited departments. */
  jointMeeting: JointMeeting;
  /** Upcoming and past meetings the caller takes part in (coordinators: all). */
  jointMeetings: JointMeetingConnection;
  /** The judicial risk rules (司法风险规则) in force. Read by the judicial bureau and joint-meeting coordinators. */
  judicialRiskRules: Array<JudicialRiskRule>;
  /** Legal-aid requests, newest first (e.g. those waiting for a decision). Judicial staff and coordinators. */
  legalAidRequests: LegalAidRequestConnection;
  /** The market-supervision risk rules (市场监管风险规则) in force. Read by market supervision and joint-meeting coordinators. */
  marketRiskRules: Array<MarketRiskRule>;
  /** The caller, as identified by the bearer token. */
  me: Viewer;
  /** One mediation case by id: NOT_FOUND if none has it, FORBIDDEN if the caller may not see it. Other departments get the summary fields; case text is null with FORBIDDEN. */
  mediationCase: MediationCase;
  /** The judicial bureau's mediation cases, newest first, filtered by status, grade, category or enterprise. Judicial staff and coordinators. */
  mediationCases: MediationCaseConnection;
  /** The calling liaison officer's portfolio: the enterprises currently assigned to them, in USCC order. */
  myEnterprises: LiaisonAssignmentConnection;
  /** Any object by its global id (Relay). The same access rules as the lookup of its type (`issue(id)`, `referral(id)`, `jointMeeting(id)`, `enterprise(uscc)`, …): NOT_FOUND when nothing has the id, FORBIDDEN when it is not yours to see, BAD_USER_INPUT for an id the hub did not make. */
  node: Node;
  /** Tax arrears (欠税) not yet settled, across enterprises, the longest-owed first: the tax officers' work list. Tax staff and coordinators. */
  outstandingTaxArrears: ArrearsConnection;
  /** Overdue visits (走访逾期): key enterprises whose next visit was due before today, longest overdue first. Scope as for visitsDue. Police and coordinators. */
  overdueVisits: KeyEnterpriseConnection;
  /** The police risk rules (风险规则) in force. Police staff and coordinators. */
  policeRiskRules: Array<PoliceRiskRule>;
  /** One referral (移交/协办) by id, for its two departments and coordinators; NOT_FOUND if none has the id. */
  referral: Referral;
  /** Referrals to or from the caller's department (coordinators: all), newest first unless `orderBy` says otherwise. */
  referrals: ReferralConnection;
  /** Response templates (答复模板), oldest first: a department's (officers: their own), or those for a request (`filter.issueId`). */
  responseTemplates: ResponseTemplateConnection;
  /** Routing rules in the order they are tried. */
  routingRules: Array<RoutingRule>;
  /** A station's coverage: the key enterprises (重点企业) of its jurisdiction in USCC order, each with its current liaison officer or none. Police and coordinators. */
  stationCoverage: KeyEnterpriseConnection;
  /** Liaison stations (联络站) and their officers. */
  stations: Array<Station>;
  /** The tax risk rules (税务风险规则) in force. Read by the tax bureau and joint-meeting coordinators. */
  taxRiskRules: Array<TaxRiskRule>;
  /** Visits due (走访到期): key enterprises whose next visit is due on or before `dueBy` (default today), soonest first. Of a station, of an officer's current portfolio, or, with neither, of the calling officer's own. Police and coordinators. */
  visitsDue: KeyEnterpriseConnection;
  /** The holiday arrangements deadlines are computed from; a year not listed is unknown. */
  workdayCalendarYears: Array<WorkdayCalendarYear>;
};


/** Reads: enterprises, requests (诉求), referrals, joint meetings, statistics and the caller. */
export type QueryActionItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActionItemFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads: enterprises, requests (诉求), referrals, joint meetings, statistics and the caller. */
export type QueryAttachmentArgs = {
  id: Scalars['ID']['input'];
};


/** Reads: enterprises, requests (诉求), referrals, joint meetings, statistics and the caller. */
export type QueryAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditTrailFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads: enterprises, requests (诉求), referrals, joint meetings, statistics and the caller. */
export type QueryAuditTrailCsvArgs = {
  filter?: InputMaybe<AuditTrailFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads: enterprises, requests (诉求), referrals, joint meetings, statistics and the caller. */
export type QueryConsumerComplaintsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<ComplaintStatus>>;
};


/** Reads: enterprises, requests (诉求), referrals, joint meetings, statistics and the caller. */
export type QueryDepartmentPerformanceArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/** Reads: enterprises, requests (诉求), referrals, joint meetings, statistics and the caller. */
export type QueryEnterpriseArgs = {
  uscc: Scalars['ID']['input'];
};


/** Reads: enterprises, requests (诉求), referrals, joint meetings, statistics and the caller. */
export type QueryEnterprisesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EnterpriseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads: enterprises, requests (诉求), referrals, joint meetings, statistics and the caller. */
export type QueryEnterprisesAtRiskArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  department?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  level?: RiskLevel;
};


/** Reads: enterprises, requests (诉求), referrals, joint meetings, statistics and the caller. */
export type QueryIssueArgs = {
  id: Scalars['ID']['input'];
};


/** Reads: enterprises, requests (诉求), referrals, joint meetings, statistics and the caller. */
export type QueryIssueByNumberArgs = {
  number: Scalars['String']['input'];
};


/** Reads: enterprises, requests (诉求), referrals, joint meetings, statistics and the caller. */
export type QueryIssuesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IssueFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: IssueOrder;
};


/** Reads: enterprises, requests (诉求), referrals, joint meetings, statistics and the caller. */
export type QueryJointMeetingArgs = {
  id: Scalars['ID']['input'];
};


/** Reads: enterprises, requests (诉求), referrals, joint meetings, statistics and the caller. */
export type QueryJointMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<JointMeetingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads: enterprises, requests (诉求), referrals, joint meetings, statistics and the caller. */
export type QueryLegalAidRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LegalAidRequestFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads: enterprises, requests (诉求), referrals, joint meetings, statistics and the caller. */
export type QueryMediationCaseArgs = {
  id: Scalars['ID']['input'];
};


/** Reads: enterprises, requests (诉求), referrals, joint meetings, statistics and the caller. */
export type QueryMediationCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MediationCaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads: enterprises, requests (诉求), referrals, joint meetings, statistics and the caller. */
export type QueryMyEnterprisesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads: enterprises, requests (诉求), referrals, joint meetings, statistics and the caller. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Reads: enterprises, requests (诉求), referrals, joint meetings, statistics and the caller. */
export type QueryOutstandingTaxArrearsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads: enterprises, requests (诉求), referrals, joint meetings, statistics and the caller. */
export type QueryOverdueVisitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  officerId?: InputMaybe<Scalars['ID']['input']>;
  station?: InputMaybe<Scalars['ID']['input']>;
};


/** Reads: enterprises, requests (诉求), referrals, joint meetings, statistics and the caller. */
export type QueryReferralArgs = {
  id: Scalars['ID']['input'];
};


/** Reads: enterprises, requests (诉求), referrals, joint meetings, statistics and the caller. */
export type QueryReferralsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReferralFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: ReferralOrder;
};


/** Reads: enterprises, requests (诉求), referrals, joint meetings, statistics and the caller. */
export type QueryResponseTemplatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ResponseTemplateFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads: enterprises, requests (诉求), referrals, joint meetings, statistics and the caller. */
export type QueryStationCoverageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  code: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads: enterprises, requests (诉求), referrals, joint meetings, statistics and the caller. */
export type QueryVisitsDueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  dueBy?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  officerId?: InputMaybe<Scalars['ID']['input']>;
  station?: InputMaybe<Scalars['ID']['input']>;
};

/** The enterprise's rating of the answer it got (满意度评价). */
export type RateIssueInput = {
  /** Optional comment with the rating. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** Id of the rated request. */
  issueId: Scalars['ID']['input'];
  /** An officer records a rating the enterprise gave in person. */
  recordedInPerson?: InputMaybe<Scalars['Boolean']['input']>;
  /** How satisfied the enterprise is. */
  satisfaction: Satisfaction;
};

/** What rateIssue returns: the request after the rating (reopened when DISSATISFIED). */
export type RateIssuePayload = {
  __typename?: 'RateIssuePayload';
  /** The request (诉求) after the rating (reopened when DISSATISFIED), with its new status and timeline. */
  issue: Issue;
};

/** A year's first tax credit rating (纳税信用评价) of an enterprise. */
export type RateTaxCreditInput = {
  /** The grade. */
  rating: TaxCreditRating;
  /** Why, if worth saying (at most 1,000 characters). */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** Unified social credit code of the enterprise (registered with the tax bureau). */
  uscc: Scalars['ID']['input'];
  /** The year rated: one that has ended, from 2014. */
  year: Scalars['Int']['input'];
};

/** Result of rateTaxCredit. */
export type RateTaxCreditPayload = {
  __typename?: 'RateTaxCreditPayload';
  /** The rating as recorded. */
  rating: CreditRatingRecord;
};

/** How much of a department's records about an enterprise the viewer may see (need-to-know). */
export type RecordAccess =
  /** Every record and detail: the owning department, coordinators, and the enterprise itself. */
  | 'FULL'
  /** Ratings, statuses and counts only: another department's view. */
  | 'SUMMARY';

/** An alert (警情) involving a key enterprise. */
export type RecordAlertInput = {
  /** What kind of alert it was. */
  category: AlertCategory;
  /** When it happened; not in the future. An instant, ISO 8601 in UTC. */
  occurredAt: Scalars['DateTimeISO']['input'];
  /** How serious it was. */
  severity: AlertSeverity;
  /** What happened, in brief (at most 2,000 characters). */
  summary: Scalars['String']['input'];
  /** Unified social credit code of the enterprise (a key enterprise on a station register). */
  uscc: Scalars['ID']['input'];
};

/** Result of recordAlert. */
export type RecordAlertPayload = {
  __typename?: 'RecordAlertPayload';
  /** The alert as recorded. */
  alert: Alert;
};

/** A consumer complaint (消费者投诉) received about an enterprise. */
export type RecordComplaintInput = {
  /** The complaint as made (at most 5,000 characters). */
  details: Scalars['String']['input'];
  /** Day it was received; not after today (hub clock). A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  receivedOn: Scalars['Date']['input'];
  /** What it is about, in a line (at most 200 characters). */
  subject: Scalars['String']['input'];
  /** Unified social credit code of the enterprise complained about. */
  uscc: Scalars['ID']['input'];
};

/** Result of recordComplaint. */
export type RecordComplaintPayload = {
  __typename?: 'RecordComplaintPayload';
  /** The complaint as registered (RECEIVED). */
  complaint: Complaint;
};

/** The decision (决议) on the agenda item under discussion. */
export type RecordDecisionInput = {
  /** Tasks the decision gives to departments (may be empty). */
  actionItems: Array<ActionItemInput>;
  /** Id of the agenda item being decided. */
  agendaItemId: Scalars['ID']['input'];
  /** What the meeting decided. */
  decision: Scalars['String']['input'];
  /** Lead department of the request from now on (default: the first action item's owner). */
  leadDepartment?: InputMaybe<Scalars['ID']['input']>;
};

/** What recordDecision returns: the agenda item and its meeting after the decision (its action items under agendaItem.actionItems). */
export type RecordDecisionPayload = {
  __typename?: 'RecordDecisionPayload';
  /** The agenda item (议题) after the decision (its action items under agendaItem.actionItems). */
  agendaItem: AgendaItem;
  /** The meeting the item is on, as it now stands (agenda order, current item). */
  meeting: JointMeeting;
};

/** The follow-up visit (回访) after a request was concluded. */
export type RecordFollowUpInput = {
  /** Id of the request visited. */
  issueId: Scalars['ID']['input'];
  /** Notes of the follow-up visit (回访). */
  note: Scalars['String']['input'];
  /** True when the problem persists: reopens the request instead of closing it. */
  problemPersists?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What recordFollowUp returns: the request after the follow-up visit (closed, or reopened when the problem persists). */
export type RecordFollowUpPayload = {
  __typename?: 'RecordFollowUpPayload';
  /** The request (诉求) after the follow-up visit (closed, or reopened when the problem persists), with its new status and timeline. */
  issue: Issue;
};

/** An on-site inspection (现场检查) market supervision made. */
export type RecordInspectionInput = {
  /** Day of the inspection; not after today (hub clock). A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  date: Scalars['Date']['input'];
  /** Who inspected (at most 200 characters). */
  inspector: Scalars['String']['input'];
  /** What was checked and found (at most 5,000 characters). */
  notes: Scalars['String']['input'];
  /** The outcome. */
  result: InspectionResult;
  /** Unified social credit code of the enterprise (registered with market supervision). */
  uscc: Scalars['ID']['input'];
};

/** Result of recordInspection. */
export type RecordInspectionPayload = {
  __typename?: 'RecordInspectionPayload';
  /** The inspection as recorded. */
  inspection: Inspection;
};

/** A missed filing made good (补申报). */
export type RecordLateFilingInput = {
  /** Day the return was filed; after the deadline, not after today. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  filedOn: Scalars['Date']['input'];
  /** Global id of the MISSED filing record (`TaxFiling:<n>`). */
  filingId: Scalars['ID']['input'];
};

/** Result of recordLateFiling. */
export type RecordLateFilingPayload = {
  __typename?: 'RecordLateFilingPayload';
  /** The filing record, now FILED_LATE. */
  filing: TaxFiling;
};

/** Record a legal-aid request (法律援助申请) concerning an enterprise. */
export type RecordLegalAidRequestInput = {
  /** Who applies, e.g. 张某等5名员工 (at most 200 characters). Personal data. */
  applicant: Scalars['String']['input'];
  /** What the matter is about. */
  category: DisputeCategory;
  /** Unified social credit code of the enterprise the matter concerns. */
  enterpriseUscc: Scalars['ID']['input'];
  /** What the applicant needs help with (at most 5,000 characters). Case text. */
  matter: Scalars['String']['input'];
  /** A mediation case of the same enterprise the request belongs to (`MediationCase:<n>`). */
  mediationCaseId?: InputMaybe<Scalars['ID']['input']>;
  /** Day the request was received; today when omitted, never in the future. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  receivedOn?: InputMaybe<Scalars['Date']['input']>;
};

/** Result of recordLegalAidRequest. */
export type RecordLegalAidRequestPayload = {
  __typename?: 'RecordLegalAidRequestPayload';
  /** The request as recorded (status RECEIVED). */
  legalAidRequest: LegalAidRequest;
};

/** Record a lawsuit involving an enterprise (涉企诉讼), e.g. where a failed mediation went to court. */
export type RecordLitigationInput = {
  /** Court case number (案号), at most 60 characters. */
  caseNo: Scalars['String']['input'];
  /** Cause of action (案由), at most 200 characters. */
  cause: Scalars['String']['input'];
  /** The court hearing the case (at most 100 characters). */
  court: Scalars['String']['input'];
  /** The enterprise; required without mediationCaseId (the case names it otherwise). */
  enterpriseUscc?: InputMaybe<Scalars['ID']['input']>;
  /** Day the case was filed; not in the future. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  filedOn: Scalars['Date']['input'];
  /** The failed mediation case the lawsuit grew out of (`MediationCase:<n>`); the lawsuit is then linked to it. */
  mediationCaseId?: InputMaybe<Scalars['ID']['input']>;
  /** Whether the enterprise sues or is sued. */
  role: LitigationRole;
};

/** Result of recordLitigation. */
export type RecordLitigationPayload = {
  __typename?: 'RecordLitigationPayload';
  /** The lawsuit as recorded. */
  litigation: Litigation;
  /** The failed case it grew out of (with its new timeline step); null when none was named. */
  mediationCase?: Maybe<MediationCase>;
};

/** An administrative penalty (行政处罚) decided by market supervision. */
export type RecordPenaltyInput = {
  /** Day of the decision; not after today. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  decidedOn: Scalars['Date']['input'];
  /** Decision number (处罚决定书文号), unique (at most 60 characters). */
  decisionNo: Scalars['String']['input'];
  /** Fine in yuan as a decimal string, at least 0, at most two decimals (e.g. "12500.00"); never a float. */
  fine: Scalars['String']['input'];
  /** Unified social credit code of the enterprise penalised. */
  uscc: Scalars['ID']['input'];
  /** The violation (at most 300 characters). */
  violation: Scalars['String']['input'];
};

/** Result of recordPenalty. */
export type RecordPenaltyPayload = {
  __typename?: 'RecordPenaltyPayload';
  /** The penalty as recorded (DECIDED). */
  penalty: Penalty;
};

/** A safety training (安全培训) held for a key enterprise's staff. */
export type RecordSafetyTrainingInput = {
  /** How many attended (1 to 10,000). */
  attendeeCount: Scalars['Int']['input'];
  /** Day it was held; not after today (hub clock). A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  date: Scalars['Date']['input'];
  /** Topic, e.g. 反诈骗宣传 (at most 200 characters). */
  topic: Scalars['String']['input'];
  /** Unified social credit code of the enterprise (a key enterprise on a station register). */
  uscc: Scalars['ID']['input'];
};

/** Result of recordSafetyTraining. */
export type RecordSafetyTrainingPayload = {
  __typename?: 'RecordSafetyTrainingPayload';
  /** The training as recorded. */
  training: SafetyTraining;
};

/** Tax arrears (欠税) found owing. */
export type RecordTaxArrearsInput = {
  /** Amount owed in yuan as a decimal string, more than 0, at most two decimals (e.g. "38500.00"); never a float. */
  amount: Scalars['String']['input'];
  /** Owed since this day; not after today. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  since: Scalars['Date']['input'];
  /** Kind of tax (税种), e.g. 增值税 (at most 50 characters). */
  taxType: Scalars['String']['input'];
  /** Unified social credit code of the enterprise. */
  uscc: Scalars['ID']['input'];
};

/** Result of recordTaxArrears. */
export type RecordTaxArrearsPayload = {
  __typename?: 'RecordTaxArrearsPayload';
  /** The arrears as recorded. */
  arrears: Arrears;
};

/** One period's filing compliance (纳税申报) of an enterprise. */
export type RecordTaxFilingInput = {
  /** Day the return was filed (after the period ended, not after today); leave out for a missed filing (only once the deadline has passed). A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  filedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The period: a month `YYYY-MM` or a quarter `YYYY-Qn`. */
  period: Scalars['String']['input'];
  /** Unified social credit code of the enterprise. */
  uscc: Scalars['ID']['input'];
};

/** Result of recordTaxFiling. */
export type RecordTaxFilingPayload = {
  __typename?: 'RecordTaxFilingPayload';
  /** The filing record. */
  filing: TaxFiling;
};

/** A visit (走访) a liaison officer made to a key enterprise. */
export type RecordVisitInput = {
  /** Day of the visit; not after today (hub clock). A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  date: Scalars['Date']['input'];
  /** What was seen and discussed (at most 5,000 characters). */
  notes: Scalars['String']['input'];
  /** Who the officer met (at most 500 characters). */
  peopleMet: Scalars['String']['input'];
  /** Problems found or raised, one per item (at most 20, each at most 1,000 characters). */
  problemsFound?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Unified social credit code of the enterprise visited (a key enterprise on a station register). */
  uscc: Scalars['ID']['input'];
};

/** Result of recordVisit. */
export type RecordVisitPayload = {
  __typename?: 'RecordVisitPayload';
  /** The visit as recorded. */
  visit: Visit;
};

/** A referral (移交/协办) of a request to another department. */
export type ReferIssueInput = {
  /** Chosen by the client, unique per request: a retry with the same key returns the same referral. */
  idempotencyKey: Scalars['String']['input'];
  /** Id of the request to refer. */
  issueId: Scalars['ID']['input'];
  /** TRANSFER (移交: ownership moves) or ASSIST (协办: help requested). */
  kind: ReferralKind;
  /** Why the request is referred. */
  reason: Scalars['String']['input'];
  /** Receiving department code. */
  toDepartment: Scalars['ID']['input'];
};

/** What referIssue returns: the referral and its request after it was proposed. */
export type ReferIssuePayload = {
  __typename?: 'ReferIssuePayload';
  /** The request the referral belongs to, as it now stands (a transfer accepted moves its lead department). */
  issue: Issue;
  /** The referral (移交/协办) after it was proposed. */
  referral: Referral;
};

/** A referral (移交/协办) of a request from one department to another: a transfer of ownership or a request for help. */
export type Referral = Node & {
  __typename?: 'Referral';
  /** Why it was accepted, sent back or withdrawn. */
  answerNote?: Maybe<Scalars['String']['output']>;
  /** When the receiving department accepted or rejected it. An instant, ISO 8601 in UTC. */
  answeredAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who accepted or rejected it; null while pending. */
  answeredBy?: Maybe<Person>;
  /** When the assisting department reported its help done. An instant, ISO 8601 in UTC. */
  completedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** What the assisting department reported when done. */
  completionNote?: Maybe<Scalars['String']['output']>;
  /** When the referral was proposed. An instant, ISO 8601 in UTC. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Who proposed the referral. */
  createdBy: Person;
  /** The department that refers the request. */
  fromDepartment: Department;
  /** Global id of the referral (`Referral:<number>`). */
  id: Scalars['ID']['output'];
  /** Pending past its sign-off deadline. */
  isOverdue: Scalars['Boolean']['output'];
  /** The request being referred. */
  issue: Issue;
  /** TRANSFER (移交: ownership moves) or ASSIST (协办: help requested). */
  kind: ReferralKind;
  /** Why the request is referred. */
  reason: Scalars['String']['output'];
  /** Sign by this day (1 working day after the referral); may be provisional: see signOffDue. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  signOffDeadline?: Maybe<Scalars['Date']['output']>;
  /** The sign-off (签收) deadline, marked provisional (暂定) with the reason while its calendar year is not loaded; null only for a referral recorded without one. */
  signOffDue?: Maybe<Deadline>;
  /** Where the referral is: PENDING → ACCEPTED | REJECTED | CANCELLED; accepted assist referrals later COMPLETED. */
  status: ReferralStatus;
  /** The department asked to take or help with the request. */
  toDepartment: Department;
};

/** One page of a cursor-paginated list of Referral items (Relay-style connection); the list field says the order. */
export type ReferralConnection = {
  __typename?: 'ReferralConnection';
  /** The items of this page, in order. */
  edges: Array<ReferralEdge>;
  /** Where this page ends and whether more follows. */
  pageInfo: PageInfo;
  /** Number of items matching the filter (all pages). Counted only when selected: it costs one more SQL statement, so leave it out when paging. */
  totalCount: Scalars['Int']['output'];
};

/** One Referral of a page, with its cursor. */
export type ReferralEdge = {
  __typename?: 'ReferralEdge';
  /** Opaque position of this item: pass it as `after` (or `before`) to page from here. */
  cursor: Scalars['String']['output'];
  /** The Referral. */
  node: Referral;
};

/** Something that happened to a referral (移交/协办) between two departments. */
export type ReferralEvent = {
  __typename?: 'ReferralEvent';
  /** Resume point: pass it as `after` to receive what came later. */
  cursor: Scalars['String']['output'];
  /** The department that handed the request over (as on Referral). */
  fromDepartment: Department;
  /** The request the referral belongs to, as it is now. */
  issue?: Maybe<Issue>;
  /** The request the referral belongs to. */
  issueId: Scalars['ID']['output'];
  /** When it happened. An instant, ISO 8601 in UTC. */
  occurredAt: Scalars['DateTimeISO']['output'];
  /** The referral as it is now; null if the caller may not see it. */
  referral?: Maybe<Referral>;
  /** The referral it is about. */
  referralId: Scalars['ID']['output'];
  /** The department it was handed to (as on Referral). */
  toDepartment: Department;
  /** What happened to the referral. */
  type: ReferralEventType;
};

/** What happened to a referral. */
export type ReferralEventType =
  /** The receiving department accepted it (签收). */
  | 'ACCEPTED'
  /** The referring department withdrew it. */
  | 'CANCELLED'
  /** An accepted assist was reported done. */
  | 'COMPLETED'
  /** Its sign-off deadline was set once the calendar year was loaded. */
  | 'DEADLINE_SET'
  /** SLA warning: not signed for within its sign-off deadline. */
  | 'OVERDUE'
  /** A department proposed it (移交 or 协办). */
  | 'PROPOSED'
  /** The receiving department sent it back (退回) with a reason. */
  | 'REJECTED';

/** Filter for the referrals list; fields combine with AND. */
export type ReferralFilter = {
  /** Code of the referring department. */
  fromDepartment?: InputMaybe<Scalars['ID']['input']>;
  /** Only referrals of this request. */
  issueId?: InputMaybe<Scalars['ID']['input']>;
  /** Pending past the sign-off deadline. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Any of these statuses. */
  status?: InputMaybe<Array<ReferralStatus>>;
  /** Code of the receiving department (an inbox of incoming referrals). */
  toDepartment?: InputMaybe<Scalars['ID']['input']>;
};

/** What a referral asks of the receiving department: to take the request over (移交) or to help (协办). */
export type ReferralKind =
  /** Help requested; the lead keeps ownership (协办). */
  | 'ASSIST'
  /** Ownership moves to the receiving department (移交). */
  | 'TRANSFER';

/** Order of the referrals list. A cursor belongs to the order it was read in. */
export type ReferralOrder =
  /** Most recently proposed first (the default). */
  | 'NEWEST_FIRST'
  /** First proposed first: the longest-waiting referrals of an inbox on top. */
  | 'OLDEST_FIRST';

/** Where a referral is: PENDING → ACCEPTED | REJECTED | CANCELLED; accepted assist referrals later COMPLETED. */
export type ReferralStatus =
  /** Signed for by the receiving department. */
  | 'ACCEPTED'
  /** Withdrawn by the referring department before an answer. */
  | 'CANCELLED'
  /** An accepted assist referral whose part is done. */
  | 'COMPLETED'
  /** Waiting for the receiving department to sign (签收) or send it back (退回). */
  | 'PENDING'
  /** Sent back (退回) with a reason. */
  | 'REJECTED';

/** Business registration status (登记状态). */
export type RegistrationStatus =
  /** 存续 */
  | 'ACTIVE'
  /** 注销 */
  | 'DEREGISTERED'
  /** 吊销 */
  | 'REVOKED';

/** The receiving department sends a referral back (退回). */
export type RejectReferralInput = {
  /** Why it is sent back (退回理由). */
  reason: Scalars['String']['input'];
  /** Id of the referral to send back. */
  referralId: Scalars['ID']['input'];
};

/** What rejectReferral returns: the referral and its request after it was sent back. */
export type RejectReferralPayload = {
  __typename?: 'RejectReferralPayload';
  /** The request the referral belongs to, as it now stands (a transfer accepted moves its lead department). */
  issue: Issue;
  /** The referral (移交/协办) after it was sent back. */
  referral: Referral;
};

/** An agenda item to take off the agenda. */
export type RemoveAgendaItemInput = {
  /** Id of the agenda item to remove. */
  agendaItemId: Scalars['ID']['input'];
};

/** What removeAgendaItem returns: the meeting with its renumbered agenda, and the id of the item removed. */
export type RemoveAgendaItemPayload = {
  __typename?: 'RemoveAgendaItemPayload';
  /** The meeting, its agenda renumbered without the item. */
  meeting: JointMeeting;
  /** Id of the agenda item removed (evict it from client caches). */
  removedAgendaItemId: Scalars['ID']['output'];
};

/** Remove an enterprise from the abnormal-operation list (经营异常名录 移出). */
export type RemoveFromAbnormalListInput = {
  /** Day of the removal decision; not after today, not before the listing. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  date: Scalars['Date']['input'];
  /** Why, e.g. 已补报年度报告 (at most 200 characters). */
  reason: Scalars['String']['input'];
  /** Unified social credit code of the enterprise. */
  uscc: Scalars['ID']['input'];
};

/** Result of removeFromAbnormalList. */
export type RemoveFromAbnormalListPayload = {
  __typename?: 'RemoveFromAbnormalListPayload';
  /** The listing just ended (with its removal day and reason). */
  listing: AbnormalListing;
};

/** Reopening a resolved or closed request. */
export type ReopenIssueInput = {
  /** Id of the request to reopen. */
  issueId: Scalars['ID']['input'];
  /** Why it is reopened (kept in the timeline). */
  reason: Scalars['String']['input'];
};

/** What reopenIssue returns: the request after reopening. */
export type ReopenIssuePayload = {
  __typename?: 'ReopenIssuePayload';
  /** The request (诉求) after reopening, with its new status and timeline. */
  issue: Issue;
};

/** A problem found on a police visit (走访) that becomes a request (诉求) in the hub, routed by the rules. */
export type ReportVisitProblemInput = {
  /** Category code (see issueCategories): routing uses it with the text. */
  category: Scalars['String']['input'];
  /** How urgent it is; NORMAL when omitted. */
  priority?: InputMaybe<IssuePriority>;
  /** Which of the visit's `problemsFound` (0-based). */
  problemIndex: Scalars['Int']['input'];
  /** Short title (at most 200 characters); the start of the problem text when omitted. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The visit (`Visit:<n>`, as recordVisit returned it). */
  visitId: Scalars['ID']['input'];
};

/** What reportVisitProblem returns: the request raised on the visit problem. */
export type ReportVisitProblemPayload = {
  __typename?: 'ReportVisitProblemPayload';
  /** The request (channel VISIT), routed when a rule matched, linked to its visit (`originVisit`). */
  issue: Issue;
  /** True when the problem had been reported before and this is that request (a retry), not a new one. */
  replayed: Scalars['Boolean']['output'];
};

/** The lead department asks for more working days to reply (延期申请), before the reply deadline passes. */
export type RequestExtensionInput = {
  /** Id of the request. */
  issueId: Scalars['ID']['input'];
  /** Why more time is needed (kept in the timeline). */
  reason: Scalars['String']['input'];
  /** How many working days more (1 to 20). */
  workingDays: Scalars['Int']['input'];
};

/** What requestExtension returns: the extension and the request after the request for more time. */
export type RequestExtensionPayload = {
  __typename?: 'RequestExtensionPayload';
  /** The extension after the request for more time. */
  extension: IssueExtension;
  /** The request after the request for more time, with its reply deadline in force. */
  issue: Issue;
};

/** The conclusion of the work on a request (办结). */
export type ResolveIssueInput = {
  /** Id of the request to conclude. */
  issueId: Scalars['ID']['input'];
  /** What was done (办结情况). */
  resolution: Scalars['String']['input'];
};

/** What resolveIssue returns: the request after its conclusion. */
export type ResolveIssuePayload = {
  __typename?: 'ResolveIssuePayload';
  /** The request (诉求) after its conclusion, with its new status and timeline. */
  issue: Issue;
};

/** A reply (答复) to the enterprise. */
export type RespondToIssueInput = {
  /** Id of the request to answer. */
  issueId: Scalars['ID']['input'];
  /** The answer given to the enterprise. */
  response: Scalars['String']['input'];
};

/** What respondToIssue returns: the request after the reply. */
export type RespondToIssuePayload = {
  __typename?: 'RespondToIssuePayload';
  /** The request (诉求) after the reply, with its new status and timeline. */
  issue: Issue;
};

/** A response template (答复模板): a department's standard reply for a request category, with placeholders such as {{企业名称}} and {{诉求编号}} filled in for a request by `renderFor`. */
export type ResponseTemplate = Node & {
  __typename?: 'ResponseTemplate';
  /** The reply text with its placeholders, e.g. "{{企业名称}}：您反映的{{诉求编号}}号诉求已收悉……". */
  body: Scalars['String']['output'];
  /** The category it answers; null for requests of any category. */
  category?: Maybe<IssueCategory>;
  /** When the template was created. An instant, ISO 8601 in UTC. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The department whose template it is. */
  department: Department;
  /** Global id of the template (`ResponseTemplate:<number>`); pass it back as `id` to edit it. */
  id: Scalars['ID']['output'];
  /** The placeholders the body uses, by their Chinese names (企业名称, 诉求编号, 诉求标题, 部门名称, 答复期限). */
  placeholders: Array<Scalars['String']['output']>;
  /** The body rendered for a request: every placeholder filled in on the server (答复期限: the deadline in force, 待定 while unknown). FORBIDDEN when the request is not yours to see. */
  renderFor: Scalars['String']['output'];
  /** Short name officers pick the template by, e.g. 发票问题已受理. */
  title: Scalars['String']['output'];
  /** When the template was last saved. An instant, ISO 8601 in UTC. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Who saved it last. */
  updatedBy: Person;
};


/** A response template (答复模板): a department's standard reply for a request category, with placeholders such as {{企业名称}} and {{诉求编号}} filled in for a request by `renderFor`. */
export type ResponseTemplateRenderForArgs = {
  issueId: Scalars['ID']['input'];
};

/** One page of a cursor-paginated list of ResponseTemplate items (Relay-style connection); the list field says the order. */
export type ResponseTemplateConnection = {
  __typename?: 'ResponseTemplateConnection';
  /** The items of this page, in order. */
  edges: Array<ResponseTemplateEdge>;
  /** Where this page ends and whether more follows. */
  pageInfo: PageInfo;
  /** Number of items matching the filter (all pages). Counted only when selected: it costs one more SQL statement, so leave it out when paging. */
  totalCount: Scalars['Int']['output'];
};

/** One ResponseTemplate of a page, with its cursor. */
export type ResponseTemplateEdge = {
  __typename?: 'ResponseTemplateEdge';
  /** Opaque position of this item: pass it as `after` (or `before`) to page from here. */
  cursor: Scalars['String']['output'];
  /** The ResponseTemplate. */
  node: ResponseTemplate;
};

/** Which response templates to list; fields combine with AND. */
export type ResponseTemplateFilter = {
  /** Only templates for this category code. */
  category?: InputMaybe<Scalars['ID']['input']>;
  /** Department code; officers may name only their own (the default), coordinators any. */
  department?: InputMaybe<Scalars['ID']['input']>;
  /** Templates for this request: of its category or of any category, of the viewer's department (coordinators: its lead department). */
  issueId?: InputMaybe<Scalars['ID']['input']>;
};

/** A re-rating (复评) of a year already rated: the grade changes, the revision is kept. */
export type ReviseTaxCreditRatingInput = {
  /** The new grade (not the one in force). */
  rating: TaxCreditRating;
  /** Why the grade changes (at most 1,000 characters); kept in the history. */
  reason: Scalars['String']['input'];
  /** Unified social credit code of the enterprise. */
  uscc: Scalars['ID']['input'];
  /** The year whose rating changes. */
  year: Scalars['Int']['input'];
};

/** Result of reviseTaxCreditRating. */
export type ReviseTaxCreditRatingPayload = {
  __typename?: 'ReviseTaxCreditRatingPayload';
  /** The rating with its new grade (its `revisions` hold the history). */
  rating: CreditRatingRecord;
};

/** An enterprise's cross-department risk assessment (维稳风险评估): the highest level of the departments' signals, and the signals. */
export type RiskAssessment = {
  __typename?: 'RiskAssessment';
  /** Overall level: the highest level of the signals (NONE without signals). */
  level: RiskLevel;
  /** The signals behind it, highest level first, from every department (their details per need-to-know). */
  signals: Array<RiskSignal>;
};

/** A rise of an enterprise's risk level (风险升级). */
export type RiskEvent = {
  __typename?: 'RiskEvent';
  /** Resume point: pass it as `after` to receive what came later. */
  cursor: Scalars['String']['output'];
  /** Codes of the departments with a signal at that moment (they hear the event, with the coordinators). */
  departments: Array<Scalars['ID']['output']>;
  /** The enterprise, as it is now (its riskAssessment is federated). */
  enterprise?: Maybe<Enterprise>;
  /** Level before. */
  fromLevel: RiskLevel;
  /** When the hub assessed the rise. An instant, ISO 8601 in UTC. */
  occurredAt: Scalars['DateTimeISO']['output'];
  /** Level after. */
  toLevel: RiskLevel;
  /** What happened: RISK_RAISED. */
  type: Scalars['String']['output'];
};

/** Level of a risk signal or of an enterprise's overall risk assessment (维稳风险等级), lowest to highest. */
export type RiskLevel =
  /** Put before the joint meeting (重点管控). */
  | 'HIGH'
  /** Worth watching (关注). */
  | 'LOW'
  /** Needs a department's attention (预警). */
  | 'MEDIUM'
  /** No signal. */
  | 'NONE';

/** One risk signal (风险信号) a department computed from its own records, by its own rules. */
export type RiskSignal = {
  __typename?: 'RiskSignal';
  /** What kind of signal, in the department's own terms, e.g. REPEATED_ALERTS, SEVERE_ALERTS, WAGE_ARREARS_REQUESTS. */
  category: Scalars['String']['output'];
  /** Code of the department whose records raised it (police, market, tax, judicial). */
  department: Scalars['ID']['output'];
  /** What lies behind it (counts, amounts, case or alert text). Confidential: the owning department and coordinators only; null with FORBIDDEN for anyone else. */
  details?: Maybe<Scalars['String']['output']>;
  /** How serious the department's rule says it is. */
  level: RiskLevel;
  /** When the latest record behind it happened. An instant, ISO 8601 in UTC. */
  observedAt: Scalars['DateTimeISO']['output'];
};

/** How strongly a risk signal (风险信号) points at trouble, on the scale every department uses. */
export type RiskSignalLevel =
  /** Serious: a matter for the joint meeting when other signals agree. */
  | 'HIGH'
  /** Worth knowing; no action on its own. */
  | 'LOW'
  /** Warrants attention from the department. */
  | 'MEDIUM';

/** A role carried in the caller's token. */
export type Role =
  /** A security auditor (安全审计员): reads the audit trail (auditTrail), nothing else. */
  | 'AUDITOR'
  /** A joint-meeting coordinator (联席会议协调人): sees every department's requests and runs meetings. */
  | 'COORDINATOR'
  /** A department administrator: also edits reference data such as the calendar. */
  | 'DEPT_ADMIN'
  /** A user acting for one enterprise: its own requests only. */
  | 'ENTERPRISE'
  /** A department officer: works the department's inbox and referrals. */
  | 'OFFICER';

/** Coordinators route a request by hand: lead (主办) and assisting (协办) departments. */
export type RouteIssueInput = {
  /** Codes of the assisting departments (协办); omit for none. */
  assistingDepartments?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Id of the request to route. */
  issueId: Scalars['ID']['input'];
  /** Code of the lead department (主办). */
  leadDepartment: Scalars['ID']['input'];
  /** Why the coordinator chose these departments (kept in the timeline). */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** What routeIssue returns: the request after routing. */
export type RouteIssuePayload = {
  __typename?: 'RouteIssuePayload';
  /** The request (诉求) after routing, with its new status and timeline. */
  issue: Issue;
};

/** A routing rule (分办规则): a category and/or keywords found in the Chinese text pick the lead department. Rules are tried by ascending priority; the first match wins and is named in the request's routing explanation. */
export type RoutingRule = Node & {
  __typename?: 'RoutingRule';
  /** The category the rule matches; null when keywords alone decide. */
  category?: Maybe<IssueCategory>;
  /** The lead department the rule picks. */
  department: Department;
  /** What the rule is for, shown in routing explanations. */
  description: Scalars['String']['output'];
  /** Disabled rules are kept but never match. */
  enabled: Scalars['Boolean']['output'];
  /** Global id of the rule (`RoutingRule:<number>`); pass it back as `id` to edit the rule. */
  id: Scalars['ID']['output'];
  /** Any of these in the title or description matches; empty = category alone decides. */
  keywords: Array<Scalars['String']['output']>;
  /** Lower runs first. */
  priority: Scalars['Int']['output'];
};

/** A safety training (安全培训) the police held for an enterprise's staff: a public service, visible to everyone who may see the enterprise. */
export type SafetyTraining = {
  __typename?: 'SafetyTraining';
  /** How many of the enterprise's people attended. */
  attendeeCount: Scalars['Int']['output'];
  /** Day the training was held. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  date: Scalars['Date']['output'];
  /** Global id of the training (`SafetyTraining:<n>`). */
  id: Scalars['ID']['output'];
  /** When it was recorded. An instant, ISO 8601 in UTC. */
  recordedAt: Scalars['DateTimeISO']['output'];
  /** Name of the police user who recorded it. */
  recordedByName: Scalars['String']['output'];
  /** Topic, e.g. 反诈骗宣传, 消防安全. */
  topic: Scalars['String']['output'];
};

/** One page of a cursor-paginated list of SafetyTraining items (Relay-style connection); the list field says the order. */
export type SafetyTrainingConnection = {
  __typename?: 'SafetyTrainingConnection';
  /** The items of this page, in order. */
  edges: Array<SafetyTrainingEdge>;
  /** Where this page ends and whether more follows. */
  pageInfo: PageInfo;
  /** Number of items matching the filter (all pages). Counted only when selected: it costs one more SQL statement, so leave it out when paging. */
  totalCount: Scalars['Int']['output'];
};

/** One SafetyTraining of a page, with its cursor. */
export type SafetyTrainingEdge = {
  __typename?: 'SafetyTrainingEdge';
  /** Opaque position of this item: pass it as `after` (or `before`) to page from here. */
  cursor: Scalars['String']['output'];
  /** The SafetyTraining. */
  node: SafetyTraining;
};

/** The enterprise's rating of the answer it got (满意度). */
export type Satisfaction =
  /** 基本满意 */
  | 'BASICALLY_SATISFIED'
  /** 不满意: reopens the request */
  | 'DISSATISFIED'
  /** 满意 */
  | 'SATISFIED';

/** A department to add or rename. */
export type SaveDepartmentInput = {
  /** Department code: 2-32 lower-case letters, digits or _, e.g. "fire". */
  code: Scalars['ID']['input'];
  /** English name. */
  nameEn: Scalars['String']['input'];
  /** Chinese name, e.g. 消防救援大队. */
  nameZh: Scalars['String']['input'];
};

/** What saveDepartment returns: the department as saved. */
export type SaveDepartmentPayload = {
  __typename?: 'SaveDepartmentPayload';
  /** The department as saved. */
  department: Department;
};

/** A request category to add or edit. */
export type SaveIssueCategoryInput = {
  /** Category code, e.g. "public_security". */
  code: Scalars['ID']['input'];
  /** English name. */
  nameEn: Scalars['String']['input'];
  /** Chinese name, e.g. 治安问题. */
  nameZh: Scalars['String']['input'];
  /** Working days within which requests of this category must be answered (1 to 60). */
  replyWorkingDays: Scalars['Int']['input'];
};

/** What saveIssueCategory returns: the category as saved. */
export type SaveIssueCategoryPayload = {
  __typename?: 'SaveIssueCategoryPayload';
  /** The request category as saved. */
  category: IssueCategory;
};

/** A response template (答复模板) to create or replace. Placeholders: {{企业名称}}, {{诉求编号}}, {{诉求标题}}, {{部门名称}}, {{答复期限}} (or their English aliases {{enterpriseName}}, {{requestNumber}}, {{requestTitle}}, {{departmentName}}, {{replyDeadline}}); any other is BAD_USER_INPUT. */
export type SaveResponseTemplateInput = {
  /** The reply text with placeholders, 1 to 2,000 characters. */
  body: Scalars['String']['input'];
  /** Category code it answers; null for requests of any category. */
  category?: InputMaybe<Scalars['ID']['input']>;
  /** Code of the department whose template it is (officers: their own). */
  department: Scalars['ID']['input'];
  /** The template to replace; omit to create one. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Short name, 1 to 100 characters. */
  title: Scalars['String']['input'];
};

/** What saveResponseTemplate returns: the template as saved. */
export type SaveResponseTemplatePayload = {
  __typename?: 'SaveResponseTemplatePayload';
  /** The response template (答复模板) as saved. */
  responseTemplate: ResponseTemplate;
};

/** A routing rule (分办规则) to create or replace. */
export type SaveRoutingRuleInput = {
  /** Category code, or null for any category. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** Code of the lead department the rule picks. */
  department: Scalars['ID']['input'];
  /** What the rule is for, shown in routing explanations. */
  description: Scalars['String']['input'];
  /** False to keep the rule without using it; when omitted: unchanged (true for a new rule). */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Omit to create a rule. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Any of these in the title or description matches; empty = the category alone decides. */
  keywords: Array<Scalars['String']['input']>;
  /** Lower runs first. */
  priority: Scalars['Int']['input'];
};

/** What saveRoutingRule returns: the rule as saved. */
export type SaveRoutingRulePayload = {
  __typename?: 'SaveRoutingRulePayload';
  /** The routing rule (分办规则) as saved. */
  routingRule: RoutingRule;
};

/** A joint meeting to schedule (联席会议). */
export type ScheduleJointMeetingInput = {
  /** Escalated requests to put on the agenda, in order. */
  agendaIssueIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Code of the convening department (召集部门). */
  conveningDepartment: Scalars['ID']['input'];
  /** Invited departments (the convening one and the lead departments of the agenda are added). */
  invitedDepartments: Array<Scalars['ID']['input']>;
  /** People invited by name, besides the departments. */
  invitedPeople?: InputMaybe<Array<InvitedPersonInput>>;
  /** Regular (例会) or ad hoc (专题会). */
  kind: JointMeetingKind;
  /** Room or video link. */
  location: Scalars['String']['input'];
  /** When the meeting starts. An instant, ISO 8601 in UTC. */
  scheduledAt: Scalars['DateTimeISO']['input'];
  /** REGULAR only: also schedule the next n-1 meetings of the series, one quarter apart. */
  seriesCount?: InputMaybe<Scalars['Int']['input']>;
  /** Title, e.g. "2026 Q3 joint meeting". */
  title: Scalars['String']['input'];
};

/** What scheduleJointMeeting returns: the meeting scheduled (the first of a series) and every meeting of the series. */
export type ScheduleJointMeetingPayload = {
  __typename?: 'ScheduleJointMeetingPayload';
  /** The meeting scheduled; for a series, its first meeting (which carries the agenda). */
  meeting: JointMeeting;
  /** Every meeting scheduled, in date order: one, or seriesCount (at most 12) for a series. */
  meetings: Array<JointMeeting>;
};

/** Judicial risk rules to change; conditions not named keep their rules. */
export type SetJudicialRiskRulesInput = {
  /** The rules to set, each condition at most once. */
  rules: Array<JudicialRiskRuleInput>;
};

/** Result of setJudicialRiskRules. */
export type SetJudicialRiskRulesPayload = {
  __typename?: 'SetJudicialRiskRulesPayload';
  /** Every judicial rule now in force. */
  rules: Array<JudicialRiskRule>;
  /** How many judicial signal rows the new rules raised, changed or dropped (the hub reassesses their enterprises). */
  signalsChanged: Scalars['Int']['output'];
};

/** Market risk rules to change; conditions not named keep their rules. */
export type SetMarketRiskRulesInput = {
  /** The rules to set, each condition at most once. */
  rules: Array<MarketRiskRuleInput>;
};

/** Result of setMarketRiskRules. */
export type SetMarketRiskRulesPayload = {
  __typename?: 'SetMarketRiskRulesPayload';
  /** Every market rule now in force. */
  rules: Array<MarketRiskRule>;
  /** How many market signal rows the new rules raised, changed or dropped (the hub reassesses their enterprises). */
  signalsChanged: Scalars['Int']['output'];
};

/** The whole set of police risk rules, replacing the current one. */
export type SetPoliceRiskRulesInput = {
  /** The rules (at most 50); an empty list raises no police signals at all. */
  rules: Array<PoliceRiskRuleInput>;
};

/** Result of setPoliceRiskRules. */
export type SetPoliceRiskRulesPayload = {
  __typename?: 'SetPoliceRiskRulesPayload';
  /** The rules now in force. */
  rules: Array<PoliceRiskRule>;
  /** How many enterprises' police signals were raised, changed or dropped by the new rules (the hub reassesses them). */
  signalsChanged: Scalars['Int']['output'];
};

/** Tax risk rules to change; conditions not named keep their rules. */
export type SetTaxRiskRulesInput = {
  /** The rules to set, each condition at most once. */
  rules: Array<TaxRiskRuleInput>;
};

/** Result of setTaxRiskRules. */
export type SetTaxRiskRulesPayload = {
  __typename?: 'SetTaxRiskRulesPayload';
  /** Every tax rule now in force. */
  rules: Array<TaxRiskRule>;
  /** How many tax signal rows the new rules raised, changed or dropped (the hub reassesses their enterprises). */
  signalsChanged: Scalars['Int']['output'];
};

/** How often a key enterprise must be visited (走访周期). */
export type SetVisitIntervalInput = {
  /** Days between visits, 7 to 366 (90: once a quarter). */
  intervalDays: Scalars['Int']['input'];
  /** Unified social credit code of a key enterprise on a station register. */
  uscc: Scalars['ID']['input'];
};

/** Result of setVisitInterval. */
export type SetVisitIntervalPayload = {
  __typename?: 'SetVisitIntervalPayload';
  /** The register entry with its new interval and next due day. */
  keyEnterprise: KeyEnterprise;
};

/** One year of the official holiday arrangement (节假日安排). */
export type SetWorkdayCalendarYearInput = {
  /** Every weekday of the year that is a public holiday. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  holidays: Array<Scalars['Date']['input']>;
  /** Every weekend day of the year that is a working day (调休上班). A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  makeupWorkdays: Array<Scalars['Date']['input']>;
  /** The calendar year to add or replace, e.g. 2027. */
  year: Scalars['Int']['input'];
};

/** What setWorkdayCalendarYear returns: the year as saved and the deadlines it settled. */
export type SetWorkdayCalendarYearPayload = {
  __typename?: 'SetWorkdayCalendarYearPayload';
  /** The year as saved. */
  calendarYear: WorkdayCalendarYear;
  /** Provisional deadlines recomputed now that the year is known, counted when they changed (each also has its event). */
  deadlinesSet: DeadlinesSet;
};

/** Arrears paid off (清缴). */
export type SettleTaxArrearsInput = {
  /** Global id of the arrears record (`Arrears:<n>`). */
  arrearsId: Scalars['ID']['input'];
  /** Day they were paid off; not after today, not before they were owed. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  settledOn: Scalars['Date']['input'];
};

/** Result of settleTaxArrears. */
export type SettleTaxArrearsPayload = {
  __typename?: 'SettleTaxArrearsPayload';
  /** The arrears, now settled. */
  arrears: Arrears;
};

/** Splitting a request (拆分) into two for different departments. */
export type SplitIssueInput = {
  /** Id of the request to split. */
  issueId: Scalars['ID']['input'];
  /** Exactly two parts for two different departments: the first stays with this request, the second becomes a new request. */
  parts: Array<SplitIssuePartInput>;
  /** Why it is split (kept in both timelines). */
  reason: Scalars['String']['input'];
};

/** One part of a split request (拆分): the department that takes it and what it asks. */
export type SplitIssuePartInput = {
  /** Category code of the new part (see issueCategories); omitted: the request's category. Not allowed for the part that stays. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** What this part asks; required for the new part, optional for the part that stays (omitted: the request keeps its description). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Code of the department that leads this part. */
  leadDepartment: Scalars['ID']['input'];
  /** Title of this part; required for the new part, optional for the part that stays (omitted: the request keeps its title). */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** What splitIssue returns: the request that stays and the new one. */
export type SplitIssuePayload = {
  __typename?: 'SplitIssuePayload';
  /** The request after the split: the part that stays, with its lead department. */
  issue: Issue;
  /** The new request split off (拆分), routed to its own lead department, with splitFrom pointing back. */
  splitOff: Issue;
};

/** The agenda item to take up. */
export type StartAgendaItemInput = {
  /** Id of the agenda item to take up. */
  agendaItemId: Scalars['ID']['input'];
};

/** What startAgendaItem returns: the agenda item and its meeting after it was taken up. */
export type StartAgendaItemPayload = {
  __typename?: 'StartAgendaItemPayload';
  /** The agenda item (议题) after it was taken up. */
  agendaItem: AgendaItem;
  /** The meeting the item is on, as it now stands (agenda order, current item). */
  meeting: JointMeeting;
};

/** The lead department starts working a request. */
export type StartIssueWorkInput = {
  /** Id of the request to start. */
  issueId: Scalars['ID']['input'];
};

/** What startIssueWork returns: the request after work started. */
export type StartIssueWorkPayload = {
  __typename?: 'StartIssueWorkPayload';
  /** The request (诉求) after work started, with its new status and timeline. */
  issue: Issue;
};

/** A meeting to open. */
export type StartJointMeetingInput = {
  /** Id of the meeting to open. */
  meetingId: Scalars['ID']['input'];
};

/** What startJointMeeting returns: the meeting after it opened. */
export type StartJointMeetingPayload = {
  __typename?: 'StartJointMeetingPayload';
  /** The joint meeting (联席会议) after it opened. */
  meeting: JointMeeting;
};

/** A police liaison station (警企联络站): one per police-station jurisdiction (派出所辖区). */
export type Station = {
  __typename?: 'Station';
  /** Station code, e.g. QH-CD. */
  code: Scalars['ID']['output'];
  /** Global id of the station (`Station:<code>`). */
  id: Scalars['ID']['output'];
  /** The police-station jurisdiction it serves. */
  jurisdiction: Scalars['String']['output'];
  /** Station name. */
  name: Scalars['String']['output'];
  /** The liaison officers of this station. */
  officers: Array<Officer>;
};

/** A new request (诉求) from an enterprise, entered by the enterprise itself or by an officer. */
export type SubmitIssueInput = {
  /** Category code (see issueCategories). */
  category: Scalars['String']['input'];
  /** How it arrived; required when an officer records it, ONLINE for enterprise users. */
  channel?: InputMaybe<IssueChannel>;
  /** What the enterprise asks for. */
  description: Scalars['String']['input'];
  /** Optional, up to 100 characters, chosen by the client per submission (e.g. a UUID). A retry with the same key by the same user returns the request the first attempt created instead of a second one; the same key with different content is CONFLICT. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** How urgent it is; NORMAL when omitted. */
  priority?: InputMaybe<IssuePriority>;
  /** Officers only (FORBIDDEN for enterprise users): when a hotline call or visit logged later actually arrived (来电/来访时间). Not in the future, at most a few working days back (3 unless configured), not for the ONLINE channel; BAD_USER_INPUT otherwise. Deadlines count from the day it arrived. Omit when recording it as it arrives. An instant, ISO 8601 in UTC. */
  receivedAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Short title, e.g. "Parking blocked at the loading dock". */
  title: Scalars['String']['input'];
  /** The enterprise (USCC). Enterprise users may only submit for their own. */
  uscc: Scalars['ID']['input'];
};

/** What submitIssue returns: the request after submission (and automatic routing, when a rule matched), and the requests it may repeat. */
export type SubmitIssuePayload = {
  __typename?: 'SubmitIssuePayload';
  /** The request (诉求) after submission (and automatic routing, when a rule matched), with its new status and timeline. */
  issue: Issue;
  /** Possible duplicates (疑似重复诉求): requests of the same enterprise submitted in the last 30 days with similar title and description, most similar first (the same as issue.possibleDuplicates). A coordinator may merge them (mergeIssue). */
  possibleDuplicates: Array<Issue>;
};

/** Live events over graphql-ws; each event has a cursor, and `after: <cursor>` replays what was missed before going live. */
export type Subscription = {
  __typename?: 'Subscription';
  /** Status changes, timeline steps and SLA warnings of one issue, or (no issueId) of every issue the caller may see. With `after`, missed events first. */
  issueEvents: IssueEvent;
  /** Everything that happens in a meeting, in order (attendance, invitations, agenda, current item, decisions, action items, adjournment). Without `meetingId`: every meeting the caller's department is invited to (coordinators: all), including DEPARTMENT_INVITED when it is invited to one. With `after`, missed events first. */
  jointMeetingEvents: JointMeetingEvent;
  /** Referrals to and from a department as they are proposed, answered, completed or become overdue. With `after`, missed events first. */
  referralEvents: ReferralEvent;
  /** Rises of enterprises' risk levels: coordinators hear every one, a department those of enterprises where it has a signal. With `after`, missed events first. */
  riskEvents: RiskEvent;
};


/** Live events over graphql-ws; each event has a cursor, and `after: <cursor>` replays what was missed before going live. */
export type SubscriptionIssueEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  issueId?: InputMaybe<Scalars['ID']['input']>;
};


/** Live events over graphql-ws; each event has a cursor, and `after: <cursor>` replays what was missed before going live. */
export type SubscriptionJointMeetingEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  meetingId?: InputMaybe<Scalars['ID']['input']>;
};


/** Live events over graphql-ws; each event has a cursor, and `after: <cursor>` replays what was missed before going live. */
export type SubscriptionReferralEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  department: Scalars['ID']['input'];
};


/** Live events over graphql-ws; each event has a cursor, and `after: <cursor>` replays what was missed before going live. */
export type SubscriptionRiskEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
};

/** Tax credit rating grade (纳税信用等级), assessed yearly. */
export type TaxCreditRating =
  /** Best grade: trusted taxpayer. */
  | 'A'
  /** Good standing. */
  | 'B'
  /** Poor compliance record. */
  | 'C'
  /** Worst: serious violations, e.g. tax evasion (失信). */
  | 'D'
  /** New taxpayer or too little history to judge (新设立). */
  | 'M';

/** A change of a year's tax credit rating (re-rating, 复评): from which grade to which, when and why. */
export type TaxCreditRatingRevision = {
  __typename?: 'TaxCreditRatingRevision';
  /** Global id of the revision (`TaxCreditRatingRevision:<n>`). */
  id: Scalars['ID']['output'];
  /** The grade before. */
  previousRating: TaxCreditRating;
  /** The grade after. */
  rating: TaxCreditRating;
  /** Why the grade changed. */
  reason: Scalars['String']['output'];
  /** Day of the re-rating. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  revisedOn: Scalars['Date']['output'];
};

/** Filing compliance (纳税申报) for one period: whether the enterprise's return came in by the deadline. */
export type TaxFiling = {
  __typename?: 'TaxFiling';
  /** The filing deadline: the 15th of the month after the period's end. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  dueOn: Scalars['Date']['output'];
  /** Day the return was filed; null while missed. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  filedOn?: Maybe<Scalars['Date']['output']>;
  /** Global id of the filing record (`TaxFiling:<n>`). */
  id: Scalars['ID']['output'];
  /** The period: a month `YYYY-MM` or a quarter `YYYY-Qn` (申报所属期). */
  period: Scalars['String']['output'];
  /** Filed on time, late, or missed. */
  status: TaxFilingStatus;
};

/** One page of a cursor-paginated list of TaxFiling items (Relay-style connection); the list field says the order. */
export type TaxFilingConnection = {
  __typename?: 'TaxFilingConnection';
  /** The items of this page, in order. */
  edges: Array<TaxFilingEdge>;
  /** Where this page ends and whether more follows. */
  pageInfo: PageInfo;
  /** Number of items matching the filter (all pages). Counted only when selected: it costs one more SQL statement, so leave it out when paging. */
  totalCount: Scalars['Int']['output'];
};

/** One TaxFiling of a page, with its cursor. */
export type TaxFilingEdge = {
  __typename?: 'TaxFilingEdge';
  /** Opaque position of this item: pass it as `after` (or `before`) to page from here. */
  cursor: Scalars['String']['output'];
  /** The TaxFiling. */
  node: TaxFiling;
};

/** Whether a period's tax return was filed (纳税申报). */
export type TaxFilingStatus =
  /** Filed by the deadline (按期申报). */
  | 'FILED'
  /** Filed after the deadline (逾期申报). */
  | 'FILED_LATE'
  /** Not filed and the deadline has passed (逾期未申报). */
  | 'MISSED';

/** What the tax bureau (税务局) knows of one enterprise: credit rating, arrears and filing compliance. */
export type TaxProfile = {
  __typename?: 'TaxProfile';
  /** FULL for the tax department, coordinators and the enterprise itself; SUMMARY for other departments. */
  access: RecordAccess;
  /**
   * Arrears records, all of them. Confidential: null with FORBIDDEN unless access is FULL.
   * @deprecated Unbounded: every record in one list. Read `arrearsConnection` (a page at a time, first/after).
   */
  arrears?: Maybe<Array<Arrears>>;
  /** Arrears records (欠税), settled or not, the most recently owed first, a page at a time. Confidential: null with FORBIDDEN unless access is FULL. */
  arrearsConnection?: Maybe<ArrearsConnection>;
  /** The latest yearly tax credit rating. */
  creditRating?: Maybe<TaxCreditRating>;
  /** The year the latest rating was assessed for. */
  creditRatingYear?: Maybe<Scalars['Int']['output']>;
  /** Ratings by year, newest first. */
  creditRatings: Array<CreditRatingRecord>;
  /** Filing compliance per period (纳税申报), latest deadline first. Confidential: null with FORBIDDEN unless access is FULL (others see `missedFilingCount`). */
  filings?: Maybe<TaxFilingConnection>;
  /** Whether any arrears are unsettled (summary, visible to every department). */
  hasOutstandingArrears: Scalars['Boolean']['output'];
  /** Number of filings missed and not made good (逾期未申报) (summary, visible to every department). */
  missedFilingCount: Scalars['Int']['output'];
  /** Unsettled arrears in yuan as a decimal string with two decimals, summed exactly ("0.00" when none). Confidential: null with FORBIDDEN unless access is FULL. */
  outstandingArrears?: Maybe<Scalars['String']['output']>;
  /**
   * Unsettled arrears in yuan, as a float. Confidential: null with FORBIDDEN unless access is FULL.
   * @deprecated A float cannot hold every amount in fen exactly: read `outstandingArrears` (a decimal string).
   */
  outstandingArrearsYuan?: Maybe<Scalars['Float']['output']>;
  /** The tax bureau's risk signals (风险信号) for the enterprise, for the cross-department risk assessment: category, level and day observed for every department and coordinators; `detail` (amounts) for the tax bureau and coordinators only. Not shown to the enterprise itself (null with FORBIDDEN). */
  riskSignals?: Maybe<Array<TaxRiskSignal>>;
};


/** What the tax bureau (税务局) knows of one enterprise: credit rating, arrears and filing compliance. */
export type TaxProfileArrearsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** What the tax bureau (税务局) knows of one enterprise: credit rating, arrears and filing compliance. */
export type TaxProfileFilingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** What a tax risk signal (风险信号) is about. */
export type TaxRiskCategory =
  /** Tax arrears (欠税) not yet settled. */
  | 'ARREARS_OUTSTANDING'
  /** The latest yearly credit rating is C or D (纳税信用等级). */
  | 'CREDIT_RATING'
  /** Filings missed and not made good (逾期未申报). */
  | 'MISSED_FILINGS';

/** What a tax risk rule (税务风险规则) sets the level of. */
export type TaxRiskCondition =
  /** Any arrears (欠税) outstanding. */
  | 'ARREARS'
  /** Outstanding arrears of at least `threshold` yuan. */
  | 'ARREARS_LARGE'
  /** At least `threshold` filings still missed (逾期未申报). */
  | 'MISSED_FILINGS'
  /** A third, higher count of missed filings (`threshold`). */
  | 'MISSED_FILINGS_MANY'
  /** A second, higher count of missed filings (`threshold`). */
  | 'MISSED_FILINGS_MORE'
  /** The latest yearly credit rating is C. */
  | 'RATING_C'
  /** The latest yearly credit rating is D. */
  | 'RATING_D';

/** A tax risk rule (税务风险规则): which level arrears, a rating or missed filings raise, and from which amount or count. */
export type TaxRiskRule = {
  __typename?: 'TaxRiskRule';
  /** The condition the rule is about. */
  condition: TaxRiskCondition;
  /** Global id of the rule (`TaxRiskRule:<condition>`). */
  id: Scalars['ID']['output'];
  /** Level of the signal when the condition holds (NONE: no signal). */
  level: RiskLevel;
  /** Yuan (ARREARS_LARGE) or missed filings (MISSED_FILINGS*) from which it holds; null for the others. */
  threshold?: Maybe<Scalars['Int']['output']>;
  /** When the rule was last set. An instant, ISO 8601 in UTC. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Name of the administrator who set it (系统默认 for the defaults). */
  updatedByName: Scalars['String']['output'];
};

/** One tax risk rule (税务风险规则) to set. */
export type TaxRiskRuleInput = {
  /** The condition whose rule is set. */
  condition: TaxRiskCondition;
  /** Level of the signal when the condition holds; NONE raises none. */
  level: RiskLevel;
  /** Required for ARREARS_LARGE (yuan, 1 to 1,000,000,000) and MISSED_FILINGS* (filings, 1 to 1,000); left out for the others. */
  threshold?: InputMaybe<Scalars['Int']['input']>;
};

/** One risk signal (风险信号) the tax bureau contributes to the cross-department risk assessment, computed from its own records. */
export type TaxRiskSignal = {
  __typename?: 'TaxRiskSignal';
  /** What the signal is about. */
  category: TaxRiskCategory;
  /** What lies behind it (amounts, grades, periods): for the tax bureau's officers and coordinators; null for everyone else (need-to-know). */
  detail?: Maybe<Scalars['String']['output']>;
  /** How strong it is. */
  level: RiskSignalLevel;
  /** The day the condition was observed: the oldest arrears still owed, the day of the rating, the latest missed deadline. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  observedAt: Scalars['Date']['output'];
};

/** Urging (催办) an open request: at most once per working day. */
export type UrgeIssueInput = {
  /** Id of the request to urge. */
  issueId: Scalars['ID']['input'];
  /** What to tell the lead department (kept in the timeline). */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** What urgeIssue returns: the request after the urging. */
export type UrgeIssuePayload = {
  __typename?: 'UrgeIssuePayload';
  /** The request (诉求) after the urging, with its urge count and timeline. */
  issue: Issue;
};

/** The signed-in caller (当前用户), as the bearer token describes them. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The caller's department; null for enterprise users. */
  department?: Maybe<Department>;
  /** Department code from the token. */
  departmentCode?: Maybe<Scalars['String']['output']>;
  /** Display name. */
  displayName: Scalars['String']['output'];
  /** For enterprise users: the enterprise they act for. */
  enterprise?: Maybe<Enterprise>;
  /** User id (the token's subject). */
  id: Scalars['ID']['output'];
  /** What the caller may do, from the token. */
  roles: Array<Role>;
  /** For enterprise users: the enterprise they act for. */
  uscc?: Maybe<Scalars['String']['output']>;
};

/** A visit (走访) to the enterprise by a liaison officer. Its date and officer are a summary anyone who may see the request raised on it sees; what was said and found is confidential to the police (need-to-know). */
export type Visit = {
  __typename?: 'Visit';
  /** Photos and documents (附件) of the visit, oldest first. */
  attachments: Array<VisitAttachment>;
  /** Day of the visit (走访日期). A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  date: Scalars['Date']['output'];
  /** The enterprise visited. */
  enterprise: Enterprise;
  /** Global id of the visit (`Visit:<n>`). */
  id: Scalars['ID']['output'];
  /** Requests (诉求) raised on the problems found on this visit that the caller may see, in problem order: in full under the hub's rules, and for the police, who raised them, in summary (`access` SUMMARY: status, departments, deadlines, title) wherever they were routed. */
  issues: Array<Issue>;
  /** What was seen and discussed. Confidential: null with FORBIDDEN unless access is FULL. */
  notes?: Maybe<Scalars['String']['output']>;
  /** The officer who made the visit. */
  officer: Officer;
  /** Who the officer met, e.g. "总经理张建国、行政主管李红". Confidential: null with FORBIDDEN unless access is FULL. */
  peopleMet?: Maybe<Scalars['String']['output']>;
  /** Problems the enterprise raised or the officer found, one per item (empty when none); `reportVisitProblem` makes one a request. Confidential: null with FORBIDDEN unless access is FULL. */
  problemsFound?: Maybe<Array<Scalars['String']['output']>>;
  /** When the visit was recorded (null for visits recorded before records were kept). An instant, ISO 8601 in UTC. */
  recordedAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

/** A photo or document (附件) attached to a visit (走访). Confidential to the police like the visit; download through `downloadUrl`. */
export type VisitAttachment = {
  __typename?: 'VisitAttachment';
  /** The type sniffed from the content, e.g. image/jpeg. */
  contentType: Scalars['String']['output'];
  /** A link to download the file, valid for ATTACHMENT_URL_TTL_SECONDS (5 minutes by default), relative to the gateway (`/files/…`). FORBIDDEN without FULL access to the enterprise's police records. */
  downloadUrl: Scalars['String']['output'];
  /** The file name as uploaded (validated: no paths, no control characters). */
  fileName: Scalars['String']['output'];
  /** Global id of the attachment (`VisitAttachment:<n>`). */
  id: Scalars['ID']['output'];
  /** SHA-256 of the content, hex. */
  sha256: Scalars['String']['output'];
  /** Size in bytes. */
  sizeBytes: Scalars['Int']['output'];
  /** When it was uploaded. An instant, ISO 8601 in UTC. */
  uploadedAt: Scalars['DateTimeISO']['output'];
  /** The officer who uploaded it. */
  uploadedBy: Officer;
};

/** One page of a cursor-paginated list of Visit items (Relay-style connection); the list field says the order. */
export type VisitConnection = {
  __typename?: 'VisitConnection';
  /** The items of this page, in order. */
  edges: Array<VisitEdge>;
  /** Where this page ends and whether more follows. */
  pageInfo: PageInfo;
  /** Number of items matching the filter (all pages). Counted only when selected: it costs one more SQL statement, so leave it out when paging. */
  totalCount: Scalars['Int']['output'];
};

/** One Visit of a page, with its cursor. */
export type VisitEdge = {
  __typename?: 'VisitEdge';
  /** Opaque position of this item: pass it as `after` (or `before`) to page from here. */
  cursor: Scalars['String']['output'];
  /** The Visit. */
  node: Visit;
};

/** One year of the official working-day calendar (工作日历): public holidays and weekend make-up workdays (调休上班). */
export type WorkdayCalendarYear = Node & {
  __typename?: 'WorkdayCalendarYear';
  /** Weekdays that are public holidays (法定节假日) and so not working days. A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  holidays: Array<Scalars['Date']['output']>;
  /** Global id of the year (`WorkdayCalendarYear:<year>`). */
  id: Scalars['ID']['output'];
  /** Weekend days that are working days (调休上班). A calendar date in the hub's time zone (TZ, default Asia/Shanghai). */
  makeupWorkdays: Array<Scalars['Date']['output']>;
  /** When this year was last loaded or replaced. An instant, ISO 8601 in UTC. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** The calendar year, e.g. 2026. */
  year: Scalars['Int']['output'];
};

export type Join__ContextArgument = {
  context: Scalars['String']['input'];
  name: Scalars['String']['input'];
  selection: Scalars['join__FieldValue']['input'];
  type: Scalars['String']['input'];
};

export type Join__Graph =
  | 'HUB'
  | 'JUDICIAL'
  | 'MARKET'
  | 'POLICE'
  | 'TAX';

export type Link__Purpose =
  /** `EXECUTION` features provide metadata necessary for operation execution. */
  | 'EXECUTION'
  /** `SECURITY` features provide metadata necessary to securely resolve fields. */
  | 'SECURITY';

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename: 'Query', me: { __typename: 'Viewer', id: string, displayName: string, roles: Array<Role>, uscc?: string | null, department?: { __typename: 'Department', id: string, code: string, nameZh: string } | null, enterprise?: { __typename: 'Enterprise', id: string, uscc: string, name: string } | null } };

export type DepartmentActionItemsQueryVariables = Exact<{
  department: Scalars['ID']['input'];
  status?: InputMaybe<Array<ActionItemStatus> | ActionItemStatus>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DepartmentActionItemsQuery = { __typename: 'Query', actionItems: { __typename: 'ActionItemConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename: 'ActionItemEdge', node: { __typename: 'ActionItem', id: string, task: string, status: ActionItemStatus, isOverdue: boolean, completionNote?: string | null, due?: { __typename: 'Deadline', date: string, provisional: boolean } | null, issue?: { __typename: 'Issue', id: string, number: string, title: string } | null, meeting: { __typename: 'JointMeeting', id: string, title: string } } }> } };

export type CompleteActionItemFromConsoleMutationVariables = Exact<{
  input: CompleteActionItemInput;
}>;


export type CompleteActionItemFromConsoleMutation = { __typename: 'Mutation', completeActionItem: { __typename: 'CompleteActionItemPayload', actionItem: { __typename: 'ActionItem', id: string, status: ActionItemStatus } } };

export type CoordinatorQueueQueryVariables = Exact<{
  status: Array<IssueStatus> | IssueStatus;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CoordinatorQueueQuery = { __typename: 'Query', issues: { __typename: 'IssueConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename: 'IssueEdge', node: { __typename: 'Issue', id: string, number: string, title: string, status: IssueStatus, replyDeadline?: string | null, workingDaysLeft?: number | null, escalationReason?: string | null, category: { __typename: 'IssueCategory', id: string, nameZh: string }, enterprise: { __typename: 'Enterprise', id: string, name: string }, leadDepartment?: { __typename: 'Department', id: string, nameZh: string } | null } }> }, departments: Array<{ __typename: 'Department', id: string, code: string, nameZh: string }> };

export type CoordinatorIssueEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type CoordinatorIssueEventsSubscription = { __typename?: 'Subscription', issueEvents: { __typename: 'IssueEvent', cursor: string, type: IssueEventType, issueId: string } };

export type RouteFromConsoleMutationVariables = Exact<{
  input: RouteIssueInput;
}>;


export type RouteFromConsoleMutation = { __typename: 'Mutation', routeIssue: { __typename: 'RouteIssuePayload', issue: { __typename: 'Issue', id: string, status: IssueStatus, leadDepartment?: { __typename: 'Department', id: string, code: string } | null } } };

export type EnterprisePolicePanelQueryVariables = Exact<{
  uscc: Scalars['ID']['input'];
}>;


export type EnterprisePolicePanelQuery = { __typename: 'Query', enterprise: { __typename: 'Enterprise', id: string, police?: { __typename: 'PoliceProfile', visitCount: number, lastVisitedOn?: string | null, liaisonOfficer?: { __typename: 'Officer', id: string, name: string, phone: string } | null } | null } };

export type EnterpriseMarketPanelQueryVariables = Exact<{
  uscc: Scalars['ID']['input'];
}>;


export type EnterpriseMarketPanelQuery = { __typename: 'Query', enterprise: { __typename: 'Enterprise', id: string, market?: { __typename: 'MarketProfile', registrationStatus?: RegistrationStatus | null, registeredOn?: string | null, isOnAbnormalList: boolean, penaltyCount: number, openComplaintCount: number } | null } };

export type EnterpriseTaxPanelQueryVariables = Exact<{
  uscc: Scalars['ID']['input'];
}>;


export type EnterpriseTaxPanelQuery = { __typename: 'Query', enterprise: { __typename: 'Enterprise', id: string, tax?: { __typename: 'TaxProfile', creditRating?: TaxCreditRating | null, creditRatingYear?: number | null, hasOutstandingArrears: boolean, missedFilingCount: number } | null } };

export type EnterpriseJudicialPanelQueryVariables = Exact<{
  uscc: Scalars['ID']['input'];
}>;


export type EnterpriseJudicialPanelQuery = { __typename: 'Query', enterprise: { __typename: 'Enterprise', id: string, judicial?: { __typename: 'JudicialProfile', openMediationCases: number, mediationCaseCount: number, litigationCount: number } | null } };

export type EnterpriseRiskPanelQueryVariables = Exact<{
  uscc: Scalars['ID']['input'];
}>;


export type EnterpriseRiskPanelQuery = { __typename: 'Query', enterprise: { __typename: 'Enterprise', id: string, riskAssessment?: { __typename: 'RiskAssessment', level: RiskLevel, signals: Array<{ __typename: 'RiskSignal', department: string, category: string, level: RiskLevel, observedAt: string }> } | null } };

export type IssueCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type IssueCategoriesQuery = { __typename: 'Query', issueCategories: Array<{ __typename: 'IssueCategory', id: string, code: string, nameZh: string }> };

export type MyRequestsQueryVariables = Exact<{
  uscc: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyRequestsQuery = { __typename: 'Query', issues: { __typename: 'IssueConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename: 'IssueEdge', node: { __typename: 'Issue', id: string, number: string, title: string, status: IssueStatus, submittedAt: string, replyDeadline?: string | null, workingDaysLeft?: number | null, response?: string | null, leadDepartment?: { __typename: 'Department', id: string, nameZh: string } | null } }> } };

export type SubmitRequestFromConsoleMutationVariables = Exact<{
  input: SubmitIssueInput;
}>;


export type SubmitRequestFromConsoleMutation = { __typename: 'Mutation', submitIssue: { __typename: 'SubmitIssuePayload', issue: { __typename: 'Issue', id: string, number: string, status: IssueStatus } } };

export type MyIssueEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MyIssueEventsSubscription = { __typename?: 'Subscription', issueEvents: { __typename: 'IssueEvent', cursor: string, type: IssueEventType, issueId: string, issue?: { __typename: 'Issue', id: string, number: string, status: IssueStatus } | null } };

export type InboxIssuesQueryVariables = Exact<{
  filter: IssueFilter;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type InboxIssuesQuery = { __typename: 'Query', issues: { __typename: 'IssueConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename: 'IssueEdge', node: { __typename: 'Issue', id: string, number: string, title: string, status: IssueStatus, replyDeadline?: string | null, workingDaysLeft?: number | null, category: { __typename: 'IssueCategory', id: string, nameZh: string }, enterprise: { __typename: 'Enterprise', id: string, name: string } } }> } };

export type InboxReferralsQueryVariables = Exact<{
  department: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type InboxReferralsQuery = { __typename: 'Query', referrals: { __typename: 'ReferralConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename: 'ReferralEdge', node: { __typename: 'Referral', id: string, kind: ReferralKind, reason: string, signOffDeadline?: string | null, isOverdue: boolean, fromDepartment: { __typename: 'Department', id: string, nameZh: string }, issue: { __typename: 'Issue', id: string, number: string, title: string } } }> } };

export type InboxCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type InboxCategoriesQuery = { __typename: 'Query', issueCategories: Array<{ __typename: 'IssueCategory', id: string, code: string, nameZh: string }> };

export type InboxIssueEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type InboxIssueEventsSubscription = { __typename?: 'Subscription', issueEvents: { __typename: 'IssueEvent', cursor: string, type: IssueEventType, issueId: string, issue?: { __typename: 'Issue', id: string, number: string, title: string } | null } };

export type InboxReferralEventsSubscriptionVariables = Exact<{
  department: Scalars['ID']['input'];
}>;


export type InboxReferralEventsSubscription = { __typename?: 'Subscription', referralEvents: { __typename: 'ReferralEvent', cursor: string, type: ReferralEventType, referralId: string, issue?: { __typename: 'Issue', id: string, number: string, title: string } | null } };

export type InboxMeetingEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type InboxMeetingEventsSubscription = { __typename?: 'Subscription', jointMeetingEvents: { __typename: 'JointMeetingEvent', cursor: string, type: JointMeetingEventType, meetingId: string, detail:
      | { __typename: 'ActionItemCreatedDetail', ownerDepartment: string, task: string }
      | { __typename: 'ActionItemDoneDetail' }
      | { __typename: 'ActionItemDueDateSetDetail' }
      | { __typename: 'AgendaItemAddedDetail' }
      | { __typename: 'AgendaItemRemovedDetail' }
      | { __typename: 'AgendaOrderDetail' }
      | { __typename: 'DecisionRecordedDetail' }
      | { __typename: 'DepartmentInvitedDetail', department: string }
      | { __typename: 'ItemDeferredDetail' }
      | { __typename: 'ItemDiscussingDetail' }
      | { __typename: 'MeetingAdjournedDetail' }
      | { __typename: 'MeetingCancelledDetail' }
      | { __typename: 'MeetingScheduledDetail' }
      | { __typename: 'MeetingStartedDetail' }
      | { __typename: 'ParticipantJoinedDetail' }
     } };

export type MeetingMinutesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MeetingMinutesQuery = { __typename: 'Query', jointMeeting: { __typename: 'JointMeeting', id: string, minutes: { __typename: 'MeetingMinutes', title: string, kind: string, conveningDepartment: string, scheduledAt: string, location: string, status: string, startedAt?: string | null, adjournedAt?: string | null, summary?: string | null, timeZone: string, attendance: Array<{ __typename: 'MinutesAttendance', departmentCode: string, departmentName: string, invited: boolean, present: boolean, attendees: Array<string>, absentees: Array<string> }>, items: Array<{ __typename: 'MinutesItem', position: number, title: string, status: string, decision?: string | null, deferredReason?: string | null, actionItems: Array<{ __typename: 'MinutesActionItem', ownerDepartmentName: string, task: string, dueDate?: string | null, status: string, overdue: boolean }> }>, previousActionItems: Array<{ __typename: 'MinutesActionItem', ownerDepartmentName: string, task: string, dueDate?: string | null, status: string, overdue: boolean }> } } };

export type MeetingMinutesEventsSubscriptionVariables = Exact<{
  meetingId: Scalars['ID']['input'];
}>;


export type MeetingMinutesEventsSubscription = { __typename?: 'Subscription', jointMeetingEvents: { __typename: 'JointMeetingEvent', cursor: string, type: JointMeetingEventType } };

export type MeetingRoomQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MeetingRoomQuery = { __typename: 'Query', me: { __typename: 'Viewer', id: string, roles: Array<Role>, department?: { __typename: 'Department', id: string, code: string } | null }, departments: Array<{ __typename: 'Department', id: string, code: string, nameZh: string }>, jointMeeting: { __typename: 'JointMeeting', id: string, title: string, kind: JointMeetingKind, status: JointMeetingStatus, scheduledAt: string, location: string, startedAt?: string | null, adjournedAt?: string | null, summary?: string | null, conveningDepartment: { __typename: 'Department', id: string, code: string, nameZh: string }, participants: Array<{ __typename: 'JointMeetingParticipant', id: string, departmentCode: string, personName?: string | null, userId?: string | null, invited: boolean, attended: boolean, joinedAt?: string | null }>, currentItem?: { __typename: 'AgendaItem', id: string } | null, agenda: Array<{ __typename: 'AgendaItem', id: string, position: number, status: AgendaItemStatus, title: string, decision?: string | null, deferredReason?: string | null, issue?: { __typename: 'Issue', id: string } | null, actionItems: Array<{ __typename: 'ActionItem', id: string, task: string, status: ActionItemStatus, isOverdue: boolean, due?: { __typename: 'Deadline', date: string, provisional: boolean } | null, ownerDepartment: { __typename: 'Department', id: string, nameZh: string } }> }>, previousActionItems: Array<{ __typename: 'ActionItem', id: string, task: string, status: ActionItemStatus, isOverdue: boolean, completionNote?: string | null, due?: { __typename: 'Deadline', date: string, provisional: boolean } | null, ownerDepartment: { __typename: 'Department', id: string, nameZh: string } }> } };

export type MeetingRoomEventsSubscriptionVariables = Exact<{
  meetingId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MeetingRoomEventsSubscription = { __typename?: 'Subscription', jointMeetingEvents: { __typename: 'JointMeetingEvent', cursor: string, type: JointMeetingEventType, occurredAt: string, actorName?: string | null, detail:
      | { __typename: 'ActionItemCreatedDetail', ownerDepartment: string, task: string, dueDate?: string | null }
      | { __typename: 'ActionItemDoneDetail', ownerDepartment: string, note: string }
      | { __typename: 'ActionItemDueDateSetDetail', ownerDepartment: string, task: string, newDueDate: string }
      | { __typename: 'AgendaItemAddedDetail', title: string, position: number }
      | { __typename: 'AgendaItemRemovedDetail' }
      | { __typename: 'AgendaOrderDetail' }
      | { __typename: 'DecisionRecordedDetail', decision: string }
      | { __typename: 'DepartmentInvitedDetail', department: string }
      | { __typename: 'ItemDeferredDetail', reason: string }
      | { __typename: 'ItemDiscussingDetail', title: string }
      | { __typename: 'MeetingAdjournedDetail', summary?: string | null }
      | { __typename: 'MeetingCancelledDetail', reason: string }
      | { __typename: 'MeetingScheduledDetail', title: string }
      | { __typename: 'MeetingStartedDetail' }
      | { __typename: 'ParticipantJoinedDetail', name: string, department: string }
     } };

export type AgendaCandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type AgendaCandidatesQuery = { __typename: 'Query', issues: { __typename: 'IssueConnection', edges: Array<{ __typename: 'IssueEdge', node: { __typename: 'Issue', id: string, number: string, title: string } }> } };

export type StartJointMeetingFromConsoleMutationVariables = Exact<{
  input: StartJointMeetingInput;
}>;


export type StartJointMeetingFromConsoleMutation = { __typename: 'Mutation', startJointMeeting: { __typename: 'StartJointMeetingPayload', meeting: { __typename: 'JointMeeting', id: string, status: JointMeetingStatus } } };

export type JoinJointMeetingFromConsoleMutationVariables = Exact<{
  input: JoinJointMeetingInput;
}>;


export type JoinJointMeetingFromConsoleMutation = { __typename: 'Mutation', joinJointMeeting: { __typename: 'JoinJointMeetingPayload', meeting: { __typename: 'JointMeeting', id: string } } };

export type AdjournJointMeetingFromConsoleMutationVariables = Exact<{
  input: AdjournJointMeetingInput;
}>;


export type AdjournJointMeetingFromConsoleMutation = { __typename: 'Mutation', adjournJointMeeting: { __typename: 'AdjournJointMeetingPayload', meeting: { __typename: 'JointMeeting', id: string, status: JointMeetingStatus } } };

export type CancelJointMeetingFromConsoleMutationVariables = Exact<{
  input: CancelJointMeetingInput;
}>;


export type CancelJointMeetingFromConsoleMutation = { __typename: 'Mutation', cancelJointMeeting: { __typename: 'CancelJointMeetingPayload', meeting: { __typename: 'JointMeeting', id: string, status: JointMeetingStatus } } };

export type AddAgendaItemFromConsoleMutationVariables = Exact<{
  input: AddAgendaItemInput;
}>;


export type AddAgendaItemFromConsoleMutation = { __typename: 'Mutation', addAgendaItem: { __typename: 'AddAgendaItemPayload', agendaItem: { __typename: 'AgendaItem', id: string } } };

export type MoveAgendaItemFromConsoleMutationVariables = Exact<{
  input: MoveAgendaItemInput;
}>;


export type MoveAgendaItemFromConsoleMutation = { __typename: 'Mutation', moveAgendaItem: { __typename: 'MoveAgendaItemPayload', agendaItem: { __typename: 'AgendaItem', id: string, position: number } } };

export type RemoveAgendaItemFromConsoleMutationVariables = Exact<{
  input: RemoveAgendaItemInput;
}>;


export type RemoveAgendaItemFromConsoleMutation = { __typename: 'Mutation', removeAgendaItem: { __typename: 'RemoveAgendaItemPayload', removedAgendaItemId: string } };

export type StartAgendaItemFromConsoleMutationVariables = Exact<{
  input: StartAgendaItemInput;
}>;


export type StartAgendaItemFromConsoleMutation = { __typename: 'Mutation', startAgendaItem: { __typename: 'StartAgendaItemPayload', agendaItem: { __typename: 'AgendaItem', id: string, status: AgendaItemStatus } } };

export type RecordDecisionFromConsoleMutationVariables = Exact<{
  input: RecordDecisionInput;
}>;


export type RecordDecisionFromConsoleMutation = { __typename: 'Mutation', recordDecision: { __typename: 'RecordDecisionPayload', agendaItem: { __typename: 'AgendaItem', id: string, status: AgendaItemStatus } } };

export type DeferAgendaItemFromConsoleMutationVariables = Exact<{
  input: DeferAgendaItemInput;
}>;


export type DeferAgendaItemFromConsoleMutation = { __typename: 'Mutation', deferAgendaItem: { __typename: 'DeferAgendaItemPayload', agendaItem: { __typename: 'AgendaItem', id: string, status: AgendaItemStatus } } };

export type JointMeetingsQueryVariables = Exact<{
  status?: InputMaybe<Array<JointMeetingStatus> | JointMeetingStatus>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type JointMeetingsQuery = { __typename: 'Query', jointMeetings: { __typename: 'JointMeetingConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename: 'JointMeetingEdge', node: { __typename: 'JointMeeting', id: string, title: string, kind: JointMeetingKind, status: JointMeetingStatus, scheduledAt: string, location: string, conveningDepartment: { __typename: 'Department', id: string, nameZh: string } } }> } };

export type MeetingListEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MeetingListEventsSubscription = { __typename?: 'Subscription', jointMeetingEvents: { __typename: 'JointMeetingEvent', cursor: string, type: JointMeetingEventType, meetingId: string } };

export type ScheduleMeetingFormQueryVariables = Exact<{ [key: string]: never; }>;


export type ScheduleMeetingFormQuery = { __typename: 'Query', departments: Array<{ __typename: 'Department', id: string, code: string, nameZh: string }>, issues: { __typename: 'IssueConnection', edges: Array<{ __typename: 'IssueEdge', node: { __typename: 'Issue', id: string, number: string, title: string, escalationReason?: string | null, enterprise: { __typename: 'Enterprise', id: string, name: string } } }> } };

export type ScheduleJointMeetingFromConsoleMutationVariables = Exact<{
  input: ScheduleJointMeetingInput;
}>;


export type ScheduleJointMeetingFromConsoleMutation = { __typename: 'Mutation', scheduleJointMeeting: { __typename: 'ScheduleJointMeetingPayload', meeting: { __typename: 'JointMeeting', id: string, status: JointMeetingStatus } } };

export type AcceptReferralFromConsoleMutationVariables = Exact<{
  input: AcceptReferralInput;
}>;


export type AcceptReferralFromConsoleMutation = { __typename: 'Mutation', acceptReferral: { __typename: 'AcceptReferralPayload', referral: { __typename: 'Referral', id: string, status: ReferralStatus } } };

export type RejectReferralFromConsoleMutationVariables = Exact<{
  input: RejectReferralInput;
}>;


export type RejectReferralFromConsoleMutation = { __typename: 'Mutation', rejectReferral: { __typename: 'RejectReferralPayload', referral: { __typename: 'Referral', id: string, status: ReferralStatus } } };

export type RequestPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RequestPageQuery = { __typename: 'Query', issue: { __typename: 'Issue', id: string, number: string, title: string, description: string, status: IssueStatus, submittedAt: string, replyDeadline?: string | null, workingDaysLeft?: number | null, response?: string | null, satisfaction?: Satisfaction | null, category: { __typename: 'IssueCategory', id: string, nameZh: string }, enterprise: { __typename: 'Enterprise', id: string, uscc: string, name: string }, leadDepartment?: { __typename: 'Department', id: string, code: string, nameZh: string } | null, assistingDepartments: Array<{ __typename: 'Department', id: string, nameZh: string }>, referrals: Array<{ __typename: 'Referral', id: string, kind: ReferralKind, status: ReferralStatus, reason: string, signOffDeadline?: string | null, fromDepartment: { __typename: 'Department', id: string, nameZh: string }, toDepartment: { __typename: 'Department', id: string, code: string, nameZh: string } }>, timeline: Array<{ __typename: 'IssueTimelineEntry', id: string, at: string, action: IssueEventType, actorName: string, fromStatus?: IssueStatus | null, toStatus?: IssueStatus | null, note?: string | null }> }, departments: Array<{ __typename: 'Department', id: string, code: string, nameZh: string }> };

export type RequestEventsSubscriptionVariables = Exact<{
  issueId: Scalars['ID']['input'];
}>;


export type RequestEventsSubscription = { __typename?: 'Subscription', issueEvents: { __typename: 'IssueEvent', cursor: string, type: IssueEventType, issueId: string } };

export type AcceptIssueFromConsoleMutationVariables = Exact<{
  input: AcceptIssueInput;
}>;


export type AcceptIssueFromConsoleMutation = { __typename: 'Mutation', acceptIssue: { __typename: 'AcceptIssuePayload', issue: { __typename: 'Issue', id: string, status: IssueStatus } } };

export type StartIssueWorkFromConsoleMutationVariables = Exact<{
  input: StartIssueWorkInput;
}>;


export type StartIssueWorkFromConsoleMutation = { __typename: 'Mutation', startIssueWork: { __typename: 'StartIssueWorkPayload', issue: { __typename: 'Issue', id: string, status: IssueStatus } } };

export type RespondFromConsoleMutationVariables = Exact<{
  input: RespondToIssueInput;
}>;


export type RespondFromConsoleMutation = { __typename: 'Mutation', respondToIssue: { __typename: 'RespondToIssuePayload', issue: { __typename: 'Issue', id: string, status: IssueStatus, response?: string | null } } };

export type ReferFromConsoleMutationVariables = Exact<{
  input: ReferIssueInput;
}>;


export type ReferFromConsoleMutation = { __typename: 'Mutation', referIssue: { __typename: 'ReferIssuePayload', referral: { __typename: 'Referral', id: string, status: ReferralStatus } } };

export type ResolveFromConsoleMutationVariables = Exact<{
  input: ResolveIssueInput;
}>;


export type ResolveFromConsoleMutation = { __typename: 'Mutation', resolveIssue: { __typename: 'ResolveIssuePayload', issue: { __typename: 'Issue', id: string, status: IssueStatus } } };

export type RateFromConsoleMutationVariables = Exact<{
  input: RateIssueInput;
}>;


export type RateFromConsoleMutation = { __typename: 'Mutation', rateIssue: { __typename: 'RateIssuePayload', issue: { __typename: 'Issue', id: string, status: IssueStatus, satisfaction?: Satisfaction | null } } };

export type PerformanceRatesFragment = { __typename: 'DepartmentPerformance', departmentCode: string, timelySignOffRate?: number | null, responseRate?: number | null, resolutionRate?: number | null, resolvedOnTimeRate?: number | null, satisfactionRate?: number | null, referralRejectionRate?: number | null, reopenRate?: number | null };

export type DepartmentPerformanceTableQueryVariables = Exact<{
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
}>;


export type DepartmentPerformanceTableQuery = { __typename: 'Query', departmentPerformance: Array<{ __typename: 'DepartmentPerformance', received: number, openOverdue: number, departmentCode: string, timelySignOffRate?: number | null, responseRate?: number | null, resolutionRate?: number | null, resolvedOnTimeRate?: number | null, satisfactionRate?: number | null, referralRejectionRate?: number | null, reopenRate?: number | null, department: { __typename: 'Department', id: string, nameZh: string } }> };

export type DepartmentPerformanceTrendQueryVariables = Exact<{
  f0: Scalars['Date']['input'];
  t0: Scalars['Date']['input'];
  i0: Scalars['Boolean']['input'];
  f1: Scalars['Date']['input'];
  t1: Scalars['Date']['input'];
  i1: Scalars['Boolean']['input'];
  f2: Scalars['Date']['input'];
  t2: Scalars['Date']['input'];
  i2: Scalars['Boolean']['input'];
  f3: Scalars['Date']['input'];
  t3: Scalars['Date']['input'];
  i3: Scalars['Boolean']['input'];
  f4: Scalars['Date']['input'];
  t4: Scalars['Date']['input'];
  i4: Scalars['Boolean']['input'];
  f5: Scalars['Date']['input'];
  t5: Scalars['Date']['input'];
  i5: Scalars['Boolean']['input'];
  f6: Scalars['Date']['input'];
  t6: Scalars['Date']['input'];
  i6: Scalars['Boolean']['input'];
  f7: Scalars['Date']['input'];
  t7: Scalars['Date']['input'];
  i7: Scalars['Boolean']['input'];
  f8: Scalars['Date']['input'];
  t8: Scalars['Date']['input'];
  i8: Scalars['Boolean']['input'];
  f9: Scalars['Date']['input'];
  t9: Scalars['Date']['input'];
  i9: Scalars['Boolean']['input'];
  f10: Scalars['Date']['input'];
  t10: Scalars['Date']['input'];
  i10: Scalars['Boolean']['input'];
  f11: Scalars['Date']['input'];
  t11: Scalars['Date']['input'];
  i11: Scalars['Boolean']['input'];
}>;


export type DepartmentPerformanceTrendQuery = { __typename: 'Query', m0?: Array<{ __typename: 'DepartmentPerformance', departmentCode: string, timelySignOffRate?: number | null, responseRate?: number | null, resolutionRate?: number | null, resolvedOnTimeRate?: number | null, satisfactionRate?: number | null, referralRejectionRate?: number | null, reopenRate?: number | null }>, m1?: Array<{ __typename: 'DepartmentPerformance', departmentCode: string, timelySignOffRate?: number | null, responseRate?: number | null, resolutionRate?: number | null, resolvedOnTimeRate?: number | null, satisfactionRate?: number | null, referralRejectionRate?: number | null, reopenRate?: number | null }>, m2?: Array<{ __typename: 'DepartmentPerformance', departmentCode: string, timelySignOffRate?: number | null, responseRate?: number | null, resolutionRate?: number | null, resolvedOnTimeRate?: number | null, satisfactionRate?: number | null, referralRejectionRate?: number | null, reopenRate?: number | null }>, m3?: Array<{ __typename: 'DepartmentPerformance', departmentCode: string, timelySignOffRate?: number | null, responseRate?: number | null, resolutionRate?: number | null, resolvedOnTimeRate?: number | null, satisfactionRate?: number | null, referralRejectionRate?: number | null, reopenRate?: number | null }>, m4?: Array<{ __typename: 'DepartmentPerformance', departmentCode: string, timelySignOffRate?: number | null, responseRate?: number | null, resolutionRate?: number | null, resolvedOnTimeRate?: number | null, satisfactionRate?: number | null, referralRejectionRate?: number | null, reopenRate?: number | null }>, m5?: Array<{ __typename: 'DepartmentPerformance', departmentCode: string, timelySignOffRate?: number | null, responseRate?: number | null, resolutionRate?: number | null, resolvedOnTimeRate?: number | null, satisfactionRate?: number | null, referralRejectionRate?: number | null, reopenRate?: number | null }>, m6?: Array<{ __typename: 'DepartmentPerformance', departmentCode: string, timelySignOffRate?: number | null, responseRate?: number | null, resolutionRate?: number | null, resolvedOnTimeRate?: number | null, satisfactionRate?: number | null, referralRejectionRate?: number | null, reopenRate?: number | null }>, m7?: Array<{ __typename: 'DepartmentPerformance', departmentCode: string, timelySignOffRate?: number | null, responseRate?: number | null, resolutionRate?: number | null, resolvedOnTimeRate?: number | null, satisfactionRate?: number | null, referralRejectionRate?: number | null, reopenRate?: number | null }>, m8?: Array<{ __typename: 'DepartmentPerformance', departmentCode: string, timelySignOffRate?: number | null, responseRate?: number | null, resolutionRate?: number | null, resolvedOnTimeRate?: number | null, satisfactionRate?: number | null, referralRejectionRate?: number | null, reopenRate?: number | null }>, m9?: Array<{ __typename: 'DepartmentPerformance', departmentCode: string, timelySignOffRate?: number | null, responseRate?: number | null, resolutionRate?: number | null, resolvedOnTimeRate?: number | null, satisfactionRate?: number | null, referralRejectionRate?: number | null, reopenRate?: number | null }>, m10?: Array<{ __typename: 'DepartmentPerformance', departmentCode: string, timelySignOffRate?: number | null, responseRate?: number | null, resolutionRate?: number | null, resolvedOnTimeRate?: number | null, satisfactionRate?: number | null, referralRejectionRate?: number | null, reopenRate?: number | null }>, m11?: Array<{ __typename: 'DepartmentPerformance', departmentCode: string, timelySignOffRate?: number | null, responseRate?: number | null, resolutionRate?: number | null, resolvedOnTimeRate?: number | null, satisfactionRate?: number | null, referralRejectionRate?: number | null, reopenRate?: number | null }> };

export type ExportDepartmentPerformanceMutationVariables = Exact<{
  input: CreateExportInput;
}>;


export type ExportDepartmentPerformanceMutation = { __typename: 'Mutation', createExport: { __typename: 'CreateExportPayload', url: string, fileName: string, expiresAt: string, rowCount: number } };

export const PerformanceRatesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PerformanceRates"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentPerformance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"timelySignOffRate"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionRate"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOnTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}},{"kind":"Field","name":{"kind":"Name","value":"referralRejectionRate"}},{"kind":"Field","name":{"kind":"Name","value":"reopenRate"}}]}}]} as unknown as DocumentNode<PerformanceRatesFragment, unknown>;
export const ViewerDocument = {"__meta__":{"hash":"b20286480d1591680448a13adf47edbe552f24201d05619cf08db5ac3920300f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const DepartmentActionItemsDocument = {"__meta__":{"hash":"8cd52d756e7c957b63619eb0e9cf94e6e8aaff46a28abd2f08f77a9d8f6eaf6c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DepartmentActionItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"department"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItemStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ownerDepartment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"department"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"completionNote"}},{"kind":"Field","name":{"kind":"Name","value":"due"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DepartmentActionItemsQuery, DepartmentActionItemsQueryVariables>;
export const CompleteActionItemFromConsoleDocument = {"__meta__":{"hash":"464c320da9d0791e5ea020d372fbbf3bf4b54dcc3d059314d8596511e16bb816"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteActionItemFromConsole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"completeActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CompleteActionItemFromConsoleMutation, CompleteActionItemFromConsoleMutationVariables>;
export const CoordinatorQueueDocument = {"__meta__":{"hash":"a9b875db79f97f3d5700ecfbf18954517a154e7e447ff4f9ebfdba454c5350bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoordinatorQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueStatus"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"OLDEST_FIRST"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"replyDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"escalationReason"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]} as unknown as DocumentNode<CoordinatorQueueQuery, CoordinatorQueueQueryVariables>;
export const CoordinatorIssueEventsDocument = {"__meta__":{"hash":"215973eea78ada24ca3b28dcff817d05fc417e708dfffe314f18b06e98f62c5c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CoordinatorIssueEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"issueId"}}]}}]}}]} as unknown as DocumentNode<CoordinatorIssueEventsSubscription, CoordinatorIssueEventsSubscriptionVariables>;
export const RouteFromConsoleDocument = {"__meta__":{"hash":"f8a3e61dc6de7960029e6942815d57c7ba878813159b075f271b18ce1e7436aa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RouteFromConsole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RouteIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"routeIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leadDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RouteFromConsoleMutation, RouteFromConsoleMutationVariables>;
export const EnterprisePolicePanelDocument = {"__meta__":{"hash":"9014d6e9eb56ca5591f6be81872d269e7651b1b080dd594559cb8312a8b5e822"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterprisePolicePanel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uscc"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uscc"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uscc"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"police"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"liaisonOfficer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastVisitedOn"}}]}}]}}]}}]} as unknown as DocumentNode<EnterprisePolicePanelQuery, EnterprisePolicePanelQueryVariables>;
export const EnterpriseMarketPanelDocument = {"__meta__":{"hash":"34621bce7b5daf4cb790f55bb9cd2163418a4e259ea94c51bcbe7beeb9115cb0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterpriseMarketPanel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uscc"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uscc"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uscc"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"market"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"isOnAbnormalList"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyCount"}},{"kind":"Field","name":{"kind":"Name","value":"openComplaintCount"}}]}}]}}]}}]} as unknown as DocumentNode<EnterpriseMarketPanelQuery, EnterpriseMarketPanelQueryVariables>;
export const EnterpriseTaxPanelDocument = {"__meta__":{"hash":"280ecf830d9b4c229b6357b4c7903115f0ca0dd67705bfd2af269dee58a435ba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterpriseTaxPanel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uscc"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uscc"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uscc"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"creditRating"}},{"kind":"Field","name":{"kind":"Name","value":"creditRatingYear"}},{"kind":"Field","name":{"kind":"Name","value":"hasOutstandingArrears"}},{"kind":"Field","name":{"kind":"Name","value":"missedFilingCount"}}]}}]}}]}}]} as unknown as DocumentNode<EnterpriseTaxPanelQuery, EnterpriseTaxPanelQueryVariables>;
export const EnterpriseJudicialPanelDocument = {"__meta__":{"hash":"4f6fce3e3722bfdc621ebbb811df1685397956bbaf34efd644ba4f6ae4ec2cc3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterpriseJudicialPanel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uscc"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uscc"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uscc"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"judicial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"openMediationCases"}},{"kind":"Field","name":{"kind":"Name","value":"mediationCaseCount"}},{"kind":"Field","name":{"kind":"Name","value":"litigationCount"}}]}}]}}]}}]} as unknown as DocumentNode<EnterpriseJudicialPanelQuery, EnterpriseJudicialPanelQueryVariables>;
export const EnterpriseRiskPanelDocument = {"__meta__":{"hash":"977ff63327f1566d88c7045302248a9244a9e863e761772766ab37397f4e8dad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterpriseRiskPanel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uscc"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uscc"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uscc"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"riskAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"signals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"observedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EnterpriseRiskPanelQuery, EnterpriseRiskPanelQueryVariables>;
export const IssueCategoriesDocument = {"__meta__":{"hash":"297af3a4e15b0bba3cf1f98deca8013f0d42c2532875b12bc21ea436167f4a97"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IssueCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"issueCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]} as unknown as DocumentNode<IssueCategoriesQuery, IssueCategoriesQueryVariables>;
export const MyRequestsDocument = {"__meta__":{"hash":"3ad8e563abb4ffa22aa44cb1585e13918049b931d531411053203d7ba3ff596e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uscc"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"enterprise"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uscc"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"replyDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"leadDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyRequestsQuery, MyRequestsQueryVariables>;
export const SubmitRequestFromConsoleDocument = {"__meta__":{"hash":"dbde9f019074c64621f37ae64f39a696f487155b82982d94085225f2385130c9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitRequestFromConsole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"submitIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitRequestFromConsoleMutation, SubmitRequestFromConsoleMutationVariables>;
export const MyIssueEventsDocument = {"__meta__":{"hash":"02693e5d062a950d64757264cf626721eca6813d219f987b8193e8dd4282bc15"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MyIssueEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"issueId"}},{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MyIssueEventsSubscription, MyIssueEventsSubscriptionVariables>;
export const InboxIssuesDocument = {"__meta__":{"hash":"ea40376c6e7ffbce7914d54c312b7a22b39d70c38a2ffc9c34979a1e0a519a9a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxIssues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"REPLY_DEADLINE_FIRST"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"replyDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InboxIssuesQuery, InboxIssuesQueryVariables>;
export const InboxReferralsDocument = {"__meta__":{"hash":"7c03f1339e5d7f0100397200f6f044465b010b714dbc871c844d12f74252a1ea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxReferrals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"department"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"toDepartment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"department"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PENDING"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"signOffDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"fromDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InboxReferralsQuery, InboxReferralsQueryVariables>;
export const InboxCategoriesDocument = {"__meta__":{"hash":"3738de2639ff5419bf577d614cca5d9c8b75b45a0f4daa3fc5a41cde430dedfa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"issueCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]} as unknown as DocumentNode<InboxCategoriesQuery, InboxCategoriesQueryVariables>;
export const InboxIssueEventsDocument = {"__meta__":{"hash":"604386dce97330f5f40b6276f7483d9ceca3c6ee4c0b8ffb58e3426e4da0b365"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"InboxIssueEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"issueId"}},{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<InboxIssueEventsSubscription, InboxIssueEventsSubscriptionVariables>;
export const InboxReferralEventsDocument = {"__meta__":{"hash":"ac4c9b9f964bdb5996fe9f5dbc44480099aa4c9a1c38ea93e8dd3c10211f07fa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"InboxReferralEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"department"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"department"},"value":{"kind":"Variable","name":{"kind":"Name","value":"department"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<InboxReferralEventsSubscription, InboxReferralEventsSubscriptionVariables>;
export const InboxMeetingEventsDocument = {"__meta__":{"hash":"5516cfba6d4849eaabdd5a39cd13e828538a1d8f2dc076c549d3c1c7b5d2abc2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"InboxMeetingEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jointMeetingEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"detail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItemCreatedDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"task"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentInvitedDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"department"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InboxMeetingEventsSubscription, InboxMeetingEventsSubscriptionVariables>;
export const MeetingMinutesDocument = {"__meta__":{"hash":"5cda9d4ebc12567cd43a3b4fe4ee70a4a34ae8b423d76424b9abd375197484a3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"jointMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"conveningDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adjournedAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"}},{"kind":"Field","name":{"kind":"Name","value":"absentees"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"deferredReason"}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDepartmentName"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousActionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDepartmentName"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeetingMinutesQuery, MeetingMinutesQueryVariables>;
export const MeetingMinutesEventsDocument = {"__meta__":{"hash":"fac01e4386f4d3d369aa320d9cedcb35323076ace984129384ea209a21878754"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MeetingMinutesEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jointMeetingEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<MeetingMinutesEventsSubscription, MeetingMinutesEventsSubscriptionVariables>;
export const MeetingRoomDocument = {"__meta__":{"hash":"7be4417323071440bbe2f99ee3f929aadeb4ec6a7c2712356f4a1007f884abb0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingRoom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jointMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adjournedAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"conveningDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"deferredReason"}},{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"due"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousActionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"completionNote"}},{"kind":"Field","name":{"kind":"Name","value":"due"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeetingRoomQuery, MeetingRoomQueryVariables>;
export const MeetingRoomEventsDocument = {"__meta__":{"hash":"4e4a3eb397dc28695b2b634cfff50de9f5b66180642a7d3c68deb4ffeb2c9bfa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MeetingRoomEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jointMeetingEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"detail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingScheduledDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantJoinedDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentInvitedDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"department"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgendaItemAddedDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ItemDiscussingDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionRecordedDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItemCreatedDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ItemDeferredDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItemDoneDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItemDueDateSetDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","alias":{"kind":"Name","value":"newDueDate"},"name":{"kind":"Name","value":"dueDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingAdjournedDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingCancelledDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeetingRoomEventsSubscription, MeetingRoomEventsSubscriptionVariables>;
export const AgendaCandidatesDocument = {"__meta__":{"hash":"5924deaa71f5e9a46dd24ed3a2f96910c1f974b4ee24213dcd004670a8fae833"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgendaCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ESCALATED"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"OLDEST_FIRST"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgendaCandidatesQuery, AgendaCandidatesQueryVariables>;
export const StartJointMeetingFromConsoleDocument = {"__meta__":{"hash":"43934cd0972017d2db70eb1c5720fe63722656e806e13036abb333cbee125ef5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartJointMeetingFromConsole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartJointMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"startJointMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<StartJointMeetingFromConsoleMutation, StartJointMeetingFromConsoleMutationVariables>;
export const JoinJointMeetingFromConsoleDocument = {"__meta__":{"hash":"2479030a4dc7da50a6a7e6a2d97077ffc9339f889d31dfe7c2c4ced5b9e53be0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JoinJointMeetingFromConsole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JoinJointMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"joinJointMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<JoinJointMeetingFromConsoleMutation, JoinJointMeetingFromConsoleMutationVariables>;
export const AdjournJointMeetingFromConsoleDocument = {"__meta__":{"hash":"55e52c8f730fa2e3230040174c51ee661b2ff2989cad487c55d6a6c661707dcc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdjournJointMeetingFromConsole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdjournJointMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"adjournJointMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AdjournJointMeetingFromConsoleMutation, AdjournJointMeetingFromConsoleMutationVariables>;
export const CancelJointMeetingFromConsoleDocument = {"__meta__":{"hash":"1284162624d8204142eae678ebb9e72812405f0ede72b63d399865f0b4208874"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelJointMeetingFromConsole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelJointMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cancelJointMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CancelJointMeetingFromConsoleMutation, CancelJointMeetingFromConsoleMutationVariables>;
export const AddAgendaItemFromConsoleDocument = {"__meta__":{"hash":"142b7d10fb9efcd657f2cc1b81a3801964812a4908ba31ba10451a5a248ecd2a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAgendaItemFromConsole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddAgendaItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addAgendaItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AddAgendaItemFromConsoleMutation, AddAgendaItemFromConsoleMutationVariables>;
export const MoveAgendaItemFromConsoleDocument = {"__meta__":{"hash":"5266f326c81d3df8e13a5a41a22c5c338e3c3002269cc8a22794f2be1733fcfb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveAgendaItemFromConsole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveAgendaItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"moveAgendaItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]} as unknown as DocumentNode<MoveAgendaItemFromConsoleMutation, MoveAgendaItemFromConsoleMutationVariables>;
export const RemoveAgendaItemFromConsoleDocument = {"__meta__":{"hash":"663ba5abb92bec04ee746af9e3d1edea1a4616c8a96379fb3dbdfe5abd57f07d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveAgendaItemFromConsole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveAgendaItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"removeAgendaItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"removedAgendaItemId"}}]}}]}}]} as unknown as DocumentNode<RemoveAgendaItemFromConsoleMutation, RemoveAgendaItemFromConsoleMutationVariables>;
export const StartAgendaItemFromConsoleDocument = {"__meta__":{"hash":"7967b7e5f5e433c8ace835b2263c72d242527b3e006d16d79c4374f8fcdb9474"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartAgendaItemFromConsole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartAgendaItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"startAgendaItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<StartAgendaItemFromConsoleMutation, StartAgendaItemFromConsoleMutationVariables>;
export const RecordDecisionFromConsoleDocument = {"__meta__":{"hash":"6926a4791488d7f0e898edb63a01fb7b1599b0fc55b2cbe77889ff4db753eb6c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDecisionFromConsole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RecordDecisionFromConsoleMutation, RecordDecisionFromConsoleMutationVariables>;
export const DeferAgendaItemFromConsoleDocument = {"__meta__":{"hash":"02e4d923a8ff26f9577198656cf9bdc10dfed1d6fc6a76bbe2cb4abafa846c43"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeferAgendaItemFromConsole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeferAgendaItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deferAgendaItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<DeferAgendaItemFromConsoleMutation, DeferAgendaItemFromConsoleMutationVariables>;
export const JointMeetingsDocument = {"__meta__":{"hash":"c37405762ea10edc7fa9e1976a0476202b2a1164b251329085689394e519fee0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JointMeetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JointMeetingStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"jointMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"conveningDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<JointMeetingsQuery, JointMeetingsQueryVariables>;
export const MeetingListEventsDocument = {"__meta__":{"hash":"9880ca0afb08485737c4589c237d0b3d8a987ac9d3d93dd758616f6aedf14df5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MeetingListEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jointMeetingEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}}]}}]}}]} as unknown as DocumentNode<MeetingListEventsSubscription, MeetingListEventsSubscriptionVariables>;
export const ScheduleMeetingFormDocument = {"__meta__":{"hash":"b0580ad0ee174f6879882261b04c6506d56121a42875bba9b85638afd1136e66"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScheduleMeetingForm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ESCALATED"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"OLDEST_FIRST"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"escalationReason"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScheduleMeetingFormQuery, ScheduleMeetingFormQueryVariables>;
export const ScheduleJointMeetingFromConsoleDocument = {"__meta__":{"hash":"a8e39c2568d0bc2f4fbb38028ff5e8d57eccee4ee5ee8b7c85080aab4e53877f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleJointMeetingFromConsole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleJointMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleJointMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ScheduleJointMeetingFromConsoleMutation, ScheduleJointMeetingFromConsoleMutationVariables>;
export const AcceptReferralFromConsoleDocument = {"__meta__":{"hash":"c9a7ec98c605780fcff340712b5f98647c0fbaf787b6181a8923ec519c9fa4c7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptReferralFromConsole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"acceptReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptReferralFromConsoleMutation, AcceptReferralFromConsoleMutationVariables>;
export const RejectReferralFromConsoleDocument = {"__meta__":{"hash":"793d7ff09e70baeabe15b0753f7f9dc5f5158894335cbe80524ea1b3344ab5d7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectReferralFromConsole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RejectReferralFromConsoleMutation, RejectReferralFromConsoleMutationVariables>;
export const RequestPageDocument = {"__meta__":{"hash":"14edce9a99f419c0419c9d7ff17803157e173b7e9b903ea22570c437053ef1bb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"issue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"replyDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assistingDepartments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"signOffDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"fromDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]} as unknown as DocumentNode<RequestPageQuery, RequestPageQueryVariables>;
export const RequestEventsDocument = {"__meta__":{"hash":"f296358ed104380765721104b1fe2a4a04a403dce5f8dafc807989e84ad720e7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RequestEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"issueId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"issueId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"issueId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"issueId"}}]}}]}}]} as unknown as DocumentNode<RequestEventsSubscription, RequestEventsSubscriptionVariables>;
export const AcceptIssueFromConsoleDocument = {"__meta__":{"hash":"38a7c6bb48b096dc2ace5f635068625411d73ddde317266d9b84acd12f27ef02"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptIssueFromConsole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"acceptIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptIssueFromConsoleMutation, AcceptIssueFromConsoleMutationVariables>;
export const StartIssueWorkFromConsoleDocument = {"__meta__":{"hash":"613d2540b62403786ed07343f7ec5a33f7d096518e4be3602d4e875c63c58dd0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartIssueWorkFromConsole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartIssueWorkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"startIssueWork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<StartIssueWorkFromConsoleMutation, StartIssueWorkFromConsoleMutationVariables>;
export const RespondFromConsoleDocument = {"__meta__":{"hash":"de34508d1a2bf890eb255f01848f3fc17f9fb89af4f8e65091d5b536d9b3225e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondFromConsole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RespondToIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"respondToIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}}]}}]}}]}}]} as unknown as DocumentNode<RespondFromConsoleMutation, RespondFromConsoleMutationVariables>;
export const ReferFromConsoleDocument = {"__meta__":{"hash":"573cb117c379f4c2a3b91ae8f20488e57bbe7f0a75d1b239b4bd06ba27d88bbb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferFromConsole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"referIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ReferFromConsoleMutation, ReferFromConsoleMutationVariables>;
export const ResolveFromConsoleDocument = {"__meta__":{"hash":"322d4190f83bc349c2332bac28aa247e2279186cd2011532eb2249306595dfc0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveFromConsole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resolveIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ResolveFromConsoleMutation, ResolveFromConsoleMutationVariables>;
export const RateFromConsoleDocument = {"__meta__":{"hash":"820a952f9980e7b5d9c895a1689b367764fb7a69f3612b15bf0ade20647a801e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RateFromConsole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rateIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}}]}}]}}]}}]} as unknown as DocumentNode<RateFromConsoleMutation, RateFromConsoleMutationVariables>;
export const DepartmentPerformanceTableDocument = {"__meta__":{"hash":"baf9b07031b0e2ab4620ff7848521d55d2a7fc99323de4d3b39a5d2c863d6785"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DepartmentPerformanceTable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"departmentPerformance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PerformanceRates"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"openOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PerformanceRates"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentPerformance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"timelySignOffRate"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionRate"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOnTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}},{"kind":"Field","name":{"kind":"Name","value":"referralRejectionRate"}},{"kind":"Field","name":{"kind":"Name","value":"reopenRate"}}]}}]} as unknown as DocumentNode<DepartmentPerformanceTableQuery, DepartmentPerformanceTableQueryVariables>;
export const DepartmentPerformanceTrendDocument = {"__meta__":{"hash":"b5ea41016279f7d6592a2a0b4796f20a0b4e462681ca5eeea1f4b7a268614b7c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DepartmentPerformanceTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f0"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t0"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i0"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f1"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t1"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i1"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f2"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t2"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i2"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f3"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t3"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i3"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f4"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t4"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i4"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f5"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t5"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i5"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f6"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t6"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i6"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f7"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t7"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i7"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f8"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t8"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i8"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f9"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t9"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i9"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f10"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t10"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i10"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f11"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t11"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i11"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"m0"},"name":{"kind":"Name","value":"departmentPerformance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f0"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t0"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i0"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PerformanceRates"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m1"},"name":{"kind":"Name","value":"departmentPerformance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f1"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t1"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i1"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PerformanceRates"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m2"},"name":{"kind":"Name","value":"departmentPerformance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f2"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t2"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i2"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PerformanceRates"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m3"},"name":{"kind":"Name","value":"departmentPerformance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f3"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t3"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i3"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PerformanceRates"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m4"},"name":{"kind":"Name","value":"departmentPerformance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f4"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t4"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i4"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PerformanceRates"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m5"},"name":{"kind":"Name","value":"departmentPerformance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f5"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t5"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i5"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PerformanceRates"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m6"},"name":{"kind":"Name","value":"departmentPerformance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f6"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t6"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i6"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PerformanceRates"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m7"},"name":{"kind":"Name","value":"departmentPerformance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f7"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t7"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i7"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PerformanceRates"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m8"},"name":{"kind":"Name","value":"departmentPerformance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f8"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t8"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i8"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PerformanceRates"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m9"},"name":{"kind":"Name","value":"departmentPerformance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f9"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t9"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i9"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PerformanceRates"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m10"},"name":{"kind":"Name","value":"departmentPerformance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f10"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t10"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i10"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PerformanceRates"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m11"},"name":{"kind":"Name","value":"departmentPerformance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f11"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t11"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i11"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PerformanceRates"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PerformanceRates"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentPerformance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"timelySignOffRate"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionRate"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOnTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}},{"kind":"Field","name":{"kind":"Name","value":"referralRejectionRate"}},{"kind":"Field","name":{"kind":"Name","value":"reopenRate"}}]}}]} as unknown as DocumentNode<DepartmentPerformanceTrendQuery, DepartmentPerformanceTrendQueryVariables>;
export const ExportDepartmentPerformanceDocument = {"__meta__":{"hash":"21d6968cb0ec1d70297ac77b1830962bc4991dd61bc6f11bae7a90ee3424791b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportDepartmentPerformance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateExportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}}]}}]}}]} as unknown as DocumentNode<ExportDepartmentPerformanceMutation, ExportDepartmentPerformanceMutationVariables>;
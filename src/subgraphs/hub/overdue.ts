import { raw, type FilterQuery } from '@mikro-orm/core';
import type { Issue } from './issue/issue.entity';
import { OPEN_STATUSES } from './issue/issue-status';
import { type ActionItem, ActionItemStatus } from './meeting/meeting.entity';
import { type Referral, ReferralStatus } from './referral/referral.entity';

/**
 * "Overdue" (逾期), once per entity: the in-memory rule (for a loaded row) and the SQL fragment
 * (for lists, statistics and the SLA scan) side by side, so they cannot drift apart. A
 * provisional deadline (暂定: its calendar year not loaded, counted Monday–Friday) counts like any
 * other: it is the date people see, and past it the work is late in their eyes too; what judges a
 * department (on-time rates, automatic urging) waits for the firm date instead. A missing deadline
 * (rows from before deadlines were always set) is never overdue; the fragments say so with
 * `coalesce(…, false)`, so that `not <fragment>` ("not overdue") keeps those rows too.
 * Values are bound parameters (see shared/bound-parameters.ts): never part of the SQL text.
 */
export interface SqlFragment {
  sql: string;
  params: unknown[];
}

/** A request is overdue when its reply deadline passed while it is still open and unanswered. */
export function issueIsOverdue(issue: Pick<Issue, 'status' | 'respondedAt' | 'replyDeadline'>, today: string): boolean {
  return OPEN_STATUSES.includes(issue.status) && !issue.respondedAt && !!issue.replyDeadline && issue.replyDeadline < today;
}

/** `issueIsOverdue` in SQL, on the hub.issue row aliased `alias`. */
export function issueOverdueSql(alias: string, today: string): SqlFragment {
  return { sql: `coalesce(${alias}.status in (?) and ${alias}.responded_at is null and ${alias}.reply_deadline < ?, false)`, params: [OPEN_STATUSES, today] };
}

/** A referral is overdue when it is still pending after its sign-off (签收) deadline. */
export function referralIsOverdue(referral: Pick<Referral, 'status' | 'signOffDeadline'>, today: string): boolean {
  return referral.status === ReferralStatus.PENDING && !!referral.signOffDeadline && referral.signOffDeadline < today;
}

/** `referralIsOverdue` in SQL, on the hub.referral row aliased `alias`. */
export function referralOverdueSql(alias: string, today: string): SqlFragment {
  return { sql: `coalesce(${alias}.status = ? and ${alias}.sign_off_deadline < ?, false)`, params: [ReferralStatus.PENDING, today] };
}

/** An action item (督办事项) is overdue when it is still open after its due date. */
export function actionItemIsOverdue(item: Pick<ActionItem, 'status' | 'dueDate'>, today: string): boolean {
  return item.status === ActionItemStatus.OPEN && !!item.dueDate && item.dueDate < today;
}

/** `actionItemIsOverdue` in SQL, on the hub.action_item row aliased `alias`. */
export function actionItemOverdueSql(alias: string, today: string): SqlFragment {
  return { sql: `coalesce(${alias}.status = ? and ${alias}.due_date < ?, false)`, params: [ActionItemStatus.OPEN, today] };
}

/**
 * A fragment as a MikroORM filter condition (for `findPageById` lists), optionally negated. A
 * factory: MikroORM's raw() filter keys are use-once, and a page runs two statements.
 */
export function asFilter<T>(fragment: (alias: string, today: string) => SqlFragment, today: string, wanted: boolean): () => FilterQuery<T> {
  const params = fragment('x', today).params;
  return () => ({ [raw((alias: string) => `${wanted ? '' : 'not '}${fragment(alias, today).sql}`, params)]: [] }) as FilterQuery<T>;
}

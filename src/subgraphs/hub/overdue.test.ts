import { IssueStatus } from './issue/issue-status';
import { ActionItemStatus } from './meeting/meeting.entity';
import { actionItemIsOverdue, issueIsOverdue, referralIsOverdue } from './overdue';
import { ReferralStatus } from './referral/referral.entity';

const TODAY = '2026-03-10';
const PAST = '2026-03-09';

describe('overdue (逾期), one rule per entity', () => {
  test.each([
    ['open, unanswered, deadline passed', IssueStatus.IN_PROGRESS, null, PAST, true],
    ['escalated counts as open', IssueStatus.ESCALATED, null, PAST, true],
    ['due today is not late', IssueStatus.ACCEPTED, null, TODAY, false],
    ['answered in time stops the clock', IssueStatus.IN_PROGRESS, new Date(), PAST, false],
    ['answered (status) is not open', IssueStatus.RESPONDED, null, PAST, false],
    ['no deadline (calendar year missing)', IssueStatus.SUBMITTED, null, null, false],
  ])('issue: %s', (_name, status, respondedAt, replyDeadline, overdue) => {
    expect(issueIsOverdue({ status, respondedAt, replyDeadline }, TODAY)).toBe(overdue);
  });

  test.each([
    [ReferralStatus.PENDING, PAST, true],
    [ReferralStatus.PENDING, TODAY, false],
    [ReferralStatus.PENDING, null, false],
    [ReferralStatus.ACCEPTED, PAST, false],
  ])('referral %s due %s → %s', (status, signOffDeadline, overdue) => {
    expect(referralIsOverdue({ status, signOffDeadline }, TODAY)).toBe(overdue);
  });

  test.each([
    [ActionItemStatus.OPEN, PAST, true],
    [ActionItemStatus.OPEN, TODAY, false],
    [ActionItemStatus.OPEN, null, false],
    [ActionItemStatus.DONE, PAST, false],
  ])('action item %s due %s → %s', (status, dueDate, overdue) => {
    expect(actionItemIsOverdue({ status, dueDate }, TODAY)).toBe(overdue);
  });
});

import { ALLOWED_FROM, assertTransition, IssueStatus, type IssueAction } from './issue-status';
import { Issue } from './issue.entity';

const ALL = Object.values(IssueStatus);

describe('issue state machine', () => {
  test.each(Object.entries(ALLOWED_FROM) as [IssueAction, IssueStatus[]][])('%s is allowed exactly from %j', (action, allowed) => {
    for (const status of ALL) {
      if (allowed.includes(status)) expect(() => assertTransition(status, action)).not.toThrow();
      else expect(() => assertTransition(status, action)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'CONFLICT' }) }));
    }
  });

  test('the happy path of the closed loop is a chain of legal steps', () => {
    const issue = new Issue();
    issue.status = IssueStatus.SUBMITTED;
    issue.transition('route', IssueStatus.ASSIGNED);
    issue.transition('accept', IssueStatus.ACCEPTED);
    issue.transition('startWork', IssueStatus.IN_PROGRESS);
    issue.transition('respond', IssueStatus.RESPONDED);
    issue.transition('resolve', IssueStatus.RESOLVED);
    issue.transition('followUp', IssueStatus.CLOSED);
    expect(issue.status).toBe(IssueStatus.CLOSED);
  });

  test('the refusal names the status and the reason', () => {
    expect(() => assertTransition(IssueStatus.ASSIGNED, 'resolve')).toThrow(/it is ASSIGNED, and only a request in progress or answered can be concluded/);
    expect(() => assertTransition(IssueStatus.SUBMITTED, 'rate')).toThrow(/only a concluded \(RESOLVED\) request can be rated/);
  });

  test('the refusal is an English sentence for every action (not "Cannot start work this request")', () => {
    expect(() => assertTransition(IssueStatus.ASSIGNED, 'startWork')).toThrow(/^Cannot start work on this request: it is ASSIGNED/);
    expect(() => assertTransition(IssueStatus.ASSIGNED, 'respond')).toThrow(/^Cannot answer this request: it is ASSIGNED/);
    expect(() => assertTransition(IssueStatus.CLOSED, 'followUp')).toThrow(/^Cannot record a follow-up visit on this request/);
  });

  test('closed and escalated requests cannot be worked directly', () => {
    for (const action of ['accept', 'respond', 'resolve', 'refer'] as IssueAction[]) {
      expect(() => assertTransition(IssueStatus.CLOSED, action)).toThrow();
      expect(() => assertTransition(IssueStatus.ESCALATED, action)).toThrow();
    }
    expect(() => assertTransition(IssueStatus.ESCALATED, 'decideAtMeeting')).not.toThrow();
  });
});

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

describe('duplicates (合并) and splits (拆分) in the state machine', () => {
  const S = IssueStatus;
  const issue = (id: number, status: IssueStatus, uscc = 'A') => Object.assign(new Issue(), { id, status, number: `SQ-${id}`, enterprise: { uscc } });
  const codeOf = (fn: () => unknown) => {
    try {
      fn();
      return null;
    } catch (err) {
      return (err as { extensions?: { code?: string } }).extensions?.code ?? 'NOT_GRAPHQL';
    }
  };

  test('a duplicate is merged only while open and unanswered, and MERGED is final', () => {
    expect(ALLOWED_FROM.merge).toEqual([S.SUBMITTED, S.ASSIGNED, S.ACCEPTED, S.IN_PROGRESS, S.REOPENED]);
    expect(assertTransition.bind(null, S.MERGED, 'merge')).toThrow(/^Cannot merge this request: it is MERGED/);
    // nothing at all can happen to a MERGED request
    for (const action of Object.keys(ALLOWED_FROM) as IssueAction[]) expect(ALLOWED_FROM[action]).not.toContain(S.MERGED);
  });

  test('the survivor may be anything but CLOSED or MERGED', () => {
    expect([...ALLOWED_FROM.absorbDuplicate].sort()).toEqual(ALL.filter((s) => s !== S.CLOSED && s !== S.MERGED).sort());
  });

  test('a split is allowed from the statuses a merge is, and changes no status itself', () => {
    expect(ALLOWED_FROM.split).toEqual(ALLOWED_FROM.merge);
    const i = issue(1, S.ACCEPTED);
    i.transition('split');
    expect(i.status).toBe(S.ACCEPTED);
  });

  test('mergeInto: MERGED, linked to the survivor, with the time', () => {
    const duplicate = issue(1, S.ASSIGNED);
    const survivor = issue(2, S.IN_PROGRESS);
    const now = new Date('2026-03-02T02:00:00Z');
    duplicate.mergeInto(survivor, now);
    expect(duplicate).toMatchObject({ status: S.MERGED, mergedInto: survivor, mergedAt: now });
    expect(survivor.status).toBe(S.IN_PROGRESS);
  });

  test('mergeInto refuses itself, another enterprise, a closed or merged survivor, an answered duplicate (CONFLICT), changing nothing', () => {
    const d = issue(1, S.SUBMITTED);
    expect(codeOf(() => d.mergeInto(d, new Date()))).toBe('CONFLICT');
    expect(codeOf(() => d.mergeInto(issue(2, S.ASSIGNED, 'B'), new Date()))).toBe('CONFLICT');
    expect(codeOf(() => d.mergeInto(issue(3, S.CLOSED), new Date()))).toBe('CONFLICT');
    expect(codeOf(() => d.mergeInto(issue(4, S.MERGED), new Date()))).toBe('CONFLICT');
    expect(codeOf(() => issue(5, S.RESPONDED).mergeInto(issue(6, S.ASSIGNED), new Date()))).toBe('CONFLICT');
    expect(codeOf(() => issue(7, S.ESCALATED).mergeInto(issue(8, S.ASSIGNED), new Date()))).toBe('CONFLICT');
    expect(d.status).toBe(S.SUBMITTED);
    expect(d.mergedInto ?? null).toBeNull();
  });
});

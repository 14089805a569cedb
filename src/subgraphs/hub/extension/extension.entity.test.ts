import { loadDefaultCalendar } from '../calendar/workday-calendar';
import { Issue } from '../issue/issue.entity';
import { urgingDay } from '../urging/urging.service';
import { IssueExtension, IssueExtensionStatus } from './extension.entity';

const coordinator = { id: 'c', displayName: 'C' };
const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return null;
  } catch (err) {
    return (err as { extensions?: { code?: string } }).extensions?.code ?? 'NOT_GRAPHQL';
  }
};

describe('IssueExtension: PENDING → APPROVED | REFUSED, once', () => {
  test.each(['approve', 'refuse'] as const)('%s, then any second decision is CONFLICT', (first) => {
    const e = new IssueExtension();
    e.decide(first, coordinator, new Date(0), 'ok', '2026-03-12');
    expect(e.status).toBe(first === 'approve' ? IssueExtensionStatus.APPROVED : IssueExtensionStatus.REFUSED);
    expect(e.deadlineAfter).toBe(first === 'approve' ? '2026-03-12' : null);
    expect(codeOf(() => e.decide('approve', coordinator, new Date(0), null, '2026-03-13'))).toBe('CONFLICT');
    expect(codeOf(() => e.decide('refuse', coordinator, new Date(0), 'no', null))).toBe('CONFLICT');
  });
});

describe('Issue: the reply deadline may be extended only while it runs', () => {
  const issue = (deadline: string | null, responded = false) => Object.assign(new Issue(), { replyDeadline: deadline, respondedAt: responded ? new Date(0) : null });
  test('before and on the deadline day: allowed; after, unanswered or not: CONFLICT', () => {
    expect(issue('2026-03-09').assertExtensible('2026-03-08')).toBe('2026-03-09');
    expect(issue('2026-03-09').assertExtensible('2026-03-09')).toBe('2026-03-09');
    expect(codeOf(() => issue('2026-03-09').assertExtensible('2026-03-10'))).toBe('CONFLICT');
    expect(codeOf(() => issue('2026-03-09', true).assertExtensible('2026-03-02'))).toBe('CONFLICT');
    expect(codeOf(() => issue(null).assertExtensible('2026-03-02'))).toBe('CONFLICT');
  });
  test('the first extension keeps the original deadline, later ones move only the one in force', () => {
    const i = issue('2026-03-09');
    i.extendReplyDeadline('2026-03-12');
    i.extendReplyDeadline('2026-03-16');
    expect([i.originalReplyDeadline, i.replyDeadline]).toEqual(['2026-03-09', '2026-03-16']);
  });
});

describe('urgingDay: the working day an urging counts for', () => {
  const cal = loadDefaultCalendar();
  test.each([
    ['2026-03-06', '2026-03-06'], // Friday
    ['2026-03-07', '2026-03-09'], // Saturday counts for Monday
    ['2026-03-08', '2026-03-09'], // Sunday too
    ['2026-10-01', '2026-10-08'], // National Day holiday (10-01…10-07): the first working day after it
    ['2099-01-01', '2099-01-01'], // outside the calendar: the plain date
  ])('%s → %s', (today, day) => expect(urgingDay(cal, today)).toBe(day));
});

import { ActionItem, AgendaItem, AgendaItemStatus, JointMeeting, MeetingStatus } from './meeting.entity';
import { renderMinutes } from './minutes';

describe('meeting state machines', () => {
  test('SCHEDULED → IN_SESSION → ADJOURNED; SCHEDULED → CANCELLED; nothing after', () => {
    const m = new JointMeeting();
    m.status = MeetingStatus.SCHEDULED;
    expect(() => m.transition('adjourn')).toThrow(/only a meeting in session can adjourn/);
    m.transition('start');
    expect(() => m.transition('cancel')).toThrow(/CONFLICT|only a scheduled meeting/);
    m.transition('adjourn');
    expect(m.status).toBe(MeetingStatus.ADJOURNED);
    expect(() => m.transition('start')).toThrow(/The meeting is ADJOURNED: only a scheduled meeting can start/);
    expect(() => m.assertAgendaEditable()).toThrow();
  });

  test('agenda item: PENDING → DISCUSSING → DECIDED | DEFERRED', () => {
    const item = new AgendaItem();
    item.title = 'X';
    item.status = AgendaItemStatus.PENDING;
    expect(() => item.decide('d', new Date())).toThrow(/a decision is recorded on the item under discussion/);
    item.startDiscussion();
    expect(() => item.startDiscussion()).toThrow();
    item.decide('d', new Date());
    expect(item.status).toBe(AgendaItemStatus.DECIDED);
    expect(() => item.defer('r')).toThrow();
    const pending = new AgendaItem();
    pending.status = AgendaItemStatus.PENDING;
    pending.defer('later');
    expect(pending.status).toBe(AgendaItemStatus.DEFERRED);
  });

  test('an action item is completed once', () => {
    const a = new ActionItem();
    a.complete('done', new Date());
    expect(() => a.complete('again', new Date())).toThrow(/already done/);
  });
});

test('minutes render deterministically, escaping table cells', () => {
  const md = renderMinutes({
    title: 'Q4',
    kind: 'REGULAR',
    conveningDepartment: 'police',
    scheduledAt: new Date('2026-12-15T02:00:00Z'),
    location: 'Room 3',
    status: 'ADJOURNED',
    startedAt: new Date('2026-12-15T02:01:00Z'),
    adjournedAt: new Date('2026-12-15T03:30:00Z'),
    summary: 'All set.',
    attendance: [{ department: 'police', person: null, invited: true, attended: true }],
    items: [{ position: 1, title: 'A|B', status: 'DECIDED', decision: 'Do it', deferredReason: null, actionItems: [{ ownerDepartment: 'tax', task: 'line1\nline2', dueDate: '2026-12-18', status: 'OPEN' }] }],
    previousActionItems: [{ ownerDepartment: 'market', task: 'old', dueDate: '2026-01-05', status: 'OPEN', overdue: true }],
  });
  expect(md).toBe(
    [
      '# Q4', '',
      '- Kind: REGULAR', '- Convened by: police', '- Scheduled: 2026-12-15 02:00 UTC', '- Place: Room 3',
      '- Status: ADJOURNED', '- Opened: 2026-12-15 02:01 UTC', '- Adjourned: 2026-12-15 03:30 UTC', '',
      '## Attendance', '', '| Department | Person | Invited | Present |', '|---|---|---|---|', '| police | – | yes | yes |', '',
      '## Action items from the last meeting', '', '| Owner | Task | Due | Status |', '|---|---|---|---|', '| market | old | 2026-01-05 | OVERDUE |', '',
      '## Agenda and decisions', '',
      '### 1. A|B (DECIDED)', '', 'Decision: Do it', '',
      '| Owner | Task | Due | Status |', '|---|---|---|---|', '| tax | line1 line2 | 2026-12-18 | OPEN |', '',
      '## Summary', '', 'All set.', '',
    ].join('\n'),
  );
});

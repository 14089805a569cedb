import { describeMeetingEvent, dueText, formatInstant, hubLocalToIso } from '../../console/src/meeting';

const names = (code: string) => ({ market: '市场监督管理局', police: '公安分局' })[code] ?? '其他部门';

describe('joint meeting (联席会议) on screen', () => {
  test('every event is a Chinese sentence; what people typed is shown as written, the hub\'s own English reasons are not', () => {
    const say = (type: string, detail: object, actorName: string | null = null) => describeMeetingEvent({ type, actorName, detail }, names);
    expect(say('STARTED', {})).toBe('会议开始');
    expect(say('PARTICIPANT_JOINED', { name: '孙丽华', department: 'market' })).toBe('孙丽华（市场监督管理局）签到');
    expect(say('PARTICIPANT_JOINED', { name: '冯春梅', department: 'coordination' })).toBe('冯春梅（联席会议协调人）签到');
    expect(say('DEPARTMENT_INVITED', { department: 'police', reason: 'lead department of request SQ-2026-000001 on the agenda' })).toBe('邀请公安分局参会');
    expect(say('ITEM_DISCUSSING', { title: 'SQ-2026-000001 厂区占道' })).toBe('开始讨论：SQ-2026-000001 厂区占道');
    expect(say('ACTION_ITEM_CREATED', { ownerDepartment: 'market', task: '核查证照', dueDate: '2026-12-31' })).toBe('督办事项交市场监督管理局：核查证照（2026-12-31 前完成）');
    expect(say('ACTION_ITEM_CREATED', { ownerDepartment: 'market', task: '核查证照', dueDate: null })).toBe('督办事项交市场监督管理局：核查证照');
    expect(say('ACTION_ITEM_DUE_DATE_SET', { task: '核查证照', newDueDate: '2027-01-08' })).toBe('督办事项“核查证照”完成期限定为 2027-01-08');
    expect(say('ADJOURNED', { summary: null })).toBe('会议休会');
    expect(say('ADJOURNED', { summary: '按期办结。' })).toBe('会议休会：按期办结。');
    expect(say('SOMETHING_NEW', {})).toBe('会议有新的变化');
    for (const type of ['SCHEDULED', 'AGENDA_ITEM_ADDED', 'AGENDA_REORDERED', 'AGENDA_ITEM_REMOVED', 'DECISION_RECORDED', 'ITEM_DEFERRED', 'ACTION_ITEM_DONE', 'CANCELLED']) {
      expect({ type, text: say(type, {}) }).toEqual({ type, text: expect.not.stringMatching(/[A-Za-z]{3,}/) });
    }
  });

  test('a time typed in the form is the hub\'s local time (UTC+8) whatever the browser\'s zone; shown back the same', () => {
    expect(hubLocalToIso('2026-12-15T10:00')).toBe('2026-12-15T02:00:00.000Z');
    expect(hubLocalToIso('2026-12-15')).toBeNull();
    expect(hubLocalToIso('')).toBeNull();
    expect(formatInstant('2026-12-15T02:00:00.000Z')).toBe('2026/12/15 10:00');
    expect(formatInstant(null)).toBe('—');
  });

  test('a provisional due date says so', () => {
    expect(dueText({ date: '2027-01-08', provisional: true })).toBe('2027-01-08（暂定）');
    expect(dueText({ date: '2026-12-31', provisional: false })).toBe('2026-12-31');
    expect(dueText(null)).toBe('未定');
  });
});

import { ActionItem, AgendaItem, AgendaItemStatus, JointMeeting, MeetingStatus } from './meeting.entity';
import { attendanceByDepartment, renderMinutes } from './minutes';

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

test('attendance: one row per department, with who attended and who was absent', () => {
  const names: Record<string, string> = { police: '公安分局', tax: '税务局', market: '市场监督管理局' };
  const rows = attendanceByDepartment(
    [
      { departmentCode: 'police', personName: null, invited: true, attended: true },
      { departmentCode: 'tax', personName: null, invited: true, attended: false },
      { departmentCode: 'police', personName: '李伟', invited: true, attended: true },
      { departmentCode: 'police', personName: '周国栋', invited: true, attended: false },
      // joined without being named in the invitation: present, not a second row
      { departmentCode: 'police', personName: '王强', invited: false, attended: true },
      { departmentCode: 'market', personName: '孙丽华', invited: false, attended: true },
    ],
    (c) => names[c] ?? c,
  );
  expect(rows).toEqual([
    { departmentCode: 'police', departmentName: '公安分局', invited: true, present: true, attendees: ['李伟', '王强'], absentees: ['周国栋'] },
    { departmentCode: 'tax', departmentName: '税务局', invited: true, present: false, attendees: [], absentees: [] },
    { departmentCode: 'market', departmentName: '市场监督管理局', invited: false, present: true, attendees: ['孙丽华'], absentees: [] },
  ]);
});

test('minutes render deterministically in Chinese, times in the hub time zone, escaping table cells', () => {
  const md = renderMinutes({
    title: '第四季度联席会议',
    kind: 'REGULAR',
    conveningDepartmentName: '公安分局',
    scheduledAt: new Date('2026-12-15T02:00:00Z'),
    location: '三楼会议室',
    status: 'ADJOURNED',
    startedAt: new Date('2026-12-15T02:01:00Z'),
    // 23:30 UTC is already the next day in Shanghai
    adjournedAt: new Date('2026-12-15T23:30:00Z'),
    summary: '各项工作按期推进。',
    timeZone: 'Asia/Shanghai',
    attendance: [{ departmentCode: 'police', departmentName: '公安分局', invited: true, present: true, attendees: ['李伟'], absentees: ['周国栋'] }],
    items: [
      {
        position: 1,
        title: 'A|B',
        status: 'DECIDED',
        decision: '立即处置',
        deferredReason: null,
        actionItems: [{ ownerDepartmentCode: 'tax', ownerDepartmentName: '税务局', task: 'line1\nline2', dueDate: '2026-12-18', status: 'OPEN', overdue: false }],
      },
    ],
    previousActionItems: [{ ownerDepartmentCode: 'market', ownerDepartmentName: '市场监督管理局', task: 'old', dueDate: '2026-01-05', status: 'OPEN', overdue: true }],
  });
  expect(md).toBe(
    [
      '# 第四季度联席会议', '',
      '- 会议类型：定期会议', '- 召集部门：公安分局', '- 计划时间：2026-12-15 10:00（北京时间）', '- 地点：三楼会议室',
      '- 状态：已结束', '- 开始时间：2026-12-15 10:01（北京时间）', '- 结束时间：2026-12-16 07:30（北京时间）', '',
      '## 出席情况', '', '| 部门 | 邀请 | 出席 | 出席人员 | 缺席人员 |', '|---|---|---|---|---|', '| 公安分局 | 是 | 是 | 李伟 | 周国栋 |', '',
      '## 上次会议督办事项', '', '| 责任部门 | 任务 | 期限 | 状态 |', '|---|---|---|---|', '| 市场监督管理局 | old | 2026-01-05 | 已逾期 |', '',
      '## 议题与决定', '',
      '### 1. A|B（已决定）', '',
      '决定：立即处置', '',
      '| 责任部门 | 任务 | 期限 | 状态 |', '|---|---|---|---|', '| 税务局 | line1 line2 | 2026-12-18 | 办理中 |', '',
      '## 会议小结', '', '各项工作按期推进。', '',
    ].join('\n'),
  );
});

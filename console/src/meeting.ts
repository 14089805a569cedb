/**
 * The joint meeting (联席会议) on screen: Chinese names for the API's meeting enums, the live
 * events (`jointMeetingEvents`) as sentences, and times in the hub's time zone. Pure functions,
 * unit-tested in test/console/meeting.test.ts.
 */

/** The hub writes and reads meeting times in its time zone (TZ, default Asia/Shanghai, UTC+8 with no summer time). */
export const HUB_TIME_ZONE = 'Asia/Shanghai';

export const MEETING_STATUS_LABELS: Record<string, string> = {
  SCHEDULED: '已安排',
  IN_SESSION: '进行中',
  ADJOURNED: '已休会',
  CANCELLED: '已取消',
};

export const MEETING_KIND_LABELS: Record<string, string> = { REGULAR: '例会', AD_HOC: '专题会' };

/** An agenda item's state in words, with a symbol so that neither relies on colour. */
export const AGENDA_STATUS_LABELS: Record<string, string> = {
  PENDING: '○ 待议',
  DISCUSSING: '▶ 讨论中',
  DECIDED: '✔ 已决议',
  DEFERRED: '⏸ 暂缓',
};

export const ACTION_ITEM_STATUS_LABELS: Record<string, string> = { OPEN: '办理中', DONE: '已办结' };

/** A meeting event as the subscription gives it (only the fields a sentence needs). */
export interface MeetingEventView {
  type: string;
  actorName?: string | null;
  detail: {
    __typename?: string;
    name?: string;
    department?: string;
    title?: string;
    position?: number;
    decision?: string;
    ownerDepartment?: string;
    task?: string;
    dueDate?: string | null;
    newDueDate?: string;
    reason?: string;
    note?: string;
    summary?: string | null;
  };
}

/**
 * One sentence per event, in Chinese. Reasons the hub writes itself (why a department was invited)
 * are English and left out; what people typed (decisions, tasks, reasons) is shown as written.
 */
export function describeMeetingEvent(e: MeetingEventView, departmentName: (code: string) => string): string {
  const d = e.detail;
  const dept = (code?: string) => (code === 'coordination' ? '联席会议协调人' : departmentName(code ?? ''));
  switch (e.type) {
    case 'SCHEDULED':
      return `会议已安排：${d.title ?? ''}`;
    case 'STARTED':
      return '会议开始';
    case 'PARTICIPANT_JOINED':
      return `${d.name ?? ''}（${dept(d.department)}）签到`;
    case 'DEPARTMENT_INVITED':
      return `邀请${dept(d.department)}参会`;
    case 'AGENDA_ITEM_ADDED':
      return `议程增加第 ${d.position ?? ''} 项：${d.title ?? ''}`;
    case 'AGENDA_REORDERED':
      return '议程顺序已调整';
    case 'AGENDA_ITEM_REMOVED':
      return '一项议题已移出议程';
    case 'ITEM_DISCUSSING':
      return `开始讨论：${d.title ?? ''}`;
    case 'DECISION_RECORDED':
      return `形成决议：${d.decision ?? ''}`;
    case 'ACTION_ITEM_CREATED':
      return `督办事项交${dept(d.ownerDepartment)}：${d.task ?? ''}${d.dueDate ? `（${d.dueDate} 前完成）` : ''}`;
    case 'ITEM_DEFERRED':
      return `议题暂缓：${d.reason ?? ''}`;
    case 'ACTION_ITEM_DONE':
      return `${dept(d.ownerDepartment)}报告督办事项已办结：${d.note ?? ''}`;
    case 'ACTION_ITEM_DUE_DATE_SET':
      return `督办事项“${d.task ?? ''}”完成期限定为 ${d.newDueDate ?? ''}`;
    case 'ADJOURNED':
      return d.summary ? `会议休会：${d.summary}` : '会议休会';
    case 'CANCELLED':
      return `会议取消：${d.reason ?? ''}`;
    default:
      return '会议有新的变化';
  }
}

/** An instant (ISO 8601) as the hub's local date and time, e.g. 2026/12/15 10:00. */
export function formatInstant(iso: string | null | undefined, timeZone = HUB_TIME_ZONE): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat('zh-CN', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}

/**
 * A `datetime-local` value (e.g. 2026-12-15T10:00), read as the hub's local time whatever the
 * browser's zone, as an instant for the API; null when incomplete.
 */
export function hubLocalToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const at = new Date(`${value}:00+08:00`);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}

/** An action item's due date in words: provisional dates say so (暂定). */
export function dueText(due: { date: string; provisional: boolean } | null | undefined): string {
  if (!due) return '未定';
  return due.provisional ? `${due.date}（暂定）` : due.date;
}

import { Field, ObjectType } from 'type-graphql';
import { ListSize } from '../../../shared/list-size';
import { DateScalar } from '../../../shared/scalars';

/**
 * Minutes (会议纪要): the same content as structured fields, for a front-end that renders its own,
 * and as a Chinese Markdown document ready to print, with times in the hub's time zone.
 */

@ObjectType({ description: "One department's attendance: one row per department." })
export class MinutesAttendance {
  @Field({ description: 'Department code.' })
  departmentCode!: string;

  @Field({ description: 'Department name in Chinese.' })
  departmentName!: string;

  @Field({ description: 'Whether the department was invited.' })
  invited!: boolean;

  @Field({ description: 'Whether anyone attended for it.' })
  present!: boolean;

  @ListSize(20)
  @Field(() => [String], { description: 'Names of the people who attended for it.' })
  attendees!: string[];

  @ListSize(20)
  @Field(() => [String], { description: 'Names of people invited by name who did not attend.' })
  absentees!: string[];
}

@ObjectType({ description: 'An action item as the minutes record it.' })
export class MinutesActionItem {
  @Field({ description: 'Owner department code.' })
  ownerDepartmentCode!: string;

  @Field({ description: 'Owner department name in Chinese.' })
  ownerDepartmentName!: string;

  @Field({ description: 'The task.' })
  task!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Due date (hub time zone), null when unknown yet.' })
  dueDate!: string | null;

  @Field({ description: 'OPEN or DONE.' })
  status!: string;

  @Field({ description: 'Open and past its due date (hub time zone).' })
  overdue!: boolean;
}

@ObjectType({ description: 'An agenda item as the minutes record it.' })
export class MinutesItem {
  @Field({ description: '1-based position on the agenda.' })
  position!: number;

  @Field({ description: 'The item title (request number and title).' })
  title!: string;

  @Field({ description: 'PENDING, DISCUSSING, DECIDED or DEFERRED.' })
  status!: string;

  @Field(() => String, { nullable: true, description: 'The decision, if decided.' })
  decision!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was deferred, if it was.' })
  deferredReason!: string | null;

  @ListSize(10)
  @Field(() => [MinutesActionItem], { description: 'Action items the decision created.' })
  actionItems!: MinutesActionItem[];
}

export interface MinutesData {
  title: string;
  kind: string;
  conveningDepartmentName: string;
  scheduledAt: Date;
  location: string;
  status: string;
  startedAt: Date | null;
  adjournedAt: Date | null;
  summary: string | null;
  /** IANA zone the times are written in (the hub's `TZ`). */
  timeZone: string;
  attendance: MinutesAttendance[];
  items: MinutesItem[];
  previousActionItems: MinutesActionItem[];
}

@ObjectType({ description: 'Minutes (会议纪要) of a joint meeting: structured, and as a printable Chinese Markdown document.' })
export class MeetingMinutes {
  @Field({ description: 'The minutes as Chinese Markdown, times in the hub time zone, ready to print.' })
  markdown!: string;

  @Field({ description: 'Meeting title.' })
  title!: string;

  @Field({ description: 'REGULAR or AD_HOC.' })
  kind!: string;

  @Field({ description: 'Convening department name in Chinese.' })
  conveningDepartment!: string;

  @Field({ description: 'Scheduled time.' })
  scheduledAt!: Date;

  @Field({ description: 'Room or video link.' })
  location!: string;

  @Field({ description: 'Meeting status.' })
  status!: string;

  @Field(() => Date, { nullable: true, description: 'When it opened.' })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was adjourned.' })
  adjournedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Closing summary (or the reason it was cancelled).' })
  summary!: string | null;

  @Field({ description: 'The IANA time zone the Markdown writes times in.' })
  timeZone!: string;

  @ListSize(20)
  @Field(() => [MinutesAttendance], { description: 'One row per department: invited, present, who attended, who was absent.' })
  attendance!: MinutesAttendance[];

  @ListSize(30)
  @Field(() => [MinutesItem], { description: 'The agenda in order, with decisions and action items.' })
  items!: MinutesItem[];

  @ListSize(50)
  @Field(() => [MinutesActionItem], { description: 'Action items of the previous meeting reviewed here.' })
  previousActionItems!: MinutesActionItem[];
}

export interface ParticipantRow {
  departmentCode: string;
  personName: string | null;
  invited: boolean;
  attended: boolean;
}

/** Participant rows (a department row plus person rows) → one attendance row per department, invited first. */
export function attendanceByDepartment(rows: ParticipantRow[], nameOf: (code: string) => string): MinutesAttendance[] {
  const byDept = new Map<string, MinutesAttendance>();
  for (const r of rows) {
    let a = byDept.get(r.departmentCode);
    if (!a) {
      a = { departmentCode: r.departmentCode, departmentName: nameOf(r.departmentCode), invited: false, present: false, attendees: [], absentees: [] };
      byDept.set(r.departmentCode, a);
    }
    if (r.personName === null) {
      a.invited ||= r.invited;
      a.present ||= r.attended;
    } else if (r.attended) {
      a.present = true;
      a.attendees.push(r.personName);
    } else if (r.invited) {
      a.absentees.push(r.personName);
    }
  }
  return [...byDept.values()].sort((x, y) => Number(y.invited) - Number(x.invited));
}

const KIND: Record<string, string> = { REGULAR: '定期会议', AD_HOC: '临时会议' };
const MEETING_STATUS: Record<string, string> = { SCHEDULED: '待召开', IN_SESSION: '进行中', ADJOURNED: '已结束', CANCELLED: '已取消' };
const ITEM_STATUS: Record<string, string> = { PENDING: '待议', DISCUSSING: '讨论中', DECIDED: '已决定', DEFERRED: '暂缓' };
const ACTION_STATUS: Record<string, string> = { OPEN: '办理中', DONE: '已完成' };

/** "YYYY-MM-DD HH:mm" in the given zone. */
export function formatLocalTime(d: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

const cell = (s: string | null) => (s ?? '—').replace(/\|/g, '\\|').replace(/\n/g, ' ');
const names = (list: string[]) => (list.length ? list.map(cell).join('、') : '—');

/** Pure: the same data always gives the same document (unit-tested). */
export function renderMinutes(m: MinutesData): string {
  const zone = m.timeZone === 'Asia/Shanghai' ? '北京时间' : m.timeZone;
  const time = (d: Date | null) => (d ? `${formatLocalTime(d, m.timeZone)}（${zone}）` : '—');
  const actionStatus = (a: MinutesActionItem) => (a.status === 'DONE' ? '已完成' : a.overdue ? '已逾期' : ACTION_STATUS[a.status] ?? a.status);
  const lines: string[] = [];
  lines.push(`# ${m.title}`, '');
  lines.push(`- 会议类型：${KIND[m.kind] ?? m.kind}`, `- 召集部门：${m.conveningDepartmentName}`, `- 计划时间：${time(m.scheduledAt)}`, `- 地点：${m.location}`);
  lines.push(`- 状态：${MEETING_STATUS[m.status] ?? m.status}`, `- 开始时间：${time(m.startedAt)}`, `- 结束时间：${time(m.adjournedAt)}`, '');
  lines.push('## 出席情况', '', '| 部门 | 邀请 | 出席 | 出席人员 | 缺席人员 |', '|---|---|---|---|---|');
  for (const a of m.attendance) {
    lines.push(`| ${cell(a.departmentName)} | ${a.invited ? '是' : '否'} | ${a.present ? '是' : '否'} | ${names(a.attendees)} | ${names(a.absentees)} |`);
  }
  lines.push('');
  if (m.previousActionItems.length) {
    lines.push('## 上次会议督办事项', '', '| 责任部门 | 任务 | 期限 | 状态 |', '|---|---|---|---|');
    for (const a of m.previousActionItems) lines.push(`| ${cell(a.ownerDepartmentName)} | ${cell(a.task)} | ${a.dueDate ?? '—'} | ${actionStatus(a)} |`);
    lines.push('');
  }
  lines.push('## 议题与决定', '');
  for (const item of m.items) {
    lines.push(`### ${item.position}. ${item.title}（${ITEM_STATUS[item.status] ?? item.status}）`, '');
    if (item.decision) lines.push(`决定：${item.decision}`, '');
    if (item.deferredReason) lines.push(`暂缓原因：${item.deferredReason}`, '');
    if (item.actionItems.length) {
      lines.push('| 责任部门 | 任务 | 期限 | 状态 |', '|---|---|---|---|');
      for (const a of item.actionItems) lines.push(`| ${cell(a.ownerDepartmentName)} | ${cell(a.task)} | ${a.dueDate ?? '—'} | ${actionStatus(a)} |`);
      lines.push('');
    }
  }
  if (m.summary) lines.push(m.status === 'CANCELLED' ? '## 取消原因' : '## 会议小结', '', m.summary, '');
  return lines.join('\n');
}

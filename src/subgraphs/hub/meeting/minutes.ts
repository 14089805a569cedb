import { Field, ObjectType } from 'type-graphql';

/** Minutes (会议纪要) as data and as a Markdown document ready to print. */
export interface MinutesData {
  title: string;
  kind: string;
  conveningDepartment: string;
  scheduledAt: Date;
  location: string;
  status: string;
  startedAt: Date | null;
  adjournedAt: Date | null;
  summary: string | null;
  attendance: { department: string; person: string | null; invited: boolean; attended: boolean }[];
  items: {
    position: number;
    title: string;
    status: string;
    decision: string | null;
    deferredReason: string | null;
    actionItems: { ownerDepartment: string; task: string; dueDate: string | null; status: string }[];
  }[];
  previousActionItems: { ownerDepartment: string; task: string; dueDate: string | null; status: string; overdue: boolean }[];
}

@ObjectType()
export class MeetingMinutes {
  @Field({ description: 'The minutes as Markdown, ready to print.' })
  markdown!: string;
}

const time = (d: Date | null) => (d ? d.toISOString().replace('T', ' ').slice(0, 16) + ' UTC' : '–');
const cell = (s: string | null) => (s ?? '–').replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Pure: the same data always gives the same document (unit-tested). */
export function renderMinutes(m: MinutesData): string {
  const lines: string[] = [];
  lines.push(`# ${m.title}`, '');
  lines.push(`- Kind: ${m.kind}`, `- Convened by: ${m.conveningDepartment}`, `- Scheduled: ${time(m.scheduledAt)}`, `- Place: ${m.location}`);
  lines.push(`- Status: ${m.status}`, `- Opened: ${time(m.startedAt)}`, `- Adjourned: ${time(m.adjournedAt)}`, '');
  lines.push('## Attendance', '', '| Department | Person | Invited | Present |', '|---|---|---|---|');
  for (const a of m.attendance) lines.push(`| ${cell(a.department)} | ${cell(a.person)} | ${a.invited ? 'yes' : 'no'} | ${a.attended ? 'yes' : 'no'} |`);
  lines.push('');
  if (m.previousActionItems.length) {
    lines.push('## Action items from the last meeting', '', '| Owner | Task | Due | Status |', '|---|---|---|---|');
    for (const a of m.previousActionItems) lines.push(`| ${cell(a.ownerDepartment)} | ${cell(a.task)} | ${a.dueDate ?? '–'} | ${a.status === 'DONE' ? 'done' : a.overdue ? 'OVERDUE' : 'open'} |`);
    lines.push('');
  }
  lines.push('## Agenda and decisions', '');
  for (const item of m.items) {
    lines.push(`### ${item.position}. ${item.title} (${item.status})`, '');
    if (item.decision) lines.push(`Decision: ${item.decision}`, '');
    if (item.deferredReason) lines.push(`Deferred: ${item.deferredReason}`, '');
    if (item.actionItems.length) {
      lines.push('| Owner | Task | Due | Status |', '|---|---|---|---|');
      for (const a of item.actionItems) lines.push(`| ${cell(a.ownerDepartment)} | ${cell(a.task)} | ${a.dueDate ?? '–'} | ${a.status} |`);
      lines.push('');
    }
  }
  if (m.summary) lines.push('## Summary', '', m.summary, '');
  return lines.join('\n');
}

/**
 * How a reply deadline (答复期限) is shown: the server counts the working days left
 * (Issue.workingDaysLeft: 0 on the last day, negative when overdue, null once answered); the
 * console turns it into text plus a tone. The text alone carries the meaning, colour only repeats it.
 */
export type DeadlineTone = 'overdue' | 'last-day' | 'ok' | 'none';

export function describeDeadline(workingDaysLeft: number | null | undefined, replyDeadline?: string | null): { text: string; tone: DeadlineTone } {
  const date = replyDeadline ? `（${replyDeadline}）` : '';
  if (workingDaysLeft === null || workingDaysLeft === undefined) return { text: replyDeadline ? `期限 ${replyDeadline}` : '无期限', tone: 'none' };
  if (workingDaysLeft < 0) return { text: `已超期 ${-workingDaysLeft} 个工作日${date}`, tone: 'overdue' };
  if (workingDaysLeft === 0) return { text: `今天到期，最后一天${date}`, tone: 'last-day' };
  return { text: `剩余 ${workingDaysLeft} 个工作日${date}`, tone: 'ok' };
}

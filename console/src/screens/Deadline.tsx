import { describeDeadline } from '../deadline';

/** The countdown in working days: the words say it, the colour repeats it. */
export function Deadline({ workingDaysLeft, replyDeadline }: { workingDaysLeft?: number | null; replyDeadline?: string | null }) {
  const { text, tone } = describeDeadline(workingDaysLeft, replyDeadline);
  return (
    <span className={`deadline tone-${tone}`} data-tone={tone}>
      {tone === 'overdue' ? '⚠ ' : tone === 'last-day' ? '⏰ ' : ''}
      {text}
    </span>
  );
}

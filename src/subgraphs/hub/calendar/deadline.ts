import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../../../shared/scalars';

/**
 * A working-day deadline (期限) as the hub shows it: always a date, and when its calendar year is
 * not loaded yet, a provisional one (暂定: counted Monday–Friday only) with the reason. Loading
 * the year (setWorkdayCalendarYear) recomputes it, with an event.
 */
@ObjectType({
  description:
    'A working-day deadline (期限): the date, and whether it is provisional (暂定) — counted Monday to Friday only because its year\'s official holiday arrangement is not loaded yet. ' +
    'A provisional deadline is recomputed, with an event, the moment setWorkdayCalendarYear loads that year.',
})
export class Deadline {
  @Field(() => DateScalar, { description: 'Due by this day (inclusive), in the hub time zone.' })
  date!: string;

  @Field({ description: 'True while the date is counted Monday to Friday only (its year\'s holidays and make-up workdays are not loaded yet).' })
  provisional!: boolean;

  @Field(() => String, { nullable: true, description: 'Why the date is provisional and what settles it (setWorkdayCalendarYear); null when firm.' })
  reason!: string | null;
}

/** The GraphQL view of a stored date and its problem (the reason it is provisional); null without a date. */
export function deadlineOf(date: string | null, problem: string | null): Deadline | null {
  return date ? { date, provisional: problem !== null, reason: problem } : null;
}

import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { DateScalar } from '../../../shared/scalars';
import type { HubContext } from '../context';
import { CalendarYear } from './calendar-year.entity';
import { setCalendarYear } from './calendar.service';
import { ListSize } from '../../../shared/list-size';

@Resolver(() => CalendarYear)
export class CalendarResolver {
  @Authorized()
  @ListSize(10)
  @Query(() => [CalendarYear], { description: 'The holiday arrangements deadlines are computed from; a year not listed is unknown.' })
  workdayCalendarYears(@Ctx() ctx: HubContext) {
    return ctx.em.find(CalendarYear, {}, { orderBy: { year: 'asc' } });
  }

  @Authorized('COORDINATOR', 'DEPT_ADMIN')
  @Mutation(() => CalendarYear, {
    description:
      'Add or replace a year of the official holiday arrangement (holidays and make-up workdays). Requests, referrals and action items ' +
      'that had no deadline for want of this year get it now, each with an event (DEADLINE_SET, ACTION_ITEM_DUE_DATE_SET).',
  })
  async setWorkdayCalendarYear(
    @Arg('year', () => Int, { description: 'The calendar year to add or replace, e.g. 2027.' }) year: number,
    @Arg('holidays', () => [DateScalar], { description: 'Every weekday of the year that is a public holiday.' }) holidays: string[],
    @Arg('makeupWorkdays', () => [DateScalar], { description: 'Every weekend day of the year that is a working day.' }) makeupWorkdays: string[],
    @Ctx() ctx: HubContext,
  ) {
    const { year: saved, settled } = await setCalendarYear(ctx.em, year, holidays, makeupWorkdays, ctx.clock());
    ctx.log.info(`calendar ${year} loaded: deadlines set for ${settled.issues} requests, ${settled.referrals} referrals, ${settled.actionItems} action items`);
    return saved;
  }
}

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
  @Mutation(() => CalendarYear, { description: 'Add or replace a year of the official holiday arrangement (holidays and make-up workdays).' })
  setWorkdayCalendarYear(
    @Arg('year', () => Int) year: number,
    @Arg('holidays', () => [DateScalar]) holidays: string[],
    @Arg('makeupWorkdays', () => [DateScalar]) makeupWorkdays: string[],
    @Ctx() ctx: HubContext,
  ) {
    return setCalendarYear(ctx.em, year, holidays, makeupWorkdays);
  }
}

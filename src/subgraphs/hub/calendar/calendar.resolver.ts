import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { DateScalar } from '../../../shared/scalars';
import type { HubContext } from '../context';
import { CalendarYear } from './calendar-year.entity';
import { setCalendarYear } from './calendar.service';
import { ListSize } from '../../../shared/list-size';

@InputType({ description: 'One year of the official holiday arrangement (节假日安排).' })
export class SetWorkdayCalendarYearInput {
  @Field(() => Int, { description: 'The calendar year to add or replace, e.g. 2027.' })
  year!: number;

  @Field(() => [DateScalar], { description: 'Every weekday of the year that is a public holiday.' })
  holidays!: string[];

  @Field(() => [DateScalar], { description: 'Every weekend day of the year that is a working day (调休上班).' })
  makeupWorkdays!: string[];
}

@ObjectType({ description: 'How many deadlines loading a calendar year set, for items that had none for want of it.' })
export class DeadlinesSet {
  @Field(() => Int, { description: 'Requests that got their reply deadline.' })
  requests!: number;

  @Field(() => Int, { description: 'Referrals that got their sign-off deadline.' })
  referrals!: number;

  @Field(() => Int, { description: 'Action items that got their due date.' })
  actionItems!: number;
}

@ObjectType({ description: 'What setWorkdayCalendarYear returns: the year as saved and the deadlines it settled.' })
export class SetWorkdayCalendarYearPayload {
  @Field(() => CalendarYear, { description: 'The year as saved.' })
  calendarYear!: CalendarYear;

  @Field(() => DeadlinesSet, { description: 'Deadlines set now that the year is known (each also has its event).' })
  deadlinesSet!: DeadlinesSet;
}

@Resolver(() => CalendarYear)
export class CalendarResolver {
  @Authorized()
  @ListSize(10)
  @Query(() => [CalendarYear], { description: 'The holiday arrangements deadlines are computed from; a year not listed is unknown.' })
  workdayCalendarYears(@Ctx() ctx: HubContext) {
    return ctx.em.find(CalendarYear, {}, { orderBy: { year: 'asc' } });
  }

  @Authorized('COORDINATOR', 'DEPT_ADMIN')
  @Mutation(() => SetWorkdayCalendarYearPayload, {
    description:
      'Add or replace a year of the official holiday arrangement (holidays and make-up workdays). Requests, referrals and action items ' +
      'that had no deadline for want of this year get it now, each with an event (DEADLINE_SET, ACTION_ITEM_DUE_DATE_SET).',
  })
  async setWorkdayCalendarYear(
    @Arg('input', () => SetWorkdayCalendarYearInput, { description: 'The year and its arrangement.' }) input: SetWorkdayCalendarYearInput,
    @Ctx() ctx: HubContext,
  ): Promise<SetWorkdayCalendarYearPayload> {
    const { year: saved, settled } = await setCalendarYear(ctx.em, input.year, input.holidays, input.makeupWorkdays, ctx.clock());
    ctx.log.info(`calendar ${input.year} loaded: deadlines set for ${settled.issues} requests, ${settled.referrals} referrals, ${settled.actionItems} action items`);
    return { calendarYear: saved, deadlinesSet: { requests: settled.issues, referrals: settled.referrals, actionItems: settled.actionItems } };
  }

  @FieldResolver(() => ID, { description: 'Global id of the year (`WorkdayCalendarYear:<year>`).' })
  id(@Root() year: CalendarYear): number {
    return year.year; // made global by applyGlobalIds
  }
}

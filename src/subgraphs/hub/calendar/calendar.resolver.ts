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

@ObjectType({ description: 'How many deadlines loading a calendar year changed: provisional ones (暂定) recomputed, each with its event.' })
export class DeadlinesSet {
  @Field(() => Int, { description: 'Requests whose reply or sign-off deadline changed (a new date, or provisional made firm).' })
  requests!: number;

  @Field(() => Int, { description: 'Referrals whose sign-off deadline changed.' })
  referrals!: number;

  @Field(() => Int, { description: 'Action items whose due date changed.' })
  actionItems!: number;

  @Field(() => Int, { description: 'Of the deadlines changed (all kinds), how many moved to another date; the others kept their date and lost the provisional mark.' })
  moved!: number;

  @Field(() => Int, { description: 'Of the deadlines changed, how many are still provisional because they also reach another year that is not loaded.' })
  stillProvisional!: number;
}

@ObjectType({ description: 'What setWorkdayCalendarYear returns: the year as saved and the deadlines it settled.' })
export class SetWorkdayCalendarYearPayload {
  @Field(() => CalendarYear, { description: 'The year as saved.' })
  calendarYear!: CalendarYear;

  @Field(() => DeadlinesSet, { description: 'Provisional deadlines recomputed now that the year is known, counted when they changed (each also has its event).' })
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
      'Add or replace a year of the official holiday arrangement (holidays and make-up workdays), e.g. as `npm run calendar:from-notice` reads it from the State Council notice. ' +
      'In the same transaction every provisional deadline (暂定: counted Monday to Friday for want of a year) of requests, referrals and action items is recomputed, ' +
      'each change with an event (DEADLINE_SET, ACTION_ITEM_DUE_DATE_SET).',
  })
  async setWorkdayCalendarYear(
    @Arg('input', () => SetWorkdayCalendarYearInput, { description: 'The year and its arrangement.' }) input: SetWorkdayCalendarYearInput,
    @Ctx() ctx: HubContext,
  ): Promise<SetWorkdayCalendarYearPayload> {
    const { year: saved, settled } = await setCalendarYear(ctx.em, input.year, input.holidays, input.makeupWorkdays, ctx.clock());
    ctx.log.info(`calendar ${input.year} loaded: deadlines changed for ${settled.issues} requests, ${settled.referrals} referrals, ${settled.actionItems} action items (${settled.moved} moved, ${settled.stillProvisional} still provisional)`);
    return {
      calendarYear: saved,
      deadlinesSet: { requests: settled.issues, referrals: settled.referrals, actionItems: settled.actionItems, moved: settled.moved, stillProvisional: settled.stillProvisional },
    };
  }

  @FieldResolver(() => ID, { description: 'Global id of the year (`WorkdayCalendarYear:<year>`).' })
  id(@Root() year: CalendarYear): number {
    return year.year; // made global by applyGlobalIds
  }
}

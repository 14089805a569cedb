import { Arg, Args, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import { viewerOf } from '../../../shared/context';
import { PagedList } from '../../../shared/list-size';
import { ConnectionArgs } from '../../../shared/pagination';
import { payloadType } from '../../../shared/payload';
import { DateScalar } from '../../../shared/scalars';
import type { PoliceContext } from '../context';
import { KeyEnterpriseConnection } from '../liaison/liaison.types';
import { addDays, KeyEnterprise, Visit } from '../station/station.entity';
import { VisitService } from './visit.service';
import { VisitsDueService } from './visits-due.service';

@InputType({ description: 'A visit (走访) a liaison officer made to a key enterprise.' })
export class RecordVisitInput {
  @Field(() => ID, { description: 'Unified social credit code of the enterprise visited (a key enterprise on a station register).' })
  uscc!: string;

  @Field(() => DateScalar, { description: 'Day of the visit; not after today (hub clock).' })
  date!: string;

  @Field({ description: 'Who the officer met (at most 500 characters).' })
  peopleMet!: string;

  @Field({ description: 'What was seen and discussed (at most 5,000 characters).' })
  notes!: string;

  @Field(() => [String], { nullable: true, description: 'Problems found or raised, one per item (at most 20, each at most 1,000 characters).' })
  problemsFound?: string[] | null;
}

export const RecordVisitPayload = payloadType<{ visit: Visit }>('RecordVisitPayload', 'Result of recordVisit.', {
  visit: { type: () => Visit, description: 'The visit as recorded.' },
});

@InputType({ description: 'How often a key enterprise must be visited (走访周期).' })
export class SetVisitIntervalInput {
  @Field(() => ID, { description: 'Unified social credit code of a key enterprise on a station register.' })
  uscc!: string;

  @Field(() => Int, { description: 'Days between visits, 7 to 366 (90: once a quarter).' })
  intervalDays!: number;
}

export const SetVisitIntervalPayload = payloadType<{ keyEnterprise: KeyEnterprise }>('SetVisitIntervalPayload', 'Result of setVisitInterval.', {
  keyEnterprise: { type: () => KeyEnterprise, description: 'The register entry with its new interval and next due day.' },
});

const dueService = (ctx: PoliceContext) => new VisitsDueService(ctx.em, viewerOf(ctx), ctx.clock);

@Resolver(() => Visit)
export class VisitMutationResolver {
  @Authorized()
  @PagedList()
  @Query(() => KeyEnterpriseConnection, {
    description:
      "Visits due (走访到期): key enterprises whose next visit is due on or before `dueBy` (default today), soonest first. Of a station, of an officer's current portfolio, or, with neither, of the calling officer's own. Police and coordinators.",
  })
  visitsDue(
    @Arg('station', () => ID, { nullable: true, description: 'Station code, e.g. QH-CD: its whole register.' }) station: string | null,
    @Arg('officerId', () => ID, { nullable: true, description: "An officer (`Officer:<badge>`): the enterprises currently assigned to them." }) officerId: string | null,
    @Arg('dueBy', () => DateScalar, { nullable: true, description: 'Last due day to include; today when omitted (what is due now or overdue).' }) dueBy: string | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: PoliceContext,
  ) {
    const service = dueService(ctx);
    return service.list({ station, officerId }, dueBy ?? service.today(), page);
  }

  @Authorized()
  @PagedList()
  @Query(() => KeyEnterpriseConnection, {
    description: 'Overdue visits (走访逾期): key enterprises whose next visit was due before today, longest overdue first. Scope as for visitsDue. Police and coordinators.',
  })
  overdueVisits(
    @Arg('station', () => ID, { nullable: true, description: 'Station code, e.g. QH-CD: its whole register.' }) station: string | null,
    @Arg('officerId', () => ID, { nullable: true, description: "An officer (`Officer:<badge>`): the enterprises currently assigned to them." }) officerId: string | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: PoliceContext,
  ) {
    const service = dueService(ctx);
    return service.list({ station, officerId }, addDays(service.today(), -1), page);
  }

  @Authorized()
  @Mutation(() => SetVisitIntervalPayload, { description: 'Set how often a key enterprise must be visited (走访周期); its next due day moves accordingly. Police administrators only.' })
  async setVisitInterval(@Arg('input', () => SetVisitIntervalInput, { description: 'The enterprise and the interval.' }) input: SetVisitIntervalInput, @Ctx() ctx: PoliceContext) {
    return { keyEnterprise: await dueService(ctx).setInterval(input) };
  }

  @Authorized()
  @Mutation(() => RecordVisitPayload, { description: 'Record a visit (走访) by the calling liaison officer. Police officers with an officer record only.' })
  async recordVisit(@Arg('input', () => RecordVisitInput, { description: 'The visit.' }) input: RecordVisitInput, @Ctx() ctx: PoliceContext) {
    return { visit: await new VisitService(ctx.em, viewerOf(ctx), ctx.clock).record(input) };
  }
}

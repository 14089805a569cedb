import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { viewerOf } from '../../../shared/context';
import { payloadType } from '../../../shared/payload';
import { DateScalar } from '../../../shared/scalars';
import type { PoliceContext } from '../context';
import { Visit } from '../station/station.entity';
import { VisitService } from './visit.service';

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

@Resolver(() => Visit)
export class VisitMutationResolver {
  @Authorized()
  @Mutation(() => RecordVisitPayload, { description: 'Record a visit (走访) by the calling liaison officer. Police officers with an officer record only.' })
  async recordVisit(@Arg('input', () => RecordVisitInput, { description: 'The visit.' }) input: RecordVisitInput, @Ctx() ctx: PoliceContext) {
    return { visit: await new VisitService(ctx.em, viewerOf(ctx), ctx.clock).record(input) };
  }
}

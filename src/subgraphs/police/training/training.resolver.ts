import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Resolver, Root } from 'type-graphql';
import { viewerOf } from '../../../shared/context';
import { ListSize, PagedList } from '../../../shared/list-size';
import { ConnectionArgs, replacedByConnection } from '../../../shared/pagination';
import { payloadType } from '../../../shared/payload';
import { DateScalar } from '../../../shared/scalars';
import type { PoliceContext } from '../context';
import { PoliceProfile } from '../profile/police-profile.resolver';
import { SafetyTrainingConnection } from '../profile/profile.types';
import { SafetyTraining } from '../station/station.entity';
import { TrainingService } from './training.service';

@InputType({ description: "A safety training (安全培训) held for a key enterprise's staff." })
export class RecordSafetyTrainingInput {
  @Field(() => ID, { description: 'Unified social credit code of the enterprise (a key enterprise on a station register).' })
  uscc!: string;

  @Field(() => DateScalar, { description: 'Day it was held; not after today (hub clock).' })
  date!: string;

  @Field({ description: 'Topic, e.g. 反诈骗宣传 (at most 200 characters).' })
  topic!: string;

  @Field(() => Int, { description: 'How many attended (1 to 10,000).' })
  attendeeCount!: number;
}

export const RecordSafetyTrainingPayload = payloadType<{ training: SafetyTraining }>('RecordSafetyTrainingPayload', 'Result of recordSafetyTraining.', {
  training: { type: () => SafetyTraining, description: 'The training as recorded.' },
});

@Resolver(() => SafetyTraining)
export class SafetyTrainingResolver {
  @Authorized()
  @Mutation(() => RecordSafetyTrainingPayload, { description: 'Record a safety training (安全培训) held for a key enterprise: date, topic, attendees. Police officers and administrators only.' })
  async recordSafetyTraining(
    @Arg('input', () => RecordSafetyTrainingInput, { description: 'The training.' }) input: RecordSafetyTrainingInput,
    @Ctx() ctx: PoliceContext,
  ) {
    return { training: await new TrainingService(ctx.em, viewerOf(ctx), ctx.clock).record(input) };
  }
}

@Resolver(() => PoliceProfile)
export class PoliceTrainingResolver {
  @ListSize(50)
  @FieldResolver(() => [SafetyTraining], {
    description: 'Safety trainings (安全培训) the police held for the enterprise, newest first, all of them (not confidential: a public service).',
    deprecationReason: replacedByConnection('safetyTrainingsConnection'),
  })
  safetyTrainings(@Root() p: PoliceProfile, @Ctx() ctx: PoliceContext): Promise<SafetyTraining[]> {
    return ctx.loaders.trainingsByUscc.load(p.uscc);
  }

  @PagedList()
  @FieldResolver(() => SafetyTrainingConnection, { description: 'Safety trainings (安全培训) the police held for the enterprise, newest first, a page at a time (not confidential: a public service).' })
  safetyTrainingsConnection(@Root() p: PoliceProfile, @Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: PoliceContext) {
    return ctx.loaders.trainingPages.load({ key: p.uscc, page });
  }
}

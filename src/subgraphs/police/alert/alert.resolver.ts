import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { Confidential } from '../../../shared/audit/confidential';
import { viewerOf } from '../../../shared/context';
import { ListSize } from '../../../shared/list-size';
import { payloadType } from '../../../shared/payload';
import { toHubDate } from '../../../shared/time-zone';
import type { PoliceContext } from '../context';
import { PoliceProfile } from '../profile/police-profile.resolver';
import { POLICE } from '../policy';
import { AlertCategory, AlertSeverity } from '../station/police-enums';
import { Alert } from '../station/station.entity';
import { DateScalar } from '../../../shared/scalars';
import { AlertService } from './alert.service';

@InputType({ description: 'An alert (警情) involving a key enterprise.' })
export class RecordAlertInput {
  @Field(() => ID, { description: 'Unified social credit code of the enterprise (a key enterprise on a station register).' })
  uscc!: string;

  @Field(() => Date, { description: 'When it happened; not in the future.' })
  occurredAt!: Date;

  @Field(() => AlertCategory, { description: 'What kind of alert it was.' })
  category!: AlertCategory;

  @Field(() => AlertSeverity, { description: 'How serious it was.' })
  severity!: AlertSeverity;

  @Field({ description: 'What happened, in brief (at most 2,000 characters).' })
  summary!: string;
}

export const RecordAlertPayload = payloadType<{ alert: Alert }>('RecordAlertPayload', 'Result of recordAlert.', {
  alert: { type: () => Alert, description: 'The alert as recorded.' },
});

/** Alerts of one category and severity: what other departments see of the police's alerts. */
@ObjectType({ description: 'How many alerts (警情) of one category and severity an enterprise had: the summary every department sees; the details stay with the police.' })
export class AlertTally {
  @Field(() => AlertCategory, { description: 'Kind of alert.' })
  category!: AlertCategory;

  @Field(() => AlertSeverity, { description: 'Severity.' })
  severity!: AlertSeverity;

  @Field(() => Int, { description: 'Number of alerts of this category and severity.' })
  count!: number;

  @Field(() => DateScalar, { description: 'Day of the latest of them.' })
  latestOn!: string;
}

const SEVERITY_ORDER = Object.values(AlertSeverity);

@Resolver(() => Alert)
export class AlertResolver {
  @Authorized()
  @Mutation(() => RecordAlertPayload, { description: 'Record an alert (警情) involving a key enterprise, with category and severity. Police officers and administrators only.' })
  async recordAlert(@Arg('input', () => RecordAlertInput, { description: 'The alert.' }) input: RecordAlertInput, @Ctx() ctx: PoliceContext) {
    return { alert: await new AlertService(ctx.em, viewerOf(ctx), ctx.clock).record(input) };
  }
}

@Resolver(() => PoliceProfile)
export class PoliceAlertTallyResolver {
  /** One grouped statement for a whole page of enterprises (the same as `alertCount`): no alert rows loaded. */
  @ListSize(28)
  @Confidential('police.alerts', POLICE)
  @FieldResolver(() => [AlertTally], { description: 'Alerts (警情) counted by category and severity, most severe first (summary: every department that may see the enterprise).' })
  async alertTally(@Root() p: PoliceProfile, @Ctx() ctx: PoliceContext): Promise<AlertTally[]> {
    // one row per category and severity; the latest alert's day in the hub's time zone
    const tallies = (await ctx.loaders.alertFiguresByUscc.load(p.uscc)).map((f): AlertTally => ({ category: f.category, severity: f.severity, count: f.count, latestOn: toHubDate(f.latest) }));
    return tallies.sort(
      (a, b) => SEVERITY_ORDER.indexOf(b.severity) - SEVERITY_ORDER.indexOf(a.severity) || a.category.localeCompare(b.category),
    );
  }
}

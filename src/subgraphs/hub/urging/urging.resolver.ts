import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { viewerOf } from '../../../shared/context';
import type { HubContext } from '../context';
import type { IssuePayload } from '../issue/issue.types';
import { UrgingService } from './urging.service';
import { UrgeIssueInput, UrgeIssuePayload } from './urging.types';

@Resolver()
export class UrgingResolver {
  @Authorized()
  @Mutation(() => UrgeIssuePayload, {
    description: 'Coordinators, or the enterprise that submitted it: urge (催办) an open request. At most once per working day in the hub time zone (a second time is CONFLICT); the lead department hears it live (issueEvents, URGED).',
  })
  async urgeIssue(@Arg('input', () => UrgeIssueInput, { description: 'The request and an optional note.' }) input: UrgeIssueInput, @Ctx() ctx: HubContext): Promise<IssuePayload> {
    return { issue: await new UrgingService(ctx.em, viewerOf(ctx), ctx.clock).urge(input) };
  }
}

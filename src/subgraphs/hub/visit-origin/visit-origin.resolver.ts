import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { viewerOf } from '../../../shared/context';
import { ListSize } from '../../../shared/list-size';
import type { HubContext } from '../context';
import { Issue } from '../issue/issue.entity';
import { asVisible } from '../issue/issue-summary';
import { parseVisitId, VisitOriginService } from './visit-origin.service';
import { ReportVisitProblemInput, ReportVisitProblemPayload, VisitRef } from './visit-origin.types';

/**
 * The two directions of the visit ↔ request link (走访 ↔ 诉求). The hub stores only the visit's
 * number on the request; `Issue.originVisit` hands the police a reference to resolve (with their
 * need-to-know rules), and `Visit.issues` is the hub's field on the police's entity.
 */
@Resolver(() => Issue)
export class IssueOriginVisitResolver {
  @Authorized()
  @Mutation(() => ReportVisitProblemPayload, {
    description:
      'A problem found on a police visit (走访) becomes a request (诉求) in one step: channel VISIT, submitted by the calling officer, routed by the rules, linked both ways (Issue.originVisit, Visit.issues). One request per problem: a retry returns it (`replayed`); the same problem in another category is CONFLICT. Police officers only.',
  })
  async reportVisitProblem(@Arg('input', () => ReportVisitProblemInput, { description: 'The visit, which of its problems, category and optional title.' }) input: ReportVisitProblemInput, @Ctx() ctx: HubContext) {
    return new VisitOriginService(ctx.em, viewerOf(ctx), ctx.clock).report(input);
  }

  @FieldResolver(() => VisitRef, {
    nullable: true,
    description: "The police visit (走访) the request was raised on; null for requests from other channels, or when the visit is not the caller's to see. Its notes and problems are the police's (need-to-know).",
  })
  originVisit(@Root() issue: Issue): VisitRef | null {
    return issue.originVisitId === null ? null : { id: `Visit:${issue.originVisitId}` };
  }
}

@Resolver(() => VisitRef)
export class VisitIssuesResolver {
  @ListSize(20)
  @FieldResolver(() => [Issue], {
    description:
      "Requests (诉求) raised on the problems found on this visit that the caller may see, in problem order: in full under the hub's rules, and for the police, who raised them, in summary (`access` SUMMARY: status, departments, deadlines, title) wherever they were routed.",
  })
  async issues(@Root() visit: VisitRef, @Ctx() ctx: HubContext): Promise<Issue[]> {
    const issues = await ctx.loaders.issuesByOriginVisit.load(String(parseVisitId(visit.id, 'id')));
    const visible = await Promise.all(issues.map((issue) => asVisible(ctx, issue)));
    return visible.filter((i): i is Issue => i !== null);
  }
}

/** References from the police (`Visit.issues` asked for through the gateway): the key is all the hub needs. */
export const visitReference = {
  Visit: { __resolveReference: (ref: { id: string }): VisitRef => ({ id: String(ref.id) }) },
};

import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import { viewerOf } from '../../../shared/context';
import { ListSize } from '../../../shared/list-size';
import type { JudicialContext } from '../context';
import { MediationCase } from '../mediation/judicial.entity';
import { judicialAccess } from '../policy';
import { parseIssueId } from '../validation';

/**
 * The hub's request (诉求) as the judicial subgraph sees it: only its key, the global id
 * `Issue:<n>` (Federation 2 entity). The judicial subgraph adds `mediationCases`; every other field
 * is the hub's, which checks who may see the request when the gateway asks it for them.
 */
@Directive('@key(fields: "id")')
@ObjectType('Issue', {
  description: 'A request (诉求) from an enterprise: what it asks, who leads the work, its deadlines, answer, rating and full timeline. Closed loop: 情况收集 → 问题上报 → 交办落实 → 办结反馈 → 回访.',
})
export class IssueKey {
  @Field(() => ID, { description: 'Global id of the request (`Issue:<number>`); the number readable by people is `number`.' })
  id!: string;
}

@Resolver(() => IssueKey)
export class IssueMediationResolver {
  /**
   * The cases opened for this request, newest first. The request may reach this subgraph without
   * passing the hub (from `MediationCase.issue`), so the judicial rules apply here on their own:
   * each case is listed only to whom may see at least its summary.
   */
  @ListSize(10)
  @FieldResolver(() => [MediationCase], { description: 'Mediation cases (人民调解) opened for this request, newest first (judicial subgraph). Summary fields for every department, case text for the judicial bureau and coordinators.' })
  async mediationCases(@Root() issue: IssueKey, @Ctx() ctx: JudicialContext): Promise<MediationCase[]> {
    const viewer = viewerOf(ctx);
    const cases = await ctx.loaders.mediationCasesByIssue.load(issue.id);
    return cases.filter((c) => judicialAccess(viewer, c.uscc) !== null);
  }
}

/** References from the gateway: a caller, and a well-formed request id; the cases are filtered per viewer above. */
export const issueReference = {
  Issue: {
    __resolveReference: async (ref: { id: unknown }, ctx: JudicialContext): Promise<IssueKey> => {
      viewerOf(ctx);
      return { id: parseIssueId(String(ref.id ?? ''), 'id') };
    },
  },
};

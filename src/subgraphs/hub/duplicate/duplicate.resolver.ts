import DataLoader from 'dataloader';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { viewerOf } from '../../../shared/context';
import { ListSize } from '../../../shared/list-size';
import { manyByRelation } from '../../../shared/loaders';
import type { HubContext } from '../context';
import { Issue } from '../issue/issue.entity';
import { issueFacts, issueScope, may } from '../policy';
import { DuplicateService, findPossibleDuplicates, MAX_POSSIBLE_DUPLICATES } from './duplicate.service';
import { MergeIssueInput, MergeIssuePayload, type MergeIssuePayloadShape, SplitIssueInput, SplitIssuePayload, type SplitIssuePayloadShape } from './duplicate.types';

const service = (ctx: HubContext) => new DuplicateService(ctx.em, viewerOf(ctx), ctx.clock);

/**
 * This request's loaders for the links between requests, beside the hub's own (keyed by that
 * loader set, so a subscription's renewed context gets new ones): one statement per field per
 * page, whatever the number of requests.
 */
const perRequest = new WeakMap<object, ReturnType<typeof createLoaders>>();
function createLoaders(ctx: HubContext) {
  const viewer = viewerOf(ctx);
  return {
    possibleDuplicates: new DataLoader<number, Issue[]>(async (ids) => {
      const found = await findPossibleDuplicates(ctx.em, viewer, ids, ctx.runtime.duplicates);
      return ids.map((id) => found.get(id) ?? []);
    }),
    mergedFrom: manyByRelation(ctx.em, Issue, 'mergedInto', { orderBy: { id: 'asc' } }),
    splitInto: manyByRelation(ctx.em, Issue, 'splitFrom', { orderBy: { id: 'asc' } }),
  };
}
export function duplicateLoaders(ctx: HubContext) {
  let loaders = perRequest.get(ctx.loaders);
  if (!loaders) perRequest.set(ctx.loaders, (loaders = createLoaders(ctx)));
  return loaders;
}

/**
 * The linked requests the caller may read, by the rule of `issue(id)`: a link never shows a
 * request the caller could not open itself (a department sees the other half of a merge or split
 * only when it is involved there too).
 */
async function readable(ctx: HubContext, issues: (Issue | null)[]): Promise<Issue[]> {
  const v = viewerOf(ctx);
  const department = issueScope(v).kind === 'department';
  const checked = await Promise.all(
    issues.map(async (issue) => {
      if (!issue) return null;
      if (may(v, 'issue.read', issueFacts(issue))) return issue;
      if (!department) return null;
      const referrals = await ctx.loaders.referralsByIssue.load(String(issue.id));
      return may(v, 'issue.read', issueFacts(issue, referrals.flatMap((r) => [r.fromDepartment.code, r.toDepartment.code]))) ? issue : null;
    }),
  );
  return checked.filter((i): i is Issue => !!i);
}

@Resolver()
export class DuplicateResolver {
  @Authorized()
  @Mutation(() => MergeIssuePayload, {
    description:
      'Coordinators: merge a duplicate request (重复诉求合并) into the request of the same enterprise it repeats. The duplicate closes as MERGED (from SUBMITTED, ASSIGNED, ACCEPTED, IN_PROGRESS or REOPENED; nothing pending on it); the survivor must not be CLOSED or MERGED. Both timelines are kept, each naming the other; the enterprise hears it on issueEvents.',
  })
  async mergeIssue(@Arg('input', () => MergeIssueInput, { description: 'The duplicate, the survivor and why.' }) input: MergeIssueInput, @Ctx() ctx: HubContext): Promise<MergeIssuePayloadShape> {
    return service(ctx).merge(input);
  }

  @Authorized()
  @Mutation(() => SplitIssuePayload, {
    description:
      'Coordinators: split a request (拆分) into two for different departments. The first part stays with the request (a request already signed for stays with its lead department), the second becomes a new request of the same enterprise routed to its department; the two are linked both ways (splitFrom, splitInto). From SUBMITTED, ASSIGNED, ACCEPTED, IN_PROGRESS or REOPENED.',
  })
  async splitIssue(@Arg('input', () => SplitIssueInput, { description: 'The request, why, and its two parts.' }) input: SplitIssueInput, @Ctx() ctx: HubContext): Promise<SplitIssuePayloadShape> {
    return service(ctx).split(input);
  }
}

/** Issue.possibleDuplicates and the links merges and splits leave between requests. */
@Resolver(() => Issue)
export class IssueDuplicatesResolver {
  @ListSize(MAX_POSSIBLE_DUPLICATES)
  @FieldResolver(() => [Issue], {
    description:
      'Possible duplicates (疑似重复诉求): requests of the same enterprise submitted in the 30 days up to this one whose title and description are similar (pg_trgm similarity at least DUPLICATE_SIMILARITY_THRESHOLD), most similar first, at most 5; never MERGED ones, only those you may see.',
  })
  possibleDuplicates(@Root() issue: Issue, @Ctx() ctx: HubContext): Promise<Issue[]> {
    return duplicateLoaders(ctx).possibleDuplicates.load(issue.id);
  }

  @FieldResolver(() => Issue, { nullable: true, description: 'MERGED: the request this duplicate was merged into, which carries the work on (null when not merged, or when it is not yours to see).' })
  async mergedInto(@Root() issue: Issue, @Ctx() ctx: HubContext): Promise<Issue | null> {
    if (!issue.mergedInto) return null;
    const [survivor] = await readable(ctx, [await ctx.loaders.issue.load(String(issue.mergedInto.id))]);
    return survivor ?? null;
  }

  @ListSize(20)
  @FieldResolver(() => [Issue], { description: 'Duplicates merged into this request, oldest first (those you may see).' })
  async mergedFrom(@Root() issue: Issue, @Ctx() ctx: HubContext): Promise<Issue[]> {
    return readable(ctx, await duplicateLoaders(ctx).mergedFrom.load(String(issue.id)));
  }

  @FieldResolver(() => Issue, { nullable: true, description: 'The request this one was split off from (拆分); null when none, or when it is not yours to see.' })
  async splitFrom(@Root() issue: Issue, @Ctx() ctx: HubContext): Promise<Issue | null> {
    if (!issue.splitFrom) return null;
    const [original] = await readable(ctx, [await ctx.loaders.issue.load(String(issue.splitFrom.id))]);
    return original ?? null;
  }

  @ListSize(20)
  @FieldResolver(() => [Issue], { description: 'Requests split off from this one (拆分), oldest first (those you may see).' })
  async splitInto(@Root() issue: Issue, @Ctx() ctx: HubContext): Promise<Issue[]> {
    return readable(ctx, await duplicateLoaders(ctx).splitInto.load(String(issue.id)));
  }
}

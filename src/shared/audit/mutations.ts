import type { GraphQLFieldResolver } from 'graphql';
import type { RequestContext } from '../context';
import { argumentIds, MutationAudit, mutationScope, resultOf } from './trail';

type Resolver = GraphQLFieldResolver<unknown, RequestContext>;

/**
 * Every Mutation root field of every subgraph goes through this wrapper (federation.ts applies it
 * to the built schema, so resolvers need no change): the change's own transaction carries its audit
 * row (AuditSubscriber); a refused or failed mutation is recorded with its error code in a
 * transaction of its own; a mutation that committed nothing (e.g. an idempotent replay) gets its
 * row afterwards.
 */
export function auditedMutation(fieldName: string, resolve: Resolver): Resolver {
  return async (root, args, ctx, info) => {
    const request = ctx.audit;
    if (!request) return resolve(root, args, ctx, info);
    const audit = new MutationAudit(request, `Mutation.${fieldName}`, argumentIds(args));
    let result: unknown;
    try {
      result = await mutationScope.run(audit, () => resolve(root, args, ctx, info));
    } catch (err) {
      await request.trail.write([audit.row(resultOf(err))]).catch((e) => ctx.log.error('audit: a refusal could not be recorded', e));
      throw err;
    }
    if (!audit.written) await request.trail.write([audit.row('OK')]);
    return result;
  };
}

/** Wraps the Mutation fields of a resolver map (as built by type-graphql's createResolversMap). */
export function auditMutations(resolvers: Record<string, any>): void {
  const mutation = resolvers.Mutation as Record<string, Resolver | { resolve?: Resolver }> | undefined;
  if (!mutation) return;
  for (const [name, value] of Object.entries(mutation)) {
    if (typeof value === 'function') mutation[name] = auditedMutation(name, value);
    else if (value && typeof value.resolve === 'function') value.resolve = auditedMutation(name, value.resolve);
  }
}

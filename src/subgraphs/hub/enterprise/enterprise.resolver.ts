import { ConnectionArgs } from '../../../shared/pagination';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { assertMayViewEnterprise } from '../../../shared/auth';
import { viewerOf } from '../../../shared/context';
import { notFound } from '../../../shared/errors';
import { parseUscc } from './uscc';
import type { HubContext } from '../context';
import { Enterprise } from './enterprise.entity';
import { listEnterprises } from './enterprise.service';
import { EnterpriseConnection, EnterpriseFilter } from './enterprise.types';
import { PagedList } from '../../../shared/list-size';

@Resolver(() => Enterprise)
export class EnterpriseResolver {
  @Authorized()
  @Query(() => Enterprise, { description: 'One enterprise by its unified social credit code; NOT_FOUND if unknown.' })
  async enterprise(@Arg('uscc', () => ID, { description: 'Unified social credit code (统一社会信用代码): 18 characters with a valid check character.' }) input: string, @Ctx() ctx: HubContext): Promise<Enterprise> {
    const uscc = parseUscc(input);
    assertMayViewEnterprise(viewerOf(ctx), uscc);
    const found = await ctx.loaders.enterprise.load(uscc);
    if (!found) throw notFound(`No enterprise with unified social credit code ${uscc} is registered in the hub.`);
    return found;
  }

  @Authorized()
  @PagedList()
  @Query(() => EnterpriseConnection, { description: 'Enterprises in USCC order; enterprise users see only their own.' })
  enterprises(
    @Ctx() ctx: HubContext,
    @Arg('filter', () => EnterpriseFilter, { nullable: true, description: 'Narrow the list; omitted fields do not filter.' }) filter: EnterpriseFilter | undefined,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
  ) {
    return listEnterprises(ctx.em, viewerOf(ctx), filter, page);
  }

  @FieldResolver(() => ID, { description: 'Global id of the enterprise (`Enterprise:<uscc>`).' })
  id(@Root() enterprise: Enterprise): string {
    return enterprise.uscc;
  }
}

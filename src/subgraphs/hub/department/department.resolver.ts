import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../context';
import { Department } from './department.entity';

@Resolver(() => Department)
export class DepartmentResolver {
  @Authorized()
  @Query(() => [Department], { description: 'Every department requests can be routed to.' })
  departments(@Ctx() ctx: HubContext): Promise<Department[]> {
    return ctx.em.find(Department, {}, { orderBy: { code: 'asc' } });
  }
}

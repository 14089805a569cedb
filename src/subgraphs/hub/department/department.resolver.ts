import { Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../context';
import { Department } from './department.entity';
import { ListSize } from '../../../shared/list-size';

@Resolver(() => Department)
export class DepartmentResolver {
  @Authorized()
  @ListSize(20)
  @Query(() => [Department], { description: 'Every department requests can be routed to.' })
  departments(@Ctx() ctx: HubContext): Promise<Department[]> {
    return ctx.em.find(Department, {}, { orderBy: { code: 'asc' } });
  }

  @FieldResolver(() => ID, { description: 'Global id of the department (`Department:<code>`).' })
  id(@Root() department: Department): string {
    return department.code;
  }
}

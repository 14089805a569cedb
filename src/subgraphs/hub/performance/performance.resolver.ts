import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Department } from '../department/department.entity';
import { DateScalar } from '../../../shared/scalars';
import type { HubContext } from '../context';
import { DepartmentPerformance, departmentPerformance } from './performance.service';
import { ListSize } from '../../../shared/list-size';

@Resolver(() => DepartmentPerformance)
export class PerformanceResolver {
  @Authorized('COORDINATOR', 'DEPT_ADMIN', 'OFFICER')
  @ListSize(20)
  @Query(() => [DepartmentPerformance], { description: 'The three rates and companions per department, for requests submitted in [from, to] (Asia/Shanghai days). Freshness: exact as of the last commit — read from per-department-per-day rollups (统计汇总) that every change updates in its own transaction; openOverdue is counted live against today.' })
  departmentPerformance(@Arg('from', () => DateScalar, { description: 'First day of the period (inclusive), by submission day.' }) from: string, @Arg('to', () => DateScalar, { description: 'Last day of the period (inclusive), by submission day.' }) to: string, @Ctx() ctx: HubContext) {
    return departmentPerformance(ctx.em, from, to, ctx.clock());
  }

  @FieldResolver(() => Department, { description: 'The department, with its names.' })
  async department(@Root() row: DepartmentPerformance, @Ctx() ctx: HubContext): Promise<Department> {
    return (await ctx.loaders.department.load(row.departmentCode))!;
  }
}

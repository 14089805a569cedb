import { Authorized, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Viewer as ViewerClaims } from '../../../shared/auth';
import { viewerOf } from '../../../shared/context';
import type { HubContext } from '../context';
import { Department } from '../department/department.entity';
import { Enterprise } from '../enterprise/enterprise.entity';
import { ListSize } from '../../../shared/list-size';

/** The signed-in caller, as the token describes them. */
@ObjectType('Viewer', { description: 'The signed-in caller (当前用户), as the bearer token describes them.' })
export class ViewerType {
  @Field(() => ID, { description: 'User id (the token\'s subject).' })
  id!: string;

  @Field({ description: 'Display name.' })
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'Department code from the token.' })
  departmentCode!: string | null;

  @ListSize(4)
  @Field(() => [String], { description: 'Roles from the token: OFFICER, DEPT_ADMIN, COORDINATOR or ENTERPRISE.' })
  roles!: string[];

  @Field(() => String, { nullable: true, description: 'For enterprise users: the enterprise they act for.' })
  uscc!: string | null;
}

@Resolver(() => ViewerType)
export class ViewerResolver {
  @Authorized()
  @Query(() => ViewerType, { description: 'The caller, as identified by the bearer token.' })
  me(@Ctx() ctx: HubContext): ViewerType {
    const v: ViewerClaims = viewerOf(ctx);
    return { id: v.id, displayName: v.displayName, departmentCode: v.department, roles: v.roles, uscc: v.uscc };
  }

  @FieldResolver(() => Department, { nullable: true, description: 'The caller\'s department; null for enterprise users.' })
  department(@Root() v: ViewerType, @Ctx() ctx: HubContext) {
    return v.departmentCode ? ctx.loaders.department.load(v.departmentCode) : null;
  }

  @FieldResolver(() => Enterprise, { nullable: true, description: 'For enterprise users: the enterprise they act for.' })
  enterprise(@Root() v: ViewerType, @Ctx() ctx: HubContext) {
    return v.uscc ? ctx.loaders.enterprise.load(v.uscc) : null;
  }
}

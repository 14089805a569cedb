import { Authorized, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import type { Role, Viewer as ViewerClaims } from '../../../shared/auth';
import { viewerOf } from '../../../shared/context';
import type { HubContext } from '../context';
import { Department } from '../department/department.entity';
import { Enterprise } from '../enterprise/enterprise.entity';
import { ListSize } from '../../../shared/list-size';

/** A caller's role (DESIGN §6); a token may carry several. */
enum RoleEnum {
  OFFICER = 'OFFICER',
  DEPT_ADMIN = 'DEPT_ADMIN',
  COORDINATOR = 'COORDINATOR',
  ENTERPRISE = 'ENTERPRISE',
  AUDITOR = 'AUDITOR',
}
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'A role carried in the caller\'s token.',
  valuesConfig: {
    OFFICER: { description: 'A department officer: works the department\'s inbox and referrals.' },
    DEPT_ADMIN: { description: 'A department administrator: also edits reference data such as the calendar.' },
    COORDINATOR: { description: 'A joint-meeting coordinator (联席会议协调人): sees every department\'s requests and runs meetings.' },
    ENTERPRISE: { description: 'A user acting for one enterprise: its own requests only.' },
    AUDITOR: { description: 'A security auditor (安全审计员): reads the audit trail (auditTrail), nothing else.' },
  },
});
const _rolesMatch: Record<Role, RoleEnum> = { OFFICER: RoleEnum.OFFICER, DEPT_ADMIN: RoleEnum.DEPT_ADMIN, COORDINATOR: RoleEnum.COORDINATOR, ENTERPRISE: RoleEnum.ENTERPRISE, AUDITOR: RoleEnum.AUDITOR };
void _rolesMatch; // the GraphQL enum and ROLES in shared/auth.ts must list the same roles

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
  @Field(() => [RoleEnum], { description: 'What the caller may do, from the token.' })
  roles!: Role[];

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

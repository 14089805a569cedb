import { Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import type { Viewer } from '../../../shared/auth';
import type { HubContext } from '../context';
import { Department } from '../department/department.entity';

/** A person who did something in the hub, as their token named them at the time. */
@ObjectType('Person', { description: 'A person who did something in the hub (submitted, proposed, answered), as their token named them at the time.' })
export class Person {
  @Field(() => ID, { description: 'User id (the token subject).' })
  id!: string;

  @Field({ description: 'Display name (falls back to the user id for records made before names were kept).' })
  name!: string;

  /** Department code, if they acted for one. */
  departmentCode!: string | null;
}

/** Builds a Person from stored columns: the id always, the name and department where recorded. */
export function person(id: string, name: string | null, departmentCode: string | null): Person {
  return { id, name: name ?? id, departmentCode };
}

/** What to store about the actor: name and department, next to the id. */
export const actorColumns = (viewer: Viewer) => ({ name: viewer.displayName, department: viewer.department });

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => Department, { nullable: true, description: 'The department they acted for; null for enterprise users and coordinators without one.' })
  department(@Root() p: Person, @Ctx() ctx: HubContext) {
    return p.departmentCode ? ctx.loaders.department.load(p.departmentCode) : null;
  }
}

import { Authorized, Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root, type ClassType } from 'type-graphql';
import { assertMayViewEnterprise } from './auth';
import { type RequestContext, viewerOf } from './context';

/**
 * How a department subgraph extends the hub's Enterprise (企业): the entity's key, and one profile
 * field carrying the department's own records; the same for police, market, tax and judicial.
 * Each call makes its own classes: type-graphql attaches field resolvers to the class globally, so
 * a class shared by several subgraphs would carry every department's field into each of them.
 */
export function enterpriseExtension<P extends { uscc: string }>(field: string, profile: ClassType<P>, description: string) {
  /** The hub's Enterprise as this subgraph sees it: only its key (统一社会信用代码). */
  @Directive('@key(fields: "uscc")')
  @ObjectType('Enterprise', {
    description: 'An enterprise (企业) served by the departments, keyed by its unified social credit code (统一社会信用代码, USCC). Department subgraphs add their own profile fields.',
  })
  class EnterpriseKey {
    @Field(() => ID, { description: 'Unified social credit code (统一社会信用代码, 18 characters, GB 32100-2015).' })
    uscc!: string;
  }

  /** The caller must be signed in, and an enterprise user may open only its own enterprise (as in the hub). */
  @Resolver(() => EnterpriseKey)
  class EnterpriseProfileResolver {
    @Authorized()
    @FieldResolver(() => profile, { name: field, nullable: true, description })
    profile(@Root() enterprise: EnterpriseKey, @Ctx() ctx: RequestContext): P {
      assertMayViewEnterprise(viewerOf(ctx), enterprise.uscc);
      return { uscc: enterprise.uscc } as P;
    }
  }

  return {
    EnterpriseKey,
    ProfileResolver: EnterpriseProfileResolver,
    /** References from the gateway carry only the key: nothing to load. */
    reference: { Enterprise: { __resolveReference: (ref: { uscc: string }): EnterpriseKey => ({ uscc: ref.uscc }) } },
  };
}

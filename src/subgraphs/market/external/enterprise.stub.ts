import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Stub of the hub's Enterprise (owned there): market supervision only adds its own fields to it. */
@Directive('@key(fields: "uscc")')
@ObjectType('Enterprise', { description: 'An enterprise (企业) served by the departments, keyed by its unified social credit code (统一社会信用代码, USCC). Department subgraphs add their own profile fields.' })
export class Enterprise {
  @Field(() => ID, { description: 'Unified social credit code (统一社会信用代码, 18 characters, GB 32100-2015).' })
  uscc!: string;
}

export const enterpriseReference = {
  Enterprise: { __resolveReference: (ref: { uscc: string }): Enterprise => ({ uscc: ref.uscc }) },
};

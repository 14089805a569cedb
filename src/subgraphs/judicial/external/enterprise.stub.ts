import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Stub of the hub's Enterprise (owned there): the judicial bureau only adds its own fields to it. */
@Directive('@key(fields: "uscc")')
@ObjectType('Enterprise')
export class Enterprise {
  @Field(() => ID)
  uscc!: string;
}

export const enterpriseReference = {
  Enterprise: { __resolveReference: (ref: { uscc: string }): Enterprise => ({ uscc: ref.uscc }) },
};

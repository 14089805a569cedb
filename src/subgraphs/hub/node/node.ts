import { Field, ID, InterfaceType } from 'type-graphql';
import type { GlobalIdType } from './global-id';

/** Set by node(id) on what it returns: the type its id named (interface resolution reads it). */
export const NODE_TYPE = Symbol('nodeType');

/** Node (Relay): any object with a global id, refetchable with `node(id)`. */
@InterfaceType('Node', {
  description: 'An object with a global id (Relay Node). `node(id)` refetches it, with the same access rules as the lookup of its type.',
  resolveType: (value: { [NODE_TYPE]?: GlobalIdType }) => value[NODE_TYPE],
})
export abstract class Node {
  @Field(() => ID, { description: 'Global id, `<Type>:<key>`, unique across all types. Treat it as opaque.' })
  id!: string;
}

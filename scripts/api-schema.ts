import { Supergraph } from '@apollo/federation-internals';
import type { GraphQLSchema } from 'graphql';

/**
 * The API schema of a supergraph: what a client of the gateway sees, without Federation's
 * join__/link__ machinery and @inaccessible elements. Sample operations are validated and schema
 * changes are judged against this, not against the raw supergraph SDL.
 */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

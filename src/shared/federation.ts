import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';
import { authChecker } from './authorization';

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@listSize", "@cost"])';

/** Every subscription here brings its own `subscribe` (outbox-backed); type-graphql still asks for a pubSub. */
const NO_PUBSUB = {
  publish() {
    throw new Error('publish through the outbox, not type-graphql pubSub');
  },
  subscribe(): never {
    throw new Error('subscriptions define their own subscribe');
  },
};

export type ReferenceResolvers = Record<string, { __resolveReference: (ref: any, ctx: any) => unknown }>;

/**
 * type-graphql → Federation 2 subgraph: build the type-graphql schema, print it with its
 * directives (@key on entities), prepend the Federation 2 @link, then let @apollo/subgraph add
 * _service/_entities. Reference resolvers (batched through DataLoaders) are merged in by type.
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck' | 'authChecker'>,
  referenceResolvers: ReferenceResolvers = {},
): Promise<GraphQLSchema> {
  const schema = await buildSchema({ ...options, authChecker, skipCheck: true, validate: false, pubSub: NO_PUBSUB });
  const resolvers = createResolversMap(schema) as Record<string, any>;
  for (const [typeName, ref] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), ...ref };
  }
  const typeDefs = gql(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(schema)}`);
  return buildSubgraphSchema({ typeDefs, resolvers });
}

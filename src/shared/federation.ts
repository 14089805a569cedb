import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { getNamedType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema, type GraphQLType } from 'graphql';
import gql from 'graphql-tag';
import { buildSchema, createResolversMap, getMetadataStorage, type BuildSchemaOptions } from 'type-graphql';
import { authChecker } from './authorization';
import { guardArguments } from './input-guard';
import { auditMutations } from './audit/mutations';

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

const DATE_NOTE = "A calendar date in the hub's time zone (TZ, default Asia/Shanghai).";
const INSTANT_NOTE = 'An instant, ISO 8601 in UTC.';

/**
 * Every Date and DateTimeISO field, argument and input field says which time it is in, so a
 * front-end never has to guess whether "2026-10-08" is a Shanghai day or a UTC one.
 */
function describeTimeFields(schema: GraphQLSchema): void {
  const note = (type: GraphQLType) => {
    const named = getNamedType(type).name;
    return named === 'Date' ? DATE_NOTE : named === 'DateTimeISO' ? INSTANT_NOTE : null;
  };
  const describe = (item: { type: GraphQLType; description?: string | null }) => {
    const text = note(item.type);
    if (text && !item.description?.includes(text)) item.description = item.description ? `${item.description} ${text}` : text;
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        describe(field);
        field.args.forEach(describe);
      }
    } else if (isInputObjectType(type)) {
      Object.values(type.getFields()).forEach(describe);
    }
  }
}

/** type-graphql cannot describe the root types; every subgraph gives them the same words, so composition keeps them. */
const ROOT_DESCRIPTIONS: [keyof Pick<GraphQLSchema, 'getQueryType' | 'getMutationType' | 'getSubscriptionType'>, string][] = [
  ['getQueryType', 'Reads: enterprises, requests (诉求), referrals, joint meetings, statistics and the caller.'],
  ['getMutationType', 'Changes: submit and work requests, refer them between departments, run joint meetings, edit reference data.'],
  ['getSubscriptionType', 'Live events over graphql-ws; each event has a cursor, and `after: <cursor>` replays what was missed before going live.'],
];
function describeRootTypes(schema: GraphQLSchema): void {
  for (const [getter, text] of ROOT_DESCRIPTIONS) {
    const type = schema[getter]();
    if (type && !type.description) type.description = text;
  }
}

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
  // parameter decorators run last to first: without this, `f(from, to)` would print as `f(to, from)`
  getMetadataStorage().params.sort((a, b) => a.index - b.index);
  const schema = await buildSchema({ ...options, authChecker, skipCheck: true, validate: false, pubSub: NO_PUBSUB });
  const resolvers = createResolversMap(schema) as Record<string, any>;
  for (const [typeName, ref] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), ...ref };
  }
  // every mutation leaves an audit row (安全审计), written in its own transaction
  auditMutations(resolvers);
  describeTimeFields(schema);
  describeRootTypes(schema);
  const typeDefs = gql(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(schema)}`);
  // every argument (incl. _entities representations) is refused with BAD_USER_INPUT if it cannot be stored as sent
  return guardArguments(buildSubgraphSchema({ typeDefs, resolvers }));
}

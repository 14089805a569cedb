import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  parse,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

/**
 * The cost of an operation, estimated once for the whole operation before it is planned, from the
 * `@listSize` of each list field in the composed supergraph (Federation 2.9 / IBM cost spec
 * semantics: every object counts 1, times the sizes of the lists above it; a mutation adds 10).
 *
 * Why not the gateway runtime's `demandControl`: it prices each subgraph request as it is sent,
 * and here that (a) counts an entity batch (`_entities`) as one item, so
 * `enterprises(first: 100) { … police { visits alerts } }` cost 325 instead of ~10,000; (b) counts a
 * named fragment's fields once whatever list it is spread in, so moving the 100×100 fan-out into
 * a fragment made it free; (c) adds every event's entity fetches of a subscription to one running
 * total, so a long subscription with federated fields was refused after ~1,000 events. Estimating
 * the client's operation against the supergraph has none of these.
 */

export interface ListSize {
  assumedSize?: number;
  slicingArguments?: string[];
  sizedFields?: string[];
}

/** `Type.field` → its @listSize, read from the supergraph SDL (composition keeps the directive). */
export function readListSizes(supergraphSdl: string): Map<string, ListSize> {
  const sizes = new Map<string, ListSize>();
  for (const def of parse(supergraphSdl).definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.INTERFACE_TYPE_DEFINITION && def.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    for (const field of def.fields ?? []) {
      const directive = field.directives?.find((d) => d.name.value === 'listSize');
      if (!directive) continue;
      const size: ListSize = {};
      for (const arg of directive.arguments ?? []) {
        if (arg.name.value === 'assumedSize' && arg.value.kind === Kind.INT) size.assumedSize = Number(arg.value.value);
        if ((arg.name.value === 'slicingArguments' || arg.name.value === 'sizedFields') && arg.value.kind === Kind.LIST) {
          size[arg.name.value] = arg.value.values.flatMap((v) => (v.kind === Kind.STRING ? [v.value] : []));
        }
      }
      sizes.set(`${def.name.value}.${field.name.value}`, size);
    }
  }
  return sizes;
}

export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
  sizes: Map<string, ListSize>,
  /** a list field without @listSize (there should be none: a test checks) */
  unknownListSize = 10,
): number {
  const operation = getOperationAST(document, operationName);
  if (!operation) return 0;
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  // a fragment's cost per unit of multiplier, so nested spreads cost linear time, not exponential
  const fragmentCost = new Map<string, number>();

  const walk = (set: SelectionSetNode, parent: GraphQLCompositeType, sized: Map<string, number>): number => {
    let cost = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        const type = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) cost += walk(sel.selectionSet, type, sized);
        continue;
      }
      if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(sel.name.value);
        const type = fragment && schema.getType(fragment.typeCondition.name.value);
        if (!fragment || !type || !isCompositeType(type)) continue;
        const key = `${sel.name.value}|${[...sized].join(',')}`;
        if (!fragmentCost.has(key)) {
          fragmentCost.set(key, 0); // validation refuses cycles; this only stops a runaway
          fragmentCost.set(key, walk(fragment.selectionSet, type, sized));
        }
        cost += fragmentCost.get(key)!;
        continue;
      }
      if (sel.name.value.startsWith('__') || !(isObjectType(parent) || isInterfaceType(parent))) continue;
      const field = parent.getFields()[sel.name.value];
      if (!field) continue;
      const size = sizes.get(`${parent.name}.${field.name}`);
      let factor = 1;
      const childSized = new Map<string, number>();
      if (sized.has(field.name)) {
        factor = sized.get(field.name)!;
      } else if (size?.slicingArguments) {
        const args = getArgumentValues(field, sel, variables);
        const sliced = Math.max(0, ...size.slicingArguments.map((a) => Number(args[a]) || 0));
        const n = sliced || size.assumedSize || 1;
        if (size.sizedFields?.length) for (const f of size.sizedFields) childSized.set(f, n);
        else factor = n;
      } else if (size?.assumedSize !== undefined) {
        factor = size.assumedSize;
      } else if (isListType(getNullableType(field.type))) {
        factor = unknownListSize;
      }
      const type = getNamedType(field.type);
      if (isCompositeType(type)) cost += factor * (1 + (sel.selectionSet ? walk(sel.selectionSet, type, childSized) : 0));
    }
    return cost;
  };
  return walk(operation.selectionSet, root, new Map()) + (operation.operation === 'mutation' ? 10 : 0);
}

import { Directive } from 'type-graphql';

/**
 * List sizes for the gateway's cost limit (Federation 2.9 `@listSize`, read by the Hive gateway
 * runtime's demand control). Without them a list counts as one item, so a 100×100 fan-out looked
 * cheap. Every list field carries one: the guard test in test/integration/foundation/limits.test.ts
 * fails on a list field without it.
 */

/** A list whose length the client does not choose: cost as if it held `size` items (a generous upper estimate). */
export const ListSize = (size: number) => Directive(`@listSize(assumedSize: ${size})`);

/** A cursor connection: its `edges` hold as many items as `first` asks for (the default page size when absent). */
export const PagedList = () => Directive('@listSize(slicingArguments: ["first"], sizedFields: ["edges"], requireOneSlicingArgument: false)');

/** What a connection returns when `first` is not given (pageSize()'s fallback): declared in the schema so the cost limit counts it. */
export const PAGE_SIZE_DEFAULT = 20;

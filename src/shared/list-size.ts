import { Directive } from 'type-graphql';

/**
 * List sizes for the gateway's cost limit (Federation 2.9 `@listSize`, read by the Hive gateway
 * runtime's demand control). Without them a list counts as one item, so a 100×100 fan-out looked
 * cheap. Every list field carries one: the guard test in test/integration/foundation/limits.test.ts
 * fails on a list field without it.
 */

/** A list whose length the client does not choose: cost as if it held `size` items (a generous upper estimate). */
export const ListSize = (size: number) => Directive(`@listSize(assumedSize: ${size})`);

/** What a connection returns when neither `first` nor `last` is given (pageWindow()'s fallback); PagedList's assumedSize says the same to the cost limit. */
export const PAGE_SIZE_DEFAULT = 20;

/** A cursor connection: its `edges` hold as many items as `first` or `last` asks for (the default page size, 20, when neither is given). */
export const PagedList = () =>
  Directive(`@listSize(assumedSize: ${PAGE_SIZE_DEFAULT}, slicingArguments: ["first", "last"], sizedFields: ["edges"], requireOneSlicingArgument: false)`);



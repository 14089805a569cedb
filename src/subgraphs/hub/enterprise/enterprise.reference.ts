import type { HubContext } from '../context';

/** Other subgraphs' references to Enterprise, resolved in one batch per request. */
export const enterpriseReference = {
  Enterprise: {
    __resolveReference: (ref: { uscc: string }, ctx: HubContext) => ctx.loaders.enterprise.load(ref.uscc),
  },
};

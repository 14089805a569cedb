import { assertMayViewEnterprise } from '../../../shared/auth';
import { viewerOf } from '../../../shared/context';
import { parseUscc } from './uscc';
import type { HubContext } from '../context';

/**
 * Other subgraphs' references to Enterprise, resolved in one batch per request, under the same
 * rules as `enterprise(uscc)`: a caller, a valid code, and enterprise users only for their own.
 */
export const enterpriseReference = {
  Enterprise: {
    // async, so a refusal fails only its own representation, not the whole batch
    __resolveReference: async (ref: { uscc: unknown }, ctx: HubContext) => {
      const viewer = viewerOf(ctx);
      const uscc = parseUscc(String(ref.uscc ?? ''));
      assertMayViewEnterprise(viewer, uscc);
      return ctx.loaders.enterprise.load(uscc);
    },
  },
};

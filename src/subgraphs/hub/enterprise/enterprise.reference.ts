import { assertMayViewEnterprise } from '../../../shared/auth';
import { viewerOf } from '../../../shared/context';
import { parseUscc } from './uscc';
import type { HubContext } from '../context';
import { keepRequiredSignals } from '../risk/risk-signals.loader';
import { RISK_SOURCES } from '../risk/risk-sources';

const RISK_FIELDS = RISK_SOURCES.flatMap((s) => (s.field ? [s.field] : []));

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
      // departments' signals the gateway brought for riskAssessment (@requires)
      keepRequiredSignals(ctx, uscc, ref as Record<string, unknown>, RISK_FIELDS);
      return ctx.loaders.enterprise.load(uscc);
    },
  },
};

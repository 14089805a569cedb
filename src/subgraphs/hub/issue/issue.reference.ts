import type { HubContext } from '../context';
import { IssueResolver } from './issue.resolver';

/**
 * Other subgraphs' references to a request (诉求), `{ id: "Issue:<n>" }`, resolved under the same
 * rules as `issue(id)`: a malformed id is BAD_USER_INPUT, a missing one NOT_FOUND, another
 * department's FORBIDDEN (async, so a refusal fails only its own representation). Batched: the
 * issue and its referrals come from the request's DataLoaders.
 */
export const issueReference = {
  Issue: {
    __resolveReference: async (ref: { id: unknown }, ctx: HubContext) => new IssueResolver().issue(String(ref.id ?? ''), ctx),
  },
};

import { GraphQLError } from 'graphql';
import type { SubgraphName } from '../../../shared/config';
import { forbidden, notFound, badInput, isPublicError } from '../../../shared/errors';
import { signContent, SIGNATURE_EXTENSION, subgraphSignedContent } from '../../../shared/gateway-signature';
import type { Logger } from '../../../shared/logger';

/** The request as the hub shows it to the caller: enough to link a case to it. */
export interface VisibleIssue {
  id: string;
  enterpriseUscc: string;
}

const QUERY = 'query JudicialIssueCheck($id: ID!) { issue(id: $id) { id enterprise { uscc } } }';
const TIMEOUT_MS = 5_000;

/**
 * Asks the hub, on the caller's behalf, whether the caller may see a request (诉求): the hub's own
 * `issue(id)` with the caller's token, so the hub's `issue.read` rule decides (lead, assisting or
 * referral department; coordinators; the enterprise itself), not a copy of it. The call goes to the
 * hub subgraph signed like the gateway's calls (every subgraph holds the signing secret to check
 * them), over the cluster's private network; the caller's token travels unchanged.
 */
export class HubIssues {
  constructor(
    private readonly peers: Readonly<Partial<Record<SubgraphName, string>>>,
    private readonly signingSecret: string,
    private readonly log: Logger,
  ) {}

  /** The request if the caller may see it; the hub's FORBIDDEN / NOT_FOUND / BAD_USER_INPUT otherwise, naming `field`. */
  async visibleIssue(id: string, authorization: string | null | undefined, field: string): Promise<VisibleIssue> {
    const url = this.peers.hub;
    if (!url) throw new Error('the hub subgraph URL is not known (SUBGRAPH_URL_HUB)');
    const variables = { id };
    const extensions = { [SIGNATURE_EXTENSION]: signContent(this.signingSecret, subgraphSignedContent({ query: QUERY, variables }, authorization)) };
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query: QUERY, variables, extensions }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const body = (await res.json().catch(() => null)) as { data?: { issue?: { id: string; enterprise: { uscc: string } } | null }; errors?: { message: string; extensions?: { code?: string } }[] } | null;
    const error = body?.errors?.[0];
    if (error) {
      const code = error.extensions?.code;
      if (code === 'FORBIDDEN') throw forbidden(`You may not see request ${id} (the hub's rule: its lead, assisting or referral departments, and coordinators), so you cannot open a mediation case for it.`);
      if (code === 'NOT_FOUND') throw notFound(`No request with id ${id}.`);
      if (code === 'BAD_USER_INPUT') throw badInput(`${field} "${id}" is not a request id.`, field);
      if (isPublicError(code)) throw new GraphQLError(error.message, { extensions: { code } });
      this.log.warn('hub issue check failed', { status: res.status, code: code ?? null });
      throw new Error(`the hub answered the issue check with ${code ?? res.status}`);
    }
    const issue = body?.data?.issue;
    if (!issue) throw new Error(`the hub answered the issue check without a request (HTTP ${res.status})`);
    return { id: issue.id, enterpriseUscc: issue.enterprise.uscc };
  }
}

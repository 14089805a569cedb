import { DEMO_ENTERPRISES } from '../src/demo/district';
import { signToken } from '../src/shared/auth';
import { loadConfig } from '../src/shared/config';

/**
 * The mixed workload of the scale-out and memory benchmarks: 5 in 10 a five-subgraph read, 3 in
 * 10 a hub list, 2 in 10 a write (outbox event included), as many distinct users.
 */
export const OPERATIONS = [
  {
    name: 'enterprise (5 subgraphs)',
    weight: 5,
    query: `query($u: ID!) { enterprise(uscc: $u) { name police { liaisonOfficer { name } } market { registrationStatus } tax { creditRating } judicial { openMediationCases } } }`,
    variables: (i: number) => ({ u: DEMO_ENTERPRISES[i % DEMO_ENTERPRISES.length].uscc }),
  },
  {
    name: 'issues (hub)',
    weight: 3,
    query: `{ issues(first: 10) { edges { node { id number status enterprise { name } } } } }`,
    variables: () => ({}),
  },
  {
    name: 'submitIssue (hub write + event)',
    weight: 2,
    query: `mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { issue { id status } } }`,
    variables: (i: number) => ({
      input: { uscc: DEMO_ENTERPRISES[i % DEMO_ENTERPRISES.length].uscc, title: `压测诉求 ${i}`, description: '压测：开票系统故障，需税务协助', category: 'tax_service', channel: 'HOTLINE' },
    }),
  },
];
export const schedule = OPERATIONS.flatMap((op) => Array.from({ length: op.weight }, () => op));

/**
 * `count` distinct coordinators' tokens (development secret): per-user state (token verification,
 * rate-limit buckets) is exercised as in production, and the gateway cannot merge identical
 * in-flight requests of one user.
 */
export function benchTokens(count: number): Promise<string[]> {
  const config = loadConfig({ NODE_ENV: 'development' });
  return Promise.all(
    Array.from({ length: count }, (_, i) => signToken(config.jwt, { sub: `bench-coordinator-${i}`, name: `压测用户${i}`, dept: null, roles: ['COORDINATOR'] }, '2h')),
  );
}

import { act, codeOf, REFERRAL_FIELDS, submit } from '../../helpers/issues';
import { DEMO_USERS } from '../../../src/demo/district';
import { startTestHub, type TestHub } from '../../helpers/test-hub';

/** Truly concurrent requests through the gateway: one winner, no duplicates, nothing half-written. */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

async function acceptedTaxIssue() {
  const issue = await submit(hub, 'enterprise', { uscc: DEMO_USERS.enterprise.uscc, title: '发票问题', description: '发票', category: 'tax_service' });
  await act.accept(hub, 'tax-officer', issue.id);
  return issue;
}

test('referIssue retried 20 times at once with one idempotency key creates one referral', async () => {
  const issue = await acceptedTaxIssue();
  const input = { issueId: issue.id, toDepartment: 'market', kind: 'TRANSFER', reason: '经营范围问题', idempotencyKey: `retry-${issue.id}` };
  const results = await Promise.all(
    Array.from({ length: 20 }, () => hub.gql(`mutation($i: ReferIssueInput!) { referIssue(input: $i) { referral { ${REFERRAL_FIELDS} } } }`, { i: input }, 'tax-officer')),
  );
  expect(results.filter((r) => r.errors)).toEqual([]);
  const ids = new Set(results.map((r) => r.data.referIssue.referral.id));
  expect(ids.size).toBe(1);
  const stored = await hub.gql(`query($id: ID!) { issue(id: $id) { referrals { id } timeline { action } } }`, { id: issue.id }, 'coordinator');
  expect(stored.data.issue.referrals).toHaveLength(1);
  expect(stored.data.issue.timeline.filter((t: any) => t.action === 'REFERRED')).toHaveLength(1);

  // a later retry still answers with the same referral; the key cannot be reused for something else
  const again = await act.refer(hub, 'tax-officer', input);
  expect(again.id).toBe([...ids][0]);
  const reused = await hub.gql(`mutation($i: ReferIssueInput!) { referIssue(input: $i) { referral { id } } }`, { i: { ...input, toDepartment: 'police' } }, 'tax-officer');
  expect(codeOf(reused)).toBe('CONFLICT');
});

test('two answers to one referral at the same moment: exactly one wins, the other gets CONFLICT', async () => {
  const outcomes: string[] = [];
  for (let round = 0; round < 5; round++) {
    const issue = await acceptedTaxIssue();
    const referral = await act.refer(hub, 'tax-officer', { issueId: issue.id, toDepartment: 'police', kind: 'TRANSFER', reason: '涉嫌诈骗', idempotencyKey: `race-${issue.id}` });
    const colleague = await hub.token('police-officer', { sub: 'u-police-wang', name: '王芳' });
    const [accept, reject] = await Promise.all([
      hub.gql(`mutation($id: ID!) { acceptReferral(input: { referralId: $id }) { referral { status } } }`, { id: referral.id }, 'police-officer'),
      hub.gql(`mutation($id: ID!) { rejectReferral(input: { referralId: $id, reason: "非本部门" }) { referral { status } } }`, { id: referral.id }, colleague),
    ]);
    const winners = [accept, reject].filter((r) => !r.errors);
    const losers = [accept, reject].filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers.map(codeOf)).toEqual(['CONFLICT']);

    const after = await hub.gql(`query($id: ID!) { issue(id: $id) { leadDepartment { code } referrals { status } timeline { action } } }`, { id: issue.id }, 'coordinator');
    const { leadDepartment, referrals, timeline } = after.data.issue;
    const answers = timeline.filter((t: any) => t.action === 'REFERRAL_ACCEPTED' || t.action === 'REFERRAL_REJECTED');
    expect(answers).toHaveLength(1);
    if (accept.errors) {
      expect(referrals[0].status).toBe('REJECTED');
      expect(leadDepartment.code).toBe('tax');
      outcomes.push('rejected');
    } else {
      expect(referrals[0].status).toBe('ACCEPTED');
      expect(leadDepartment.code).toBe('police');
      outcomes.push('accepted');
    }
  }
  expect(outcomes).toHaveLength(5);
});

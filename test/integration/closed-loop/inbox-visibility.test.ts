import { DEMO_ENTERPRISES } from '../../../src/demo/district';
import { act, submit } from '../../helpers/issues';
import { rowId, sql } from '../../helpers/sql';
import { startTestHub, type TestHub } from '../../helpers/test-hub';

/**
 * An officer's inbox reads hub.issue_department (kept by triggers). It must show exactly what the
 * visibility rule allows: lead, assisting, or either side of any referral of the request.
 */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
}, 60_000);
afterAll(() => hub?.stop());

const DEPTS = ['tax', 'market', 'police', 'judicial'] as const;
const officer = (d: string) => `${d}-officer`;

const newIssue = async (i: number, lead: string, assisting: string[] = []) => {
  const issue = await submit(hub, 'coordinator', {
    uscc: DEMO_ENTERPRISES[i % DEMO_ENTERPRISES.length].uscc, title: `可见性 ${i}`, description: '收件箱可见性', category: 'other', channel: 'HOTLINE',
  });
  await act.route(hub, 'coordinator', issue.id, lead, assisting);
  return issue.id as string;
};

/** Every id the officer's inbox lists, paging through in the given order. */
async function inbox(dept: string, orderBy: string): Promise<number[]> {
  const ids: number[] = [];
  let after: string | null = null;
  for (;;) {
    const res: any = await hub.gql(
      `query($o: IssueOrder!, $a: String) { issues(orderBy: $o, first: 100, after: $a) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
      { o: orderBy, a: after }, officer(dept));
    expect(res.errors).toBeUndefined();
    ids.push(...res.data.issues.edges.map((e: any) => rowId(e.node.id)));
    if (!res.data.issues.pageInfo.hasNextPage) return ids;
    after = res.data.issues.pageInfo.endCursor;
  }
}

/** The rule as it was written before the table (policy.ts issueVisibilitySql), evaluated directly. */
const OLD_RULE = `i.lead_department_code = $1 or $1 = any(i.assisting_department_codes)
  or exists (select 1 from hub.referral r where r.issue_id = i.id and (r.to_department_code = $1 or r.from_department_code = $1))`;

test('the receiving department sees a referred request in its inbox the moment the referral is proposed', async () => {
  const issueId = await newIssue(0, 'tax');
  expect(await inbox('judicial', 'NEWEST_FIRST')).not.toContain(rowId(issueId));
  await act.refer(hub, 'tax-officer', { issueId, toDepartment: 'judicial', kind: 'TRANSFER', reason: '移交司法', idempotencyKey: `vis-${issueId}` });
  expect(await inbox('judicial', 'NEWEST_FIRST')).toContain(rowId(issueId));
  // and the inbox count agrees with the page
  const res: any = await hub.gql(`{ issues(first: 100) { totalCount edges { node { id } } } }`, {}, 'judicial-officer');
  expect(res.data.issues.totalCount).toBe(res.data.issues.edges.length);
});

test('on a mixed dataset (routes, assists, transfers proposed, accepted, rejected, cancelled) every inbox equals the old rule, in every order', async () => {
  for (let i = 1; i <= 16; i++) {
    const lead = DEPTS[i % 4];
    const other = DEPTS[(i + 1) % 4];
    const third = DEPTS[(i + 2) % 4];
    const issueId = await newIssue(i, lead, i % 3 === 0 ? [third] : []);
    if (i % 2 === 0) continue; // routed only
    const transfer = await act.refer(hub, officer(lead), { issueId, toDepartment: other, kind: 'TRANSFER', reason: '移交', idempotencyKey: `mix-t-${i}` });
    if (i % 8 === 1) await act.acceptReferral(hub, officer(other), transfer.id);
    else if (i % 8 === 3) await act.rejectReferral(hub, officer(other), transfer.id, '不属本部门');
    else if (i % 8 === 5) await act.cancelReferral(hub, officer(lead), transfer.id, '撤回');
    // 7: left pending
    if (i % 8 === 3) {
      // the department that refused the transfer agrees to assist
      const assist = await act.refer(hub, officer(lead), { issueId, toDepartment: other, kind: 'ASSIST', reason: '协办', idempotencyKey: `mix-a-${i}` });
      await act.acceptReferral(hub, officer(other), assist.id);
    }
  }
  // the table holds the rule (for every request in the database) and the right deadline key
  for (const d of DEPTS) {
    const rule = (await sql(`select i.id from hub.issue i where ${OLD_RULE} order by i.id`, [d])).map((r) => r.id);
    const table = (await sql(`select issue_id from hub.issue_department where department_code = $1 order by issue_id`, [d])).map((r) => r.issue_id);
    expect(table).toEqual(rule);
    expect(rule.length).toBeGreaterThan(3);
    // the inbox, in each of its orders, is that set in that order
    expect(await inbox(d, 'NEWEST_FIRST')).toEqual([...rule].reverse());
    expect(await inbox(d, 'OLDEST_FIRST')).toEqual(rule);
    const byDeadline = (await sql(`select i.id from hub.issue i where ${OLD_RULE} order by coalesce(i.reply_deadline, '9999-12-31'::date), i.id`, [d])).map((r) => r.id);
    expect(await inbox(d, 'REPLY_DEADLINE_FIRST')).toEqual(byDeadline);
  }
  const [{ n }] = await sql(`select count(*)::int as n from hub.issue_department v join hub.issue i on i.id = v.issue_id where v.deadline_key <> coalesce(i.reply_deadline, '9999-12-31'::date)`);
  expect(n).toBe(0);
}, 120_000);

test('a change no service makes (a deadline moved in SQL, a lead changed in SQL) is followed by the table too', async () => {
  const issueId = rowId(await newIssue(40, 'police'));
  await sql(`update hub.issue set reply_deadline = '2020-01-02', lead_department_code = 'market' where id = $1`, [issueId]);
  const rows = await sql(`select department_code, deadline_key::text as k from hub.issue_department where issue_id = $1`, [issueId]);
  expect(rows).toEqual([{ department_code: 'market', k: '2020-01-02' }]);
  expect(await inbox('police', 'NEWEST_FIRST')).not.toContain(issueId);
  expect((await inbox('market', 'REPLY_DEADLINE_FIRST'))[0]).toBe(issueId);
});

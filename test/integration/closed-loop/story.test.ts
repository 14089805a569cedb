import { DEMO_ENTERPRISES, DEMO_USERS } from '../../../src/demo/district';
import type { WorkdayCalendar } from '../../../src/subgraphs/hub/calendar/workday-calendar';
import { hubCalendar } from '../../helpers/calendar';
import { addDays } from '../../helpers/clock';
import { act, codeOf, ISSUE_FIELDS, ok, REFERRAL_FIELDS, submit } from '../../helpers/issues';
import { rowId, sql } from '../../helpers/sql';
import { startTestHub, type TestHub } from '../../helpers/test-hub';

/** The whole closed loop (DESIGN §1, §4) through the gateway on real Postgres. */
let hub: TestHub;
let calendar: WorkdayCalendar;
beforeAll(async () => {
  hub = await startTestHub();
  calendar = await hubCalendar(hub);
});
afterAll(() => hub?.stop());

const today = () => hub.clock.today();
const OWN = DEMO_USERS.enterprise.uscc;

test('intake → routing → sign → referrals (rejected, transferred, assisted) → reply → rating → reopen → follow-up', async () => {
  // 1. the enterprise submits online; the 发票 rule routes it to tax; 5 working days to reply
  const submitted = await submit(hub, 'enterprise', {
    uscc: OWN,
    title: '申请增值税专用发票增量',
    description: '业务扩大，现有发票额度不够，申请增加专用发票领用数量。',
    category: 'tax_service',
  });
  expect(submitted.number).toMatch(/^SQ-\d{4}-\d{6}$/);
  expect(submitted.status).toBe('ASSIGNED');
  expect(submitted.leadDepartment.code).toBe('tax');
  expect(submitted.routingExplanation).toMatch(/Rule #\d+ .*matched keyword "发票" → tax/);
  expect(submitted.replyDeadline).toBe(calendar.addWorkingDays(today(), 5));
  expect(submitted.timeline.map((t: any) => t.action)).toEqual(['SUBMITTED', 'ROUTED']);
  // the routing rules acted, not the enterprise user: the timeline names the system (系统)
  expect(submitted.timeline.map((t: any) => [t.action, t.actorName, t.departmentCode])).toEqual([['SUBMITTED', DEMO_USERS.enterprise.name, null], ['ROUTED', '系统', null]]);
  const id = submitted.id;

  // 2. tax signs (签收) and works it
  expect((await act.accept(hub, 'tax-officer', id)).status).toBe('ACCEPTED');
  expect((await act.start(hub, 'tax-officer', id)).status).toBe('IN_PROGRESS');

  // 3. tax transfers to market; market sends it back (退回) with a reason; tax still owns it
  const toMarket = await act.refer(hub, 'tax-officer', { issueId: id, toDepartment: 'market', kind: 'TRANSFER', reason: '涉及经营范围', idempotencyKey: `story-${id}-1` });
  expect(toMarket).toMatchObject({ status: 'PENDING', kind: 'TRANSFER', fromDepartment: { code: 'tax' }, toDepartment: { code: 'market' } });
  expect(toMarket.signOffDeadline).toBe(calendar.addWorkingDays(today(), 1));
  const rejected = await act.rejectReferral(hub, 'market-officer', toMarket.id, '属于税务事项，不涉及经营范围');
  expect(rejected).toMatchObject({ status: 'REJECTED', answerNote: '属于税务事项，不涉及经营范围' });
  const afterReject = await act.getIssue(hub, 'tax-officer', id);
  expect(afterReject.leadDepartment.code).toBe('tax');
  // the referrer sees why, in its outgoing referrals
  const outgoing = await ok(hub, `query($f: ReferralFilter) { referrals(filter: $f) { edges { node { ${REFERRAL_FIELDS} } } } }`, { f: { issueId: id, status: ['REJECTED'] } }, 'tax-officer');
  expect(outgoing.edges.map((e: any) => e.node.answerNote)).toEqual(['属于税务事项，不涉及经营范围']);

  // 4. tax transfers to police, police accepts: ownership moves, the deadline does not restart
  const toPolice = await act.refer(hub, 'tax-officer', { issueId: id, toDepartment: 'police', kind: 'TRANSFER', reason: '企业反映发票被冒领，涉嫌诈骗', idempotencyKey: `story-${id}-2` });
  expect((await act.acceptReferral(hub, 'police-officer', toPolice.id)).status).toBe('ACCEPTED');
  const transferred = await act.getIssue(hub, 'police-officer', id);
  expect(transferred.leadDepartment.code).toBe('police');
  expect(transferred.replyDeadline).toBe(submitted.replyDeadline);
  expect(transferred.status).toBe('IN_PROGRESS');

  // 5. police asks judicial to assist; judicial accepts and later completes its part
  const assist = await act.refer(hub, 'police-officer', { issueId: id, toDepartment: 'judicial', kind: 'ASSIST', reason: '需要法律援助', idempotencyKey: `story-${id}-3` });
  await act.acceptReferral(hub, 'judicial-officer', assist.id);
  const completed = (await ok(hub, `mutation($id: ID!) { completeReferral(input: { referralId: $id, note: "已提供法律意见" }) { referral { status } } }`, { id: assist.id }, 'judicial-officer')).referral;
  expect(completed.status).toBe('COMPLETED');
  expect((await act.getIssue(hub, 'police-officer', id)).assistingDepartments.map((d: any) => d.code)).toEqual(['judicial']);

  // 6. police replies and concludes
  const responded = await act.respond(hub, 'police-officer', id, '已立案调查，并协助企业挂失。');
  expect(responded.status).toBe('RESPONDED');
  expect(responded.response).toBe('已立案调查，并协助企业挂失。');
  expect((await act.resolve(hub, 'police-officer', id, '案件已移送，企业发票已补领。')).status).toBe('RESOLVED');

  // 7. dissatisfied rating reopens it to the lead department
  const reopened = await act.rate(hub, 'enterprise', { issueId: id, satisfaction: 'DISSATISFIED', comment: '补领流程仍未完成' });
  expect(reopened).toMatchObject({ status: 'REOPENED', reopenCount: 1, satisfaction: 'DISSATISFIED' });
  expect(reopened.leadDepartment.code).toBe('police');

  // 8. police works it again; this time the enterprise is satisfied
  await act.accept(hub, 'police-officer', id);
  await act.start(hub, 'police-officer', id);
  await act.respond(hub, 'police-officer', id, '已协调税务加急补领。');
  await act.resolve(hub, 'police-officer', id, '发票已补领完成。');
  const rated = await act.rate(hub, 'enterprise', { issueId: id, satisfaction: 'SATISFIED', comment: '满意' });
  expect(rated).toMatchObject({ status: 'RESOLVED', satisfaction: 'SATISFIED', ratingRecordedInPerson: false });

  // 9. the follow-up visit (回访) closes the loop
  const closed = (await ok(hub, `mutation($id: ID!) { recordFollowUp(input: { issueId: $id, note: "电话回访，企业确认问题解决" }) { issue { ${ISSUE_FIELDS} } } }`, { id }, 'police-officer')).issue;
  expect(closed.status).toBe('CLOSED');
  expect(closed.closedAt).toBeTruthy();

  // 10. the timeline tells the whole story: who, which department, what, in order
  expect(closed.timeline.map((t: any) => [t.action, t.departmentCode, t.toStatus])).toEqual([
    ['SUBMITTED', null, 'SUBMITTED'],
    ['ROUTED', null, 'ASSIGNED'],
    ['ACCEPTED', 'tax', 'ACCEPTED'],
    ['WORK_STARTED', 'tax', 'IN_PROGRESS'],
    ['REFERRED', 'tax', 'IN_PROGRESS'],
    ['REFERRAL_REJECTED', 'market', 'IN_PROGRESS'],
    ['REFERRED', 'tax', 'IN_PROGRESS'],
    ['REFERRAL_ACCEPTED', 'police', 'IN_PROGRESS'],
    ['ASSIST_REQUESTED', 'police', 'IN_PROGRESS'],
    ['REFERRAL_ACCEPTED', 'judicial', 'IN_PROGRESS'],
    ['ASSIST_COMPLETED', 'judicial', 'IN_PROGRESS'],
    ['RESPONDED', 'police', 'RESPONDED'],
    ['RESOLVED', 'police', 'RESOLVED'],
    ['RATED', null, 'REOPENED'],
    ['ACCEPTED', 'police', 'ACCEPTED'],
    ['WORK_STARTED', 'police', 'IN_PROGRESS'],
    ['RESPONDED', 'police', 'RESPONDED'],
    ['RESOLVED', 'police', 'RESOLVED'],
    ['RATED', null, 'RESOLVED'],
    ['CLOSED', 'police', 'CLOSED'],
  ]);
  expect(closed.timeline[0].actorName).toBe('赵建国');
});

test('an officer records a request on behalf of an enterprise, naming the channel', async () => {
  const missing = await hub.gql(`mutation($i: SubmitIssueInput!) { submitIssue(input: $i) { issue { id } } }`, {
    i: { uscc: DEMO_ENTERPRISES[2].uscc, title: '门前道路积水', description: '雨后积水严重', category: 'other' },
  }, 'police-officer');
  expect(codeOf(missing)).toBe('BAD_USER_INPUT');
  expect(missing.errors![0].message).toMatch(/channel/);

  const issue = await submit(hub, 'police-officer', {
    uscc: DEMO_ENTERPRISES[2].uscc, title: '门前道路积水', description: '雨后积水严重', category: 'other', channel: 'VISIT',
  });
  expect(issue.status).toBe('SUBMITTED'); // no rule for "other": waits for a coordinator
  expect(issue.routingExplanation).toMatch(/No routing rule matched/);
  const routed = await act.route(hub, 'coordinator', issue.id, 'market', ['police']);
  expect(routed).toMatchObject({ status: 'ASSIGNED', leadDepartment: { code: 'market' }, assistingDepartments: [{ code: 'police' }] });
  expect(routed.routingExplanation).toMatch(/Routed by coordinator 冯春梅 to market/);
});

test('escalated requests appear in the coordinators\' agenda query', async () => {
  const issue = await submit(hub, 'coordinator', {
    uscc: DEMO_ENTERPRISES[5].uscc, title: '园区消防通道长期被占用', description: '多次反映未解决，涉及物业与多个部门', category: 'safety_hazard', channel: 'SYMPOSIUM',
  });
  expect(issue.leadDepartment.code).toBe('police');
  const escalated = (await ok(hub, `mutation($id: ID!) { escalateIssue(input: { issueId: $id, reason: "多部门职责交叉" }) { issue { status } } }`, { id: issue.id }, 'coordinator')).issue;
  expect(escalated.status).toBe('ESCALATED');
  const agenda = await ok(hub, `{ issues(filter: { status: [ESCALATED] }, first: 100) { edges { node { id } } } }`, {}, 'coordinator');
  expect(agenda.edges.map((e: any) => e.node.id)).toContain(issue.id);
});

test('rules are data: a coordinator adds a rule and it routes the next request, named in the explanation', async () => {
  const rule = (await ok(hub, `mutation($i: SaveRoutingRuleInput!) { saveRoutingRule(input: $i) { routingRule { id priority keywords department { code } } } }`, {
    i: { priority: 1, keywords: ['无人机'], department: 'judicial', description: '无人机 → 司法 (test)' },
  }, 'coordinator')).routingRule;
  const issue = await submit(hub, 'enterprise', { uscc: OWN, title: '无人机航拍纠纷', description: '邻厂无人机多次飞越厂区', category: 'other' });
  expect(issue.leadDepartment.code).toBe('judicial');
  expect(issue.routingExplanation).toContain(`Rule #${rowId(rule.id)}`);
  const rules = await ok(hub, `{ routingRules { id priority } }`, {}, 'coordinator');
  expect(rules[0].id).toBe(rule.id);
  await ok(hub, `mutation($i: SaveRoutingRuleInput!) { saveRoutingRule(input: $i) { routingRule { enabled } } }`, {
    i: { id: rule.id, priority: 1, keywords: ['无人机'], department: 'judicial', description: '无人机 → 司法 (test)', enabled: false },
  }, 'coordinator');
});

test('a category carries its own reply limit; a deadline beyond the calendar is provisional and says so', async () => {
  await ok(hub, `mutation { saveIssueCategory(input: { code: "quick_reply", nameZh: "快速答复", nameEn: "Quick reply", replyWorkingDays: 3 }) { category { code } } }`, {}, 'coordinator');
  const quick = await submit(hub, 'enterprise', { uscc: OWN, title: '咨询', description: '快速咨询', category: 'quick_reply' });
  expect(quick.replyDeadline).toBe(calendar.addWorkingDays(today(), 3));

  // late in the last year the calendar knows, 60 working days reach into a year it does not know
  const known: number[] = (await ok(hub, `{ workdayCalendarYears { year } }`, {}, 'coordinator')).map((y: any) => y.year);
  const last = Math.max(...known);
  const unknown = last + 1;
  const realNow = hub.clock.now();
  hub.clock.set(`${last}-12-01T02:00:00.000Z`);
  try {
    await ok(hub, `mutation { saveIssueCategory(input: { code: "long_review", nameZh: "长期评估", nameEn: "Long review", replyWorkingDays: 60 }) { category { code } } }`, {}, 'coordinator');
    const long = await submit(hub, 'enterprise', { uscc: OWN, title: '评估', description: '长期评估', category: 'long_review' });
    expect(long.replyDeadline).toMatch(new RegExp(`^${unknown}-`));
    expect(long.replyDeadlineProblem).toMatch(new RegExp(`Provisional: counted Monday to Friday only.*${unknown}.*setWorkdayCalendarYear`));

    // once administrators add that year, new requests get a real deadline
    const bad = await hub.gql(`mutation($y: Int!, $h: [Date!]!) { setWorkdayCalendarYear(input: { year: $y, holidays: $h, makeupWorkdays: [] }) { calendarYear { year } } }`, { y: unknown, h: [`${last}-01-01`] }, 'coordinator');
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    await ok(hub, `mutation($y: Int!, $h: [Date!]!) { setWorkdayCalendarYear(input: { year: $y, holidays: $h, makeupWorkdays: [] }) { calendarYear { year } } }`, { y: unknown, h: [`${unknown}-01-01`] }, 'coordinator');
    const later = await submit(hub, 'enterprise', { uscc: OWN, title: '评估二', description: '长期评估', category: 'long_review' });
    expect(later.replyDeadline).toMatch(new RegExp(`^${unknown}-`));
    expect(later.replyDeadlineProblem).toBeNull();
  } finally {
    hub.clock.set(realNow);
    await sql('delete from hub.calendar_year where year = $1', [unknown]);
  }
});

test('overdue: open, unanswered and past the deadline shows in the overdue inbox; referrals too', async () => {
  const issue = await submit(hub, 'enterprise', { uscc: OWN, title: '税务发票退回', description: '退税进度', category: 'tax_service' });
  const referral = await act.refer(hub, 'tax-officer', { issueId: issue.id, toDepartment: 'market', kind: 'ASSIST', reason: '协查', idempotencyKey: `overdue-${issue.id}` });
  // moved into the past: yesterday, as the hub's clock sees it
  await sql(`update hub.issue set reply_deadline = $2 where id = $1`, [rowId(issue.id), addDays(today(), -1)]);
  await sql(`update hub.referral set sign_off_deadline = $2 where id = $1`, [rowId(referral.id), addDays(today(), -1)]);

  const overdue = await ok(hub, `{ issues(filter: { overdue: true, leadDepartment: "tax" }, first: 100) { edges { node { id isOverdue } } } }`, {}, 'tax-officer');
  expect(overdue.edges).toContainEqual({ node: { id: issue.id, isOverdue: true } });
  const notOverdue = await ok(hub, `{ issues(filter: { overdue: false }, first: 100) { edges { node { id } } } }`, {}, 'tax-officer');
  expect(notOverdue.edges.map((e: any) => e.node.id)).not.toContain(issue.id);

  const lateReferrals = await ok(hub, `{ referrals(filter: { overdue: true }, first: 50) { edges { node { id isOverdue } } } }`, {}, 'market-officer');
  expect(lateReferrals.edges).toContainEqual({ node: { id: referral.id, isOverdue: true } });
});

test('inboxes: filter by status, department, enterprise, category and submission day with stable cursors', async () => {
  // this test's own data (the file's tests may run in any order)
  const mine = await submit(hub, 'enterprise', { uscc: OWN, title: '发票增量', description: '发票', category: 'tax_service' });
  for (let i = 0; i < 4; i++) await submit(hub, 'enterprise', { uscc: OWN, title: `发票 ${i}`, description: '发票', category: 'tax_service' });
  const all = await ok(hub, `{ issues(first: 100, filter: { department: "tax" }) { totalCount edges { node { id leadDepartment { code } assistingDepartments { code } } } } }`, {}, 'coordinator');
  expect(all.totalCount).toBeGreaterThan(0);
  for (const e of all.edges) {
    expect([e.node.leadDepartment?.code, ...e.node.assistingDepartments.map((d: any) => d.code)]).toContain('tax');
  }
  const byEnterprise = await ok(hub, `query($u: ID!, $d: Date) { issues(first: 100, filter: { enterprise: $u, category: "tax_service", submittedFrom: $d }) { edges { node { id enterprise { uscc } category { code } } } } }`, { u: OWN, d: today() }, 'coordinator');
  expect(byEnterprise.edges.map((e: any) => e.node.id)).toContain(mine.id);
  expect(byEnterprise.edges.every((e: any) => e.node.enterprise.uscc === OWN && e.node.category.code === 'tax_service')).toBe(true);
  // no request is older than the hub (tests move their clocks, but not to 2001)
  const none = await ok(hub, `{ issues(first: 10, filter: { submittedTo: "2001-01-01" }) { totalCount } }`, {}, 'coordinator');
  expect(none.totalCount).toBe(0);

  // paging twice through the list gives every id once, newest first
  const ids: string[] = [];
  let after: string | null = null;
  do {
    const page: any = await ok(hub, `query($a: String) { issues(first: 3, after: $a) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`, { a: after }, 'coordinator');
    ids.push(...page.edges.map((e: any) => e.node.id));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids.map(Number)).toEqual([...ids.map(Number)].sort((a, b) => b - a));
});

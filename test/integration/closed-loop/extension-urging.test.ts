import type { Client } from 'graphql-ws';
import { DEMO_ENTERPRISES, DEMO_USERS } from '../../../src/demo/district';
import { urgeMissedDeadlines } from '../../../src/subgraphs/hub/urging/urging.service';
import { ensureTestCalendar } from '../../helpers/calendar';
import { act, codeOf, EXTENSION_FIELDS, ok, submit } from '../../helpers/issues';
import { rowId, sql } from '../../helpers/sql';
import { startTestHub, type TestHub } from '../../helpers/test-hub';
import { collect, latestCursor, wsClient } from '../../helpers/ws';

/**
 * Extensions (延期) and urging (催办) through the gateway. Each test's requests are led by a
 * department created for that test, so its performance figures are its own whatever the order.
 * The clock is set to days of March 2026 (no holidays): Monday 2026-03-02 + 5 working days =
 * Monday 2026-03-09.
 */
let hub: TestHub;
let DEPT: string;
let officer: string;
let otherEnterprise: string;
let departments = 0;
const clients: Client[] = [];
beforeAll(async () => {
  hub = await startTestHub();
  await ensureTestCalendar([2026]);
  otherEnterprise = await hub.token('enterprise', { sub: 'u-other-ent', uscc: DEMO_ENTERPRISES[2].uscc });
});
beforeEach(async () => {
  DEPT = `ext_${process.pid}_${++departments}`;
  await ok(hub, `mutation($c: ID!) { saveDepartment(input: { code: $c, nameZh: "延期测试局", nameEn: "Extension test bureau" }) { department { code } } }`, { c: DEPT }, 'coordinator');
  officer = await hub.token('police-officer', { sub: `u-ext-${departments}`, name: '延期员', dept: DEPT });
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await hub?.stop();
});

/** Hub-time-zone 10:00 on `date`. */
const at = (date: string) => hub.clock.set(`${date}T02:00:00.000Z`);

async function issueLedByDept(title = '延期测试') {
  const issue = await submit(hub, 'enterprise', { uscc: DEMO_USERS.enterprise.uscc, title, description: title, category: 'other' });
  await act.route(hub, 'coordinator', issue.id, DEPT);
  await act.accept(hub, officer, issue.id);
  return issue.id as string;
}

const performance = async () =>
  (await ok(hub, `query { departmentPerformance(from: "2026-03-01", to: "2026-03-31") { departmentCode respondedOnTime responseRate extensionsRequested extensionsApproved urgings } }`, {}, 'coordinator')).find(
    (d: any) => d.departmentCode === DEPT,
  );

test('an approved extension moves the deadline, keeps the original, and the on-time flag follows it', async () => {
  at('2026-03-02');
  const extended = await issueLedByDept('延期批准');
  const control = await issueLedByDept('未延期对照');
  const asked = await act.requestExtension(hub, officer, { issueId: extended, workingDays: 3, reason: '需现场核查' });
  expect(asked.extension).toMatchObject({ status: 'PENDING', workingDays: 3, deadlineBefore: '2026-03-09', deadlineAfter: null, departmentCode: DEPT });
  expect(asked.extension.id).toMatch(/^IssueExtension:\d+$/);
  expect(asked.issue.replyDeadline).toBe('2026-03-09');
  expect(asked.issue.timeline.at(-1)).toMatchObject({ action: 'EXTENSION_REQUESTED', departmentCode: DEPT });

  // one pending at a time
  const again = await hub.gql(`mutation($i: RequestExtensionInput!) { requestExtension(input: $i) { extension { id } } }`, { i: { issueId: extended, workingDays: 1, reason: '再次申请' } }, officer);
  expect(codeOf(again)).toBe('CONFLICT');

  const approved = await act.decideExtension(hub, 'coordinator', { extensionId: asked.extension.id, approve: true });
  expect(approved.extension).toMatchObject({ status: 'APPROVED', deadlineAfter: '2026-03-12', decidedBy: { id: DEMO_USERS.coordinator.sub } });
  expect(approved.issue).toMatchObject({ replyDeadline: '2026-03-12', originalReplyDeadline: '2026-03-09' });
  expect(approved.issue.timeline.at(-1)).toMatchObject({ action: 'EXTENSION_APPROVED', note: 'reply deadline 2026-03-09 → 2026-03-12' });

  // deciding twice is CONFLICT, and changes nothing
  const twice = await hub.gql(`mutation($i: DecideExtensionInput!) { decideExtension(input: $i) { extension { id } } }`, { i: { extensionId: asked.extension.id, approve: false, reason: '改变主意' } }, 'coordinator');
  expect(codeOf(twice)).toBe('CONFLICT');

  // past the original deadline: the extended one is not overdue, the control is
  at('2026-03-11');
  expect((await act.getIssue(hub, officer, extended)).isOverdue).toBe(false);
  expect((await act.getIssue(hub, officer, control)).isOverdue).toBe(true);
  await act.respond(hub, officer, extended);
  await act.respond(hub, officer, control);
  const flags = await sql(`select id, responded_on_time from hub.issue where id = any($1) order by id`, [[rowId(extended), rowId(control)]]);
  expect(flags.map((f) => f.responded_on_time)).toEqual([true, false]);

  const read = await ok(hub, `query($id: ID!) { issue(id: $id) { extensions { ${EXTENSION_FIELDS} } } }`, { id: extended }, 'enterprise');
  expect(read.extensions.map((e: any) => e.status)).toEqual(['APPROVED']);
  expect(await performance()).toMatchObject({ respondedOnTime: 1, responseRate: 0.5, extensionsRequested: 1, extensionsApproved: 1, urgings: 0 });
});

test('asking after the deadline is CONFLICT; a refusal needs a reason and keeps the deadline', async () => {
  at('2026-03-02');
  const id = await issueLedByDept('延期拒绝');
  const asked = await act.requestExtension(hub, officer, { issueId: id, workingDays: 2, reason: '材料未齐' });
  const noReason = await hub.gql(`mutation($i: DecideExtensionInput!) { decideExtension(input: $i) { extension { id } } }`, { i: { extensionId: asked.extension.id, approve: false } }, 'coordinator');
  expect(codeOf(noReason)).toBe('BAD_USER_INPUT');
  const refused = await act.decideExtension(hub, 'coordinator', { extensionId: asked.extension.id, approve: false, reason: '期限内可办结' });
  expect(refused.extension).toMatchObject({ status: 'REFUSED', decisionNote: '期限内可办结', deadlineAfter: null });
  expect(refused.issue).toMatchObject({ replyDeadline: '2026-03-09', originalReplyDeadline: null });
  expect(refused.issue.timeline.at(-1)).toMatchObject({ action: 'EXTENSION_REFUSED', note: '期限内可办结' });

  // on the deadline day itself it may still be asked; the day after, no longer
  at('2026-03-09');
  const lastDay = await act.requestExtension(hub, officer, { issueId: id, workingDays: 1, reason: '最后一天申请' });
  await act.decideExtension(hub, 'coordinator', { extensionId: lastDay.extension.id, approve: false, reason: '不予延期' });
  at('2026-03-10');
  const late = await hub.gql(`mutation($i: RequestExtensionInput!) { requestExtension(input: $i) { extension { id } } }`, { i: { issueId: id, workingDays: 2, reason: '逾期后申请' } }, officer);
  expect(codeOf(late)).toBe('CONFLICT');
  expect(late.errors![0].message).toContain('has passed');
});

test('urging: once per working day (CONFLICT the same day, allowed the next), the lead department hears it live, the inbox filter finds it', async () => {
  at('2026-03-06'); // Friday
  const id = await issueLedByDept('催办测试');
  const sub = wsClient(hub.url, officer);
  clients.push(sub);
  const live = collect(sub, `subscription($id: ID, $after: String) { issueEvents(issueId: $id, after: $after) { type issueId actorName } }`, { id, after: await latestCursor() });

  const urged = await act.urge(hub, 'enterprise', id, '请加快办理');
  expect(urged.urgeCount).toBe(1);
  expect(urged.timeline.at(-1)).toMatchObject({ action: 'URGED', note: '请加快办理' });
  const [event] = await live.waitFor(1);
  expect(event).toMatchObject({ type: 'URGED', issueId: id });

  // the same working day, by anyone: CONFLICT; the weekend counts for Monday
  for (const who of ['enterprise', 'coordinator']) {
    const second = await hub.gql(`mutation($i: UrgeIssueInput!) { urgeIssue(input: $i) { issue { id } } }`, { i: { issueId: id } }, who);
    expect(codeOf(second)).toBe('CONFLICT');
  }
  at('2026-03-07'); // Saturday: counts for Monday 03-09
  expect((await act.urge(hub, 'coordinator', id)).urgeCount).toBe(2);
  at('2026-03-09');
  expect(codeOf(await hub.gql(`mutation($i: UrgeIssueInput!) { urgeIssue(input: $i) { issue { id } } }`, { i: { issueId: id } }, 'enterprise'))).toBe('CONFLICT');
  at('2026-03-10');
  expect((await act.urge(hub, 'enterprise', id)).urgeCount).toBe(3);
  await live.waitFor(3);
  expect(live.events.map((e: any) => e.type)).toEqual(['URGED', 'URGED', 'URGED']);
  await live.stop();

  const never = await issueLedByDept('未催办');
  const inbox = async (urgedFilter: boolean) =>
    (await ok(hub, `query($d: ID!, $u: Boolean!) { issues(filter: { leadDepartment: $d, urged: $u }, first: 50) { edges { node { id urgeCount } } } }`, { d: DEPT, u: urgedFilter }, officer)).edges.map(
      (e: any) => e.node.id,
    );
  expect(await inbox(true)).toContain(id);
  expect(await inbox(true)).not.toContain(never);
  expect(await inbox(false)).toContain(never);
  expect(await inbox(false)).not.toContain(id);

  // an answered request is no longer urged
  await act.respond(hub, officer, id);
  at('2026-03-11');
  expect(codeOf(await hub.gql(`mutation($i: UrgeIssueInput!) { urgeIssue(input: $i) { issue { id } } }`, { i: { issueId: id } }, 'coordinator'))).toBe('CONFLICT');
});

test('the SLA scan urges once on the first working day after a missed deadline, however many instances scan', async () => {
  at('2026-03-02');
  const id = await issueLedByDept('自动催办');
  at('2026-03-09'); // the deadline day: not missed yet
  const scan = () => urgeMissedDeadlines(hub.subgraphs.hub.orm, hub.clock.now());
  await Promise.all([scan(), scan()]);
  expect((await act.getIssue(hub, officer, id)).urgeCount).toBe(0);

  at('2026-03-10'); // the first working day after it
  await Promise.all([scan(), scan(), scan()]);
  await scan();
  at('2026-03-11'); // and later scans do not urge it again for the same deadline
  await scan();
  const issue = await act.getIssue(hub, officer, id);
  expect(issue.urgeCount).toBe(1);
  const urgings = issue.timeline.filter((t: any) => t.action === 'URGED');
  expect(urgings).toEqual([expect.objectContaining({ actorName: '系统', note: 'reply deadline 2026-03-09 missed' })]);
  const events = await sql(`select type from hub.event where issue_id = $1 and type = 'URGED'`, [rowId(id)]);
  expect(events).toHaveLength(1);
  expect((await performance()).urgings).toBe(1);
});

test('officers of another department cannot urge or extend; only coordinators decide; other enterprises cannot urge', async () => {
  at('2026-03-02');
  const id = await issueLedByDept('权限测试');
  const urge = (who: string) => hub.gql(`mutation($i: UrgeIssueInput!) { urgeIssue(input: $i) { issue { id } } }`, { i: { issueId: id } }, who);
  const extend = (who: string) => hub.gql(`mutation($i: RequestExtensionInput!) { requestExtension(input: $i) { extension { id } } }`, { i: { issueId: id, workingDays: 2, reason: '越权' } }, who);
  expect(codeOf(await urge('tax-officer'))).toBe('FORBIDDEN');
  expect(codeOf(await urge(officer))).toBe('FORBIDDEN'); // the lead department does not urge itself
  expect(codeOf(await urge(otherEnterprise))).toBe('FORBIDDEN');
  expect(codeOf(await extend('tax-officer'))).toBe('FORBIDDEN');
  expect(codeOf(await extend('coordinator'))).toBe('FORBIDDEN');
  expect(codeOf(await extend('enterprise'))).toBe('FORBIDDEN');
  const asked = await act.requestExtension(hub, officer, { issueId: id, workingDays: 2, reason: '合法申请' });
  for (const who of [officer, 'tax-officer', 'enterprise']) {
    const res = await hub.gql(`mutation($i: DecideExtensionInput!) { decideExtension(input: $i) { extension { id } } }`, { i: { extensionId: asked.extension.id, approve: true } }, who);
    expect(codeOf(res)).toBe('FORBIDDEN');
  }
  expect((await act.getIssue(hub, officer, id)).replyDeadline).toBe('2026-03-09');
});

import type { Client } from 'graphql-ws';
import { DEMO_ENTERPRISES } from '../../../src/demo/district';
import { emitSlaWarnings } from '../../../src/subgraphs/hub/events/sla-scheduler';
import { urgeMissedDeadlines } from '../../../src/subgraphs/hub/urging/urging.service';
import { act, codeOf, ISSUE_FIELDS, ok, submit } from '../../helpers/issues';
import { rowId, sql } from '../../helpers/sql';
import { startTestHub, type TestHub } from '../../helpers/test-hub';
import { collect, latestCursor, wsClient } from '../../helpers/ws';

/**
 * Duplicates (查重, 合并) and splits (拆分) through the gateway. Each test takes demo enterprises
 * no other test of this file uses (from the end of the list, which other files hardly touch), and
 * asserts about its own requests only: another file's request of the same enterprise may be listed
 * too in a full run. The clock is set to days of 2026 (Monday 2026-03-02 + 5 working days = 03-09).
 */
let hub: TestHub;
let n = 0;
const clients: Client[] = [];
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await hub?.stop();
});

/** Hub-time-zone 10:00 on `date`. */
const at = (date: string) => hub.clock.set(`${date}T02:00:00.000Z`);

/** A demo enterprise not used before in this file, and a token of its user. */
async function enterprise() {
  const { uscc } = DEMO_ENTERPRISES[DEMO_ENTERPRISES.length - 1 - ++n];
  return { uscc, token: await hub.token('enterprise', { sub: `u-dup-${n}`, uscc }) };
}
/** The ids among `ids` that are in `mine` (another file's requests of the same enterprise are left out). */
const only = (ids: string[], ...mine: { id: string }[]) => ids.filter((id) => mine.some((m) => m.id === id));

const SUBMIT = /* GraphQL */ `
  mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { issue { id number status } possibleDuplicates { id number } } }
`;
const ask = async (who: string, uscc: string, title: string, description: string) =>
  ok(hub, SUBMIT, { input: { uscc, title, description, category: 'other', channel: 'HOTLINE' } }, who);
const duplicatesOf = async (id: string, who: string) => {
  const res = await hub.gql(`query($id: ID!) { issue(id: $id) { possibleDuplicates { id } } }`, { id }, who);
  expect(res.errors).toBeUndefined();
  return res.data.issue.possibleDuplicates.map((i: any) => i.id);
};

// measured similarities (README "Duplicates"): LIGHT_AGAIN ~ LIGHT 0.27, INSPECTIONS_AGAIN ~ INSPECTIONS 0.16, unrelated < 0.05
const LIGHT = ['园区道路照明不足', '园区东侧道路夜间照明不足，员工下班通行不便。'] as const;
const LIGHT_AGAIN = ['园区东侧道路照明问题', '园区东侧道路晚上没有路灯照明，员工下班回家不方便。'] as const;
const INSPECTIONS = ['多部门检查过于频繁', '一个月内接受四次不同部门检查，希望统筹安排。'] as const;
const INSPECTIONS_AGAIN = ['检查太频繁', '本月已接受多个部门四次检查，希望统筹安排检查。'] as const;

const MERGE = /* GraphQL */ `
  mutation($input: MergeIssueInput!) { mergeIssue(input: $input) {
    duplicate { ${ISSUE_FIELDS} mergedAt mergedInto { id status } }
    survivor { ${ISSUE_FIELDS} mergedFrom { id status } }
  } }
`;
const merge = (who: string, input: Record<string, unknown>) => hub.gql(MERGE, { input }, who);
const SPLIT = /* GraphQL */ `
  mutation($input: SplitIssueInput!) { splitIssue(input: $input) {
    issue { ${ISSUE_FIELDS} signOffDeadline splitInto { id } }
    splitOff { ${ISSUE_FIELDS} signOffDeadline submittedAt splitFrom { id } }
  } }
`;
const split = (who: string, input: Record<string, unknown>) => hub.gql(SPLIT, { input }, who);

describe('possible duplicates (查重)', () => {
  test('on submit: similar requests of the same enterprise from the last 30 days, not older, not dissimilar, not another enterprise\'s', async () => {
    const a = await enterprise();
    const b = await enterprise();
    at('2026-01-26');
    const old = (await ask('coordinator', a.uscc, ...LIGHT)).issue; // 35 days before the new one
    at('2026-02-10');
    const recent = (await ask('coordinator', a.uscc, ...LIGHT)).issue;
    const unrelated = (await ask('coordinator', a.uscc, '厂区门口积水', '下雨后厂区大门口积水严重，车辆进出困难。')).issue;
    const below = (await ask('coordinator', a.uscc, ...INSPECTIONS)).issue; // similar in topic, under the threshold
    const othersTwin = (await ask('coordinator', b.uscc, ...LIGHT_AGAIN)).issue; // the same text, another enterprise
    at('2026-03-02');
    const mine = [old, recent, unrelated, below, othersTwin];
    const submitted = await ask(a.token, a.uscc, ...LIGHT_AGAIN);
    expect(only(submitted.possibleDuplicates.map((i: any) => i.id), ...mine)).toEqual([recent.id]);
    // the field on the request says the same, to the enterprise and to a coordinator
    expect(only(await duplicatesOf(submitted.issue.id, a.token), ...mine)).toEqual([recent.id]);
    expect(only(await duplicatesOf(submitted.issue.id, 'coordinator'), ...mine)).toEqual([recent.id]);
    // the other enterprise sees nothing of A's, and A's request is no duplicate of its own
    expect(only(await duplicatesOf(othersTwin.id, b.token), ...mine, submitted.issue)).toEqual([]);
    expect(only(await duplicatesOf(othersTwin.id, 'coordinator'), ...mine, submitted.issue)).toEqual([]);
    // the 30 days count back from each request's own submission
    expect(only(await duplicatesOf(recent.id, 'coordinator'), ...mine)).toEqual([old.id]);
    // INSPECTIONS_AGAIN is 0.16 similar to INSPECTIONS: under the default 0.2, not offered
    const again = await ask('coordinator', a.uscc, ...INSPECTIONS_AGAIN);
    expect(only(again.possibleDuplicates.map((i: any) => i.id), ...mine, submitted.issue)).toEqual([]);
  });

  test('a department sees only the possible duplicates it may see itself', async () => {
    const a = await enterprise();
    at('2026-03-02');
    const first = (await ask('coordinator', a.uscc, ...LIGHT)).issue;
    await act.route(hub, 'coordinator', first.id, 'market');
    const second = (await ask('coordinator', a.uscc, ...LIGHT_AGAIN)).issue;
    await act.route(hub, 'coordinator', second.id, 'tax');
    expect(await duplicatesOf(second.id, 'tax-officer')).not.toContain(first.id);
    expect(await duplicatesOf(second.id, 'coordinator')).toContain(first.id);
    expect(await duplicatesOf(first.id, 'market-officer')).not.toContain(second.id); // `second` came later
  });

  test('the threshold is configurable: at 0.5 only near-identical text is offered', async () => {
    const strict = await startTestHub({ clock: hub.clock, env: { DUPLICATE_SIMILARITY_THRESHOLD: '0.5' } });
    try {
      const a = await enterprise();
      at('2026-03-02');
      const first = (await ask('coordinator', a.uscc, ...LIGHT)).issue;
      const submitStrict = (title: string, description: string) =>
        strict.gql(SUBMIT, { input: { uscc: a.uscc, title, description, category: 'other', channel: 'HOTLINE' } }, 'coordinator');
      const rephrased = await submitStrict(...LIGHT_AGAIN);
      expect(rephrased.errors).toBeUndefined();
      expect(rephrased.data.submitIssue.possibleDuplicates.map((i: any) => i.id)).not.toContain(first.id); // 0.27 < 0.5
      const repeated = await submitStrict(LIGHT[0], `${LIGHT[1]}请尽快处理。`);
      expect(repeated.data.submitIssue.possibleDuplicates.map((i: any) => i.id)).toContain(first.id);
      // the default hub offers the rephrased one
      expect(await duplicatesOf(rephrased.data.submitIssue.issue.id, 'coordinator')).toContain(first.id);
    } finally {
      await strict.stop();
    }
  });

  test('possibleDuplicates and the links of a page of requests: a fixed number of statements, whatever the page size', async () => {
    const a = await enterprise();
    at('2026-03-02');
    const mine: { id: string }[] = [];
    for (let i = 0; i < 8; i++) mine.push((await ask('coordinator', a.uscc, `${LIGHT[0]}${i}`, LIGHT[1])).issue);
    const page = async (first: number, links: boolean) => {
      hub.resetQueryCounts();
      const res = await hub.gql(
        `query($e: ID!, $first: Int!) { issues(filter: { enterprise: $e }, first: $first) { edges { node { id ${links ? 'possibleDuplicates { id number } mergedInto { id } mergedFrom { id } splitFrom { id } splitInto { id }' : ''} } } } }`,
        { e: a.uscc, first },
        'coordinator',
      );
      expect(res.errors).toBeUndefined();
      return { hub: hub.queryCounts().hub, edges: res.data.issues.edges };
    };
    const small = await page(2, true);
    const large = await page(8, true);
    expect(large.hub).toBe(small.hub);
    // the newest has the 7 others as candidates (near-identical), at most 5 offered
    expect(only(large.edges[0].node.possibleDuplicates.map((i: any) => i.id), ...mine)).toHaveLength(5);
    const plain = await page(8, false);
    // possibleDuplicates, mergedFrom and splitInto: one statement each (mergedInto/splitFrom are null: none)
    expect(large.hub - plain.hub).toBe(3);
  });
});

describe('merging a duplicate (合并)', () => {
  test('the duplicate closes as MERGED, both timelines are kept, the enterprise sees the survivor and hears it live', async () => {
    const a = await enterprise();
    at('2026-03-02');
    const survivor = (await ask('coordinator', a.uscc, ...LIGHT)).issue;
    await act.route(hub, 'coordinator', survivor.id, 'market');
    const duplicate = (await ask(a.token, a.uscc, ...LIGHT_AGAIN)).issue;
    const sub = wsClient(hub.url, a.token);
    clients.push(sub);
    const live = collect(sub, `subscription($after: String) { issueEvents(after: $after) { type issueId note } }`, { after: await latestCursor() });
    const res = await merge('coordinator', { duplicateId: duplicate.id, survivorId: survivor.id, reason: '同一路段照明问题' });
    expect(res.errors).toBeUndefined();
    const { duplicate: d, survivor: s } = res.data.mergeIssue;
    expect(d).toMatchObject({ status: 'MERGED', isOverdue: false, mergedInto: { id: survivor.id, status: 'ASSIGNED' } });
    expect(d.mergedAt).toBe('2026-03-02T02:00:00.000Z');
    expect(d.timeline.map((t: any) => t.action)).toEqual(['SUBMITTED', 'MERGED']);
    expect(d.timeline[1]).toMatchObject({ fromStatus: 'SUBMITTED', toStatus: 'MERGED', note: `merged into ${survivor.number}: 同一路段照明问题` });
    expect(s.status).toBe('ASSIGNED');
    expect(s.mergedFrom).toEqual([{ id: duplicate.id, status: 'MERGED' }]);
    expect(s.timeline.map((t: any) => t.action)).toEqual(['SUBMITTED', 'ROUTED', 'DUPLICATE_MERGED']);
    expect(s.timeline[2].note).toBe(`${duplicate.number} merged into this request: 同一路段照明问题`);
    // the enterprise opens its duplicate and finds the survivor
    const seen = await ok(hub, `query($id: ID!) { issue(id: $id) { status mergedInto { id number status leadDepartment { code } } } }`, { id: duplicate.id }, a.token);
    expect(seen).toMatchObject({ status: 'MERGED', mergedInto: { id: survivor.id, number: survivor.number, leadDepartment: { code: 'market' } } });
    // the enterprise hears it live: the duplicate closed, the survivor took it over
    const heard = await live.waitUntil((e: any) => e.type === 'DUPLICATE_MERGED');
    expect(heard).toEqual(
      expect.arrayContaining([
        { type: 'MERGED', issueId: duplicate.id, note: `merged into ${survivor.number}: 同一路段照明问题` },
        { type: 'DUPLICATE_MERGED', issueId: survivor.id, note: `${duplicate.number} merged into this request: 同一路段照明问题` },
      ]),
    );
    await live.stop();
    // a MERGED request is offered as nobody's duplicate: its survivor stands for it
    const third = await ask('coordinator', a.uscc, ...LIGHT_AGAIN);
    expect(only(third.possibleDuplicates.map((i: any) => i.id), survivor, duplicate)).toEqual([survivor.id]);
  });

  test('only coordinators merge; itself or another enterprise\'s is BAD_USER_INPUT; closed, merged, answered or pending is CONFLICT', async () => {
    const a = await enterprise();
    const b = await enterprise();
    at('2026-03-02');
    const one = (await ask('coordinator', a.uscc, ...LIGHT)).issue;
    const two = (await ask('coordinator', a.uscc, ...LIGHT_AGAIN)).issue;
    const elsewhere = (await ask('coordinator', b.uscc, ...LIGHT)).issue;
    const input = { duplicateId: two.id, survivorId: one.id, reason: '重复' };
    for (const who of ['police-officer', 'police-admin', 'tax-officer', a.token]) expect(codeOf(await merge(who, input))).toBe('FORBIDDEN');
    const self = await merge('coordinator', { ...input, survivorId: two.id });
    expect(self.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'survivorId' });
    const across = await merge('coordinator', { ...input, survivorId: elsewhere.id });
    expect(across.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'survivorId' });
    expect(codeOf(await merge('coordinator', { ...input, survivorId: 'Referral:1' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await merge('coordinator', { ...input, survivorId: 'Issue:2147483000' }))).toBe('NOT_FOUND');

    expect((await merge('coordinator', input)).errors).toBeUndefined();
    // merged again, or into the merged one: CONFLICT
    expect(codeOf(await merge('coordinator', input))).toBe('CONFLICT');
    const three = (await ask('coordinator', a.uscc, ...LIGHT)).issue;
    const intoMerged = await merge('coordinator', { duplicateId: three.id, survivorId: two.id, reason: '重复' });
    expect(codeOf(intoMerged)).toBe('CONFLICT');
    expect(intoMerged.errors?.[0].message).toMatch(/it is MERGED/);

    // a closed survivor, an answered duplicate
    const closed = (await ask('coordinator', a.uscc, '已办结的诉求', '已经办结并回访。')).issue;
    await act.route(hub, 'coordinator', closed.id, 'tax');
    await act.accept(hub, 'tax-officer', closed.id);
    await act.start(hub, 'tax-officer', closed.id);
    await act.resolve(hub, 'tax-officer', closed.id);
    await act.recordFollowUp(hub, 'coordinator', closed.id);
    expect(codeOf(await merge('coordinator', { duplicateId: three.id, survivorId: closed.id, reason: '重复' }))).toBe('CONFLICT');
    expect(codeOf(await merge('coordinator', { duplicateId: closed.id, survivorId: three.id, reason: '重复' }))).toBe('CONFLICT');
    const answered = (await ask('coordinator', a.uscc, ...LIGHT_AGAIN)).issue;
    await act.route(hub, 'coordinator', answered.id, 'tax');
    await act.accept(hub, 'tax-officer', answered.id);
    await act.respond(hub, 'tax-officer', answered.id);
    expect(codeOf(await merge('coordinator', { duplicateId: answered.id, survivorId: three.id, reason: '重复' }))).toBe('CONFLICT');
    // a referral waiting on the duplicate must be answered first
    const referred = (await ask('coordinator', a.uscc, ...LIGHT_AGAIN)).issue;
    await act.route(hub, 'coordinator', referred.id, 'tax');
    await act.refer(hub, 'tax-officer', { issueId: referred.id, toDepartment: 'market', kind: 'ASSIST', reason: '协助核实', idempotencyKey: `dup-${referred.id}` });
    const pending = await merge('coordinator', { duplicateId: referred.id, survivorId: three.id, reason: '重复' });
    expect(codeOf(pending)).toBe('CONFLICT');
    expect(pending.errors?.[0].message).toMatch(/referral waiting/);
    // nothing changed on the refused ones
    expect((await act.getIssue(hub, 'coordinator', three.id)).status).toBe('SUBMITTED');
    expect((await act.getIssue(hub, 'coordinator', referred.id)).status).toBe('ASSIGNED');
  });

  test('a MERGED request is never overdue: not in overdue lists, the SLA scan, the urging scan nor departmentPerformance', async () => {
    const a = await enterprise();
    const dept = `dup_${process.pid}_${++n}`;
    await ok(hub, `mutation($c: ID!) { saveDepartment(input: { code: $c, nameZh: "查重测试局", nameEn: "Duplicates test bureau" }) { department { code } } }`, { c: dept }, 'coordinator');
    at('2026-03-02');
    const survivor = (await ask('coordinator', a.uscc, ...LIGHT)).issue;
    const duplicate = (await ask('coordinator', a.uscc, ...LIGHT_AGAIN)).issue;
    const control = (await ask('coordinator', a.uscc, '对照诉求', '不合并的对照诉求。')).issue;
    for (const id of [survivor.id, duplicate.id, control.id]) await act.route(hub, 'coordinator', id, dept);
    expect((await merge('coordinator', { duplicateId: duplicate.id, survivorId: survivor.id, reason: '重复' })).errors).toBeUndefined();
    at('2026-03-12'); // past the 03-09 deadline of all three
    const overdue = await ok(hub, `query($d: ID!) { issues(filter: { leadDepartment: $d, overdue: true }) { edges { node { id } } } }`, { d: dept }, 'coordinator');
    expect(overdue.edges.map((e: any) => e.node.id).sort()).toEqual([survivor.id, control.id].sort());
    await emitSlaWarnings(hub.subgraphs.hub.orm, hub.clock.now());
    await urgeMissedDeadlines(hub.subgraphs.hub.orm, hub.clock.now());
    const events = await sql<{ issue_id: number; type: string }>(`select issue_id, type from hub.event where issue_id = any($1) and type in ('REPLY_OVERDUE', 'URGED')`, [
      [survivor.id, duplicate.id, control.id].map(rowId),
    ]);
    expect(events.filter((e) => e.issue_id === rowId(duplicate.id))).toEqual([]);
    expect(events.filter((e) => e.issue_id === rowId(control.id)).map((e) => e.type).sort()).toEqual(['REPLY_OVERDUE', 'URGED']);
    const perf = (await ok(hub, `query { departmentPerformance(from: "2026-03-01", to: "2026-03-31") { departmentCode received openOverdue replyDeadlineUnknown } }`, {}, 'coordinator')).find(
      (d: any) => d.departmentCode === dept,
    );
    expect(perf).toMatchObject({ received: 2, openOverdue: 2 });
  });
});

describe('splitting a request (拆分)', () => {
  test('a submitted request split in two: it is routed to the first department, a new request to the second, linked both ways', async () => {
    const a = await enterprise();
    at('2026-03-02');
    const original = (await ask(a.token, a.uscc, '停车与开票问题', '园区停车位被占用，另外开票系统异常。')).issue; // no routing rule matches
    expect(original.status).toBe('SUBMITTED');
    at('2026-03-03');
    const res = await split('coordinator', {
      issueId: original.id,
      reason: '涉及两个部门',
      parts: [
        { leadDepartment: 'police', title: '园区停车位被占用', description: '园区停车位被占用。' },
        { leadDepartment: 'tax', title: '电子发票开具异常', description: '电子发票开具异常，请协助处理。', category: 'tax_service' },
      ],
    });
    expect(res.errors).toBeUndefined();
    const { issue, splitOff } = res.data.splitIssue;
    expect(issue).toMatchObject({ status: 'ASSIGNED', title: '园区停车位被占用', leadDepartment: { code: 'police' }, signOffDeadline: '2026-03-04', replyDeadline: '2026-03-09', splitInto: [{ id: splitOff.id }] });
    expect(issue.timeline.at(-1)).toMatchObject({ action: 'SPLIT', fromStatus: 'SUBMITTED', toStatus: 'ASSIGNED' });
    expect(issue.timeline.at(-1).note).toContain(`${splitOff.number} split off for tax; this request routed to police: 涉及两个部门; text before the split: 停车与开票问题`);
    // the new request: routed, deadlines as for a routed request (reply from the original submission, sign-off from now)
    expect(splitOff).toMatchObject({
      status: 'ASSIGNED',
      title: '电子发票开具异常',
      leadDepartment: { code: 'tax' },
      category: { code: 'tax_service' },
      enterprise: { uscc: a.uscc },
      replyDeadline: '2026-03-09',
      signOffDeadline: '2026-03-04',
      submittedAt: '2026-03-02T02:00:00.000Z',
      splitFrom: { id: original.id },
    });
    expect(splitOff.timeline).toEqual([expect.objectContaining({ action: 'SPLIT_OFF', fromStatus: null, toStatus: 'ASSIGNED', note: `split off ${original.number} for tax: 涉及两个部门` })]);
    // the tax department has it in its inbox and can work it, but does not see the police part
    const inbox = await ok(hub, `query { issues(filter: { leadDepartment: "tax", status: [ASSIGNED] }, first: 100) { edges { node { id } } } }`, {}, 'tax-officer');
    expect(inbox.edges.map((e: any) => e.node.id)).toContain(splitOff.id);
    expect((await ok(hub, `query($id: ID!) { issue(id: $id) { splitFrom { id } } }`, { id: splitOff.id }, 'tax-officer')).splitFrom).toBeNull();
    await act.accept(hub, 'tax-officer', splitOff.id);
    // the enterprise sees both, linked
    const seen = await ok(hub, `query($id: ID!) { issue(id: $id) { splitInto { id number } } }`, { id: original.id }, a.token);
    expect(seen.splitInto).toEqual([{ id: splitOff.id, number: splitOff.number }]);
    // each change has its event
    const events = await sql<{ issue_id: number; type: string }>(`select issue_id, type from hub.event where issue_id = any($1) and type like 'SPLIT%' order by id`, [[original.id, splitOff.id].map(rowId)]);
    expect(events).toEqual([
      { issue_id: rowId(splitOff.id), type: 'SPLIT_OFF' },
      { issue_id: rowId(original.id), type: 'SPLIT' },
    ]);
  });

  test('the rules: coordinators only, exactly two parts for two departments, a signed-for request keeps its lead, not once answered', async () => {
    const a = await enterprise();
    at('2026-03-02');
    const open = (await ask('coordinator', a.uscc, '两件事', '第一件事，第二件事。')).issue;
    const parts = [
      { leadDepartment: 'police', title: '第一件事' },
      { leadDepartment: 'market', title: '第二件事', description: '第二件事。' },
    ];
    for (const who of ['police-officer', 'market-officer', a.token]) expect(codeOf(await split(who, { issueId: open.id, reason: '拆分', parts }))).toBe('FORBIDDEN');
    const field = async (input: Record<string, unknown>) => (await split('coordinator', { issueId: open.id, reason: '拆分', ...input })).errors?.[0].extensions;
    expect(await field({ parts: [parts[0]] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parts' });
    expect(await field({ parts: [...parts, parts[1]] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parts' });
    expect(await field({ parts: [parts[0], { ...parts[1], leadDepartment: 'police' }] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parts[1].leadDepartment' });
    expect(await field({ parts: [parts[0], { ...parts[1], leadDepartment: 'nowhere' }] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parts[1].leadDepartment' });
    expect(await field({ parts: [parts[0], { leadDepartment: 'market', title: '无描述' }] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parts[1].description' });
    expect(await field({ parts: [parts[0], { ...parts[1], category: 'no_such' }] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parts[1].category' });
    expect(await field({ parts, reason: ' ' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });

    // signed for by tax: the part that stays must be tax's
    await act.route(hub, 'coordinator', open.id, 'tax');
    await act.accept(hub, 'tax-officer', open.id);
    expect(await field({ parts })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parts[0].leadDepartment' });
    const kept = await split('coordinator', { issueId: open.id, reason: '拆分', parts: [{ leadDepartment: 'tax' }, parts[1]] });
    expect(kept.errors).toBeUndefined();
    expect(kept.data.splitIssue.issue).toMatchObject({ status: 'ACCEPTED', title: '两件事', leadDepartment: { code: 'tax' } });
    expect(kept.data.splitIssue.splitOff).toMatchObject({ status: 'ASSIGNED', leadDepartment: { code: 'market' } });

    // answered, or merged: CONFLICT
    await act.respond(hub, 'tax-officer', open.id);
    expect(await field({ parts: [{ leadDepartment: 'tax' }, parts[1]] })).toMatchObject({ code: 'CONFLICT' });
    const one = (await ask('coordinator', a.uscc, ...LIGHT)).issue;
    const two = (await ask('coordinator', a.uscc, ...LIGHT_AGAIN)).issue;
    expect((await merge('coordinator', { duplicateId: two.id, survivorId: one.id, reason: '重复' })).errors).toBeUndefined();
    expect(codeOf(await split('coordinator', { issueId: two.id, reason: '拆分', parts }))).toBe('CONFLICT');
  });
});

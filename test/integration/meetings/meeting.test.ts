import type { Client } from 'graphql-ws';
import { DEMO_ENTERPRISES } from '../../../src/demo/district';
import { hubCalendar } from '../../helpers/calendar';
import { addDays } from '../../helpers/clock';
import { codeOf, escalated, ok, submit } from '../../helpers/issues';
import { rowId, sql } from '../../helpers/sql';
import { startTestHub, type TestHub } from '../../helpers/test-hub';
import { collect, wsClient } from '../../helpers/ws';

/** A whole joint meeting (联席会议) through the gateway, watched live by a third client. */
let hub: TestHub;
const clients: Client[] = [];
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await hub?.stop();
});

const M = (q: string) => `mutation($id: ID!) { ${q} }`;
const MEETING = `id status title seriesKey agenda { id position status title decision issue { id } } currentItem { id }
  participants { departmentCode personName attended } actionItems { task dueDate ownerDepartment { code } }`;

test('schedule → run live → decisions become action items in inboxes → minutes → next meeting reports back', async () => {
  const fireLane = await escalated(hub, '园区消防通道被占用', 'safety_hazard', 11); // → police
  const wages = await escalated(hub, '建筑工地欠薪纠纷', 'labour_dispute', 12); // → judicial

  // 1. a quarterly series of two; agenda from the escalated requests; departments and people invited
  const meeting = (await ok(hub, `mutation($i: ScheduleJointMeetingInput!) { scheduleJointMeeting(input: $i) { meeting { ${MEETING} } } }`, {
    i: {
      title: '2026年第四季度警企联席会议',
      kind: 'REGULAR',
      conveningDepartment: 'police',
      scheduledAt: '2026-12-15T02:00:00.000Z',
      location: '区公安分局三楼会议室',
      invitedDepartments: ['market', 'tax'],
      invitedPeople: [{ name: '李伟', department: 'police', userId: 'u-police-li' }],
      agendaIssueIds: [fireLane.id, wages.id],
      seriesCount: 2,
    },
  }, 'coordinator')).meeting;
  expect(meeting.status).toBe('SCHEDULED');
  expect(meeting.agenda.map((i: any) => i.issue.id)).toEqual([fireLane.id, wages.id]);
  // lead departments of the agenda's requests are invited too
  expect(new Set(meeting.participants.map((p: any) => p.departmentCode))).toEqual(new Set(['police', 'market', 'tax', 'judicial']));
  const series = await ok(hub, `query($k: String) { jointMeetings(filter: { seriesKey: $k }) { totalCount edges { node { id scheduledAt } } } }`, { k: meeting.seriesKey }, 'coordinator');
  expect(series.totalCount).toBe(2);
  const nextId = series.edges[1].node.id;
  expect(series.edges[1].node.scheduledAt).toBe('2027-03-15T02:00:00.000Z');

  // 2. a tax officer follows the meeting live from its first event
  const observer = wsClient(hub.url, await hub.token('tax-officer'));
  clients.push(observer);
  const live = collect(observer, `subscription($id: ID!) { jointMeetingEvents(meetingId: $id, after: "0") { cursor type detail { __typename
    ... on ParticipantJoinedDetail { name department } ... on ActionItemCreatedDetail { ownerDepartment task }
    ... on ItemDeferredDetail { reason nextMeetingId } ... on DepartmentInvitedDetail { department reason } } } }`, { id: meeting.id });
  await live.waitFor(1);

  // 3. agenda reordered before the start
  const [fireItem, wagesItem] = meeting.agenda;
  await ok(hub, `mutation($id: ID!) { moveAgendaItem(input: { agendaItemId: $id, position: 1 }) { agendaItem { position } } }`, { id: wagesItem.id }, 'police-officer');

  // 4. run it
  await ok(hub, M('startJointMeeting(input: { meetingId: $id }) { meeting { status } }'), { id: meeting.id }, 'coordinator');
  await ok(hub, M('joinJointMeeting(input: { meetingId: $id }) { meeting { id } }'), { id: meeting.id }, 'police-officer');
  await ok(hub, M('joinJointMeeting(input: { meetingId: $id }) { meeting { id } }'), { id: meeting.id }, 'market-officer');
  await ok(hub, M('startAgendaItem(input: { agendaItemId: $id }) { agendaItem { status } }'), { id: wagesItem.id }, 'coordinator');
  // one item at a time; a decision only on the item under discussion
  expect(codeOf(await hub.gql(M('startAgendaItem(input: { agendaItemId: $id }) { agendaItem { status } }'), { id: fireItem.id }, 'coordinator'))).toBe('CONFLICT');
  const wrongItem = await hub.gql(`mutation($i: RecordDecisionInput!) { recordDecision(input: $i) { agendaItem { id } } }`, {
    i: { agendaItemId: fireItem.id, decision: 'x', actionItems: [{ ownerDepartment: 'police', task: 'x', dueInWorkingDays: 1 }] },
  }, 'coordinator');
  expect(codeOf(wrongItem)).toBe('CONFLICT');

  const decided = (await ok(hub, `mutation($i: RecordDecisionInput!) { recordDecision(input: $i) { agendaItem { status decision actionItems { id task dueDate isOverdue ownerDepartment { code } } } } }`, {
    i: {
      agendaItemId: wagesItem.id,
      decision: '由司法局牵头调解，公安维护现场秩序，市场监管核查分包资质。',
      leadDepartment: 'judicial',
      actionItems: [
        { ownerDepartment: 'police', task: '讨薪现场维持秩序，防止事态升级', dueInWorkingDays: 3 },
        { ownerDepartment: 'market', task: '核查分包单位营业执照与资质', dueDate: '2026-12-31' },
      ],
    },
  }, 'coordinator')).agendaItem;
  const today = hub.clock.today();
  expect(decided.status).toBe('DECIDED');
  expect(decided.actionItems.map((a: any) => [a.ownerDepartment.code, a.dueDate])).toEqual([
    ['police', (await hubCalendar(hub)).addWorkingDays(today, 3)],
    ['market', '2026-12-31'],
  ]);

  await ok(hub, M('startAgendaItem(input: { agendaItemId: $id }) { agendaItem { status } }'), { id: fireItem.id }, 'coordinator');
  await ok(hub, M('deferAgendaItem(input: { agendaItemId: $id, reason: "待物业公司到会说明" }) { agendaItem { status } }'), { id: fireItem.id }, 'coordinator');
  const adjourned = (await ok(hub, M('adjournJointMeeting(input: { meetingId: $id, summary: "会议议定事项由各部门按期办结。" }) { meeting { status } }'), { id: meeting.id }, 'coordinator')).meeting;
  expect(adjourned.status).toBe('ADJOURNED');
  expect(codeOf(await hub.gql(M('startJointMeeting(input: { meetingId: $id }) { meeting { status } }'), { id: meeting.id }, 'coordinator'))).toBe('CONFLICT');

  // 5. the observer saw every change, in order
  const events = await live.waitFor(13);
  expect(events.map((e: any) => e.type)).toEqual([
    'SCHEDULED',
    'DEPARTMENT_INVITED', // judicial leads a request on the agenda
    'AGENDA_REORDERED',
    'STARTED',
    'PARTICIPANT_JOINED',
    'PARTICIPANT_JOINED',
    'ITEM_DISCUSSING',
    'DECISION_RECORDED',
    'ACTION_ITEM_CREATED',
    'ACTION_ITEM_CREATED',
    'ITEM_DISCUSSING',
    'ITEM_DEFERRED',
    'ADJOURNED',
  ]);
  expect(events[1].detail).toMatchObject({ __typename: 'DepartmentInvitedDetail', department: 'judicial' });
  expect(events[4].detail).toEqual({ __typename: 'ParticipantJoinedDetail', name: '李伟', department: 'police' });
  expect(events[8].detail).toEqual({ __typename: 'ActionItemCreatedDetail', ownerDepartment: 'police', task: '讨薪现场维持秩序，防止事态升级' });
  expect(events[11].detail).toEqual({ __typename: 'ItemDeferredDetail', reason: '待物业公司到会说明', nextMeetingId: nextId });

  // 6. the requests: decided → IN_PROGRESS with the owner set; deferred → still ESCALATED, on the next agenda
  const wagesNow = await ok(hub, `query($id: ID!) { issue(id: $id) { status leadDepartment { code } assistingDepartments { code }
      meetingHistory { status decision meeting { title } } timeline { action } } }`, { id: wages.id }, 'coordinator');
  expect(wagesNow).toMatchObject({ status: 'IN_PROGRESS', leadDepartment: { code: 'judicial' } });
  expect(wagesNow.assistingDepartments.map((d: any) => d.code).sort()).toEqual(['market', 'police']);
  expect(wagesNow.meetingHistory).toEqual([{ status: 'DECIDED', decision: decided.decision, meeting: { title: '2026年第四季度警企联席会议 (1/2)' } }]);
  expect(wagesNow.timeline.map((t: any) => t.action)).toContain('MEETING_DECIDED');
  const fireNow = await ok(hub, `query($id: ID!) { issue(id: $id) { status meetingHistory { status meeting { id } } } }`, { id: fireLane.id }, 'coordinator');
  expect(fireNow.status).toBe('ESCALATED');
  expect(fireNow.meetingHistory.map((h: any) => [h.status, h.meeting.id])).toEqual([['DEFERRED', meeting.id], ['PENDING', nextId]]);

  // 7. action items are in the owner departments' inboxes, with deadlines and overdue state
  const policeInbox = await ok(hub, `{ actionItems(filter: { status: [OPEN] }, first: 100) { edges { node { id task dueDate isOverdue issue { id } } } } }`, {}, 'police-officer');
  const policeTask = policeInbox.edges.map((e: any) => e.node).find((n: any) => n.issue?.id === wages.id);
  expect(policeTask).toMatchObject({ task: '讨薪现场维持秩序，防止事态升级', isOverdue: false });
  const marketInbox = await ok(hub, `{ actionItems(first: 100) { edges { node { id task ownerDepartment { code } } } } }`, {}, 'market-officer');
  expect(marketInbox.edges.every((e: any) => e.node.ownerDepartment.code === 'market')).toBe(true);
  const marketTask = marketInbox.edges.map((e: any) => e.node).find((n: any) => n.task === '核查分包单位营业执照与资质');
  expect(codeOf(await hub.gql(`mutation($id: ID!) { completeActionItem(input: { actionItemId: $id, note: "x" }) { actionItem { id } } }`, { id: marketTask.id }, 'police-officer'))).toBe('FORBIDDEN');
  await ok(hub, `mutation($id: ID!) { completeActionItem(input: { actionItemId: $id, note: "已派警力到场" }) { actionItem { status } } }`, { id: policeTask.id }, 'police-officer');
  const yesterday = addDays(today, -1);
  await sql(`update hub.action_item set due_date = $2 where id = $1`, [rowId(marketTask.id), yesterday]);
  const overdue = await ok(hub, `{ actionItems(filter: { overdue: true }, first: 100) { edges { node { id isOverdue } } } }`, {}, 'market-officer');
  expect(overdue.edges).toContainEqual({ node: { id: marketTask.id, isOverdue: true } });

  // 8. minutes of the meeting, as data and as Markdown
  const minutes = await ok(hub, `query($id: ID!) { jointMeeting(id: $id) { minutes { markdown } participants { departmentCode personName attended } } }`, { id: meeting.id }, 'coordinator');
  const md: string = minutes.minutes.markdown;
  expect(md).toContain('# 2026年第四季度警企联席会议 (1/2)');
  // one row per department, with who attended and who did not
  expect(md).toContain('| 公安分局 | 是 | 是 | 李伟 | — |');
  expect(md).toContain('| 市场监督管理局 | 是 | 是 | 孙丽华 | — |');
  expect(md).toContain('| 税务局 | 是 | 否 | — | — |');
  const attendance = md.slice(md.indexOf('## 出席情况'), md.indexOf('## 议题与决定'));
  expect(attendance.match(/\| 公安分局 \|/g)).toHaveLength(1);
  expect(md).toContain(`### 1. ${wages.number} 建筑工地欠薪纠纷（已决定）`);
  expect(md).toContain('决定：由司法局牵头调解');
  expect(md).toContain('| 公安分局 | 讨薪现场维持秩序，防止事态升级 |');
  expect(md).toContain('暂缓原因：待物业公司到会说明');
  expect(md).toContain('（北京时间）');
  expect(md).not.toMatch(/UTC|Decision|Attendance/);
  expect(md).toContain('会议议定事项由各部门按期办结。');

  // 9. the next meeting reports on the last one's action items: done / overdue
  const next = await ok(hub, `query($id: ID!) { jointMeeting(id: $id) { previousActionItems { task status isOverdue } minutes { markdown } } }`, { id: nextId }, 'coordinator');
  expect(next.previousActionItems).toEqual([
    { task: '讨薪现场维持秩序，防止事态升级', status: 'DONE', isOverdue: false },
    { task: '核查分包单位营业执照与资质', status: 'OPEN', isOverdue: true },
  ]);
  expect(next.minutes.markdown).toContain('## 上次会议督办事项');
  expect(next.minutes.markdown).toContain(`| 市场监督管理局 | 核查分包单位营业执照与资质 | ${yesterday} | 已逾期 |`);
  await live.stop();
});

test('only invited departments and coordinators may see, join, follow or run a meeting', async () => {
  const issue = await escalated(hub, '园区内违规经营', 'licence', 14);
  const meeting = (await ok(hub, `mutation($i: ScheduleJointMeetingInput!) { scheduleJointMeeting(input: $i) { meeting { id } } }`, {
    i: { title: '专题会', kind: 'AD_HOC', conveningDepartment: 'market', scheduledAt: '2026-12-01T06:00:00.000Z', location: '线上', invitedDepartments: ['tax'], agendaIssueIds: [issue.id] },
  }, 'coordinator')).meeting;
  const outsider = 'judicial-officer';
  expect(codeOf(await hub.gql(`query($id: ID!) { jointMeeting(id: $id) { id } }`, { id: meeting.id }, outsider))).toBe('FORBIDDEN');
  expect(codeOf(await hub.gql(`mutation($i: ScheduleJointMeetingInput!) { scheduleJointMeeting(input: $i) { meeting { id } } }`, {
    i: { title: 'x', kind: 'AD_HOC', conveningDepartment: 'tax', scheduledAt: '2026-12-01T06:00:00.000Z', location: 'x', invitedDepartments: [] },
  }, 'tax-officer'))).toBe('FORBIDDEN');
  // invited but not convening: may not run it
  expect(codeOf(await hub.gql(M('startJointMeeting(input: { meetingId: $id }) { meeting { id } }'), { id: meeting.id }, 'tax-officer'))).toBe('FORBIDDEN');
  await ok(hub, M('startJointMeeting(input: { meetingId: $id }) { meeting { id } }'), { id: meeting.id }, 'market-officer'); // the convening department may
  expect(codeOf(await hub.gql(M('joinJointMeeting(input: { meetingId: $id }) { meeting { id } }'), { id: meeting.id }, outsider))).toBe('FORBIDDEN');
  await ok(hub, M('joinJointMeeting(input: { meetingId: $id }) { meeting { id } }'), { id: meeting.id }, 'tax-officer');

  const c = wsClient(hub.url, await hub.token(outsider));
  clients.push(c);
  const refused = collect(c, `subscription($id: ID!) { jointMeetingEvents(meetingId: $id) { type } }`, { id: meeting.id });
  await refused.waitForEnd();
  expect(JSON.stringify(refused.errors)).toMatch(/FORBIDDEN|invited/);

  // only escalated requests go on an agenda
  const plain = await submit(hub, 'coordinator', { uscc: DEMO_ENTERPRISES[15].uscc, title: '普通诉求', description: '发票', category: 'tax_service', channel: 'HOTLINE' });
  const notEscalated = await hub.gql(`mutation($m: ID!, $i: ID!) { addAgendaItem(input: { meetingId: $m, issueId: $i }) { agendaItem { id } } }`, { m: meeting.id, i: plain.id }, 'coordinator');
  expect(codeOf(notEscalated)).toBe('CONFLICT');
});

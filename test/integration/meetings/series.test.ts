import type { Client } from 'graphql-ws';
import { DEMO_ENTERPRISES } from '../../../src/demo/district';
import { codeOf, escalated, ok, submit } from '../../helpers/issues';
import { startTestHub, type TestHub } from '../../helpers/test-hub';
import { collect, wsClient } from '../../helpers/ws';

/**
 * A meeting series (联席会议 quarterly): the next meeting invites the departments whose work it
 * reviews, and tells them; action items cannot be due in the past.
 */
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
const DECIDE = `mutation($i: RecordDecisionInput!) { recordDecision(input: $i) { agendaItem { status } } }`;

test('the next meeting of a series invites the owners of the action items it reviews and the leads of deferred items, and tells them', async () => {
  const wages = await escalated(hub, '物流园欠薪纠纷', 'labour_dispute', 16); // lead: judicial
  const licence = await escalated(hub, '园区无照经营', 'licence', 17); // lead: market
  const first = (await ok(hub, `mutation($i: ScheduleJointMeetingInput!) { scheduleJointMeeting(input: $i) { meeting { id seriesKey agenda { id issue { id } } } } }`, {
    i: {
      title: '警企联席会议',
      kind: 'REGULAR',
      conveningDepartment: 'police',
      scheduledAt: '2030-03-12T02:00:00.000Z',
      location: '分局会议室',
      invitedDepartments: [],
      agendaIssueIds: [wages.id, licence.id],
      seriesCount: 2,
    },
  }, 'coordinator')).meeting;
  const series = await ok(hub, `query($k: String) { jointMeetings(filter: { seriesKey: $k }) { edges { node { id participants { departmentCode personName } } } } }`, { k: first.seriesKey }, 'coordinator');
  const second = series.edges[1].node;
  expect(second.participants.map((p: any) => p.departmentCode)).toEqual(['police']); // only the convening department so far

  // tax and market follow their departments' meeting feed (no meeting id): they hear when they are invited
  const feedOf = async (user: 'tax-officer' | 'market-officer') => {
    const client = wsClient(hub.url, await hub.token(user));
    clients.push(client);
    return collect(client, `subscription { jointMeetingEvents { meetingId type detail { ... on DepartmentInvitedDetail { department reason } } } }`);
  };
  const [taxFeed, marketFeed] = [await feedOf('tax-officer'), await feedOf('market-officer')];
  /** Waits (on events, not time) for the first event matching `match`. */
  const firstMatching = async (feed: typeof taxFeed, match: (e: any) => boolean) => {
    for (let n = 1; ; n++) {
      const found = (await feed.waitFor(n)).find(match);
      if (found) return found;
    }
  };
  const invitedTo = (meetingId: string) => (e: any) => e.type === 'DEPARTMENT_INVITED' && e.meetingId === meetingId;
  // tax has no meeting yet: the second meeting is not in its list and cannot be opened
  expect(codeOf(await hub.gql(`query($id: ID!) { jointMeeting(id: $id) { id } }`, { id: second.id }, 'tax-officer'))).toBe('FORBIDDEN');

  const [wagesItem, licenceItem] = first.agenda;
  await ok(hub, M('startJointMeeting(input: { meetingId: $id }) { meeting { status } }'), { id: first.id }, 'coordinator');
  await ok(hub, M('startAgendaItem(input: { agendaItemId: $id }) { agendaItem { status } }'), { id: wagesItem.id }, 'coordinator');
  await ok(hub, DECIDE, {
    i: { agendaItemId: wagesItem.id, decision: '税务核查欠税情况', leadDepartment: 'judicial', actionItems: [{ ownerDepartment: 'tax', task: '核查欠税与工资发放', dueDate: '2030-04-30' }] },
  }, 'coordinator');
  await ok(hub, M('deferAgendaItem(input: { agendaItemId: $id, reason: "待补充材料" }) { agendaItem { status } }'), { id: licenceItem.id }, 'coordinator');
  await ok(hub, M('adjournJointMeeting(input: { meetingId: $id }) { meeting { status } }'), { id: first.id }, 'coordinator');

  // the second meeting now invites tax (its action item is reviewed there) and market (its deferred request is on the agenda)
  const taxInvite = await firstMatching(taxFeed, invitedTo(second.id));
  expect((await taxFeed.waitFor(1))[0]).toBe(taxInvite); // tax heard of no meeting before this one
  expect(taxInvite).toMatchObject({ meetingId: second.id, type: 'DEPARTMENT_INVITED', detail: { department: 'tax' } });
  expect(taxInvite.detail.reason).toMatch(/action items/);
  const marketInvite = await firstMatching(marketFeed, invitedTo(second.id));
  expect(marketInvite).toMatchObject({ meetingId: second.id, type: 'DEPARTMENT_INVITED', detail: { department: 'market' } });

  // both can open the meeting that reviews their work, and find it in their meeting list
  const seenByTax = await ok(hub, `query($id: ID!) { jointMeeting(id: $id) { previousActionItems { task ownerDepartment { code } } agenda { issue { id } } } }`, { id: second.id }, 'tax-officer');
  expect(seenByTax.previousActionItems).toEqual([{ task: '核查欠税与工资发放', ownerDepartment: { code: 'tax' } }]);
  expect(seenByTax.agenda.map((a: any) => a.issue.id)).toEqual([licence.id]);
  await ok(hub, `query($id: ID!) { jointMeeting(id: $id) { id } }`, { id: second.id }, 'market-officer');
  const taxList = await ok(hub, `{ jointMeetings(first: 100) { edges { node { id } } } }`, {}, 'tax-officer');
  expect(taxList.edges.map((e: any) => e.node.id)).toContain(second.id);

  // a department not concerned (judicial has no action item and no request on it) still cannot
  expect(codeOf(await hub.gql(`query($id: ID!) { jointMeeting(id: $id) { id } }`, { id: second.id }, 'judicial-officer'))).toBe('FORBIDDEN');
  await Promise.all([taxFeed.stop(), marketFeed.stop()]);
});

test('an action item due in the past is BAD_USER_INPUT naming the field; nothing is recorded', async () => {
  const issue = await escalated(hub, '夜间施工扰民', 'safety_hazard', 18);
  const meeting = (await ok(hub, `mutation($i: ScheduleJointMeetingInput!) { scheduleJointMeeting(input: $i) { meeting { id agenda { id } } } }`, {
    i: { title: '专题会', kind: 'AD_HOC', conveningDepartment: 'police', scheduledAt: '2030-05-01T02:00:00.000Z', location: '线上', invitedDepartments: [], agendaIssueIds: [issue.id] },
  }, 'coordinator')).meeting;
  const [item] = meeting.agenda;
  await ok(hub, M('startJointMeeting(input: { meetingId: $id }) { meeting { status } }'), { id: meeting.id }, 'coordinator');
  await ok(hub, M('startAgendaItem(input: { agendaItemId: $id }) { agendaItem { status } }'), { id: item.id }, 'coordinator');
  const res = await hub.gql(DECIDE, {
    i: {
      agendaItemId: item.id,
      decision: '限期整改',
      actionItems: [
        { ownerDepartment: 'police', task: '夜间巡查', dueDate: '2030-06-30' },
        { ownerDepartment: 'market', task: '约谈施工单位', dueDate: '2020-01-06' },
      ],
    },
  }, 'coordinator');
  expect(codeOf(res)).toBe('BAD_USER_INPUT');
  expect(res.errors![0].extensions!.field).toBe('actionItems.1.dueDate');
  expect(res.errors![0].message).toMatch(/in the past/);
  const after = await ok(hub, `query($id: ID!) { jointMeeting(id: $id) { actionItems { id } agenda { status } } }`, { id: meeting.id }, 'coordinator');
  expect(after).toEqual({ actionItems: [], agenda: [{ status: 'DISCUSSING' }] });
});

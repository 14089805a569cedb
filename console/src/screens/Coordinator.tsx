import { useCallback, useId, useState } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { errorText } from '../client';
import { graphql } from '../gql';
import { STATUS_LABELS, label } from '../labels';
import { follow, requestPath, useTab } from '../router';
import { Deadline } from './Deadline';
import { Pager, usePaging } from './Pager';
import { Tabs } from './Tabs';
import { Statistics } from './Statistics';
import { Meetings } from './Meetings';

const QueueQuery = graphql(`
  query CoordinatorQueue($status: [IssueStatus!]!, $first: Int!, $after: String) {
    issues(filter: { status: $status }, orderBy: OLDEST_FIRST, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          number
          title
          status
          replyDeadline
          workingDaysLeft
          escalationReason
          category {
            id
            nameZh
          }
          enterprise {
            id
            name
          }
          leadDepartment {
            id
            nameZh
          }
        }
      }
    }
    departments {
      id
      code
      nameZh
    }
  }
`);

const CoordinatorEvents = graphql(`
  subscription CoordinatorIssueEvents {
    issueEvents {
      cursor
      type
      issueId
    }
  }
`);

const RouteIssue = graphql(`
  mutation RouteFromConsole($input: RouteIssueInput!) {
    routeIssue(input: $input) {
      issue {
        id
        status
        leadDepartment {
          id
          code
        }
      }
    }
  }
`);

type TabKey = 'unrouted' | 'escalated' | 'meetings' | 'statistics';

/**
 * The joint-meeting coordinator's desk (协调人): the routing queue (requests no rule routed,
 * 待分派) where the coordinator names the lead department with an explanation, and the requests
 * escalated to the joint meeting (已提交联席会议), and the joint meetings (联席会议: schedule one, open its
 * room). Live through issueEvents and jointMeetingEvents.
 */
export function Coordinator() {
  const [tab, setTab] = useTab<TabKey>(['unrouted', 'escalated', 'meetings', 'statistics'], 'unrouted');
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  useSubscription({ query: CoordinatorEvents }, (_p, e) => {
    refresh();
    return e;
  });
  return (
    <section aria-labelledby="coordinator-heading">
      <h2 id="coordinator-heading">协调工作台</h2>
      <Tabs<TabKey>
        label="协调事项"
        current={tab}
        onChange={setTab}
        tabs={[
          { key: 'unrouted', title: '待分派' },
          { key: 'escalated', title: '已提交联席会议' },
          { key: 'meetings', title: '联席会议' },
          { key: 'statistics', title: '统计' },
        ]}
      >
        {tab === 'statistics' ? <Statistics /> : tab === 'meetings' ? <Meetings canSchedule /> : <Queue key={tab} status={tab === 'unrouted' ? 'SUBMITTED' : 'ESCALATED'} version={version} onDone={refresh} />}
      </Tabs>
    </section>
  );
}

function Queue({ status, version, onDone }: { status: 'SUBMITTED' | 'ESCALATED'; version: number; onDone(): void }) {
  const paging = usePaging();
  const [contexts] = useState(() => new Map<number, object>());
  if (!contexts.has(version)) contexts.set(version, { requestPolicy: 'network-only', version });
  const [{ data, error }] = useQuery({ query: QueueQuery, variables: { status: [status], first: 20, after: paging.after }, context: contexts.get(version) });
  const issues = data?.issues;
  if (error) return <p role="alert">{errorText(error)}</p>;
  if (!issues) return <p role="status">正在加载…</p>;
  return (
    <>
      <p>共 {issues.totalCount ?? 0} 件</p>
      {issues.edges.length === 0 ? (
        <p>{status === 'SUBMITTED' ? '没有待分派的诉求。' : '没有提交联席会议的诉求。'}</p>
      ) : (
        <table className="list" data-testid="queue">
          <thead>
            <tr>
              <th scope="col">编号</th>
              <th scope="col">标题</th>
              <th scope="col">企业</th>
              <th scope="col">类别</th>
              <th scope="col">{status === 'SUBMITTED' ? '答复期限' : '提交理由'}</th>
              {status === 'SUBMITTED' && <th scope="col">分派</th>}
            </tr>
          </thead>
          <tbody>
            {issues.edges.map(({ node }) => (
              <tr key={node.id} data-issue={node.id}>
                <td>{node.number}</td>
                <td>
                  <a href={requestPath(node.id)} onClick={follow}>
                    {node.title}
                  </a>
                </td>
                <td>{node.enterprise?.name ?? '—'}</td>
                <td>{node.category?.nameZh ?? '—'}</td>
                <td>{status === 'SUBMITTED' ? <Deadline workingDaysLeft={node.workingDaysLeft} replyDeadline={node.replyDeadline} /> : (node.escalationReason ?? label(STATUS_LABELS, node.status))}</td>
                {status === 'SUBMITTED' && (
                  <td>
                    <RouteForm issueId={node.id} number={node.number} departments={data!.departments} onDone={onDone} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager paging={paging} hasNextPage={issues.pageInfo.hasNextPage} endCursor={issues.pageInfo.endCursor ?? null} />
    </>
  );
}

function RouteForm({ issueId, number, departments, onDone }: { issueId: string; number: string; departments: { code: string; nameZh: string }[]; onDone(): void }) {
  const [routed, route] = useMutation(RouteIssue);
  const [lead, setLead] = useState('');
  const [reason, setReason] = useState('');
  const ids = { lead: useId(), reason: useId() };
  return (
    <form
      className="route-form"
      aria-label={`为 ${number} 指定主办部门`}
      onSubmit={async (e) => {
        e.preventDefault();
        if ((await route({ input: { issueId, leadDepartment: lead, reason: reason.trim() } })).data) onDone();
      }}
    >
      <label htmlFor={ids.lead}>主办部门</label>
      <select id={ids.lead} value={lead} onChange={(e) => setLead(e.target.value)} required>
        <option value="" disabled>
          请选择
        </option>
        {departments.map((d) => (
          <option key={d.code} value={d.code}>
            {d.nameZh}
          </option>
        ))}
      </select>
      <label htmlFor={ids.reason}>分派说明</label>
      <input id={ids.reason} value={reason} onChange={(e) => setReason(e.target.value)} required />
      <button type="submit" disabled={routed.fetching || !lead || !reason.trim()}>
        分派
      </button>
      {routed.error && <span role="alert">{errorText(routed.error)}</span>}
    </form>
  );
}

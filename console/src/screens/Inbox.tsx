import { useCallback, useId, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { errorText } from '../client';
import { graphql } from '../gql';
import type { IssueFilter } from '../gql/graphql';
import { REFERRAL_KIND_LABELS, STATUS_LABELS, label } from '../labels';
import { useContextFor } from '../live';
import { follow, requestPath, useTab } from '../router';
import { ActionItems } from './ActionItems';
import { Deadline } from './Deadline';
import { Meetings } from './Meetings';
import { ReferralAnswer } from './ReferralAnswer';
import { Pager, usePaging } from './Pager';
import { Tabs } from './Tabs';

const PAGE_SIZE = 20;
const OPEN = ['ASSIGNED', 'ACCEPTED', 'IN_PROGRESS', 'REOPENED'] as const;

const InboxIssuesQuery = graphql(`
  query InboxIssues($filter: IssueFilter!, $first: Int!, $after: String) {
    issues(filter: $filter, orderBy: REPLY_DEADLINE_FIRST, first: $first, after: $after) {
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
          category {
            id
            nameZh
          }
          enterprise {
            id
            name
          }
        }
      }
    }
  }
`);

const InboxReferralsQuery = graphql(`
  query InboxReferrals($department: ID!, $first: Int!, $after: String) {
    referrals(filter: { toDepartment: $department, status: [PENDING] }, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          reason
          signOffDeadline
          isOverdue
          fromDepartment {
            id
            nameZh
          }
          issue {
            id
            number
            title
          }
        }
      }
    }
  }
`);

const InboxCategories = graphql(`
  query InboxCategories {
    issueCategories {
      id
      code
      nameZh
    }
  }
`);

const InboxIssueEvents = graphql(`
  subscription InboxIssueEvents {
    issueEvents {
      cursor
      type
      issueId
      issue {
        id
        number
        title
      }
    }
  }
`);

const InboxReferralEvents = graphql(`
  subscription InboxReferralEvents($department: ID!) {
    referralEvents(department: $department) {
      cursor
      type
      referralId
      issue {
        id
        number
        title
      }
    }
  }
`);

const InboxMeetingEvents = graphql(`
  subscription InboxMeetingEvents {
    jointMeetingEvents {
      cursor
      type
      meetingId
      detail {
        __typename
        ... on ActionItemCreatedDetail {
          ownerDepartment
          task
        }
        ... on DepartmentInvitedDetail {
          department
        }
      }
    }
  }
`);

type TabKey = 'lead' | 'assisting' | 'referrals' | 'actions' | 'meetings';

/**
 * A department officer's inbox (待办): the requests it leads (主办), those it assists (协办) and the
 * referrals waiting for its sign-off (待签收), most urgent first. Every issue and referral event
 * refreshes the lists, so a new item appears without a reload. Also the tasks joint meetings gave the
 * department (督办事项, live through jointMeetingEvents and the request's MEETING_DECIDED event) and
 * the meetings it is invited to (联席会议).
 */
export function Inbox({ department }: { department: string }) {
  const [tab, setTab] = useTab<TabKey>(['lead', 'assisting', 'referrals', 'actions', 'meetings'], 'lead');
  const [version, setVersion] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [category, setCategory] = useState('');
  const [{ data: categories }] = useQuery({ query: InboxCategories });
  const ids = { overdue: useId(), category: useId() };
  const narrow = { ...(overdueOnly ? { overdue: true } : {}), ...(category ? { category } : {}) };
  // a new filter starts again at the first page
  const filterKey = `${overdueOnly}-${category}`;

  useSubscription({ query: InboxIssueEvents }, (_prev, event) => {
    const e = event.issueEvents;
    if (e.type === 'SUBMITTED' || e.type === 'ROUTED') setAnnouncement(`新到诉求 ${e.issue?.number ?? ''}：${e.issue?.title ?? ''}`);
    refresh();
    return event;
  });
  useSubscription({ query: InboxReferralEvents, variables: { department } }, (_prev, event) => {
    const e = event.referralEvents;
    if (e.type === 'PROPOSED') setAnnouncement(`新的移交待签收 ${e.issue?.number ?? ''}：${e.issue?.title ?? ''}`);
    refresh();
    return event;
  });

  useSubscription({ query: InboxMeetingEvents }, (_prev, event) => {
    const e = event.jointMeetingEvents;
    if (e.detail.__typename === 'ActionItemCreatedDetail' && e.detail.ownerDepartment === department) setAnnouncement(`新的督办事项：${e.detail.task}`);
    if (e.detail.__typename === 'DepartmentInvitedDetail' && e.detail.department === department) setAnnouncement('本部门受邀参加联席会议');
    refresh();
    return event;
  });

  return (
    <section aria-labelledby="inbox-heading">
      <h2 id="inbox-heading">待办</h2>
      <p className="live" role="status" aria-live="polite" data-testid="announcement">
        {announcement}
      </p>
      {(tab === 'lead' || tab === 'assisting') && (
        <div className="filters" role="group" aria-label="筛选">
          <input id={ids.overdue} type="checkbox" checked={overdueOnly} onChange={(e) => setOverdueOnly(e.target.checked)} />
          <label htmlFor={ids.overdue}>只看超期</label>
          <label htmlFor={ids.category}>诉求类别</label>
          <select id={ids.category} value={category} onChange={(e) => setCategory(e.target.value)}>
            <option value="">全部</option>
            {categories?.issueCategories.map((c) => (
              <option key={c.id} value={c.code}>
                {c.nameZh}
              </option>
            ))}
          </select>
        </div>
      )}
      <Tabs<TabKey>
        label="待办分类"
        current={tab}
        onChange={setTab}
        tabs={[
          { key: 'lead', title: '主办' },
          { key: 'assisting', title: '协办' },
          { key: 'referrals', title: '待签收移交' },
          { key: 'actions', title: '督办事项' },
          { key: 'meetings', title: '联席会议' },
        ]}
      >
        {tab === 'lead' && <IssueList key={`lead-${filterKey}`} filter={{ leadDepartment: department, status: [...OPEN], ...narrow }} version={version} />}
        {tab === 'assisting' && <IssueList key={`assisting-${filterKey}`} filter={{ assistingDepartment: department, status: [...OPEN], ...narrow }} version={version} />}
        {tab === 'referrals' && <ReferralList department={department} version={version} refresh={refresh} />}
        {tab === 'actions' && <ActionItems department={department} version={version} onDone={refresh} />}
        {tab === 'meetings' && <Meetings canSchedule={false} />}
      </Tabs>
    </section>
  );
}

function IssueList({ filter, version }: { filter: IssueFilter; version: number }) {
  const paging = usePaging();
  const [{ data, fetching, error }] = useQuery({
    query: InboxIssuesQuery,
    variables: { filter, first: PAGE_SIZE, after: paging.after },
    // `version` changes on every live event: fetch again from the server
    context: useContextFor(version),
  });
  const issues = data?.issues;
  if (error) return <p role="alert">{errorText(error)}</p>;
  if (!issues) return fetching ? <p role="status">正在加载…</p> : null;
  return (
    <>
      <p>共 {issues.totalCount ?? 0} 件</p>
      {issues.edges.length === 0 ? (
        <p>暂无待办诉求。</p>
      ) : (
        <table className="list" data-testid="issue-list">
          <caption className="visually-hidden">诉求列表，按答复期限排序</caption>
          <thead>
            <tr>
              <th scope="col">编号</th>
              <th scope="col">标题</th>
              <th scope="col">企业</th>
              <th scope="col">类别</th>
              <th scope="col">状态</th>
              <th scope="col">答复期限</th>
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
                <td>{label(STATUS_LABELS, node.status)}</td>
                <td>
                  <Deadline workingDaysLeft={node.workingDaysLeft} replyDeadline={node.replyDeadline} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager paging={paging} hasNextPage={issues.pageInfo.hasNextPage} endCursor={issues.pageInfo.endCursor ?? null} />
    </>
  );
}

function ReferralList({ department, version, refresh }: { department: string; version: number; refresh(): void }) {
  const paging = usePaging();
  const [{ data, fetching, error }] = useQuery({
    query: InboxReferralsQuery,
    variables: { department, first: PAGE_SIZE, after: paging.after },
    context: useContextFor(version),
  });
  const referrals = data?.referrals;
  if (error) return <p role="alert">{errorText(error)}</p>;
  if (!referrals) return fetching ? <p role="status">正在加载…</p> : null;
  return (
    <>
      <p>共 {referrals.totalCount ?? 0} 件</p>
      {referrals.edges.length === 0 ? (
        <p>暂无待签收的移交。</p>
      ) : (
        <table className="list" data-testid="referral-list">
          <caption className="visually-hidden">待签收的移交和协办</caption>
          <thead>
            <tr>
              <th scope="col">诉求编号</th>
              <th scope="col">标题</th>
              <th scope="col">类型</th>
              <th scope="col">来自</th>
              <th scope="col">理由</th>
              <th scope="col">签收期限</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {referrals.edges.map(({ node }) => (
              <tr key={node.id}>
                <td>{node.issue.number}</td>
                <td>
                  <a href={requestPath(node.issue.id)} onClick={follow}>
                    {node.issue.title}
                  </a>
                </td>
                <td>{label(REFERRAL_KIND_LABELS, node.kind)}</td>
                <td>{node.fromDepartment.nameZh}</td>
                <td>{node.reason}</td>
                <td>
                  <span className={`deadline tone-${node.isOverdue ? 'overdue' : 'ok'}`}>
                    {node.isOverdue ? `⚠ 已超期（${node.signOffDeadline}）` : `${node.signOffDeadline} 前签收`}
                  </span>
                </td>
                <td>
                  <ReferralAnswer referralId={node.id} onDone={refresh} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager paging={paging} hasNextPage={referrals.pageInfo.hasNextPage} endCursor={referrals.pageInfo.endCursor ?? null} />
    </>
  );
}

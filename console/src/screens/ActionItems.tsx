import { useId, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { errorText } from '../client';
import { graphql } from '../gql';
import type { ActionItemStatus } from '../gql/graphql';
import { label } from '../labels';
import { useContextFor } from '../live';
import { ACTION_ITEM_STATUS_LABELS, dueText } from '../meeting';
import { follow, meetingPath, requestPath } from '../router';
import { Pager, usePaging } from './Pager';
import './meeting.css';

const ActionItemsQuery = graphql(`
  query DepartmentActionItems($department: ID!, $status: [ActionItemStatus!], $first: Int!, $after: String) {
    actionItems(filter: { ownerDepartment: $department, status: $status }, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          task
          status
          isOverdue
          completionNote
          due {
            date
            provisional
          }
          issue {
            id
            number
            title
          }
          meeting {
            id
            title
          }
        }
      }
    }
  }
`);

const CompleteActionItem = graphql(`
  mutation CompleteActionItemFromConsole($input: CompleteActionItemInput!) {
    completeActionItem(input: $input) {
      actionItem {
        id
        status
      }
    }
  }
`);

/**
 * 督办事项: the tasks joint-meeting decisions gave the officer's department (`actionItems`), open
 * ones by default; the department reports one done with a note. `version` changes on every live
 * event the inbox follows.
 */
export function ActionItems({ department, version, onDone }: { department: string; version: number; onDone(): void }) {
  const [openOnly, setOpenOnly] = useState(true);
  const openId = useId();
  return (
    <>
      <div className="filters">
        <input id={openId} type="checkbox" checked={openOnly} onChange={(e) => setOpenOnly(e.target.checked)} />
        <label htmlFor={openId}>只看办理中的督办事项</label>
      </div>
      <ActionItemList key={String(openOnly)} department={department} status={openOnly ? ['OPEN'] : null} version={version} onDone={onDone} />
    </>
  );
}

function ActionItemList({ department, status, version, onDone }: { department: string; status: ActionItemStatus[] | null; version: number; onDone(): void }) {
  const paging = usePaging();
  const [{ data, error }] = useQuery({ query: ActionItemsQuery, variables: { department, status, first: 20, after: paging.after }, context: useContextFor(version) });
  const items = data?.actionItems;
  if (error) return <p role="alert">{errorText(error)}</p>;
  if (!items) return <p role="status">正在加载…</p>;
  return (
    <>
      <p>共 {items.totalCount ?? 0} 项</p>
      {items.edges.length === 0 ? (
        <p>暂无督办事项。</p>
      ) : (
        <table className="list" data-testid="action-item-list">
          <caption className="visually-hidden">联席会议交办本部门的督办事项</caption>
          <thead>
            <tr>
              <th scope="col">任务</th>
              <th scope="col">来自会议</th>
              <th scope="col">相关诉求</th>
              <th scope="col">完成期限</th>
              <th scope="col">状态</th>
              <th scope="col">办结</th>
            </tr>
          </thead>
          <tbody>
            {items.edges.map(({ node }) => (
              <tr key={node.id} data-action-item={node.id}>
                <td>{node.task}</td>
                <td>
                  <a href={meetingPath(node.meeting.id)} onClick={follow}>
                    {node.meeting.title}
                  </a>
                </td>
                <td>
                  {node.issue ? (
                    <a href={requestPath(node.issue.id)} onClick={follow}>
                      {node.issue.number} {node.issue.title}
                    </a>
                  ) : (
                    '—'
                  )}
                </td>
                <td>
                  <span className={`deadline tone-${node.isOverdue ? 'overdue' : 'ok'}`}>{node.isOverdue ? `⚠ 已逾期（${dueText(node.due)}）` : dueText(node.due)}</span>
                </td>
                <td className="nowrap">{label(ACTION_ITEM_STATUS_LABELS, node.status)}</td>
                <td>{node.status === 'OPEN' ? <CompleteForm actionItemId={node.id} task={node.task} onDone={onDone} /> : (node.completionNote ?? '—')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager paging={paging} hasNextPage={items.pageInfo.hasNextPage} endCursor={items.pageInfo.endCursor ?? null} />
    </>
  );
}

function CompleteForm({ actionItemId, task, onDone }: { actionItemId: string; task: string; onDone(): void }) {
  const [completed, complete] = useMutation(CompleteActionItem);
  const [note, setNote] = useState('');
  const noteId = useId();
  return (
    <form
      className="inline-form"
      aria-label={`报告办结：${task}`}
      onSubmit={async (e) => {
        e.preventDefault();
        if ((await complete({ input: { actionItemId, note: note.trim() } })).data) onDone();
      }}
    >
      <label htmlFor={noteId}>办结情况</label>
      <input id={noteId} value={note} onChange={(e) => setNote(e.target.value)} />
      <button type="submit" disabled={completed.fetching || !note.trim()}>
        报告办结
      </button>
      {completed.error && <span role="alert">{errorText(completed.error)}</span>}
    </form>
  );
}

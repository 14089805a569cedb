import { useCallback, useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { errorText } from '../client';
import { graphql } from '../gql';
import { STATUS_LABELS, label } from '../labels';
import { normalizeUscc, usccProblem } from '../uscc';
import { follow, requestPath } from '../router';
import { Deadline } from './Deadline';
import { Pager, usePaging } from './Pager';

const CategoriesQuery = graphql(`
  query IssueCategories {
    issueCategories {
      id
      code
      nameZh
    }
  }
`);

const MyRequestsQuery = graphql(`
  query MyRequests($uscc: ID!, $first: Int!, $after: String) {
    issues(filter: { enterprise: $uscc }, first: $first, after: $after) {
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
          submittedAt
          replyDeadline
          workingDaysLeft
          response
          leadDepartment {
            id
            nameZh
          }
        }
      }
    }
  }
`);

const SubmitMutation = graphql(`
  mutation SubmitRequestFromConsole($input: SubmitIssueInput!) {
    submitIssue(input: $input) {
      issue {
        id
        number
        status
      }
    }
  }
`);

const MyIssueEvents = graphql(`
  subscription MyIssueEvents {
    issueEvents {
      cursor
      type
      issueId
      issue {
        id
        number
        status
      }
    }
  }
`);

/**
 * The enterprise's online window (网上窗口): submit a request and follow the status of its
 * requests live (every issue event the enterprise may see refreshes the list).
 */
export function EnterprisePortal({ uscc }: { uscc: string }) {
  const [version, setVersion] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  useSubscription({ query: MyIssueEvents }, (_prev, event) => {
    const e = event.issueEvents;
    if (e.issue) setAnnouncement(`诉求 ${e.issue.number} 状态：${label(STATUS_LABELS, e.issue.status)}`);
    refresh();
    return event;
  });
  return (
    <>
      <SubmitForm defaultUscc={uscc} onSubmitted={refresh} />
      <p className="live" role="status" aria-live="polite" data-testid="announcement">
        {announcement}
      </p>
      <MyRequests uscc={uscc} version={version} />
    </>
  );
}

function SubmitForm({ defaultUscc, onSubmitted }: { defaultUscc: string; onSubmitted(): void }) {
  const ids = { uscc: useId(), usccError: useId(), category: useId(), title: useId(), description: useId() };
  const [{ data: categories }] = useQuery({ query: CategoriesQuery });
  const [result, submit] = useMutation(SubmitMutation);
  const [uscc, setUscc] = useState(defaultUscc);
  const [usccError, setUsccError] = useState<string | null>(null);
  const [category, setCategory] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [done, setDone] = useState<string | null>(null);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const problem = usccProblem(uscc);
    setUsccError(problem);
    if (problem) {
      document.getElementById(ids.uscc)?.focus();
      return;
    }
    const res = await submit({
      input: { uscc: normalizeUscc(uscc), category, title: title.trim(), description: description.trim(), channel: 'ONLINE', idempotencyKey: crypto.randomUUID() },
    });
    if (res.data?.submitIssue) {
      setDone(`已提交，诉求编号 ${res.data.submitIssue.issue.number}`);
      setTitle('');
      setDescription('');
      onSubmitted();
    }
  };

  return (
    <form onSubmit={onSubmit} aria-labelledby="submit-heading" className="form" noValidate>
      <h2 id="submit-heading">提交诉求</h2>
      <label htmlFor={ids.uscc}>统一社会信用代码</label>
      <input
        id={ids.uscc}
        value={uscc}
        onChange={(e) => setUscc(e.target.value)}
        onBlur={() => setUsccError(usccProblem(uscc))}
        aria-invalid={usccError ? true : undefined}
        aria-describedby={usccError ? ids.usccError : undefined}
        maxLength={18}
        autoComplete="off"
        required
      />
      {/* always in place (empty when fine): a message appearing or going on blur must not move the submit button under the pointer */}
      <p id={ids.usccError} className="field-error" role="alert">
        {usccError}
      </p>
      <label htmlFor={ids.category}>诉求类别</label>
      <select id={ids.category} value={category} onChange={(e) => setCategory(e.target.value)} required>
        <option value="" disabled>
          请选择
        </option>
        {categories?.issueCategories.map((c) => (
          <option key={c.id} value={c.code}>
            {c.nameZh}
          </option>
        ))}
      </select>
      <label htmlFor={ids.title}>标题</label>
      <input id={ids.title} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} required />
      <label htmlFor={ids.description}>诉求内容</label>
      <textarea id={ids.description} value={description} onChange={(e) => setDescription(e.target.value)} rows={5} maxLength={5000} required />
      <button type="submit" disabled={result.fetching || !category || !title.trim() || !description.trim()}>
        提交
      </button>
      {result.error && <p role="alert">{errorText(result.error)}</p>}
      {done && (
        <p role="status" data-testid="submitted">
          {done}
        </p>
      )}
    </form>
  );
}

function MyRequests({ uscc, version }: { uscc: string; version: number }) {
  const paging = usePaging();
  const [context] = useState(() => new Map<number, object>());
  if (!context.has(version)) context.set(version, { requestPolicy: 'network-only', version });
  const [{ data, error }] = useQuery({ query: MyRequestsQuery, variables: { uscc, first: 20, after: paging.after }, context: context.get(version) });
  const issues = data?.issues;
  return (
    <section aria-labelledby="mine-heading">
      <h2 id="mine-heading">我的诉求</h2>
      {error && <p role="alert">{errorText(error)}</p>}
      {issues && issues.edges.length === 0 && <p>尚未提交诉求。</p>}
      {issues && issues.edges.length > 0 && (
        <table className="list" data-testid="my-requests">
          <thead>
            <tr>
              <th scope="col">编号</th>
              <th scope="col">标题</th>
              <th scope="col">主办部门</th>
              <th scope="col">状态</th>
              <th scope="col">答复期限</th>
              <th scope="col">答复</th>
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
                <td>{node.leadDepartment?.nameZh ?? '待分派'}</td>
                <td data-testid="status">{label(STATUS_LABELS, node.status)}</td>
                <td>
                  <Deadline workingDaysLeft={node.workingDaysLeft} replyDeadline={node.replyDeadline} />
                </td>
                <td>{node.response ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {issues && <Pager paging={paging} hasNextPage={issues.pageInfo.hasNextPage} endCursor={issues.pageInfo.endCursor ?? null} />}
    </section>
  );
}

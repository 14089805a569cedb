import { useCallback, useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { errorText } from '../client';
import { graphql } from '../gql';
import { ACTION_LABELS, REFERRAL_KIND_LABELS, REFERRAL_STATUS_LABELS, STATUS_LABELS, label } from '../labels';
import { follow } from '../router';
import { timelineNote } from '../timeline';
import { Deadline } from './Deadline';
import { ReferralAnswer } from './ReferralAnswer';
import { EnterprisePanels } from './EnterprisePanels';

const RequestQuery = graphql(`
  query RequestPage($id: ID!) {
    issue(id: $id) {
      id
      number
      title
      description
      status
      submittedAt
      replyDeadline
      workingDaysLeft
      response
      satisfaction
      category {
        id
        nameZh
      }
      enterprise {
        id
        uscc
        name
      }
      leadDepartment {
        id
        code
        nameZh
      }
      assistingDepartments {
        id
        nameZh
      }
      referrals {
        id
        kind
        status
        reason
        signOffDeadline
        fromDepartment {
          id
          nameZh
        }
        toDepartment {
          id
          code
          nameZh
        }
      }
      timeline {
        id
        at
        action
        actorName
        fromStatus
        toStatus
        note
      }
    }
    departments {
      id
      code
      nameZh
    }
  }
`);

const RequestEvents = graphql(`
  subscription RequestEvents($issueId: ID!) {
    issueEvents(issueId: $issueId) {
      cursor
      type
      issueId
    }
  }
`);

const AcceptIssue = graphql(`
  mutation AcceptIssueFromConsole($input: AcceptIssueInput!) {
    acceptIssue(input: $input) {
      issue {
        id
        status
      }
    }
  }
`);

const StartWork = graphql(`
  mutation StartIssueWorkFromConsole($input: StartIssueWorkInput!) {
    startIssueWork(input: $input) {
      issue {
        id
        status
      }
    }
  }
`);

const Respond = graphql(`
  mutation RespondFromConsole($input: RespondToIssueInput!) {
    respondToIssue(input: $input) {
      issue {
        id
        status
        response
      }
    }
  }
`);

const Refer = graphql(`
  mutation ReferFromConsole($input: ReferIssueInput!) {
    referIssue(input: $input) {
      referral {
        id
        status
      }
    }
  }
`);

const Resolve = graphql(`
  mutation ResolveFromConsole($input: ResolveIssueInput!) {
    resolveIssue(input: $input) {
      issue {
        id
        status
      }
    }
  }
`);

const Rate = graphql(`
  mutation RateFromConsole($input: RateIssueInput!) {
    rateIssue(input: $input) {
      issue {
        id
        status
        satisfaction
      }
    }
  }
`);

const formatTime = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

/**
 * One request (诉求详情): what it is, its deadline, its referrals and timeline, and the officer's
 * next steps (受理, 开始办理, 答复, 移交/协办; 签收 or 退回 a referral to the officer's department).
 * The server decides who may do what; a refused step shows its reason. Live: every event of this
 * request reloads it.
 */
export function RequestPage({ id, department }: { id: string; department: string | null }) {
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  const [contexts] = useState(() => new Map<number, object>());
  if (!contexts.has(version)) contexts.set(version, { requestPolicy: 'network-only', version });
  const [{ data, error, fetching }] = useQuery({ query: RequestQuery, variables: { id }, context: contexts.get(version) });
  useSubscription({ query: RequestEvents, variables: { issueId: id } }, (_p, e) => {
    refresh();
    return e;
  });
  const issue = data?.issue;
  const departmentName = (code: string) => data?.departments.find((d) => d.code === code)?.nameZh ?? '其他部门';
  return (
    <article aria-labelledby="request-heading">
      <p>
        <a href="/" onClick={follow}>
          ← 返回待办
        </a>
      </p>
      {error && <p role="alert">{errorText(error)}</p>}
      {!issue && fetching && <p role="status">正在加载…</p>}
      {issue && (
        <>
          <h2 id="request-heading">
            {issue.number} {issue.title}
          </h2>
          <dl className="facts">
            <dt>状态</dt>
            <dd data-testid="request-status">{label(STATUS_LABELS, issue.status)}</dd>
            <dt>答复期限</dt>
            <dd>
              <Deadline workingDaysLeft={issue.workingDaysLeft} replyDeadline={issue.replyDeadline} />
            </dd>
            <dt>企业</dt>
            <dd>
              {issue.enterprise?.name ?? '—'}（{issue.enterprise?.uscc}）
            </dd>
            <dt>类别</dt>
            <dd>{issue.category?.nameZh ?? '—'}</dd>
            <dt>主办部门</dt>
            <dd>{issue.leadDepartment?.nameZh ?? '待分派'}</dd>
            <dt>协办部门</dt>
            <dd>{issue.assistingDepartments.map((d) => d.nameZh).join('、') || '无'}</dd>
            <dt>诉求内容</dt>
            <dd>{issue.description}</dd>
            {issue.response && (
              <>
                <dt>答复</dt>
                <dd>{issue.response}</dd>
              </>
            )}
          </dl>
          {department && issue.enterprise && <EnterprisePanels uscc={issue.enterprise.uscc} />}
          {!department && issue.status === 'RESOLVED' && !issue.satisfaction && <RateAnswer issueId={issue.id} onDone={refresh} />}
          {department && (
            <Actions
              issueId={issue.id}
              status={issue.status}
              departments={data!.departments.filter((d) => d.code !== department)}
              onDone={refresh}
            />
          )}
          <section aria-labelledby="referrals-heading">
            <h3 id="referrals-heading">移交与协办</h3>
            {issue.referrals.length === 0 ? (
              <p>无。</p>
            ) : (
              <ul>
                {issue.referrals.map((r) => (
                  <li key={r.id}>
                    {label(REFERRAL_KIND_LABELS, r.kind)}：{r.fromDepartment.nameZh} → {r.toDepartment.nameZh}，{label(REFERRAL_STATUS_LABELS, r.status)}，理由：{r.reason}
                    {r.status === 'PENDING' && r.toDepartment.code === department && <ReferralAnswer referralId={r.id} onDone={refresh} />}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="timeline-heading">
            <h3 id="timeline-heading">办理时间线</h3>
            <ol className="timeline" data-testid="timeline">
              {issue.timeline.map((t) => (
                <li key={t.id}>
                  <time dateTime={t.at}>{formatTime(t.at)}</time> {t.actorName} {label(ACTION_LABELS, t.action)}
                  {t.toStatus && t.fromStatus !== t.toStatus && `（${label(STATUS_LABELS, t.fromStatus)} → ${label(STATUS_LABELS, t.toStatus)}）`}
                  {timelineNote(t.action, t.note, departmentName) && `：${timelineNote(t.action, t.note, departmentName)}`}
                </li>
              ))}
            </ol>
          </section>
        </>
      )}
    </article>
  );
}

function Actions({ issueId, status, departments, onDone }: { issueId: string; status: string; departments: { code: string; nameZh: string }[]; onDone(): void }) {
  const [accept, acceptIssue] = useMutation(AcceptIssue);
  const [start, startWork] = useMutation(StartWork);
  const [respond, respondTo] = useMutation(Respond);
  const [refer, referIssue] = useMutation(Refer);
  const [resolve, resolveIssue] = useMutation(Resolve);
  const [resolution, setResolution] = useState('');
  const ids = { resolution: useId(), response: useId(), kind: useId(), to: useId(), reason: useId() };
  const [response, setResponse] = useState('');
  const [kind, setKind] = useState<'TRANSFER' | 'ASSIST'>('TRANSFER');
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState('');
  const error = accept.error ?? start.error ?? respond.error ?? refer.error ?? resolve.error;

  const run = async (p: Promise<{ data?: unknown }>, message: string) => {
    setDone('');
    if ((await p).data) {
      setDone(message);
      onDone();
    }
  };
  const submitResponse = (e: FormEvent) => {
    e.preventDefault();
    void run(respondTo({ input: { issueId, response: response.trim() } }), '已答复。');
  };
  const submitReferral = (e: FormEvent) => {
    e.preventDefault();
    void run(referIssue({ input: { issueId, kind, toDepartment: to, reason: reason.trim(), idempotencyKey: crypto.randomUUID() } }), kind === 'TRANSFER' ? '已发起移交，等待对方签收。' : '已请求协办，等待对方签收。');
  };
  const open = ['ASSIGNED', 'ACCEPTED', 'IN_PROGRESS', 'REOPENED'].includes(status);
  if (status === 'RESPONDED') {
    return (
      <section aria-labelledby="actions-heading" className="actions">
        <h3 id="actions-heading">办理</h3>
        <form
          className="form"
          aria-label="办结"
          onSubmit={(e) => {
            e.preventDefault();
            void run(resolveIssue({ input: { issueId, resolution: resolution.trim() } }), '已办结。');
          }}
        >
          <label htmlFor={ids.resolution}>办结说明</label>
          <textarea id={ids.resolution} value={resolution} onChange={(e) => setResolution(e.target.value)} rows={2} required />
          <button type="submit" disabled={resolve.fetching || !resolution.trim()}>
            办结
          </button>
        </form>
        <p role="status">{done}</p>
        {error && <p role="alert">{errorText(error)}</p>}
      </section>
    );
  }
  if (!open) return null;
  return (
    <section aria-labelledby="actions-heading" className="actions">
      <h3 id="actions-heading">办理</h3>
      <div className="buttons">
        {(status === 'ASSIGNED' || status === 'REOPENED') && (
          <button type="button" onClick={() => run(acceptIssue({ input: { issueId } }), '已受理。')} disabled={accept.fetching}>
            受理
          </button>
        )}
        {status === 'ACCEPTED' && (
          <button type="button" onClick={() => run(startWork({ input: { issueId } }), '已开始办理。')} disabled={start.fetching}>
            开始办理
          </button>
        )}
      </div>
      {(status === 'ACCEPTED' || status === 'IN_PROGRESS') && (
        <form onSubmit={submitResponse} className="form" aria-label="答复企业">
          <label htmlFor={ids.response}>答复内容</label>
          <textarea id={ids.response} value={response} onChange={(e) => setResponse(e.target.value)} rows={3} required />
          <button type="submit" disabled={respond.fetching || !response.trim()}>
            答复
          </button>
        </form>
      )}
      <form onSubmit={submitReferral} className="form" aria-label="移交或请求协办">
        <label htmlFor={ids.kind}>方式</label>
        <select id={ids.kind} value={kind} onChange={(e) => setKind(e.target.value as 'TRANSFER' | 'ASSIST')}>
          <option value="TRANSFER">移交（由对方主办）</option>
          <option value="ASSIST">请求协办</option>
        </select>
        <label htmlFor={ids.to}>接收部门</label>
        <select id={ids.to} value={to} onChange={(e) => setTo(e.target.value)} required>
          <option value="" disabled>
            请选择
          </option>
          {departments.map((d) => (
            <option key={d.code} value={d.code}>
              {d.nameZh}
            </option>
          ))}
        </select>
        <label htmlFor={ids.reason}>理由</label>
        <textarea id={ids.reason} value={reason} onChange={(e) => setReason(e.target.value)} rows={2} required />
        <button type="submit" disabled={refer.fetching || !to || !reason.trim()}>
          提交
        </button>
      </form>
      <p role="status">{done}</p>
      {error && <p role="alert">{errorText(error)}</p>}
    </section>
  );
}

const SATISFACTION: [string, string][] = [
  ['SATISFIED', '满意'],
  ['BASICALLY_SATISFIED', '基本满意'],
  ['DISSATISFIED', '不满意（将重新办理）'],
];

/** The enterprise rates the answer (满意度评价) once the request is resolved; 不满意 reopens it. */
function RateAnswer({ issueId, onDone }: { issueId: string; onDone(): void }) {
  const [rated, rate] = useMutation(Rate);
  const [choice, setChoice] = useState('');
  const [comment, setComment] = useState('');
  const commentId = useId();
  return (
    <form
      className="form actions"
      aria-label="评价答复"
      onSubmit={async (e) => {
        e.preventDefault();
        if ((await rate({ input: { issueId, satisfaction: choice as 'SATISFIED', comment: comment.trim() || undefined } })).data) onDone();
      }}
    >
      <fieldset>
        <legend>对本次答复是否满意</legend>
        {SATISFACTION.map(([value, text]) => (
          <label key={value} className="choice">
            <input type="radio" name="satisfaction" value={value} checked={choice === value} onChange={() => setChoice(value)} /> {text}
          </label>
        ))}
      </fieldset>
      <label htmlFor={commentId}>评价意见（可选）</label>
      <textarea id={commentId} value={comment} onChange={(e) => setComment(e.target.value)} rows={2} />
      <button type="submit" disabled={rated.fetching || !choice}>
        提交评价
      </button>
      {rated.error && <p role="alert">{errorText(rated.error)}</p>}
    </form>
  );
}

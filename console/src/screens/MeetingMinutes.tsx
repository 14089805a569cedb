import { useQuery, useSubscription } from 'urql';
import { errorText } from '../client';
import { graphql } from '../gql';
import { label } from '../labels';
import { useContextFor, useVersion } from '../live';
import { ACTION_ITEM_STATUS_LABELS, AGENDA_STATUS_LABELS, MEETING_KIND_LABELS, MEETING_STATUS_LABELS, formatInstant } from '../meeting';
import { follow, meetingPath } from '../router';
import './meeting.css';

const MinutesQuery = graphql(`
  query MeetingMinutes($id: ID!) {
    jointMeeting(id: $id) {
      id
      minutes {
        title
        kind
        conveningDepartment
        scheduledAt
        location
        status
        startedAt
        adjournedAt
        summary
        timeZone
        attendance {
          departmentCode
          departmentName
          invited
          present
          attendees
          absentees
        }
        items {
          position
          title
          status
          decision
          deferredReason
          actionItems {
            ownerDepartmentName
            task
            dueDate
            status
            overdue
          }
        }
        previousActionItems {
          ownerDepartmentName
          task
          dueDate
          status
          overdue
        }
      }
    }
  }
`);

const MinutesEvents = graphql(`
  subscription MeetingMinutesEvents($meetingId: ID!) {
    jointMeetingEvents(meetingId: $meetingId) {
      cursor
      type
    }
  }
`);

type ActionLine = { ownerDepartmentName: string; task: string; dueDate?: string | null; status: string; overdue: boolean };
const actionLine = (a: ActionLine) =>
  `${a.ownerDepartmentName}：${a.task}（完成期限 ${a.dueDate ?? '未定'}，${label(ACTION_ITEM_STATUS_LABELS, a.status)}${a.overdue ? '，已逾期' : ''}）`;

/**
 * 会议纪要: the minutes as a document to print (打印 opens the browser's print dialog; the print
 * stylesheet leaves out the header and the buttons). Follows the meeting live until it is printed.
 */
export function MeetingMinutes({ id }: { id: string }) {
  const [version, refresh] = useVersion();
  const [{ data, error, fetching }] = useQuery({ query: MinutesQuery, variables: { id }, context: useContextFor(version) });
  useSubscription({ query: MinutesEvents, variables: { meetingId: id } }, (_p, e) => {
    refresh();
    return e;
  });
  const m = data?.jointMeeting?.minutes;
  if (error) return <p role="alert">{errorText(error)}</p>;
  if (!m) return fetching ? <p role="status">正在加载…</p> : null;
  const at = (iso?: string | null) => formatInstant(iso, m.timeZone);
  return (
    <article className="minutes" aria-labelledby="minutes-heading" data-testid="minutes">
      <div className="no-print buttons">
        <a href={meetingPath(id)} onClick={follow}>
          ← 返回会议室
        </a>
        <button type="button" onClick={() => window.print()}>
          打印会议纪要
        </button>
      </div>
      <h2 id="minutes-heading">{m.title} 会议纪要</h2>
      <dl className="facts">
        <dt>会议类型</dt>
        <dd>{label(MEETING_KIND_LABELS, m.kind)}</dd>
        <dt>召集部门</dt>
        <dd>{m.conveningDepartment}</dd>
        <dt>会议时间</dt>
        <dd>{at(m.scheduledAt)}</dd>
        <dt>会议地点</dt>
        <dd>{m.location}</dd>
        <dt>会议状态</dt>
        <dd>{label(MEETING_STATUS_LABELS, m.status)}</dd>
        <dt>开始</dt>
        <dd>{at(m.startedAt)}</dd>
        <dt>休会</dt>
        <dd>{at(m.adjournedAt)}</dd>
      </dl>
      <section aria-labelledby="minutes-attendance">
        <h3 id="minutes-attendance">一、出席情况</h3>
        <table className="list">
          <thead>
            <tr>
              <th scope="col">部门</th>
              <th scope="col">出席</th>
              <th scope="col">出席人员</th>
              <th scope="col">缺席人员</th>
            </tr>
          </thead>
          <tbody>
            {m.attendance.map((a) => (
              <tr key={a.departmentCode}>
                <td>
                  {a.departmentName}
                  {!a.invited && '（列席）'}
                </td>
                <td>{a.present ? '✔ 出席' : '— 缺席'}</td>
                <td>{a.attendees.join('、') || '—'}</td>
                <td>{a.absentees.join('、') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="minutes-items">
        <h3 id="minutes-items">二、议题与决议</h3>
        {m.items.length === 0 && <p>无议题。</p>}
        <ol className="minutes-items">
          {m.items.map((i) => (
            <li key={i.position}>
              <p>
                <strong>{i.title}</strong>（{label(AGENDA_STATUS_LABELS, i.status)}）
              </p>
              {i.decision && <p>决议：{i.decision}</p>}
              {i.deferredReason && <p>暂缓理由：{i.deferredReason}</p>}
              {i.actionItems.length > 0 && (
                <ul>
                  {i.actionItems.map((a, k) => (
                    <li key={k}>督办事项：{actionLine(a)}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      </section>
      {m.previousActionItems.length > 0 && (
        <section aria-labelledby="minutes-previous">
          <h3 id="minutes-previous">三、上次会议督办事项落实情况</h3>
          <ul>
            {m.previousActionItems.map((a, k) => (
              <li key={k}>{actionLine(a)}</li>
            ))}
          </ul>
        </section>
      )}
      {m.summary && (
        <section aria-labelledby="minutes-summary">
          <h3 id="minutes-summary">{m.status === 'CANCELLED' ? '取消原因' : '会议小结'}</h3>
          <p>{m.summary}</p>
        </section>
      )}
    </article>
  );
}

import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { errorText } from '../client';
import { graphql } from '../gql';
import type { JointMeetingKind, JointMeetingStatus } from '../gql/graphql';
import { label } from '../labels';
import { useContextFor, useVersion } from '../live';
import { MEETING_KIND_LABELS, MEETING_STATUS_LABELS, formatInstant, hubLocalToIso } from '../meeting';
import { follow, meetingPath, navigate } from '../router';
import { DepartmentOptions } from './DepartmentOptions';
import { Pager, usePaging } from './Pager';

const MeetingsQuery = graphql(`
  query JointMeetings($status: [JointMeetingStatus!], $first: Int!, $after: String) {
    jointMeetings(filter: { status: $status }, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          kind
          status
          scheduledAt
          location
          conveningDepartment {
            id
            nameZh
          }
        }
      }
    }
  }
`);

const MeetingsEvents = graphql(`
  subscription MeetingListEvents {
    jointMeetingEvents {
      cursor
      type
      meetingId
    }
  }
`);

const ScheduleForm = graphql(`
  query ScheduleMeetingForm {
    departments {
      id
      code
      nameZh
    }
    issues(filter: { status: [ESCALATED] }, orderBy: OLDEST_FIRST, first: 50) {
      edges {
        node {
          id
          number
          title
          escalationReason
          enterprise {
            id
            name
          }
        }
      }
    }
  }
`);

const Schedule = graphql(`
  mutation ScheduleJointMeetingFromConsole($input: ScheduleJointMeetingInput!) {
    scheduleJointMeeting(input: $input) {
      meeting {
        id
        status
      }
    }
  }
`);

const OPEN: JointMeetingStatus[] = ['SCHEDULED', 'IN_SESSION'];

/**
 * Joint meetings (联席会议) the user takes part in (coordinators: all), those not yet over first;
 * a coordinator also schedules one here. Live: every meeting event refreshes the list.
 */
export function Meetings({ canSchedule }: { canSchedule: boolean }) {
  const [version, refresh] = useVersion();
  const [openOnly, setOpenOnly] = useState(true);
  const openId = useId();
  useSubscription({ query: MeetingsEvents }, (_p, e) => {
    refresh();
    return e;
  });
  return (
    <section aria-label="联席会议">
      {canSchedule && <ScheduleMeeting />}
      <h3>会议列表</h3>
      <div className="filters">
        <input id={openId} type="checkbox" checked={openOnly} onChange={(e) => setOpenOnly(e.target.checked)} />
        <label htmlFor={openId}>只看未结束的会议</label>
      </div>
      <MeetingList key={String(openOnly)} status={openOnly ? OPEN : null} version={version} />
    </section>
  );
}

function MeetingList({ status, version }: { status: JointMeetingStatus[] | null; version: number }) {
  const paging = usePaging();
  const [{ data, error }] = useQuery({ query: MeetingsQuery, variables: { status, first: 20, after: paging.after }, context: useContextFor(version) });
  const meetings = data?.jointMeetings;
  if (error) return <p role="alert">{errorText(error)}</p>;
  if (!meetings) return <p role="status">正在加载…</p>;
  return (
    <>
      <p>共 {meetings.totalCount ?? 0} 次会议</p>
      {meetings.edges.length === 0 ? (
        <p>暂无联席会议。</p>
      ) : (
        <table className="list" data-testid="meeting-list">
          <caption className="visually-hidden">联席会议，按安排先后排列</caption>
          <thead>
            <tr>
              <th scope="col">会议名称</th>
              <th scope="col">类型</th>
              <th scope="col">会议时间</th>
              <th scope="col">地点</th>
              <th scope="col">召集部门</th>
              <th scope="col">状态</th>
            </tr>
          </thead>
          <tbody>
            {meetings.edges.map(({ node }) => (
              <tr key={node.id} data-meeting={node.id}>
                <td>
                  <a href={meetingPath(node.id)} onClick={follow}>
                    {node.title}
                  </a>
                </td>
                <td>{label(MEETING_KIND_LABELS, node.kind)}</td>
                <td>{formatInstant(node.scheduledAt)}</td>
                <td>{node.location}</td>
                <td>{node.conveningDepartment.nameZh}</td>
                <td data-testid="meeting-status">{label(MEETING_STATUS_LABELS, node.status)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager paging={paging} hasNextPage={meetings.pageInfo.hasNextPage} endCursor={meetings.pageInfo.endCursor ?? null} />
    </>
  );
}

/** 安排会议: title, kind, convening department, time (hub time), place, invited departments, agenda from escalated requests. */
function ScheduleMeeting() {
  const [{ data, error: loadError }] = useQuery({ query: ScheduleForm, requestPolicy: 'network-only' });
  const [scheduled, schedule] = useMutation(Schedule);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<JointMeetingKind>('AD_HOC');
  const [convening, setConvening] = useState('');
  const [at, setAt] = useState('');
  const [location, setLocation] = useState('');
  const [invited, setInvited] = useState<string[]>([]);
  const [agenda, setAgenda] = useState<string[]>([]);
  const [problem, setProblem] = useState('');
  const ids = { title: useId(), kind: useId(), convening: useId(), at: useId(), location: useId() };
  const toggle = (list: string[], value: string, on: boolean) => (on ? [...list, value] : list.filter((v) => v !== value));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const scheduledAt = hubLocalToIso(at);
    if (!scheduledAt) return setProblem('请填写完整的会议时间。');
    setProblem('');
    const result = await schedule({
      input: { title: title.trim(), kind, conveningDepartment: convening, scheduledAt, location: location.trim(), invitedDepartments: invited, agendaIssueIds: agenda },
    });
    const id = result.data?.scheduleJointMeeting.meeting.id;
    if (id) navigate(meetingPath(id));
  };

  if (loadError) return <p role="alert">{errorText(loadError)}</p>;
  if (!data) return <p role="status">正在加载…</p>;
  return (
    <form className="form meeting-form" aria-label="安排联席会议" onSubmit={submit}>
      <h3>安排会议</h3>
      <label htmlFor={ids.title}>会议名称</label>
      <input id={ids.title} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} required />
      <label htmlFor={ids.kind}>会议类型</label>
      <select id={ids.kind} value={kind} onChange={(e) => setKind(e.target.value as JointMeetingKind)}>
        <option value="AD_HOC">专题会</option>
        <option value="REGULAR">例会</option>
      </select>
      <label htmlFor={ids.convening}>召集部门</label>
      <select id={ids.convening} value={convening} onChange={(e) => setConvening(e.target.value)} required>
        <DepartmentOptions departments={data.departments} />
      </select>
      <label htmlFor={ids.at}>会议时间（北京时间）</label>
      <input id={ids.at} type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} required />
      <label htmlFor={ids.location}>会议地点</label>
      <input id={ids.location} value={location} onChange={(e) => setLocation(e.target.value)} maxLength={300} required />
      <fieldset>
        <legend>邀请部门（召集部门和议题的主办部门自动邀请）</legend>
        {data.departments.map((d) => (
          <label key={d.code} className="choice">
            <input type="checkbox" checked={invited.includes(d.code)} onChange={(e) => setInvited(toggle(invited, d.code, e.target.checked))} /> {d.nameZh}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>议题（已提交联席会议的诉求，按勾选顺序排列）</legend>
        {data.issues.edges.length === 0 && <p>暂无已提交联席会议的诉求。</p>}
        {data.issues.edges.map(({ node }) => (
          <label key={node.id} className="choice">
            <input type="checkbox" checked={agenda.includes(node.id)} onChange={(e) => setAgenda(toggle(agenda, node.id, e.target.checked))} /> {node.number} {node.title}
            {node.enterprise ? `（${node.enterprise.name}）` : ''}
          </label>
        ))}
      </fieldset>
      <button type="submit" disabled={scheduled.fetching || !title.trim() || !convening || !location.trim()}>
        安排会议
      </button>
      {problem && <p role="alert">{problem}</p>}
      {scheduled.error && <p role="alert">{errorText(scheduled.error)}</p>}
    </form>
  );
}

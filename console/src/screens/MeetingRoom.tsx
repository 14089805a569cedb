import { useEffect, useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { errorText } from '../client';
import { graphql } from '../gql';
import type { MeetingRoomEventsSubscription, MeetingRoomQuery as MeetingRoomData } from '../gql/graphql';
import { ACTION_ITEM_STATUS_LABELS, AGENDA_STATUS_LABELS, MEETING_KIND_LABELS, MEETING_STATUS_LABELS, describeMeetingEvent, dueText, formatInstant } from '../meeting';
import { label } from '../labels';
import { useContextFor, useVersion } from '../live';
import { follow, minutesPath, requestPath, tabPath } from '../router';
import { DepartmentOptions } from './DepartmentOptions';
import './meeting.css';

const MeetingRoomQuery = graphql(`
  query MeetingRoom($id: ID!) {
    me {
      id
      roles
      department {
        id
        code
      }
    }
    departments {
      id
      code
      nameZh
    }
    jointMeeting(id: $id) {
      id
      title
      kind
      status
      scheduledAt
      location
      startedAt
      adjournedAt
      summary
      conveningDepartment {
        id
        code
        nameZh
      }
      participants {
        id
        departmentCode
        personName
        userId
        invited
        attended
        joinedAt
      }
      currentItem {
        id
      }
      agenda {
        id
        position
        status
        title
        decision
        deferredReason
        issue {
          id
        }
        actionItems {
          id
          task
          status
          isOverdue
          due {
            date
            provisional
          }
          ownerDepartment {
            id
            nameZh
          }
        }
      }
      previousActionItems {
        id
        task
        status
        isOverdue
        completionNote
        due {
          date
          provisional
        }
        ownerDepartment {
          id
          nameZh
        }
      }
    }
  }
`);

const MeetingRoomEvents = graphql(`
  subscription MeetingRoomEvents($meetingId: ID!, $after: String) {
    jointMeetingEvents(meetingId: $meetingId, after: $after) {
      cursor
      type
      occurredAt
      actorName
      detail {
        __typename
        ... on MeetingScheduledDetail {
          title
        }
        ... on ParticipantJoinedDetail {
          name
          department
        }
        ... on DepartmentInvitedDetail {
          department
        }
        ... on AgendaItemAddedDetail {
          title
          position
        }
        ... on ItemDiscussingDetail {
          title
        }
        ... on DecisionRecordedDetail {
          decision
        }
        ... on ActionItemCreatedDetail {
          ownerDepartment
          task
          dueDate
        }
        ... on ItemDeferredDetail {
          reason
        }
        ... on ActionItemDoneDetail {
          ownerDepartment
          note
        }
        ... on ActionItemDueDateSetDetail {
          ownerDepartment
          task
          newDueDate: dueDate
        }
        ... on MeetingAdjournedDetail {
          summary
        }
        ... on MeetingCancelledDetail {
          reason
        }
      }
    }
  }
`);

const AgendaCandidates = graphql(`
  query AgendaCandidates {
    issues(filter: { status: [ESCALATED] }, orderBy: OLDEST_FIRST, first: 50) {
      edges {
        node {
          id
          number
          title
        }
      }
    }
  }
`);

const StartMeeting = graphql(`
  mutation StartJointMeetingFromConsole($input: StartJointMeetingInput!) {
    startJointMeeting(input: $input) {
      meeting {
        id
        status
      }
    }
  }
`);

const JoinMeeting = graphql(`
  mutation JoinJointMeetingFromConsole($input: JoinJointMeetingInput!) {
    joinJointMeeting(input: $input) {
      meeting {
        id
      }
    }
  }
`);

const AdjournMeeting = graphql(`
  mutation AdjournJointMeetingFromConsole($input: AdjournJointMeetingInput!) {
    adjournJointMeeting(input: $input) {
      meeting {
        id
        status
      }
    }
  }
`);

const CancelMeeting = graphql(`
  mutation CancelJointMeetingFromConsole($input: CancelJointMeetingInput!) {
    cancelJointMeeting(input: $input) {
      meeting {
        id
        status
      }
    }
  }
`);

const AddAgendaItem = graphql(`
  mutation AddAgendaItemFromConsole($input: AddAgendaItemInput!) {
    addAgendaItem(input: $input) {
      agendaItem {
        id
      }
    }
  }
`);

const MoveAgendaItem = graphql(`
  mutation MoveAgendaItemFromConsole($input: MoveAgendaItemInput!) {
    moveAgendaItem(input: $input) {
      agendaItem {
        id
        position
      }
    }
  }
`);

const RemoveAgendaItem = graphql(`
  mutation RemoveAgendaItemFromConsole($input: RemoveAgendaItemInput!) {
    removeAgendaItem(input: $input) {
      removedAgendaItemId
    }
  }
`);

const StartAgendaItem = graphql(`
  mutation StartAgendaItemFromConsole($input: StartAgendaItemInput!) {
    startAgendaItem(input: $input) {
      agendaItem {
        id
        status
      }
    }
  }
`);

const RecordDecision = graphql(`
  mutation RecordDecisionFromConsole($input: RecordDecisionInput!) {
    recordDecision(input: $input) {
      agendaItem {
        id
        status
      }
    }
  }
`);

const DeferAgendaItem = graphql(`
  mutation DeferAgendaItemFromConsole($input: DeferAgendaItemInput!) {
    deferAgendaItem(input: $input) {
      agendaItem {
        id
        status
      }
    }
  }
`);

type Meeting = NonNullable<MeetingRoomData['jointMeeting']>;
type AgendaItem = Meeting['agenda'][number];
type Department = MeetingRoomData['departments'][number];
type MeetingEvent = MeetingRoomEventsSubscription['jointMeetingEvents'];

/**
 * The joint-meeting room (联席会议室): the meeting's facts, the item under discussion, the agenda
 * with decisions and their action items, attendance, and every change as it happens. Everyone
 * invited sees the same page, live: the meeting's events (`jointMeetingEvents`, replayed from the
 * start, so the log is whole) reload it. Coordinators and officers of the convening department run
 * it (start, take up items, decide, adjourn); the others follow and sign in as present.
 */
export function MeetingRoom({ id }: { id: string }) {
  const [version, refresh] = useVersion();
  const [{ data, error, fetching }] = useQuery({ query: MeetingRoomQuery, variables: { id }, context: useContextFor(version) });
  const [{ data: events }] = useSubscription({ query: MeetingRoomEvents, variables: { meetingId: id, after: '0' } }, (log: MeetingEvent[] = [], e) =>
    // a reconnect replays from the start again: keep each event once
    log.some((x) => x.cursor === e.jointMeetingEvents.cursor) ? log : [...log, e.jointMeetingEvents],
  );
  const count = events?.length ?? 0;
  useEffect(() => {
    if (!count) return;
    // the replay on opening arrives in a burst: one reload for the burst
    const timer = setTimeout(refresh, 60);
    return () => clearTimeout(timer);
  }, [count, refresh]);

  const meeting = data?.jointMeeting;
  const departmentName = (code: string) => data?.departments.find((d) => d.code === code)?.nameZh ?? (code === 'coordination' ? '联席会议协调人' : '其他部门');
  const latest = events?.length ? describeMeetingEvent(events[events.length - 1], departmentName) : '';
  if (error) return <p role="alert">{errorText(error)}</p>;
  if (!meeting) return fetching ? <p role="status">正在加载…</p> : null;
  const me = data!.me;
  const canRun = me.roles.includes('COORDINATOR') || me.department?.code === meeting.conveningDepartment.code;
  const joined = meeting.participants.some((p) => p.userId === me.id && p.attended);
  const current = meeting.agenda.find((i) => i.id === meeting.currentItem?.id) ?? null;

  return (
    <article aria-labelledby="meeting-heading" className="meeting-room">
      <p className="no-print">
        <a href={tabPath('meetings')} onClick={follow}>
          ← 返回会议列表
        </a>
      </p>
      <h2 id="meeting-heading">{meeting.title}</h2>
      <dl className="facts">
        <dt>状态</dt>
        <dd data-testid="meeting-status">{label(MEETING_STATUS_LABELS, meeting.status)}</dd>
        <dt>会议类型</dt>
        <dd>{label(MEETING_KIND_LABELS, meeting.kind)}</dd>
        <dt>会议时间</dt>
        <dd>{formatInstant(meeting.scheduledAt)}</dd>
        <dt>会议地点</dt>
        <dd>{meeting.location}</dd>
        <dt>召集部门</dt>
        <dd>{meeting.conveningDepartment.nameZh}</dd>
        {meeting.startedAt && (
          <>
            <dt>开始时间</dt>
            <dd>{formatInstant(meeting.startedAt)}</dd>
          </>
        )}
        {meeting.adjournedAt && (
          <>
            <dt>休会时间</dt>
            <dd>{formatInstant(meeting.adjournedAt)}</dd>
          </>
        )}
        {meeting.summary && (
          <>
            <dt>{meeting.status === 'CANCELLED' ? '取消原因' : '会议小结'}</dt>
            <dd>{meeting.summary}</dd>
          </>
        )}
        <dt>您的角色</dt>
        <dd data-testid="meeting-role">{canRun ? '主持会议' : '列席跟进（只读，可签到）'}</dd>
      </dl>
      <p className="live" role="status" aria-live="polite" data-testid="meeting-announcement">
        {latest}
      </p>
      <div className="meeting-bar no-print">
        {meeting.status === 'IN_SESSION' && !joined && <JoinButton meetingId={meeting.id} onDone={refresh} />}
        {meeting.status === 'IN_SESSION' && joined && <span data-testid="joined">✔ 您已签到</span>}
        {canRun && <RunControls meeting={meeting} onDone={refresh} />}
        <a href={minutesPath(meeting.id)} onClick={follow}>
          会议纪要（可打印）
        </a>
      </div>
      <div className="meeting-columns">
        <div>
          <CurrentItem meeting={meeting} item={current} canRun={canRun} departments={data!.departments} onDone={refresh} />
          <Agenda meeting={meeting} canRun={canRun} onDone={refresh} />
          {meeting.previousActionItems.length > 0 && <PreviousActionItems items={meeting.previousActionItems} />}
        </div>
        <div>
          <Attendance participants={meeting.participants} departmentName={departmentName} />
          <section aria-labelledby="events-heading">
            <h3 id="events-heading">会议动态</h3>
            <ol className="meeting-events" data-testid="meeting-events">
              {(events ?? []).map((e) => (
                <li key={e.cursor}>
                  <time dateTime={e.occurredAt}>{formatInstant(e.occurredAt).slice(-5)}</time> {describeMeetingEvent(e, departmentName)}
                  {e.actorName && <span className="actor">（{e.actorName}）</span>}
                </li>
              ))}
            </ol>
          </section>
        </div>
      </div>
    </article>
  );
}

function JoinButton({ meetingId, onDone }: { meetingId: string; onDone(): void }) {
  const [joining, join] = useMutation(JoinMeeting);
  return (
    <>
      <button type="button" disabled={joining.fetching} onClick={async () => (await join({ input: { meetingId } })).data && onDone()}>
        签到
      </button>
      {joining.error && <span role="alert">{errorText(joining.error)}</span>}
    </>
  );
}

/** Start, cancel (before it starts) or adjourn the meeting: coordinators and the convening department. */
function RunControls({ meeting, onDone }: { meeting: Meeting; onDone(): void }) {
  const [started, start] = useMutation(StartMeeting);
  const [adjourned, adjourn] = useMutation(AdjournMeeting);
  const [cancelled, cancel] = useMutation(CancelMeeting);
  const [summary, setSummary] = useState('');
  const [reason, setReason] = useState('');
  const ids = { summary: useId(), reason: useId() };
  const error = started.error ?? adjourned.error ?? cancelled.error;
  const done = (r: { data?: unknown }) => r.data && onDone();
  return (
    <>
      {meeting.status === 'SCHEDULED' && (
        <>
          <button type="button" disabled={started.fetching} onClick={async () => done(await start({ input: { meetingId: meeting.id } }))}>
            开始会议
          </button>
          <form
            className="inline-form"
            aria-label="取消会议"
            onSubmit={async (e) => {
              e.preventDefault();
              done(await cancel({ input: { meetingId: meeting.id, reason: reason.trim() } }));
            }}
          >
            <label htmlFor={ids.reason}>取消原因</label>
            <input id={ids.reason} value={reason} onChange={(e) => setReason(e.target.value)} />
            <button type="submit" disabled={cancelled.fetching || !reason.trim()}>
              取消会议
            </button>
          </form>
        </>
      )}
      {meeting.status === 'IN_SESSION' && (
        <form
          className="inline-form"
          aria-label="休会"
          onSubmit={async (e) => {
            e.preventDefault();
            done(await adjourn({ input: { meetingId: meeting.id, summary: summary.trim() || null } }));
          }}
        >
          <label htmlFor={ids.summary}>会议小结（可选）</label>
          <input id={ids.summary} value={summary} onChange={(e) => setSummary(e.target.value)} />
          <button type="submit" disabled={adjourned.fetching || !!meeting.currentItem} aria-describedby={meeting.currentItem ? `${ids.summary}-why` : undefined}>
            休会
          </button>
          {meeting.currentItem && <span id={`${ids.summary}-why`}>（请先对正在讨论的议题作出决议或暂缓）</span>}
        </form>
      )}
      {error && <span role="alert">{errorText(error)}</span>}
    </>
  );
}

/** The item under discussion (当前议题), and for those who run the meeting the decision and deferral forms. */
function CurrentItem({ meeting, item, canRun, departments, onDone }: { meeting: Meeting; item: AgendaItem | null; canRun: boolean; departments: Department[]; onDone(): void }) {
  return (
    <section aria-labelledby="current-heading" className="current-item" data-testid="current-item">
      <h3 id="current-heading">当前议题</h3>
      {item ? (
        <>
          <p className="current-title">
            ▶ 正在讨论第 {item.position} 项：{item.title}
          </p>
          {canRun && meeting.status === 'IN_SESSION' && <DecisionForm key={item.id} item={item} departments={departments} onDone={onDone} />}
        </>
      ) : (
        <p>{meeting.status === 'IN_SESSION' ? '暂无正在讨论的议题。' : meeting.status === 'SCHEDULED' ? '会议尚未开始。' : '会议已结束。'}</p>
      )}
    </section>
  );
}

interface ActionDraft {
  key: number;
  owner: string;
  task: string;
  due: string;
}

/** 记录决议: the decision, the lead department from now on, and action items (责任部门, 任务, 完成期限); or 暂缓 with a reason. */
function DecisionForm({ item, departments, onDone }: { item: AgendaItem; departments: Department[]; onDone(): void }) {
  const [recorded, record] = useMutation(RecordDecision);
  const [deferred, defer] = useMutation(DeferAgendaItem);
  const [decision, setDecision] = useState('');
  const [lead, setLead] = useState('');
  const [actions, setActions] = useState<ActionDraft[]>([{ key: 1, owner: '', task: '', due: '' }]);
  const [reason, setReason] = useState('');
  const ids = { decision: useId(), lead: useId(), reason: useId(), action: useId() };
  const change = (key: number, patch: Partial<ActionDraft>) => setActions((list) => list.map((a) => (a.key === key ? { ...a, ...patch } : a)));
  const complete = actions.every((a) => a.owner && a.task.trim() && a.due);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = {
      agendaItemId: item.id,
      decision: decision.trim(),
      leadDepartment: lead || null,
      actionItems: actions.map((a) => ({ ownerDepartment: a.owner, task: a.task.trim(), dueDate: a.due })),
    };
    if ((await record({ input })).data) onDone();
  };
  return (
    <>
      <form className="form decision-form" aria-label="记录决议" onSubmit={submit}>
        <label htmlFor={ids.decision}>决议内容</label>
        <textarea id={ids.decision} value={decision} onChange={(e) => setDecision(e.target.value)} rows={3} required />
        <label htmlFor={ids.lead}>今后主办部门</label>
        <select id={ids.lead} value={lead} onChange={(e) => setLead(e.target.value)}>
          <DepartmentOptions departments={departments} empty="默认：第一项督办事项的责任部门" emptySelectable />
        </select>
        {actions.map((a, i) => (
          <fieldset key={a.key} className="action-draft">
            <legend>督办事项 {i + 1}</legend>
            <label htmlFor={`${ids.action}-${a.key}-owner`}>责任部门</label>
            <select id={`${ids.action}-${a.key}-owner`} value={a.owner} onChange={(e) => change(a.key, { owner: e.target.value })} required>
              <DepartmentOptions departments={departments} />
            </select>
            <label htmlFor={`${ids.action}-${a.key}-task`}>任务</label>
            <input id={`${ids.action}-${a.key}-task`} value={a.task} onChange={(e) => change(a.key, { task: e.target.value })} required />
            <label htmlFor={`${ids.action}-${a.key}-due`}>完成期限</label>
            <input id={`${ids.action}-${a.key}-due`} type="date" value={a.due} onChange={(e) => change(a.key, { due: e.target.value })} required />
            {actions.length > 1 && (
              <button type="button" onClick={() => setActions((list) => list.filter((x) => x.key !== a.key))}>
                删除督办事项 {i + 1}
              </button>
            )}
          </fieldset>
        ))}
        <button type="button" onClick={() => setActions((list) => [...list, { key: Math.max(...list.map((x) => x.key)) + 1, owner: '', task: '', due: '' }])}>
          增加督办事项
        </button>
        <button type="submit" disabled={recorded.fetching || !decision.trim() || !complete}>
          记录决议
        </button>
        {recorded.error && <p role="alert">{errorText(recorded.error)}</p>}
      </form>
      <form
        className="inline-form"
        aria-label="暂缓议题"
        onSubmit={async (e) => {
          e.preventDefault();
          if ((await defer({ input: { agendaItemId: item.id, reason: reason.trim() } })).data) onDone();
        }}
      >
        <label htmlFor={ids.reason}>暂缓理由</label>
        <input id={ids.reason} value={reason} onChange={(e) => setReason(e.target.value)} />
        <button type="submit" disabled={deferred.fetching || !reason.trim()}>
          暂缓
        </button>
        {deferred.error && <span role="alert">{errorText(deferred.error)}</span>}
      </form>
    </>
  );
}

/** 议程: items in order with their state in words, decisions and action items; who runs the meeting takes items up, reorders, adds and removes. */
function Agenda({ meeting, canRun, onDone }: { meeting: Meeting; canRun: boolean; onDone(): void }) {
  const [started, startItem] = useMutation(StartAgendaItem);
  const [moved, move] = useMutation(MoveAgendaItem);
  const [removed, remove] = useMutation(RemoveAgendaItem);
  const editable = canRun && (meeting.status === 'SCHEDULED' || meeting.status === 'IN_SESSION');
  const error = started.error ?? moved.error ?? removed.error;
  const done = (r: { data?: unknown }) => r.data && onDone();
  const count = meeting.agenda.length;
  return (
    <section aria-labelledby="agenda-heading">
      <h3 id="agenda-heading">议程</h3>
      {count === 0 && <p>议程暂无议题。</p>}
      <ol className="agenda" data-testid="agenda">
        {meeting.agenda.map((item) => (
          <li key={item.id} data-status={item.status} data-agenda-item={item.id} aria-current={item.status === 'DISCUSSING' ? 'step' : undefined}>
            <div className="agenda-head">
              <span className="agenda-status" data-testid="agenda-status">
                {label(AGENDA_STATUS_LABELS, item.status)}
              </span>
              <span>
                第 {item.position} 项：
                {item.issue ? (
                  <a href={requestPath(item.issue.id)} onClick={follow}>
                    {item.title}
                  </a>
                ) : (
                  item.title
                )}
              </span>
            </div>
            {item.decision && <p className="decision">决议：{item.decision}</p>}
            {item.deferredReason && <p>暂缓理由：{item.deferredReason}</p>}
            {item.actionItems.length > 0 && (
              <ul className="action-items" aria-label={`第 ${item.position} 项的督办事项`}>
                {item.actionItems.map((a) => (
                  <li key={a.id} data-testid="action-item">
                    督办事项：{a.ownerDepartment.nameZh}，{a.task}，完成期限 {dueText(a.due)}，{label(ACTION_ITEM_STATUS_LABELS, a.status)}
                    {a.isOverdue && '，⚠ 已逾期'}
                  </li>
                ))}
              </ul>
            )}
            {editable && item.status === 'PENDING' && (
              <div className="buttons no-print">
                {meeting.status === 'IN_SESSION' && !meeting.currentItem && (
                  <button type="button" disabled={started.fetching} onClick={async () => done(await startItem({ input: { agendaItemId: item.id } }))}>
                    开始讨论第 {item.position} 项
                  </button>
                )}
                {item.position > 1 && (
                  <button type="button" disabled={moved.fetching} onClick={async () => done(await move({ input: { agendaItemId: item.id, position: item.position - 1 } }))}>
                    上移第 {item.position} 项
                  </button>
                )}
                {item.position < count && (
                  <button type="button" disabled={moved.fetching} onClick={async () => done(await move({ input: { agendaItemId: item.id, position: item.position + 1 } }))}>
                    下移第 {item.position} 项
                  </button>
                )}
                <button type="button" disabled={removed.fetching} onClick={async () => done(await remove({ input: { agendaItemId: item.id } }))}>
                  移出第 {item.position} 项
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
      {error && <p role="alert">{errorText(error)}</p>}
      {editable && <AddToAgenda meeting={meeting} onDone={onDone} />}
    </section>
  );
}

function AddToAgenda({ meeting, onDone }: { meeting: Meeting; onDone(): void }) {
  const [{ data }] = useQuery({ query: AgendaCandidates, requestPolicy: 'network-only' });
  const [added, add] = useMutation(AddAgendaItem);
  const [issueId, setIssueId] = useState('');
  const selectId = useId();
  const onAgenda = new Set(meeting.agenda.filter((i) => i.status === 'PENDING' || i.status === 'DISCUSSING').map((i) => i.issue?.id));
  const candidates = data?.issues.edges.map((e) => e.node).filter((n) => !onAgenda.has(n.id)) ?? [];
  if (!candidates.length) return null;
  return (
    <form
      className="inline-form no-print"
      aria-label="增加议题"
      onSubmit={async (e) => {
        e.preventDefault();
        if ((await add({ input: { meetingId: meeting.id, issueId } })).data) {
          setIssueId('');
          onDone();
        }
      }}
    >
      <label htmlFor={selectId}>增加议题（已提交联席会议的诉求）</label>
      <select id={selectId} value={issueId} onChange={(e) => setIssueId(e.target.value)}>
        <option value="">请选择</option>
        {candidates.map((n) => (
          <option key={n.id} value={n.id}>
            {n.number} {n.title}
          </option>
        ))}
      </select>
      <button type="submit" disabled={added.fetching || !issueId}>
        加入议程
      </button>
      {added.error && <span role="alert">{errorText(added.error)}</span>}
    </form>
  );
}

/** 出席情况: invited departments and people, present or not, in words and a symbol. */
function Attendance({ participants, departmentName }: { participants: Meeting['participants']; departmentName(code: string): string }) {
  return (
    <section aria-labelledby="attendance-heading">
      <h3 id="attendance-heading">出席情况</h3>
      <table className="list" data-testid="attendance">
        <thead>
          <tr>
            <th scope="col">部门</th>
            <th scope="col">人员</th>
            <th scope="col">出席</th>
          </tr>
        </thead>
        <tbody>
          {participants.map((p) => (
            <tr key={p.id} data-department={p.departmentCode}>
              <td>{departmentName(p.departmentCode)}</td>
              <td>{p.personName ?? '（部门）'}</td>
              <td className={p.attended ? 'present' : 'absent'}>{p.attended ? `✔ 已到${p.joinedAt ? ` ${formatInstant(p.joinedAt).slice(-5)}` : ''}` : '— 未到'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** 上次会议督办事项: the previous meeting's action items reviewed here, done or overdue. */
function PreviousActionItems({ items }: { items: Meeting['previousActionItems'] }) {
  return (
    <section aria-labelledby="previous-heading">
      <h3 id="previous-heading">上次会议督办事项回顾</h3>
      <ul className="action-items">
        {items.map((a) => (
          <li key={a.id}>
            {a.ownerDepartment.nameZh}，{a.task}，完成期限 {dueText(a.due)}，{label(ACTION_ITEM_STATUS_LABELS, a.status)}
            {a.isOverdue && '，⚠ 已逾期'}
            {a.completionNote && `：${a.completionNote}`}
          </li>
        ))}
      </ul>
    </section>
  );
}

import { LockMode, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../../shared/auth';
import { toHubDate } from '../../../shared/time-zone';
import { badInput, conflict, notFound } from '../../../shared/errors';
import { type Connection, CursorPart, findPage, type PageArgs } from '../../../shared/pagination';
import { optionalText, parseId, requireText } from '../validation';
import { deadlineAfter, loadCalendar } from '../calendar/calendar.service';
import { Department } from '../department/department.entity';
import { recordEvent } from '../events/outbox';
import { Issue } from '../issue/issue.entity';
import { LIMITS } from '../issue/issue.service';
import { stepIssue } from '../issue/issue-workflow';
import { IssueStatus } from '../issue/issue-status';
import { requireDepartment } from '../routing/routing.service';
import { ActionItem, AgendaItem, AgendaItemStatus, JointMeeting, MeetingKind, MeetingParticipant, MeetingStatus } from './meeting.entity';
import type { ActionItemFilter, JointMeetingFilter, RecordDecisionInput, ScheduleJointMeetingInput } from './meeting.types';
import { actionItemOverdueSql, asFilter } from '../overdue';
import { authorize, isCoordinator } from '../policy';

/** The invited departments of a meeting: who may follow and act in it (with coordinators). */
export async function invitedDepartments(em: EntityManager, meetingId: number): Promise<string[]> {
  const rows = await em.find(MeetingParticipant, { meeting: meetingId, invited: true });
  return [...new Set(rows.map((p) => p.departmentCode))];
}

export class MeetingService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Running the meeting: coordinators, or officers of the convening department. */
  private assertOrganizer(meeting: JointMeeting, doing: string): void {
    authorize(this.viewer, 'meeting.run', { conveningDepartment: meeting.conveningDepartment.code }, doing);
  }

  private async lockMeeting(tx: EntityManager, id: number): Promise<JointMeeting> {
    const meeting = await tx.findOne(JointMeeting, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!meeting) throw notFound(`No joint meeting with id ${id}.`);
    return meeting;
  }

  /** Locks the meeting an agenda item belongs to (the meeting row serialises every change to it). */
  private async lockItem(tx: EntityManager, itemId: string): Promise<{ meeting: JointMeeting; item: AgendaItem }> {
    const id = parseId(itemId, 'agendaItemId', 'AgendaItem');
    const found = await tx.findOne(AgendaItem, id);
    if (!found) throw notFound(`No agenda item with id ${id}.`);
    const meeting = await this.lockMeeting(tx, found.meeting.id);
    await tx.refresh(found);
    return { meeting, item: found };
  }

  private async emit(tx: EntityManager, meeting: JointMeeting, type: string, payload: Record<string, unknown>, now: Date): Promise<void> {
    await tx.flush();
    await recordEvent(tx, {
      stream: 'MEETING',
      type,
      meetingId: meeting.id,
      departments: await invitedDepartments(tx, meeting.id),
      occurredAt: now,
      payload: { ...payload, actorName: this.viewer.displayName, departmentCode: this.viewer.department },
    });
  }

  /**
   * Invites the departments not yet invited: each gets the meeting in its list (`jointMeetings`)
   * and a DEPARTMENT_INVITED event on the meeting feed it follows (`jointMeetingEvents` without a
   * meeting id), which already counts it among the audience.
   */
  private async invite(tx: EntityManager, meeting: JointMeeting, codes: string[], reason: string, now: Date): Promise<void> {
    const invited = await invitedDepartments(tx, meeting.id);
    const missing = [...new Set(codes)].filter((code) => !invited.includes(code));
    if (!missing.length) return;
    for (const code of missing) tx.create(MeetingParticipant, { meeting, departmentCode: code });
    await tx.flush();
    for (const code of missing) await this.emit(tx, meeting, 'DEPARTMENT_INVITED', { department: code, reason }, now);
  }

  /**
   * The meeting that will review this meeting's action items (its `previousActionItems`): the next
   * one of the series, or for a meeting outside a series the convening department's next one.
   */
  private async reviewingMeeting(tx: EntityManager, meeting: JointMeeting): Promise<JointMeeting | null> {
    const upcoming = { status: { $in: [MeetingStatus.SCHEDULED, MeetingStatus.IN_SESSION] }, scheduledAt: { $gt: meeting.scheduledAt } };
    const where: FilterQuery<JointMeeting> = meeting.seriesKey
      ? { ...upcoming, seriesKey: meeting.seriesKey }
      : { ...upcoming, seriesKey: null, conveningDepartment: meeting.conveningDepartment };
    return tx.findOne(JointMeeting, where, { orderBy: { scheduledAt: 'asc' } });
  }

  private async addIssueToAgenda(tx: EntityManager, meeting: JointMeeting, issueId: number): Promise<AgendaItem> {
    const issue = await tx.findOne(Issue, issueId, { populate: ['leadDepartment'] });
    if (!issue) throw notFound(`No request with id ${issueId}.`);
    if (issue.status !== IssueStatus.ESCALATED) {
      throw conflict(`Request ${issue.number} is ${issue.status}: only escalated requests go on a joint-meeting agenda.`);
    }
    const existing = await tx.find(AgendaItem, { meeting, issue });
    if (existing.some((i) => i.status === AgendaItemStatus.PENDING || i.status === AgendaItemStatus.DISCUSSING)) {
      throw conflict(`Request ${issue.number} is already on this agenda.`);
    }
    const position = (await tx.count(AgendaItem, { meeting })) + 1;
    const item = tx.create(AgendaItem, { meeting, issue, title: `${issue.number} ${issue.title}`, position });
    // the lead department of a request on the agenda is invited
    if (issue.leadDepartment) await this.invite(tx, meeting, [issue.leadDepartment.code], `lead department of request ${issue.number} on the agenda`, this.clock());
    return item;
  }

  /** Schedules a meeting (or a quarterly series of them) with its invitations and agenda; the meetings in date order. */
  async schedule(input: ScheduleJointMeetingInput): Promise<JointMeeting[]> {
    const v = this.viewer;
    authorize(v, 'meeting.schedule', null);
    const title = requireText(input.title, 'title', 200);
    const location = requireText(input.location, 'location', 300);
    if (Number.isNaN(input.scheduledAt.getTime())) throw badInput('scheduledAt is not a valid time.', 'scheduledAt');
    const count = input.seriesCount ?? 1;
    if (!Number.isInteger(count) || count < 1 || count > 12) throw badInput('seriesCount must be 1 to 12.', 'seriesCount');
    if (count > 1 && input.kind !== MeetingKind.REGULAR) throw badInput('Only REGULAR meetings form a series.', 'seriesCount');
    const people = input.invitedPeople ?? [];
    return this.em.transactional(async (tx) => {
      const convening = await requireDepartment(tx, input.conveningDepartment, 'conveningDepartment');
      const departments = [...new Set([convening.code, ...input.invitedDepartments])];
      for (const code of departments) await requireDepartment(tx, code, 'invitedDepartments');
      for (const p of people) {
        requireText(p.name, 'invitedPeople.name', 100);
        await requireDepartment(tx, p.department, 'invitedPeople.department');
      }
      const seriesKey = count > 1 ? `series-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}` : null;
      const meetings: JointMeeting[] = [];
      for (let k = 0; k < count; k++) {
        const at = new Date(input.scheduledAt);
        at.setUTCMonth(at.getUTCMonth() + 3 * k);
        const meeting = tx.create(JointMeeting, {
          title: count > 1 ? `${title} (${k + 1}/${count})` : title,
          kind: input.kind,
          conveningDepartment: convening,
          scheduledAt: at,
          location,
          seriesKey,
          createdBy: v.id,
        });
        for (const code of departments) tx.create(MeetingParticipant, { meeting, departmentCode: code });
        for (const p of people) {
          tx.create(MeetingParticipant, { meeting, departmentCode: p.department, personName: p.name.trim(), userId: p.userId ?? null });
        }
        meetings.push(meeting);
      }
      await tx.flush();
      const now = this.clock();
      for (const m of meetings) await this.emit(tx, m, 'SCHEDULED', { title: m.title, scheduledAt: m.scheduledAt }, now);
      for (const issueId of input.agendaIssueIds ?? []) await this.addIssueToAgenda(tx, meetings[0], parseId(issueId, 'agendaIssueIds', 'Issue'));
      // whoever owns the action items this meeting reviews is invited to it
      const owners = (await previousActionItemsOf(tx, meetings[0])).map((a) => a.ownerDepartment.code);
      await this.invite(tx, meetings[0], owners, 'owns action items reviewed at this meeting', now);
      return meetings;
    });
  }

  async addAgendaItem(meetingId: string, issueId: string): Promise<AgendaItem> {
    return this.em.transactional(async (tx) => {
      const meeting = await this.lockMeeting(tx, parseId(meetingId, 'meetingId', 'JointMeeting'));
      this.assertOrganizer(meeting, 'change the agenda');
      meeting.assertAgendaEditable();
      const item = await this.addIssueToAgenda(tx, meeting, parseId(issueId, 'issueId', 'Issue'));
      await this.emit(tx, meeting, 'AGENDA_ITEM_ADDED', { agendaItemId: item.id, title: item.title, position: item.position }, this.clock());
      return item;
    });
  }

  /** Moves an item to a new 1-based position; the others shift to keep the order dense. */
  async moveAgendaItem(itemId: string, position: number): Promise<AgendaItem> {
    return this.em.transactional(async (tx) => {
      const { meeting, item } = await this.lockItem(tx, itemId);
      this.assertOrganizer(meeting, 'change the agenda');
      meeting.assertAgendaEditable();
      const items = await tx.find(AgendaItem, { meeting }, { orderBy: { position: 'asc' } });
      if (!Number.isInteger(position) || position < 1 || position > items.length) {
        throw badInput(`position must be between 1 and ${items.length}.`, 'position');
      }
      const reordered = items.filter((i) => i.id !== item.id);
      reordered.splice(position - 1, 0, item);
      reordered.forEach((i, index) => (i.position = index + 1));
      await this.emit(tx, meeting, 'AGENDA_REORDERED', { order: reordered.map((i) => i.id) }, this.clock());
      return item;
    });
  }

  async removeAgendaItem(itemId: string): Promise<JointMeeting> {
    return this.em.transactional(async (tx) => {
      const { meeting, item } = await this.lockItem(tx, itemId);
      this.assertOrganizer(meeting, 'change the agenda');
      meeting.assertAgendaEditable();
      if (item.status !== AgendaItemStatus.PENDING) throw conflict(`Item "${item.title}" is ${item.status}: only pending items can be removed.`);
      const rest = (await tx.find(AgendaItem, { meeting }, { orderBy: { position: 'asc' } })).filter((i) => i.id !== item.id);
      const removedId = item.id;
      tx.remove(item);
      await tx.flush();
      rest.forEach((i, index) => (i.position = index + 1));
      await this.emit(tx, meeting, 'AGENDA_ITEM_REMOVED', { agendaItemId: removedId, order: rest.map((i) => i.id) }, this.clock());
      return meeting;
    });
  }

  async start(meetingId: string): Promise<JointMeeting> {
    return this.em.transactional(async (tx) => {
      const meeting = await this.lockMeeting(tx, parseId(meetingId, 'meetingId', 'JointMeeting'));
      this.assertOrganizer(meeting, 'start the meeting');
      meeting.transition('start');
      meeting.startedAt = this.clock();
      await this.emit(tx, meeting, 'STARTED', {}, meeting.startedAt);
      return meeting;
    });
  }

  /** Attendance: the caller joins for their department (and as a named invitee if they are one). */
  async join(meetingId: string): Promise<JointMeeting> {
    const v = this.viewer;
    return this.em.transactional(async (tx) => {
      const meeting = await this.lockMeeting(tx, parseId(meetingId, 'meetingId', 'JointMeeting'));
      const departments = await invitedDepartments(tx, meeting.id);
      authorize(v, 'meeting.follow', { invitedDepartments: departments }, 'take part in this meeting');
      meeting.assertInSession('join');
      const now = this.clock();
      const dept = v.department ?? 'coordination';
      const rows = await tx.find(MeetingParticipant, { meeting });
      const person = rows.find((p) => p.userId === v.id) ?? tx.create(MeetingParticipant, { meeting, departmentCode: dept, personName: v.displayName, userId: v.id, invited: false });
      if (person.attended) return meeting; // joining twice changes nothing
      person.attended = true;
      person.joinedAt = now;
      const deptRow = rows.find((p) => p.personName === null && p.departmentCode === dept);
      if (deptRow && !deptRow.attended) Object.assign(deptRow, { attended: true, joinedAt: now });
      await this.emit(tx, meeting, 'PARTICIPANT_JOINED', { userId: v.id, name: v.displayName, department: dept }, now);
      return meeting;
    });
  }

  /** Takes up an item: one item under discussion at a time. */
  async startAgendaItem(itemId: string): Promise<AgendaItem> {
    return this.em.transactional(async (tx) => {
      const { meeting, item } = await this.lockItem(tx, itemId);
      this.assertOrganizer(meeting, 'lead the discussion');
      meeting.assertInSession('take up an agenda item');
      const current = await tx.findOne(AgendaItem, { meeting, status: AgendaItemStatus.DISCUSSING });
      if (current && current.id !== item.id) throw conflict(`"${current.title}" is under discussion: decide or defer it first.`);
      item.startDiscussion();
      await this.emit(tx, meeting, 'ITEM_DISCUSSING', { agendaItemId: item.id, title: item.title }, this.clock());
      return item;
    });
  }

  /** Records the decision on the item under discussion; its action items land in the owners' inboxes. */
  async recordDecision(input: RecordDecisionInput): Promise<AgendaItem> {
    const decision = requireText(input.decision, 'decision', LIMITS.description);
    if (!input.actionItems.length && !input.leadDepartment) throw badInput('A decision names at least one action item or the lead department.', 'actionItems');
    return this.em.transactional(async (tx) => {
      const { meeting, item } = await this.lockItem(tx, input.agendaItemId);
      this.assertOrganizer(meeting, 'record decisions');
      meeting.assertInSession('record a decision');
      const now = this.clock();
      item.decide(decision, now);
      const calendar = await loadCalendar(tx);
      const today = toHubDate(now);
      const created: ActionItem[] = [];
      for (const [i, a] of input.actionItems.entries()) {
        const owner = await requireDepartment(tx, a.ownerDepartment, `actionItems.${i}.ownerDepartment`);
        const task = requireText(a.task, `actionItems.${i}.task`, LIMITS.note);
        let due: { date: string | null; problem: string | null };
        if (a.dueDate) {
          if (a.dueDate < today) throw badInput(`dueDate ${a.dueDate} is in the past (today is ${today}): give a date from today on.`, `actionItems.${i}.dueDate`);
          due = { date: a.dueDate, problem: null };
        }
        else if (a.dueInWorkingDays != null) {
          if (!Number.isInteger(a.dueInWorkingDays) || a.dueInWorkingDays < 1 || a.dueInWorkingDays > 250) {
            throw badInput('dueInWorkingDays must be 1 to 250.', `actionItems.${i}.dueInWorkingDays`);
          }
          due = deadlineAfter(calendar, today, a.dueInWorkingDays);
        } else throw badInput('Give each action item dueInWorkingDays or dueDate.', `actionItems.${i}`);
        const dueInWorkingDays = a.dueDate ? null : (a.dueInWorkingDays ?? null);
        created.push(tx.create(ActionItem, { meeting, agendaItem: item, issue: item.issue, ownerDepartment: owner, task, dueDate: due.date, dueDateProblem: due.problem, dueInWorkingDays }));
      }
      if (item.issue) {
        const lead = input.leadDepartment ? await requireDepartment(tx, input.leadDepartment, 'leadDepartment') : created[0].ownerDepartment;
        // the decision gives the request back to a lead department, with the owners assisting
        await stepIssue(tx, item.issue.id, {
          actor: this.viewer,
          timeline: 'MEETING_DECIDED',
          now,
          action: 'decideAtMeeting',
          apply: (issue) => {
            issue.leadDepartment = lead;
            issue.assistingDepartmentCodes = [...new Set([...issue.assistingDepartmentCodes, ...created.map((c) => c.ownerDepartment.code)])].filter((c) => c !== lead.code);
          },
          note: `${meeting.title}: ${decision}`,
          departments: created.map((c) => c.ownerDepartment.code),
        });
      }
      await this.emit(tx, meeting, 'DECISION_RECORDED', { agendaItemId: item.id, decision }, now);
      for (const a of created) {
        await this.emit(tx, meeting, 'ACTION_ITEM_CREATED', { actionItemId: a.id, agendaItemId: item.id, ownerDepartment: a.ownerDepartment.code, task: a.task, dueDate: a.dueDate }, now);
      }
      const reviewing = await this.reviewingMeeting(tx, meeting);
      if (reviewing) await this.invite(tx, reviewing, created.map((a) => a.ownerDepartment.code), `owns action items from ${meeting.title} reviewed at this meeting`, now);
      return item;
    });
  }

  /** Defers an item: the request stays ESCALATED and goes on the next meeting of the series, if any. */
  async deferAgendaItem(itemId: string, reason: string): Promise<AgendaItem> {
    const text = requireText(reason, 'reason', LIMITS.note);
    return this.em.transactional(async (tx) => {
      const { meeting, item } = await this.lockItem(tx, itemId);
      this.assertOrganizer(meeting, 'defer agenda items');
      meeting.assertAgendaEditable();
      item.defer(text);
      const now = this.clock();
      let next: JointMeeting | null = null;
      if (meeting.seriesKey) {
        next = await tx.findOne(JointMeeting, { seriesKey: meeting.seriesKey, status: MeetingStatus.SCHEDULED, scheduledAt: { $gt: meeting.scheduledAt } }, { orderBy: { scheduledAt: 'asc' } });
      }
      if (item.issue) {
        const issue = await stepIssue(tx, item.issue.id, { actor: this.viewer, timeline: 'MEETING_DEFERRED', now, note: `${meeting.title}: ${text}` });
        if (next) {
          const moved = await this.addIssueToAgenda(tx, next, issue.id);
          await this.emit(tx, next, 'AGENDA_ITEM_ADDED', { agendaItemId: moved.id, title: moved.title, position: moved.position, deferredFrom: meeting.id }, now);
        }
      }
      await this.emit(tx, meeting, 'ITEM_DEFERRED', { agendaItemId: item.id, reason: text, nextMeetingId: next?.id ?? null }, now);
      return item;
    });
  }

  async adjourn(meetingId: string, summary?: string | null): Promise<JointMeeting> {
    const text = optionalText(summary, 'summary', LIMITS.description);
    return this.em.transactional(async (tx) => {
      const meeting = await this.lockMeeting(tx, parseId(meetingId, 'meetingId', 'JointMeeting'));
      this.assertOrganizer(meeting, 'adjourn the meeting');
      const current = await tx.findOne(AgendaItem, { meeting, status: AgendaItemStatus.DISCUSSING });
      if (current && meeting.status === MeetingStatus.IN_SESSION) throw conflict(`"${current.title}" is still under discussion: decide or defer it first.`);
      meeting.transition('adjourn');
      meeting.adjournedAt = this.clock();
      meeting.summary = text;
      await this.emit(tx, meeting, 'ADJOURNED', { summary: text }, meeting.adjournedAt);
      return meeting;
    });
  }

  async cancel(meetingId: string, reason: string): Promise<JointMeeting> {
    const text = requireText(reason, 'reason', LIMITS.note);
    return this.em.transactional(async (tx) => {
      const meeting = await this.lockMeeting(tx, parseId(meetingId, 'meetingId', 'JointMeeting'));
      this.assertOrganizer(meeting, 'cancel the meeting');
      meeting.transition('cancel');
      meeting.summary = text;
      await this.emit(tx, meeting, 'CANCELLED', { reason: text }, this.clock());
      return meeting;
    });
  }

  /** The owner department reports its action item done. */
  async completeActionItem(id: string, note: string): Promise<ActionItem> {
    const v = this.viewer;
    const text = requireText(note, 'note', LIMITS.note);
    return this.em.transactional(async (tx) => {
      const item = await tx.findOne(ActionItem, parseId(id, 'actionItemId', 'ActionItem'), { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!item) throw notFound(`No action item with id ${id}.`);
      authorize(v, 'actionItem.complete', { ownerDepartment: item.ownerDepartment.code });
      const now = this.clock();
      item.complete(text, now);
      const meeting = await tx.findOneOrFail(JointMeeting, item.meeting.id);
      await this.emit(tx, meeting, 'ACTION_ITEM_DONE', { actionItemId: item.id, ownerDepartment: item.ownerDepartment.code, note: text }, now);
      return item;
    });
  }

  async get(id: string): Promise<JointMeeting> {
    const meeting = await this.em.findOne(JointMeeting, parseId(id, 'id', 'JointMeeting'));
    if (!meeting) throw notFound(`No joint meeting with id ${id}.`);
    authorize(this.viewer, 'meeting.follow', { invitedDepartments: await invitedDepartments(this.em, meeting.id) }, 'can see this meeting');
    return meeting;
  }

  async list(filter: JointMeetingFilter | null | undefined, page: PageArgs): Promise<Connection<JointMeeting>> {
    const v = this.viewer;
    const and: FilterQuery<JointMeeting>[] = [];
    authorize(v, 'meeting.list', null, 'list joint meetings');
    if (!isCoordinator(v)) {
      const mine = await this.em.find(MeetingParticipant, { departmentCode: v.department, invited: true }, { fields: ['meeting'] });
      and.push({ id: { $in: [...new Set(mine.map((p) => p.meeting.id))] } });
    }
    if (filter?.status?.length) and.push({ status: { $in: filter.status } });
    if (filter?.seriesKey) and.push({ seriesKey: filter.seriesKey });
    if (filter?.upcoming != null) and.push({ scheduledAt: filter.upcoming ? { $gte: this.clock() } : { $lt: this.clock() } });
    return findPage(this.em, JointMeeting, and, page, { id: 'asc' }, [CursorPart.id]);
  }

  /** A department's action items (its inbox of meeting tasks); coordinators may name any department. */
  async actionItems(filter: ActionItemFilter | null | undefined, page: PageArgs): Promise<Connection<ActionItem>> {
    const v = this.viewer;
    const and: (FilterQuery<ActionItem> | (() => FilterQuery<ActionItem>))[] = [];
    authorize(v, 'meeting.list', null, 'list action items');
    if (!isCoordinator(v)) {
      and.push({ ownerDepartment: v.department });
    }
    if (filter?.ownerDepartment) and.push({ ownerDepartment: filter.ownerDepartment });
    if (filter?.status?.length) and.push({ status: { $in: filter.status } });
    if (filter?.meetingId) and.push({ meeting: parseId(filter.meetingId, 'filter.meetingId', 'JointMeeting') });
    if (filter?.overdue != null) and.push(asFilter<ActionItem>(actionItemOverdueSql, toHubDate(this.clock()), filter.overdue));
    return findPage(this.em, ActionItem, and, page, { id: 'asc' }, [CursorPart.id]);
  }

  /** The action items of the previous adjourned meeting of the series (or of the convening department). */
  previousActionItems(meeting: JointMeeting): Promise<ActionItem[]> {
    return previousActionItemsOf(this.em, meeting);
  }
}

/** The action items a meeting reviews: those of the previous adjourned meeting of its series (or convening department). */
export async function previousActionItemsOf(em: EntityManager, meeting: JointMeeting): Promise<ActionItem[]> {
  const where: FilterQuery<JointMeeting> = meeting.seriesKey
    ? { seriesKey: meeting.seriesKey, status: MeetingStatus.ADJOURNED, scheduledAt: { $lt: meeting.scheduledAt } }
    : { conveningDepartment: meeting.conveningDepartment, status: MeetingStatus.ADJOURNED, scheduledAt: { $lt: meeting.scheduledAt } };
  const previous = await em.findOne(JointMeeting, where, { orderBy: { scheduledAt: 'desc' } });
  return previous ? em.find(ActionItem, { meeting: previous }, { orderBy: { id: 'asc' } }) : [];
}

export type { Department };

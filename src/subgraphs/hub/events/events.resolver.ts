import { IssueEventType, ReferralEventType } from './event-types';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import { requireViewer } from '../../../shared/auth';
import { EXPIRED, replayThenLive, type Expired } from './event-bus';
import { badInput, cursorExpired, forbidden, unauthenticated } from '../../../shared/errors';
import { decodeEventCursor } from '../../../shared/pagination';
import { parseId } from '../validation';
import type { HubContext } from '../context';
import { Issue } from '../issue/issue.entity';
import { authorize, issueFacts, issueScope } from '../policy';
import { IssueStatus } from '../issue/issue-status';
import { Department } from '../department/department.entity';
import { Referral } from '../referral/referral.entity';
import { accepts, type EventAudience, type HubEvent } from './event-store';
import { droppedThrough, outboxBounds } from './outbox-retention';

/** An issue event: a timeline step (status change), or an SLA warning about the issue. */
@ObjectType({ description: 'Something that happened to a request (诉求): a status change, a timeline step or an SLA warning.' })
export class IssueEvent {
  @Field({ description: 'Resume point: pass it as `after` to receive what came later.' })
  cursor!: string;

  @Field(() => IssueEventType, { description: 'What happened: a timeline step or an SLA warning.' })
  type!: IssueEventType;

  @Field({ description: 'When it happened.' })
  occurredAt!: Date;

  @Field(() => ID, { description: 'The request it is about.' })
  issueId!: string;

  @Field(() => IssueStatus, { nullable: true, description: 'Status before the change; null when the status did not change.' })
  fromStatus!: IssueStatus | null;

  @Field(() => IssueStatus, { nullable: true, description: 'Status after the change; null when the status did not change.' })
  toStatus!: IssueStatus | null;

  @Field(() => String, { nullable: true, description: 'Free-text note of the step (reason, answer, warning).' })
  note!: string | null;

  @Field(() => String, { nullable: true, description: 'Display name of who did it (the system for automatic steps).' })
  actorName!: string | null;

  @Field(() => String, { nullable: true, description: 'Code of the department the actor acted for.' })
  departmentCode!: string | null;
}

/** A referral event: PROPOSED, ACCEPTED, REJECTED, COMPLETED, CANCELLED, OVERDUE. */
@ObjectType({ description: 'Something that happened to a referral (移交/协办) between two departments.' })
export class ReferralEvent {
  @Field({ description: 'Resume point: pass it as `after` to receive what came later.' })
  cursor!: string;

  @Field(() => ReferralEventType, { description: 'What happened to the referral.' })
  type!: ReferralEventType;

  @Field({ description: 'When it happened.' })
  occurredAt!: Date;

  @Field(() => ID, { description: 'The referral it is about.' })
  referralId!: string;

  @Field(() => ID, { description: 'The request the referral belongs to.' })
  issueId!: string;

  /** Codes; the GraphQL fields resolve them to departments. */
  fromDepartmentCode!: string;
  toDepartmentCode!: string;
}

export const parseCursor = (after: string | null | undefined): bigint | null => decodeEventCursor(after, 'after');

/**
 * Opens a replay-then-live stream for the audience the caller may see. Before each event the
 * context gets a fresh EntityManager and DataLoaders, so the payload's fields read current data.
 */
export async function openStream(ctx: HubContext, audience: EventAudience, after: bigint | null): Promise<AsyncIterable<HubEvent | Expired>> {
  const { events, store, outbox } = ctx.runtime;
  let replay = store.forAudience(audience);
  if (after !== null) {
    const em = ctx.em.fork();
    const { newest, droppedThrough: removed } = await outboxBounds(em);
    // a cursor this hub never handed out (another database, a typo) would silently skip events until it is reached
    if (after > newest) throw badInput(`Cursor ${after} is beyond the newest event (${newest}): resume from the cursor of the last event you received.`, 'after');
    // events after it left the replay window: resuming would silently skip them
    if (after < removed) throw cursorExpired(after, outbox.replayDays);
    // and if they leave while it replays (the monthly drop), the stream ends with the same error
    const pages = replay;
    replay = {
      after: async (cursor, limit) => {
        const page = await pages.after(cursor, limit);
        if (cursor < (await droppedThrough(em))) throw cursorExpired(after, outbox.replayDays);
        return page;
      },
    };
  }
  const expiresAt = ctx.auth.kind === 'viewer' ? ctx.auth.expiresAt : null;
  const source = replayThenLive(events, replay, accepts(audience), after, expiresAt);
  return {
    [Symbol.asyncIterator]: () => ({
      next: async () => {
        const result = await source.next();
        if (!result.done) ctx.renew();
        return result;
      },
      return: (v?: unknown) => source.return!(v),
    }),
  };
}

/**
 * Narrows an audience to what the caller may see: the policy's issue scope (the events of an
 * issue name its lead, assisting and referral departments, so a department's scope is "events
 * naming it").
 */
function audienceFor(ctx: HubContext, streams: string[]): EventAudience {
  const scope = issueScope(requireViewer(ctx.auth));
  switch (scope.kind) {
    case 'all':
      return { streams };
    case 'department':
      return { streams, department: scope.department };
    case 'enterprise':
      return { streams, enterpriseUscc: scope.uscc };
    case 'none':
      throw forbidden('This account may not follow events.');
  }
}

export const unwrapEvent = (e: HubEvent | Expired): HubEvent => {
  if (e === EXPIRED) throw unauthenticated('The token has expired: the subscription ended. Reconnect with a new token and the last cursor.');
  return e as HubEvent;
};

@Resolver(() => IssueEvent)
export class IssueEventResolver {
  @Authorized()
  @Subscription(() => IssueEvent, {
    description: 'Status changes, timeline steps and SLA warnings of one issue, or (no issueId) of every issue the caller may see. With `after`, missed events first.',
    subscribe: async ({ args, context }) => {
      const ctx = context as HubContext;
      const audience = audienceFor(ctx, ['ISSUE', 'SLA']);
      const after = parseCursor(args.after); // refused before any lookup
      if (args.issueId != null) {
        const issueId = parseId(args.issueId, 'issueId', 'Issue');
        const issue = await ctx.loaders.issue.load(String(issueId));
        const viewer = requireViewer(ctx.auth);
        if (issue) {
          const referralDepartments = (await ctx.loaders.referralsByIssue.load(String(issueId))).flatMap((r) => [r.fromDepartment.code, r.toDepartment.code]);
          authorize(viewer, 'issue.read', issueFacts(issue, referralDepartments), 'follow it');
          // anyone who may read the issue sees all of its events
          return openStream(ctx, { streams: audience.streams, issueId }, after);
        }
        throw forbidden('No such request to follow.');
      }
      return openStream(ctx, audience, after);
    },
  })
  issueEvents(
    @Root() payload: HubEvent | Expired,
    @Arg('issueId', () => ID, { nullable: true, description: 'One request to follow; omit to follow every request the caller may see.' }) _issueId?: string,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last event received: replays what came after it, then goes live.' }) _after?: string,
  ): IssueEvent {
    const e = unwrapEvent(payload);
    const p = e.payload;
    return {
      cursor: e.id.toString(),
      type: e.type as IssueEventType,
      occurredAt: new Date(e.occurredAt),
      issueId: String(e.issueId),
      fromStatus: p.fromStatus ?? null,
      toStatus: p.toStatus ?? null,
      note: p.note ?? null,
      actorName: p.actorName ?? null,
      departmentCode: p.departmentCode ?? null,
    };
  }

  @FieldResolver(() => Issue, { nullable: true, description: 'The issue as it is now (its enterprise is federated: other departments\' fields resolve).' })
  issue(@Root() e: IssueEvent, @Ctx() ctx: HubContext) {
    return ctx.loaders.issue.load(e.issueId);
  }
}

@Resolver(() => ReferralEvent)
export class ReferralEventResolver {
  @Authorized()
  @Subscription(() => ReferralEvent, {
    description: 'Referrals to and from a department as they are proposed, answered, completed or become overdue. With `after`, missed events first.',
    subscribe: ({ args, context }) => {
      const ctx = context as HubContext;
      const viewer = requireViewer(ctx.auth);
      const department = String(args.department);
      authorize(viewer, 'referral.follow', { department });
      return openStream(ctx, { streams: ['REFERRAL'], department }, parseCursor(args.after));
    },
  })
  referralEvents(
    @Root() payload: HubEvent | Expired,
    @Arg('department', () => ID, { description: 'Department code whose incoming and outgoing referrals to follow (your own department).' }) _department: string,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last event received: replays what came after it, then goes live.' }) _after?: string,
  ): ReferralEvent {
    const e = unwrapEvent(payload);
    return {
      cursor: e.id.toString(),
      type: e.type as ReferralEventType,
      occurredAt: new Date(e.occurredAt),
      referralId: String(e.referralId),
      issueId: String(e.issueId),
      fromDepartmentCode: e.payload.fromDepartment,
      toDepartmentCode: e.payload.toDepartment,
    };
  }

  @FieldResolver(() => Department, { description: 'The department that handed the request over (as on Referral).' })
  async fromDepartment(@Root() e: ReferralEvent, @Ctx() ctx: HubContext) {
    return (await ctx.loaders.department.load(e.fromDepartmentCode))!;
  }

  @FieldResolver(() => Department, { description: 'The department it was handed to (as on Referral).' })
  async toDepartment(@Root() e: ReferralEvent, @Ctx() ctx: HubContext) {
    return (await ctx.loaders.department.load(e.toDepartmentCode))!;
  }

  @FieldResolver(() => Referral, { nullable: true, description: 'The referral as it is now; null if the caller may not see it.' })
  async referral(@Root() e: ReferralEvent, @Ctx() ctx: HubContext) {
    return (await ctx.loaders.referralsByIssue.load(e.issueId)).find((r) => String(r.id) === e.referralId) ?? null;
  }

  @FieldResolver(() => Issue, { nullable: true, description: 'The request the referral belongs to, as it is now.' })
  issue(@Root() e: ReferralEvent, @Ctx() ctx: HubContext) {
    return ctx.loaders.issue.load(e.issueId);
  }
}

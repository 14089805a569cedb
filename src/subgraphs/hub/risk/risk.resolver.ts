import { Arg, Args, Authorized, Ctx, Directive, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import { requireViewer } from '../../../shared/auth';
import { viewerOf } from '../../../shared/context';
import { badInput, forbidden } from '../../../shared/errors';
import { ListSize, PagedList } from '../../../shared/list-size';
import { ConnectionArgs, connectionType, CursorPart, findPage, withLazyTotal } from '../../../shared/pagination';
import { maxRiskLevel, riskRank, RISK_LEVELS, RiskLevel, riskSignalType, type RiskSignalData } from '../../../shared/risk';
import type { HubContext } from '../context';
import { requireKnownDepartments } from '../department/known-departments';
import { Enterprise } from '../enterprise/enterprise.entity';
import type { Expired } from '../events/event-bus';
import type { HubEvent } from '../events/event-store';
import { openStream, parseCursor, unwrapEvent } from '../events/events.resolver';
import { RiskAssessmentRecord } from './risk-assessment.entity';
import { RISK_STREAM } from './risk-assessor';
import { assertMayReadRisk, maySeeSignalDetails, riskEventAudience } from './risk-policy';
import { requiredSignals } from './risk-signals.loader';
import { riskRequires, RISK_SOURCES } from './risk-sources';

/** The hub's RiskSignal type (each department has its own copy: @shareable). */
export const RiskSignal = riskSignalType();

/**
 * Each department's signal field, declared on the hub's Enterprise as `@external`: the gateway
 * fetches it from the department and hands it to `riskAssessment` (`@requires`). Declared from the
 * one table of sources, so adding a department adds its field here without code.
 */
for (const source of RISK_SOURCES) {
  if (!source.field) continue;
  Directive('@external')(Enterprise.prototype, source.field);
  Field(() => [RiskSignal], { nullable: true, description: `Risk signals the ${source.source} department raises (resolved by it; input of riskAssessment).` })(Enterprise.prototype, source.field);
}

@ObjectType({ description: "An enterprise's cross-department risk assessment (维稳风险评估): the highest level of the departments' signals, and the signals." })
export class RiskAssessment {
  uscc!: string;

  @Field(() => RiskLevel, { description: 'Overall level: the highest level of the signals (NONE without signals).' })
  level!: RiskLevel;

  @ListSize(50)
  @Field(() => [RiskSignal], { description: 'The signals behind it, highest level first, from every department (their details per need-to-know).' })
  signals!: RiskSignalData[];
}

const bySeverity = (a: RiskSignalData, b: RiskSignalData) =>
  riskRank(b.level) - riskRank(a.level) || a.department.localeCompare(b.department) || a.category.localeCompare(b.category);

/**
 * A department's signals as the gateway brought them (JSON): only well-formed entries, dates as
 * dates, and always attributed to the department whose field they came in (a representation
 * cannot pass one department's signal off as another's).
 */
function fromRepresentation(value: unknown, department: string): RiskSignalData[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((s): s is Record<string, unknown> => !!s && typeof s === 'object' && RISK_LEVELS.includes(s.level as RiskLevel) && typeof s.category === 'string')
    .map((s) => ({
      department,
      category: s.category as string,
      level: s.level as RiskLevel,
      observedAt: new Date(String(s.observedAt)),
      details: typeof s.details === 'string' ? s.details : null,
    }))
    .filter((s) => !Number.isNaN(s.observedAt.getTime()));
}

@Resolver(() => Enterprise)
export class EnterpriseRiskResolver {
  @Authorized()
  @Directive(`@requires(fields: "${riskRequires()}")`)
  @FieldResolver(() => RiskAssessment, {
    nullable: true,
    description: 'Cross-department risk assessment (维稳风险评估): level and signals from every department. Departments see every signal\'s level and category, the details of their own; coordinators everything; the enterprise itself nothing (null with FORBIDDEN).',
  })
  async riskAssessment(@Root() e: Enterprise, @Ctx() ctx: HubContext): Promise<RiskAssessment> {
    assertMayReadRisk(viewerOf(ctx));
    const required = requiredSignals(ctx, e.uscc);
    const fromDepartments = RISK_SOURCES.flatMap((s) => (s.field ? fromRepresentation(required[s.field], s.source) : []));
    const own = await ctx.loaders.hubRiskSignals.load(e.uscc);
    const signals = [...fromDepartments, ...own].filter((s) => riskRank(s.level) > 0).sort(bySeverity);
    return { uscc: e.uscc, level: maxRiskLevel(signals.map((s) => s.level)), signals };
  }
}

@Resolver(() => RiskSignal)
export class RiskSignalResolver {
  @FieldResolver(() => String, { nullable: true, description: 'What lies behind it (counts, amounts, case or alert text). Confidential: the owning department and coordinators only; null with FORBIDDEN for anyone else.' })
  details(@Root() s: RiskSignalData, @Ctx() ctx: HubContext): string | null {
    if (!maySeeSignalDetails(viewerOf(ctx), s.department)) {
      throw forbidden(`The details of a ${s.department} risk signal are confidential to the ${s.department} department (need-to-know); you see its level and category.`);
    }
    return s.details ?? null;
  }
}

/** One enterprise on the joint meeting's risk agenda. */
@ObjectType({ description: 'An enterprise at risk (维稳风险企业) as the hub last assessed it: for the joint meeting\'s agenda.' })
export class EnterpriseRisk {
  uscc!: string;

  @Field(() => RiskLevel, { description: 'Overall level at the last assessment.' })
  level!: RiskLevel;

  @ListSize(10)
  @Field(() => [ID], { description: 'Codes of the departments with a signal.' })
  departments!: string[];

  @Field(() => Date, { description: 'When the level last changed.' })
  changedAt!: Date;
}

const EnterpriseRiskConnection = connectionType(EnterpriseRisk, 'EnterpriseRisk');
const LEVEL_PART: CursorPart<number> = { parse: (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 3 ? v : undefined) };
const USCC_PART = CursorPart.text(18, /^[0-9A-HJ-NPQRTUWXY]{18}$/);

@Resolver(() => EnterpriseRisk)
export class EnterpriseRiskListResolver {
  @Authorized()
  @PagedList()
  @Query(() => EnterpriseRiskConnection, {
    description: 'Enterprises at risk (维稳风险企业) for the joint-meeting agenda: level at least `level`, optionally only those where `department` has a signal; highest level first, then by USCC. Departments and coordinators.',
  })
  async enterprisesAtRisk(
    @Arg('level', () => RiskLevel, { defaultValue: RiskLevel.LOW, description: 'Lowest level listed (LOW, MEDIUM or HIGH).' }) level: RiskLevel,
    @Arg('department', () => ID, { nullable: true, description: 'Only enterprises where this department has a signal.' }) department: string | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: HubContext,
  ) {
    assertMayReadRisk(viewerOf(ctx));
    if (level === RiskLevel.NONE) throw badInput('level must be LOW, MEDIUM or HIGH: the list is of enterprises at risk.', 'level');
    await requireKnownDepartments(ctx, { department });
    const conditions = [{ rank: { $gte: riskRank(level) } }, ...(department ? [{ departments: { $contains: [department] } }] : [])];
    const connection = await findPage(ctx.em, RiskAssessmentRecord, conditions as never, page, { rank: 'desc', uscc: 'asc' }, [LEVEL_PART, USCC_PART]);
    // the count stays lazy: a page without totalCount is one statement
    return withLazyTotal(
      {
        pageInfo: connection.pageInfo,
        edges: connection.edges.map((e) => ({
          cursor: e.cursor,
          node: { uscc: e.node.uscc, level: RISK_LEVELS[e.node.rank], departments: e.node.departments, changedAt: e.node.changedAt },
        })),
      },
      () => connection.totalCount,
    );
  }

  @FieldResolver(() => Enterprise, { description: 'The enterprise (its riskAssessment gives the signals).' })
  async enterprise(@Root() r: EnterpriseRisk, @Ctx() ctx: HubContext) {
    return (await ctx.loaders.enterprise.load(r.uscc))!;
  }
}

/** A rise of an enterprise's risk level (风险升级). */
@ObjectType({ description: "A rise of an enterprise's risk level (风险升级)." })
export class RiskEvent {
  @Field({ description: 'Resume point: pass it as `after` to receive what came later.' })
  cursor!: string;

  @Field({ description: 'What happened: RISK_RAISED.' })
  type!: string;

  @Field({ description: 'When the hub assessed the rise.' })
  occurredAt!: Date;

  uscc!: string;

  @Field(() => RiskLevel, { description: 'Level before.' })
  fromLevel!: RiskLevel;

  @Field(() => RiskLevel, { description: 'Level after.' })
  toLevel!: RiskLevel;

  @ListSize(10)
  @Field(() => [ID], { description: 'Codes of the departments with a signal at that moment (they hear the event, with the coordinators).' })
  departments!: string[];
}

@Resolver(() => RiskEvent)
export class RiskEventResolver {
  @Authorized()
  @Subscription(() => RiskEvent, {
    description: 'Rises of enterprises\' risk levels: coordinators hear every one, a department those of enterprises where it has a signal. With `after`, missed events first.',
    subscribe: ({ args, context }) => {
      const ctx = context as HubContext;
      const { department } = riskEventAudience(requireViewer(ctx.auth));
      return openStream(ctx, { streams: [RISK_STREAM], department }, parseCursor(args.after));
    },
  })
  riskEvents(
    @Root() payload: HubEvent | Expired,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last event received: replays what came after it, then goes live.' }) _after?: string,
  ): RiskEvent {
    const e = unwrapEvent(payload);
    return {
      cursor: e.id.toString(),
      type: e.type,
      occurredAt: new Date(e.occurredAt),
      uscc: e.enterpriseUscc!,
      fromLevel: e.payload.fromLevel,
      toLevel: e.payload.toLevel,
      departments: e.departments,
    };
  }

  @FieldResolver(() => Enterprise, { nullable: true, description: 'The enterprise, as it is now (its riskAssessment is federated).' })
  enterprise(@Root() e: RiskEvent, @Ctx() ctx: HubContext) {
    return ctx.loaders.enterprise.load(e.uscc);
  }
}



import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root, registerEnumType, type ClassType } from 'type-graphql';
import { Confidential } from './audit/confidential';
import { hasRole } from './auth';
import { type RequestContext, viewerOf } from './context';
import { ListSize } from './list-size';

/**
 * Risk levels of the cross-department risk assessment (维稳风险评估). Shared by every subgraph that
 * publishes risk signals (the enum is used in their inputs too, so Federation wants it identical
 * everywhere: one definition, here).
 */
export enum RiskLevel {
  NONE = 'NONE',
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}
registerEnumType(RiskLevel, {
  name: 'RiskLevel',
  description: 'Level of a risk signal or of an enterprise\'s overall risk assessment (维稳风险等级), lowest to highest.',
  valuesConfig: {
    NONE: { description: 'No signal.' },
    LOW: { description: 'Worth watching (关注).' },
    MEDIUM: { description: 'Needs a department\'s attention (预警).' },
    HIGH: { description: 'Put before the joint meeting (重点管控).' },
  },
});

export const RISK_LEVELS: readonly RiskLevel[] = [RiskLevel.NONE, RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH];

/** 0 (NONE) … 3 (HIGH): what the database stores and sorts by. */
export const riskRank = (level: RiskLevel | string): number => Math.max(0, RISK_LEVELS.indexOf(level as RiskLevel));

/** The higher of the levels (NONE for none): the overall level is the maximum of the signals' levels. */
export const maxRiskLevel = (levels: Iterable<RiskLevel | string>): RiskLevel => {
  let rank = 0;
  for (const l of levels) rank = Math.max(rank, riskRank(l));
  return RISK_LEVELS[rank];
};

/** A signal as a department publishes it: the shape every department's `<dept>RiskSignals` field returns. */
export interface RiskSignalData {
  department: string;
  category: string;
  level: RiskLevel;
  observedAt: Date | string;
  details: string | null;
}

/**
 * The `RiskSignal` value type: one per subgraph (type-graphql attaches field resolvers to a class
 * globally, so the hub's `details` rule must not leak into a department's schema). `@shareable`:
 * the departments produce it, the hub hands it on inside `riskAssessment`.
 */
export function riskSignalType() {
  @Directive('@shareable')
  @ObjectType('RiskSignal', { description: 'One risk signal (风险信号) a department computed from its own records, by its own rules.' })
  class RiskSignal implements RiskSignalData {
    @Field(() => ID, { description: 'Code of the department whose records raised it (police, market, tax, judicial).' })
    department!: string;

    @Field({ description: 'What kind of signal, in the department\'s own terms, e.g. REPEATED_ALERTS, SEVERE_ALERTS, WAGE_ARREARS_REQUESTS.' })
    category!: string;

    @Field(() => RiskLevel, { description: 'How serious the department\'s rule says it is.' })
    level!: RiskLevel;

    @Field(() => Date, { description: 'When the latest record behind it happened.' })
    observedAt!: Date | string;

    @Field(() => String, { nullable: true, description: 'What lies behind it (counts, amounts, case or alert text). Confidential: the owning department and coordinators only; null with FORBIDDEN for anyone else.' })
    details!: string | null;
  }
  return RiskSignal;
}

/** A materialised signal row as a department stores it (`<dept>.risk_signal`). */
interface StoredSignal {
  category: string;
  level: RiskLevel;
  observedAt: Date;
  details: string;
}

/**
 * `Enterprise.<dept>RiskSignals`: what a department contributes to the hub's `riskAssessment`
 * (`@requires`), from its materialised rows. `@inaccessible`: the gateway fetches it for the hub.
 * Need-to-know at the source, for the caller (the gateway forwards the caller's token): details
 * only for the department and coordinators; enterprise users get no signals at all. Audited as
 * `<dept>.riskSignals`. Each call makes its own classes (one per subgraph).
 */
export function departmentRiskSignals<C extends RequestContext>(opts: {
  department: string;
  /** The subgraph's Enterprise key type (`enterpriseExtension(...).EnterpriseKey`). */
  enterpriseKey: ClassType;
  /** Whose records, for the description: "the police", "market supervision". */
  owner: string;
  /** The most signals an enterprise can have (@listSize, for the gateway's cost limit). */
  listSize: number;
  /** The enterprise's rows, through the request's DataLoader. */
  rows(ctx: C, uscc: string): Promise<StoredSignal[]>;
}) {
  const RiskSignal = riskSignalType();

  @Resolver(() => opts.enterpriseKey)
  class DepartmentRiskSignalsResolver {
    @Directive('@inaccessible')
    @ListSize(opts.listSize)
    @Confidential(`${opts.department}.riskSignals`, opts.department)
    @FieldResolver(() => [RiskSignal], { name: `${opts.department}RiskSignals`, nullable: true, description: `Risk signals (风险信号) from ${opts.owner}'s records about the enterprise, for the hub's riskAssessment (not public).` })
    async signals(@Root() e: { uscc: string }, @Ctx() ctx: C): Promise<RiskSignalData[]> {
      const viewer = viewerOf(ctx);
      if (!hasRole(viewer, 'OFFICER', 'DEPT_ADMIN', 'COORDINATOR')) return [];
      const full = hasRole(viewer, 'COORDINATOR') || viewer.department === opts.department;
      return (await opts.rows(ctx, e.uscc)).map((s) => ({
        department: opts.department,
        category: s.category,
        level: s.level,
        observedAt: s.observedAt,
        details: full ? s.details : null,
      }));
    }
  }
  return { RiskSignal, SignalsResolver: DepartmentRiskSignalsResolver };
}

import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The hub's stored assessment of an enterprise's risk (维稳风险评估): the maximum level of every
 * department's published signals, recomputed by the hub when a department NOTIFYs a change (and by
 * a sweep). It drives `riskEvents` (a rise emits an event) and `enterprisesAtRisk`; reading
 * `enterprise.riskAssessment` assembles the signals themselves through federation.
 */
@Entity({ tableName: 'risk_assessment' })
@Index({ name: 'risk_assessment_rank_uscc_index', expression: 'create index "risk_assessment_rank_uscc_index" on "hub"."risk_assessment" ("rank" desc, "uscc")' })
export class RiskAssessmentRecord {
  @PrimaryKey({ type: 'string', length: 18 })
  uscc!: string;

  /** 0 NONE … 3 HIGH (`RISK_LEVELS`): the agenda sorts by it. */
  @Property({ type: 'smallint' })
  rank!: number;

  /** Departments with a signal above NONE, sorted: who hears a rise, and the agenda's department filter. */
  @Property({ type: 'string[]', default: '{}' })
  departments: string[] = [];

  @Property({ type: 'datetime' })
  assessedAt!: Date;

  /** When the level last changed. */
  @Property({ type: 'datetime' })
  changedAt!: Date;
}

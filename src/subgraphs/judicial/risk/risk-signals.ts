import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { RiskLevel } from '../../../shared/risk';
import { DateScalar } from '../../../shared/scalars';
import { Litigation, LitigationRole, MediationCase } from '../mediation/judicial.entity';
import { DisputeCategory, MediationGrade, MediationStatus } from '../mediation/mediation-rules';

// the levels are the shared scale of the risk assessment (维稳风险评估): Federation wants one RiskLevel
export { RiskLevel };

export enum JudicialSignalCategory {
  OPEN_MEDIATION = 'OPEN_MEDIATION',
  FAILED_MEDIATION = 'FAILED_MEDIATION',
  WAGE_ARREARS = 'WAGE_ARREARS',
  LITIGATION = 'LITIGATION',
}
registerEnumType(JudicialSignalCategory, {
  name: 'JudicialSignalCategory',
  description: 'Kind of judicial risk signal (司法风险信号).',
  valuesConfig: {
    OPEN_MEDIATION: { description: 'A dispute under mediation (调解中); the higher the grade, the higher the level.' },
    FAILED_MEDIATION: { description: 'A mediation that failed recently and has not (yet) gone to court.' },
    WAGE_ARREARS: { description: 'A wage-arrears dispute (欠薪纠纷), open or failed recently: a sign of a broken funding chain or absconding owners (弃企跑路).' },
    LITIGATION: { description: 'A pending lawsuit involving the enterprise (涉企诉讼).' },
  },
});

/** A failed mediation keeps signalling for this many days after it closed (the default rule). */
export const RECENT_FAILURE_DAYS = 180;

/**
 * The conditions a judicial risk rule (风险规则) sets a level for: the bureau's administrators edit
 * the levels (and the failure windows) as data (`setJudicialRiskRules`), not code.
 */
export enum JudicialRiskCondition {
  OPEN_COMMUNITY = 'OPEN_COMMUNITY',
  OPEN_STREET = 'OPEN_STREET',
  OPEN_DISTRICT = 'OPEN_DISTRICT',
  OPEN_WAGE_ARREARS = 'OPEN_WAGE_ARREARS',
  FAILED = 'FAILED',
  FAILED_WAGE_ARREARS = 'FAILED_WAGE_ARREARS',
  LITIGATION_AFTER_MEDIATION = 'LITIGATION_AFTER_MEDIATION',
  LITIGATION_DEFENDANT = 'LITIGATION_DEFENDANT',
  LITIGATION_PLAINTIFF = 'LITIGATION_PLAINTIFF',
}
registerEnumType(JudicialRiskCondition, {
  name: 'JudicialRiskCondition',
  description: 'What a judicial risk rule (司法风险规则) sets the level of.',
  valuesConfig: {
    OPEN_COMMUNITY: { description: 'An open case at the community grade (村居调解).' },
    OPEN_STREET: { description: 'An open case at the street grade (镇街调解).' },
    OPEN_DISTRICT: { description: 'An open case at the district grade (区县调解).' },
    OPEN_WAGE_ARREARS: { description: 'An open wage-arrears case (欠薪纠纷), whatever its grade.' },
    FAILED: { description: 'A case failed within the rule\'s window and not gone to court.' },
    FAILED_WAGE_ARREARS: { description: 'A wage-arrears case failed within the rule\'s window.' },
    LITIGATION_AFTER_MEDIATION: { description: 'A pending lawsuit that grew out of a failed mediation.' },
    LITIGATION_DEFENDANT: { description: 'A pending lawsuit against the enterprise (被告).' },
    LITIGATION_PLAINTIFF: { description: 'A pending lawsuit the enterprise brought (原告).' },
  },
});

/** One rule: the level of a condition (NONE: no signal), and for failures how long they count. */
export interface JudicialRuleFact {
  condition: JudicialRiskCondition;
  level: RiskLevel;
  windowDays: number | null;
}

/** The conditions with a window (days after the failure). */
export const WINDOWED_CONDITIONS: readonly JudicialRiskCondition[] = [JudicialRiskCondition.FAILED, JudicialRiskCondition.FAILED_WAGE_ARREARS];

/** The default rules: today's practice, and what the migration inserts. */
export const DEFAULT_JUDICIAL_RULES: readonly JudicialRuleFact[] = [
  { condition: JudicialRiskCondition.OPEN_COMMUNITY, level: RiskLevel.LOW, windowDays: null },
  { condition: JudicialRiskCondition.OPEN_STREET, level: RiskLevel.MEDIUM, windowDays: null },
  { condition: JudicialRiskCondition.OPEN_DISTRICT, level: RiskLevel.HIGH, windowDays: null },
  { condition: JudicialRiskCondition.OPEN_WAGE_ARREARS, level: RiskLevel.HIGH, windowDays: null },
  { condition: JudicialRiskCondition.FAILED, level: RiskLevel.MEDIUM, windowDays: RECENT_FAILURE_DAYS },
  { condition: JudicialRiskCondition.FAILED_WAGE_ARREARS, level: RiskLevel.HIGH, windowDays: RECENT_FAILURE_DAYS },
  { condition: JudicialRiskCondition.LITIGATION_AFTER_MEDIATION, level: RiskLevel.HIGH, windowDays: null },
  { condition: JudicialRiskCondition.LITIGATION_DEFENDANT, level: RiskLevel.MEDIUM, windowDays: null },
  { condition: JudicialRiskCondition.LITIGATION_PLAINTIFF, level: RiskLevel.LOW, windowDays: null },
];

/** One judicial risk signal: computed from the bureau's records on each read, never stored. */
@ObjectType({ description: 'One judicial risk signal (司法风险信号) about an enterprise, computed from its mediation cases and litigation; a cross-department risk assessment weighs it with the other departments\' signals.' })
export class JudicialRiskSignal {
  @Field(() => JudicialSignalCategory, { description: 'What kind of signal.' })
  category!: JudicialSignalCategory;

  @Field(() => RiskLevel, { description: 'How strong the signal is.' })
  level!: RiskLevel;

  @Field(() => DateScalar, { description: 'Day the signal was observed: the case was opened or escalated to its grade, closed as failed, or the lawsuit filed.' })
  observedAt!: string;

  @Field(() => ID, { description: 'Global id of the record behind it (`MediationCase:<n>` or `Litigation:<n>`).' })
  sourceId!: string;

  /** The enterprise (the audit middleware and the detail check read it). */
  uscc!: string;

  /** Case text for the detail field: judicial staff and coordinators only. */
  detailText!: string;
}

const GRADE_CONDITION: Record<MediationGrade, JudicialRiskCondition> = {
  [MediationGrade.COMMUNITY]: JudicialRiskCondition.OPEN_COMMUNITY,
  [MediationGrade.STREET]: JudicialRiskCondition.OPEN_STREET,
  [MediationGrade.DISTRICT]: JudicialRiskCondition.OPEN_DISTRICT,
};
const GRADE_WORD: Record<MediationGrade, string> = { COMMUNITY: '村居', STREET: '镇街', DISTRICT: '区县' };

const LEVEL_ORDER = [RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW];

/** The calendar day `days` before `day` (YYYY-MM-DD; calendar arithmetic, no time zone involved). */
function daysBefore(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/**
 * The judicial signals of one enterprise (pure: records and today's date in, signals out).
 * - an open case: OPEN_MEDIATION, LOW / MEDIUM / HIGH by grade (community / street / district),
 *   observed when it reached that grade; a wage-arrears case: WAGE_ARREARS, HIGH;
 * - a case failed within RECENT_FAILURE_DAYS: WAGE_ARREARS HIGH for wage arrears, else
 *   FAILED_MEDIATION MEDIUM unless it already went to court (then its lawsuit signals);
 * - a pending lawsuit: LITIGATION, HIGH when it grew out of a failed mediation, MEDIUM when the
 *   enterprise is the defendant, LOW when it sues.
 * Settled cases and concluded lawsuits do not signal. Highest level first, then newest.
 */
export function judicialRiskSignals(cases: MediationCase[], litigations: Litigation[], today: string, rules: readonly JudicialRuleFact[] = DEFAULT_JUDICIAL_RULES): JudicialRiskSignal[] {
  const rule = new Map(rules.map((r) => [r.condition, r]));
  const levelOf = (c: JudicialRiskCondition) => rule.get(c)?.level ?? RiskLevel.NONE;
  const sinceOf = (c: JudicialRiskCondition) => daysBefore(today, rule.get(c)?.windowDays ?? RECENT_FAILURE_DAYS);
  const signals: JudicialRiskSignal[] = [];
  const litigated = new Set(litigations.filter((l) => l.mediationCase).map((l) => l.mediationCase!.id));
  const caseText = (c: MediationCase) => `${c.caseNo} ${c.subject}（${GRADE_WORD[c.grade]}调解）`;
  for (const c of cases) {
    const wages = c.category === DisputeCategory.WAGE_ARREARS;
    const base = { uscc: c.uscc, sourceId: c.globalId };
    if (c.status === MediationStatus.OPEN) {
      signals.push({
        ...base,
        category: wages ? JudicialSignalCategory.WAGE_ARREARS : JudicialSignalCategory.OPEN_MEDIATION,
        level: levelOf(wages ? JudicialRiskCondition.OPEN_WAGE_ARREARS : GRADE_CONDITION[c.grade]),
        observedAt: c.gradeSince,
        detailText: `调解中：${caseText(c)}`,
      });
    } else if (c.status === MediationStatus.FAILED && c.closedOn && c.closedOn >= sinceOf(wages ? JudicialRiskCondition.FAILED_WAGE_ARREARS : JudicialRiskCondition.FAILED) && (wages || !litigated.has(c.id))) {
      signals.push({
        ...base,
        category: wages ? JudicialSignalCategory.WAGE_ARREARS : JudicialSignalCategory.FAILED_MEDIATION,
        level: levelOf(wages ? JudicialRiskCondition.FAILED_WAGE_ARREARS : JudicialRiskCondition.FAILED),
        observedAt: c.closedOn,
        detailText: `调解不成：${caseText(c)}${c.closingNote ? `；${c.closingNote}` : ''}`,
      });
    }
  }
  for (const l of litigations) {
    if (!l.pending) continue;
    signals.push({
      uscc: l.uscc,
      sourceId: l.globalId,
      category: JudicialSignalCategory.LITIGATION,
      level: levelOf(l.mediationCase ? JudicialRiskCondition.LITIGATION_AFTER_MEDIATION : l.role === LitigationRole.DEFENDANT ? JudicialRiskCondition.LITIGATION_DEFENDANT : JudicialRiskCondition.LITIGATION_PLAINTIFF),
      observedAt: l.filedOn,
      detailText: `${l.court} ${l.caseNo} ${l.cause}（${l.role === LitigationRole.DEFENDANT ? '被告' : '原告'}）`,
    });
  }
  // a rule at NONE raises no signal
  return signals.filter((x) => x.level !== RiskLevel.NONE).sort((a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) || b.observedAt.localeCompare(a.observedAt) || a.sourceId.localeCompare(b.sourceId));
}

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

/** A failed mediation keeps signalling for this many days after it closed. */
export const RECENT_FAILURE_DAYS = 180;

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

const GRADE_LEVEL: Record<MediationGrade, RiskLevel> = {
  [MediationGrade.COMMUNITY]: RiskLevel.LOW,
  [MediationGrade.STREET]: RiskLevel.MEDIUM,
  [MediationGrade.DISTRICT]: RiskLevel.HIGH,
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
export function judicialRiskSignals(cases: MediationCase[], litigations: Litigation[], today: string): JudicialRiskSignal[] {
  const signals: JudicialRiskSignal[] = [];
  const litigated = new Set(litigations.filter((l) => l.mediationCase).map((l) => l.mediationCase!.id));
  const recentSince = daysBefore(today, RECENT_FAILURE_DAYS);
  const caseText = (c: MediationCase) => `${c.caseNo} ${c.subject}（${GRADE_WORD[c.grade]}调解）`;
  for (const c of cases) {
    const wages = c.category === DisputeCategory.WAGE_ARREARS;
    const base = { uscc: c.uscc, sourceId: c.globalId };
    if (c.status === MediationStatus.OPEN) {
      signals.push({
        ...base,
        category: wages ? JudicialSignalCategory.WAGE_ARREARS : JudicialSignalCategory.OPEN_MEDIATION,
        level: wages ? RiskLevel.HIGH : GRADE_LEVEL[c.grade],
        observedAt: c.gradeSince,
        detailText: `调解中：${caseText(c)}`,
      });
    } else if (c.status === MediationStatus.FAILED && c.closedOn && c.closedOn >= recentSince && (wages || !litigated.has(c.id))) {
      signals.push({
        ...base,
        category: wages ? JudicialSignalCategory.WAGE_ARREARS : JudicialSignalCategory.FAILED_MEDIATION,
        level: wages ? RiskLevel.HIGH : RiskLevel.MEDIUM,
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
      level: l.mediationCase ? RiskLevel.HIGH : l.role === LitigationRole.DEFENDANT ? RiskLevel.MEDIUM : RiskLevel.LOW,
      observedAt: l.filedOn,
      detailText: `${l.court} ${l.caseNo} ${l.cause}（${l.role === LitigationRole.DEFENDANT ? '被告' : '原告'}）`,
    });
  }
  return signals.sort((a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) || b.observedAt.localeCompare(a.observedAt) || a.sourceId.localeCompare(b.sourceId));
}

import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { Clock } from '../../../shared/clock';
import { formatFen, toFen } from '../../../shared/money';
import { maxRiskLevel, RiskLevel } from '../../../shared/risk';
import { RiskSignalLevel, type RiskSignal } from '../../../shared/risk-signal';
import { MarketRiskCondition, MarketRiskRule } from '../risk/risk-rule.entity';
import { DateScalar } from '../../../shared/scalars';
import { toHubDate } from '../../../shared/time-zone';

/** What market supervision's risk signals are about. */
export enum MarketRiskCategory {
  ABNORMAL_LISTING = 'ABNORMAL_LISTING',
  RECENT_PENALTY = 'RECENT_PENALTY',
  COMPLAINTS = 'COMPLAINTS',
}
registerEnumType(MarketRiskCategory, {
  name: 'MarketRiskCategory',
  description: 'What a market-supervision risk signal (风险信号) is about.',
  valuesConfig: {
    ABNORMAL_LISTING: { description: 'Currently on the abnormal-operation list (经营异常名录).' },
    RECENT_PENALTY: { description: 'Administrative penalties (行政处罚) decided in the last year, not revoked.' },
    COMPLAINTS: { description: 'Consumer complaints (消费者投诉) received in the last 90 days, not dismissed.' },
  },
});

/** Penalties decided within this many days count as recent; complaints received within `complaintWindowDays`. */
export const MARKET_SIGNAL_WINDOWS = { penaltyWindowDays: 365, complaintWindowDays: 90 } as const;

/** One market rule as the signals need it. */
export interface MarketRuleFact {
  condition: MarketRiskCondition;
  level: RiskLevel;
  threshold: number | null;
}

/** The default rules: the former code rules, and what the migration inserts. */
export const DEFAULT_MARKET_RULES: readonly MarketRuleFact[] = [
  { condition: MarketRiskCondition.ABNORMAL_LISTING, level: RiskLevel.MEDIUM, threshold: null },
  { condition: MarketRiskCondition.PENALTIES, level: RiskLevel.LOW, threshold: 1 },
  { condition: MarketRiskCondition.PENALTIES_MORE, level: RiskLevel.MEDIUM, threshold: 2 },
  { condition: MarketRiskCondition.PENALTIES_MANY, level: RiskLevel.HIGH, threshold: 3 },
  { condition: MarketRiskCondition.PENALTY_FINES, level: RiskLevel.MEDIUM, threshold: 100_000 },
  { condition: MarketRiskCondition.PENALTY_FINES_LARGE, level: RiskLevel.HIGH, threshold: 500_000 },
  { condition: MarketRiskCondition.COMPLAINTS, level: RiskLevel.LOW, threshold: 1 },
  { condition: MarketRiskCondition.COMPLAINTS_MORE, level: RiskLevel.MEDIUM, threshold: 3 },
  { condition: MarketRiskCondition.COMPLAINTS_MANY, level: RiskLevel.HIGH, threshold: 10 },
];

@ObjectType({ description: 'One risk signal (风险信号) market supervision contributes to the cross-department risk assessment, computed from its own records.' })
export class MarketRiskSignal implements RiskSignal<MarketRiskCategory> {
  uscc!: string;

  @Field(() => MarketRiskCategory, { description: 'What the signal is about.' })
  category!: MarketRiskCategory;

  @Field(() => RiskSignalLevel, { description: 'How strong it is.' })
  level!: RiskSignalLevel;

  @Field(() => DateScalar, { description: 'The day the condition was observed: the listing day, the latest penalty decision, the latest complaint.' })
  observedAt!: string;

  @Field(() => String, {
    nullable: true,
    description: "What lies behind it (counts, amounts): for market supervision's officers and coordinators; null for everyone else (need-to-know).",
  })
  detail!: string | null;
}

export interface Facts {
  uscc: string;
  listed_on: string | null;
  listed_reason: string | null;
  penalties: string;
  penalty_latest: string | null;
  penalty_fines: string | null;
  complaints: string;
  complaint_latest: string | null;
  open_complaints: string;
}

const minusDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/** The facts behind every enterprise's signals: ONE statement per batch of enterprises. */
export function marketSignalLoader(em: EntityManager, clock: Clock): DataLoader<string, MarketRiskSignal[]> {
  return new DataLoader(async (usccs) => {
    const rules = await em.find(MarketRiskRule, {});
    const today = toHubDate(clock());
    const penaltyFrom = minusDays(today, MARKET_SIGNAL_WINDOWS.penaltyWindowDays);
    const complaintFrom = minusDays(today, MARKET_SIGNAL_WINDOWS.complaintWindowDays);
    const rows: Facts[] = await em.execute(
      `select u.uscc, to_char(l.listed_on, 'YYYY-MM-DD') as listed_on, l.reason as listed_reason,
              p.n as penalties, to_char(p.latest, 'YYYY-MM-DD') as penalty_latest, p.fines::text as penalty_fines,
              c.n as complaints, to_char(c.latest, 'YYYY-MM-DD') as complaint_latest, c.open as open_complaints
         from unnest(array[?]::text[]) as u(uscc)
         left join market.abnormal_listing l on l.uscc = u.uscc and l.removed_on is null
         left join lateral (select count(*) as n, max(decided_on) as latest, sum(fine_yuan) as fines from market.penalty
                             where uscc = u.uscc and decided_on > ?::date and status <> 'REVOKED') p on true
         left join lateral (select count(*) as n, max(received_on) as latest, count(*) filter (where status in ('RECEIVED', 'HANDLING')) as open
                              from market.consumer_complaint where uscc = u.uscc and received_on > ?::date and status <> 'DISMISSED') c on true`,
      [[...usccs], penaltyFrom, complaintFrom],
    );
    const byUscc = new Map(rows.map((r) => [r.uscc, r]));
    return usccs.map((uscc) => signalsOf(byUscc.get(uscc), rules));
  });
}

/** The signals of one enterprise's facts by the rules (pure): within a category the highest level that holds; NONE raises none. */
export function signalsOf(f: Facts | undefined, rules: readonly MarketRuleFact[] = DEFAULT_MARKET_RULES): MarketRiskSignal[] {
  if (!f) return [];
  const W = MARKET_SIGNAL_WINDOWS;
  const out: MarketRiskSignal[] = [];
  const rule = new Map(rules.map((r) => [r.condition, r]));
  const levelOf = (holds: [MarketRiskCondition, (threshold: number | null) => boolean][]) =>
    maxRiskLevel(holds.filter(([c, test]) => rule.has(c) && test(rule.get(c)!.threshold)).map(([c]) => rule.get(c)!.level));
  const signal = (category: MarketRiskCategory, level: RiskLevel, observedAt: string, detail: string) => {
    if (level !== RiskLevel.NONE) out.push(Object.assign(new MarketRiskSignal(), { uscc: f.uscc, category, level: level as unknown as RiskSignalLevel, observedAt, detail }));
  };
  if (f.listed_on) signal(MarketRiskCategory.ABNORMAL_LISTING, levelOf([[MarketRiskCondition.ABNORMAL_LISTING, () => true]]), f.listed_on, `Listed since ${f.listed_on}: ${f.listed_reason}`);
  const penalties = Number(f.penalties);
  if (penalties > 0) {
    const fen = toFen(f.penalty_fines ?? '0');
    const count = (t: number | null) => t != null && penalties >= t;
    const fines = (t: number | null) => t != null && fen >= BigInt(t) * 100n;
    const level = levelOf([
      [MarketRiskCondition.PENALTIES, count], [MarketRiskCondition.PENALTIES_MORE, count], [MarketRiskCondition.PENALTIES_MANY, count],
      [MarketRiskCondition.PENALTY_FINES, fines], [MarketRiskCondition.PENALTY_FINES_LARGE, fines],
    ]);
    signal(MarketRiskCategory.RECENT_PENALTY, level, f.penalty_latest!, `${penalties} penalt${penalties === 1 ? 'y' : 'ies'} in ${W.penaltyWindowDays} days, fines ${formatFen(fen)} yuan`);
  }
  const complaints = Number(f.complaints);
  if (complaints > 0) {
    const count = (t: number | null) => t != null && complaints >= t;
    const level = levelOf([[MarketRiskCondition.COMPLAINTS, count], [MarketRiskCondition.COMPLAINTS_MORE, count], [MarketRiskCondition.COMPLAINTS_MANY, count]]);
    signal(MarketRiskCategory.COMPLAINTS, level, f.complaint_latest!, `${complaints} complaint${complaints === 1 ? '' : 's'} in ${W.complaintWindowDays} days, ${f.open_complaints} open`);
  }
  return out;
}

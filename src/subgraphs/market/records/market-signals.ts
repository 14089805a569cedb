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

/** One market rule as the signals need it. */
export interface MarketRuleFact {
  condition: MarketRiskCondition;
  level: RiskLevel;
  threshold: number | null;
  /** Days back from the day of assessment within which penalties or complaints count (null: ABNORMAL_LISTING). */
  windowDays: number | null;
}

/** The default rules: the former code rules, and what the migrations insert. */
export const DEFAULT_MARKET_RULES: readonly MarketRuleFact[] = [
  { condition: MarketRiskCondition.ABNORMAL_LISTING, level: RiskLevel.MEDIUM, threshold: null, windowDays: null },
  { condition: MarketRiskCondition.PENALTIES, level: RiskLevel.LOW, threshold: 1, windowDays: 365 },
  { condition: MarketRiskCondition.PENALTIES_MORE, level: RiskLevel.MEDIUM, threshold: 2, windowDays: 365 },
  { condition: MarketRiskCondition.PENALTIES_MANY, level: RiskLevel.HIGH, threshold: 3, windowDays: 365 },
  { condition: MarketRiskCondition.PENALTY_FINES, level: RiskLevel.MEDIUM, threshold: 100_000, windowDays: 365 },
  { condition: MarketRiskCondition.PENALTY_FINES_LARGE, level: RiskLevel.HIGH, threshold: 500_000, windowDays: 365 },
  { condition: MarketRiskCondition.COMPLAINTS, level: RiskLevel.LOW, threshold: 1, windowDays: 90 },
  { condition: MarketRiskCondition.COMPLAINTS_MORE, level: RiskLevel.MEDIUM, threshold: 3, windowDays: 90 },
  { condition: MarketRiskCondition.COMPLAINTS_MANY, level: RiskLevel.HIGH, threshold: 10, windowDays: 90 },
];

const PENALTY_CONDITIONS = [
  MarketRiskCondition.PENALTIES, MarketRiskCondition.PENALTIES_MORE, MarketRiskCondition.PENALTIES_MANY, MarketRiskCondition.PENALTY_FINES, MarketRiskCondition.PENALTY_FINES_LARGE,
];
const COMPLAINT_CONDITIONS = [MarketRiskCondition.COMPLAINTS, MarketRiskCondition.COMPLAINTS_MORE, MarketRiskCondition.COMPLAINTS_MANY];

/** The longest window of the rules of `conditions` (only those raising a level, with `raising`): how far back their records count. */
const longestWindow = (rules: readonly MarketRuleFact[], conditions: MarketRiskCondition[], raising = false) =>
  rules.reduce((m, r) => (conditions.includes(r.condition) && (!raising || r.level !== RiskLevel.NONE) ? Math.max(m, r.windowDays ?? 0) : m), 0);

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
  /** Penalties not revoked, decided within the rules' longest penalty window, newest first (day, fine in yuan). */
  penalties: { on: string; fine: string }[];
  /** Complaints not dismissed, received within the rules' longest complaint window, newest first. */
  complaints: { on: string; open: boolean }[];
}

const minusDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/** The facts behind every enterprise's signals: ONE statement per batch of enterprises, plus one for the rules. */
export function marketSignalLoader(em: EntityManager, clock: Clock): DataLoader<string, MarketRiskSignal[]> {
  return new DataLoader(async (usccs) => {
    const rules = await em.find(MarketRiskRule, {});
    const today = toHubDate(clock());
    const penaltyFrom = minusDays(today, longestWindow(rules, PENALTY_CONDITIONS));
    const complaintFrom = minusDays(today, longestWindow(rules, COMPLAINT_CONDITIONS));
    const rows: Facts[] = await em.execute(
      `select u.uscc, to_char(l.listed_on, 'YYYY-MM-DD') as listed_on, l.reason as listed_reason,
              coalesce(p.list, '[]') as penalties, coalesce(c.list, '[]') as complaints
         from unnest(array[?]::text[]) as u(uscc)
         left join market.abnormal_listing l on l.uscc = u.uscc and l.removed_on is null
         left join lateral (select json_agg(json_build_object('on', to_char(decided_on, 'YYYY-MM-DD'), 'fine', fine_yuan::text) order by decided_on desc, id desc) as list
                              from market.penalty where uscc = u.uscc and decided_on > ?::date and status <> 'REVOKED') p on true
         left join lateral (select json_agg(json_build_object('on', to_char(received_on, 'YYYY-MM-DD'), 'open', status in ('RECEIVED', 'HANDLING')) order by received_on desc, id desc) as list
                              from market.consumer_complaint where uscc = u.uscc and received_on > ?::date and status <> 'DISMISSED') c on true`,
      [[...usccs], penaltyFrom, complaintFrom],
    );
    const byUscc = new Map(rows.map((r) => [r.uscc, r]));
    return usccs.map((uscc) => signalsOf(byUscc.get(uscc), today, rules));
  });
}

/**
 * The signals of one enterprise's facts by the rules, as of `today` (pure): a counting rule holds
 * when the records within its own window reach its threshold (a count, or yuan of fines); within a
 * category the highest level that holds; NONE raises none. The signal tells the records within the
 * longest window of the category's rules that raise a level, and is observed at the latest of them.
 */
export function signalsOf(f: Facts | undefined, today: string, rules: readonly MarketRuleFact[] = DEFAULT_MARKET_RULES): MarketRiskSignal[] {
  if (!f) return [];
  const out: MarketRiskSignal[] = [];
  const rule = new Map(rules.map((r) => [r.condition, r]));
  const within = <T extends { on: string }>(records: T[], days: number | null) => (days ? records.filter((r) => r.on > minusDays(today, days)) : []);
  /** The highest level of the conditions that hold: `holds` gets the records within the rule's window and its threshold. */
  const levelOf = <T extends { on: string }>(conditions: MarketRiskCondition[], records: T[], holds: (counted: T[], threshold: number) => boolean) =>
    maxRiskLevel(conditions.filter((c) => {
      const r = rule.get(c);
      return r?.threshold != null && holds(within(records, r.windowDays), r.threshold);
    }).map((c) => rule.get(c)!.level));
  const signal = (category: MarketRiskCategory, level: RiskLevel, observedAt: string, detail: string) => {
    if (level !== RiskLevel.NONE) out.push(Object.assign(new MarketRiskSignal(), { uscc: f.uscc, category, level: level as unknown as RiskSignalLevel, observedAt, detail }));
  };
  if (f.listed_on) {
    signal(MarketRiskCategory.ABNORMAL_LISTING, rule.get(MarketRiskCondition.ABNORMAL_LISTING)?.level ?? RiskLevel.NONE, f.listed_on, `Listed since ${f.listed_on}: ${f.listed_reason}`);
  }
  const fenOf = (ps: Facts['penalties']) => ps.reduce((sum, p) => sum + toFen(p.fine ?? '0'), 0n);
  const penaltyDays = longestWindow(rules, PENALTY_CONDITIONS, true);
  const penalties = within(f.penalties, penaltyDays);
  if (penalties.length > 0) {
    const level = maxRiskLevel([
      levelOf(PENALTY_CONDITIONS.slice(0, 3), f.penalties, (counted, t) => counted.length > 0 && counted.length >= t),
      levelOf(PENALTY_CONDITIONS.slice(3), f.penalties, (counted, t) => counted.length > 0 && fenOf(counted) >= BigInt(t) * 100n),
    ]);
    const n = penalties.length;
    signal(MarketRiskCategory.RECENT_PENALTY, level, penalties[0].on, `${n} penalt${n === 1 ? 'y' : 'ies'} in ${penaltyDays} days, fines ${formatFen(fenOf(penalties))} yuan`);
  }
  const complaintDays = longestWindow(rules, COMPLAINT_CONDITIONS, true);
  const complaints = within(f.complaints, complaintDays);
  if (complaints.length > 0) {
    const level = levelOf(COMPLAINT_CONDITIONS, f.complaints, (counted, t) => counted.length > 0 && counted.length >= t);
    const n = complaints.length;
    signal(MarketRiskCategory.COMPLAINTS, level, complaints[0].on, `${n} complaint${n === 1 ? '' : 's'} in ${complaintDays} days, ${complaints.filter((c) => c.open).length} open`);
  }
  return out;
}

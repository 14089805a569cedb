import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { formatFen } from '../../../shared/money';
import { maxRiskLevel, RiskLevel } from '../../../shared/risk';
import { RiskSignalLevel, type RiskSignal } from '../../../shared/risk-signal';
import { TaxRiskCondition, TaxRiskRule } from '../risk/risk-rule.entity';
import { DateScalar } from '../../../shared/scalars';

/** What the tax bureau's risk signals are about. */
export enum TaxRiskCategory {
  ARREARS_OUTSTANDING = 'ARREARS_OUTSTANDING',
  CREDIT_RATING = 'CREDIT_RATING',
  MISSED_FILINGS = 'MISSED_FILINGS',
}
registerEnumType(TaxRiskCategory, {
  name: 'TaxRiskCategory',
  description: 'What a tax risk signal (风险信号) is about.',
  valuesConfig: {
    ARREARS_OUTSTANDING: { description: 'Tax arrears (欠税) not yet settled.' },
    CREDIT_RATING: { description: 'The latest yearly credit rating is C or D (纳税信用等级).' },
    MISSED_FILINGS: { description: 'Filings missed and not made good (逾期未申报).' },
  },
});

/** One tax rule as the signals need it. */
export interface TaxRuleFact {
  condition: TaxRiskCondition;
  level: RiskLevel;
  threshold: number | null;
}

/** The default rules: the former code rules, and what the migration inserts. */
export const DEFAULT_TAX_RULES: readonly TaxRuleFact[] = [
  { condition: TaxRiskCondition.ARREARS, level: RiskLevel.MEDIUM, threshold: null },
  { condition: TaxRiskCondition.ARREARS_LARGE, level: RiskLevel.HIGH, threshold: 100_000 },
  { condition: TaxRiskCondition.RATING_C, level: RiskLevel.MEDIUM, threshold: null },
  { condition: TaxRiskCondition.RATING_D, level: RiskLevel.HIGH, threshold: null },
  { condition: TaxRiskCondition.MISSED_FILINGS, level: RiskLevel.LOW, threshold: 1 },
  { condition: TaxRiskCondition.MISSED_FILINGS_MORE, level: RiskLevel.MEDIUM, threshold: 2 },
  { condition: TaxRiskCondition.MISSED_FILINGS_MANY, level: RiskLevel.HIGH, threshold: 3 },
];

@ObjectType({ description: 'One risk signal (风险信号) the tax bureau contributes to the cross-department risk assessment, computed from its own records.' })
export class TaxRiskSignal implements RiskSignal<TaxRiskCategory> {
  uscc!: string;

  @Field(() => TaxRiskCategory, { description: 'What the signal is about.' })
  category!: TaxRiskCategory;

  @Field(() => RiskSignalLevel, { description: 'How strong it is.' })
  level!: RiskSignalLevel;

  @Field(() => DateScalar, { description: 'The day the condition was observed: the oldest arrears still owed, the day of the rating, the latest missed deadline.' })
  observedAt!: string;

  @Field(() => String, {
    nullable: true,
    description: "What lies behind it (amounts, grades, periods): for the tax bureau's officers and coordinators; null for everyone else (need-to-know).",
  })
  detail!: string | null;
}

export interface Facts {
  uscc: string;
  arrears_fen: string | null;
  arrears_since: string | null;
  arrears_count: string;
  rating: string | null;
  rating_year: number | null;
  rated_on: string | null;
  missed: string;
  missed_latest: string | null;
  missed_periods: string | null;
}

/** The facts behind every enterprise's signals: ONE statement per batch of enterprises, plus one for the rules. */
export function taxSignalLoader(em: EntityManager): DataLoader<string, TaxRiskSignal[]> {
  return new DataLoader(async (usccs) => {
    const rules = await em.find(TaxRiskRule, {});
    const rows: Facts[] = await em.execute(
      `select u.uscc,
              a.fen::text as arrears_fen, to_char(a.since, 'YYYY-MM-DD') as arrears_since, a.n as arrears_count,
              r.rating::text as rating, r.year as rating_year, to_char(coalesce(r.rated_on, make_date(r.year + 1, 1, 1)), 'YYYY-MM-DD') as rated_on,
              f.n as missed, to_char(f.latest, 'YYYY-MM-DD') as missed_latest, f.periods as missed_periods
         from unnest(array[?]::text[]) as u(uscc)
         left join lateral (select sum(amount_yuan * 100)::bigint as fen, min(since) as since, count(*) as n from tax.arrears
                             where uscc = u.uscc and settled_on is null) a on true
         left join lateral (select rating, year, rated_on from tax.credit_rating where uscc = u.uscc order by year desc limit 1) r on true
         left join lateral (select count(*) as n, max(due_on) as latest, string_agg(period, ', ' order by period) as periods from tax.filing
                             where uscc = u.uscc and status = 'MISSED') f on true`,
      [[...usccs]],
    );
    const byUscc = new Map(rows.map((r) => [r.uscc, r]));
    return usccs.map((uscc) => signalsOf(byUscc.get(uscc), rules));
  });
}

/** The signals of one enterprise's facts by the rules (pure): within a category the highest level that holds; NONE raises none. */
export function signalsOf(f: Facts | undefined, rules: readonly TaxRuleFact[] = DEFAULT_TAX_RULES): TaxRiskSignal[] {
  if (!f) return [];
  const out: TaxRiskSignal[] = [];
  const rule = new Map(rules.map((r) => [r.condition, r]));
  /** The highest level of the conditions that hold. */
  const levelOf = (holds: [TaxRiskCondition, (threshold: number | null) => boolean][]) =>
    maxRiskLevel(holds.filter(([c, test]) => rule.has(c) && test(rule.get(c)!.threshold)).map(([c]) => rule.get(c)!.level));
  const signal = (category: TaxRiskCategory, level: RiskLevel, observedAt: string, detail: string) => {
    if (level !== RiskLevel.NONE) out.push(Object.assign(new TaxRiskSignal(), { uscc: f.uscc, category, level: level as unknown as RiskSignalLevel, observedAt, detail }));
  };
  if (Number(f.arrears_count) > 0) {
    const fen = BigInt(f.arrears_fen ?? '0');
    const level = levelOf([[TaxRiskCondition.ARREARS, () => true], [TaxRiskCondition.ARREARS_LARGE, (t) => t != null && fen >= BigInt(t) * 100n]]);
    signal(TaxRiskCategory.ARREARS_OUTSTANDING, level, f.arrears_since!, `${f.arrears_count} unsettled, ${formatFen(fen)} yuan owed since ${f.arrears_since}`);
  }
  if (f.rating === 'C' || f.rating === 'D') {
    signal(TaxRiskCategory.CREDIT_RATING, levelOf([[f.rating === 'C' ? TaxRiskCondition.RATING_C : TaxRiskCondition.RATING_D, () => true]]), f.rated_on!, `Rated ${f.rating} for ${f.rating_year}`);
  }
  const missed = Number(f.missed);
  if (missed > 0) {
    const atLeast = (t: number | null) => t != null && missed >= t;
    const level = levelOf([[TaxRiskCondition.MISSED_FILINGS, atLeast], [TaxRiskCondition.MISSED_FILINGS_MORE, atLeast], [TaxRiskCondition.MISSED_FILINGS_MANY, atLeast]]);
    signal(TaxRiskCategory.MISSED_FILINGS, level, f.missed_latest!, `${missed} missed: ${f.missed_periods}`);
  }
  return out;
}

import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { formatFen } from '../../../shared/money';
import { RiskSignalLevel, type RiskSignal } from '../../../shared/risk-signal';
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

/** The rules behind the tax bureau's signals, in one place (README, "Tax"). */
export const TAX_SIGNAL_RULES = {
  /** Outstanding arrears: MEDIUM; HIGH from this many fen (100,000 yuan). */
  arrearsHighFen: 100_000_00n,
  /** Latest rating D: HIGH; C: MEDIUM; others no signal. */
  ratingLevels: { D: RiskSignalLevel.HIGH, C: RiskSignalLevel.MEDIUM } as Partial<Record<string, RiskSignalLevel>>,
  /** Missed filings still MISSED: 1 LOW, from `medium` MEDIUM, from `high` HIGH. */
  missedMedium: 2,
  missedHigh: 3,
} as const;

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

interface Facts {
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

/** The facts behind every enterprise's signals: ONE statement per batch of enterprises. */
export function taxSignalLoader(em: EntityManager): DataLoader<string, TaxRiskSignal[]> {
  return new DataLoader(async (usccs) => {
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
    return usccs.map((uscc) => signalsOf(byUscc.get(uscc)));
  });
}

function signalsOf(f: Facts | undefined): TaxRiskSignal[] {
  if (!f) return [];
  const R = TAX_SIGNAL_RULES;
  const out: TaxRiskSignal[] = [];
  const signal = (category: TaxRiskCategory, level: RiskSignalLevel, observedAt: string, detail: string) =>
    out.push(Object.assign(new TaxRiskSignal(), { uscc: f.uscc, category, level, observedAt, detail }));
  if (Number(f.arrears_count) > 0) {
    const fen = BigInt(f.arrears_fen ?? '0');
    signal(TaxRiskCategory.ARREARS_OUTSTANDING, fen >= R.arrearsHighFen ? RiskSignalLevel.HIGH : RiskSignalLevel.MEDIUM, f.arrears_since!,
      `${f.arrears_count} unsettled, ${formatFen(fen)} yuan owed since ${f.arrears_since}`);
  }
  const ratingLevel = f.rating ? R.ratingLevels[f.rating] : undefined;
  if (ratingLevel) signal(TaxRiskCategory.CREDIT_RATING, ratingLevel, f.rated_on!, `Rated ${f.rating} for ${f.rating_year}`);
  const missed = Number(f.missed);
  if (missed > 0) {
    const level = missed >= R.missedHigh ? RiskSignalLevel.HIGH : missed >= R.missedMedium ? RiskSignalLevel.MEDIUM : RiskSignalLevel.LOW;
    signal(TaxRiskCategory.MISSED_FILINGS, level, f.missed_latest!, `${missed} missed: ${f.missed_periods}`);
  }
  return out;
}


import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { Clock } from '../../../shared/clock';
import { formatFen, toFen } from '../../../shared/money';
import { RiskSignalLevel, type RiskSignal } from '../../../shared/risk-signal';
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

/**
 * The rules behind market supervision's signals, in one place (README, "Market supervision").
 * Kept as a table so the later cross-department assessment (or an editor of rules as data) has one
 * thing to read or replace.
 */
export const MARKET_SIGNAL_RULES = {
  /** On the list at all: MEDIUM (a public warning that the enterprise cannot be reached or did not report). */
  abnormalListingLevel: RiskSignalLevel.MEDIUM,
  /** Penalties decided within this many days count as recent. */
  penaltyWindowDays: 365,
  /** Recent penalties: 1 LOW; at least `medium.count` or fines ≥ `medium.fen` MEDIUM; likewise HIGH. */
  penaltyMedium: { count: 2, fen: 100_000_00n },
  penaltyHigh: { count: 3, fen: 500_000_00n },
  /** Complaints received within this many days count. */
  complaintWindowDays: 90,
  /** Complaints in the window: 1–2 LOW, from `medium` MEDIUM, from `high` HIGH. */
  complaintMedium: 3,
  complaintHigh: 10,
} as const;

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

interface Facts {
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
    const today = toHubDate(clock());
    const penaltyFrom = minusDays(today, MARKET_SIGNAL_RULES.penaltyWindowDays);
    const complaintFrom = minusDays(today, MARKET_SIGNAL_RULES.complaintWindowDays);
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
    return usccs.map((uscc) => signalsOf(byUscc.get(uscc)));
  });
}

function signalsOf(f: Facts | undefined): MarketRiskSignal[] {
  if (!f) return [];
  const R = MARKET_SIGNAL_RULES;
  const out: MarketRiskSignal[] = [];
  const signal = (category: MarketRiskCategory, level: RiskSignalLevel, observedAt: string, detail: string) =>
    out.push(Object.assign(new MarketRiskSignal(), { uscc: f.uscc, category, level, observedAt, detail }));
  if (f.listed_on) signal(MarketRiskCategory.ABNORMAL_LISTING, R.abnormalListingLevel, f.listed_on, `Listed since ${f.listed_on}: ${f.listed_reason}`);
  const penalties = Number(f.penalties);
  if (penalties > 0) {
    const fen = toFen(f.penalty_fines ?? '0');
    const level =
      penalties >= R.penaltyHigh.count || fen >= R.penaltyHigh.fen ? RiskSignalLevel.HIGH
      : penalties >= R.penaltyMedium.count || fen >= R.penaltyMedium.fen ? RiskSignalLevel.MEDIUM
      : RiskSignalLevel.LOW;
    signal(MarketRiskCategory.RECENT_PENALTY, level, f.penalty_latest!, `${penalties} penalt${penalties === 1 ? 'y' : 'ies'} in ${R.penaltyWindowDays} days, fines ${formatFen(fen)} yuan`);
  }
  const complaints = Number(f.complaints);
  if (complaints > 0) {
    const level = complaints >= R.complaintHigh ? RiskSignalLevel.HIGH : complaints >= R.complaintMedium ? RiskSignalLevel.MEDIUM : RiskSignalLevel.LOW;
    signal(MarketRiskCategory.COMPLAINTS, level, f.complaint_latest!, `${complaints} complaint${complaints === 1 ? '' : 's'} in ${R.complaintWindowDays} days, ${f.open_complaints} open`);
  }
  return out;
}

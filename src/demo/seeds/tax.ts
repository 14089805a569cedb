import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_ENTERPRISES } from '../district';
import type { Logger } from '../../shared/logger';
import { Arrears, CreditRating, CreditRatingRecord, CreditRatingRevision, FilingStatus, TaxFiling, Taxpayer } from '../../subgraphs/tax/credit/tax.entity';

const RATINGS = [CreditRating.A, CreditRating.B, CreditRating.A, CreditRating.M, CreditRating.B, CreditRating.C, CreditRating.A, CreditRating.D];
const SEEDER = 'seed';
/** Monthly filings of the summer; the deadline is the 15th of the month after. */
const PERIODS = [
  { period: '2026-06', dueOn: '2026-07-15', filedOn: '2026-07-10' },
  { period: '2026-07', dueOn: '2026-08-15', filedOn: '2026-08-12' },
  { period: '2026-08', dueOn: '2026-09-15', filedOn: '2026-09-11' },
];

export async function seedTax(em: EntityManager, log: Logger): Promise<boolean> {
  if ((await em.count(CreditRatingRecord)) > 0) return false;
  await em.transactional(async (tx) => {
    for (const e of DEMO_ENTERPRISES) {
      tx.create(Taxpayer, { uscc: e.uscc, registeredOn: `20${String(5 + (e.n % 19)).padStart(2, '0')}-0${1 + (e.n % 9)}-20` });
      tx.create(CreditRatingRecord, { uscc: e.uscc, year: 2024, rating: RATINGS[(e.n + 1) % RATINGS.length], ratedOn: '2025-04-18' });
      const rating2025 = tx.create(CreditRatingRecord, { uscc: e.uscc, year: 2025, rating: RATINGS[e.n % RATINGS.length], ratedOn: '2026-04-20' });
      // the D grades came about by re-rating (复评) a C: the history shows it
      if (rating2025.rating === CreditRating.D) {
        rating2025.ratedOn = '2026-06-15';
        rating2025.reason = '查实取得虚开增值税专用发票，直接判为D级';
        tx.create(CreditRatingRevision, { ratingRecord: rating2025, previousRating: CreditRating.C, rating: CreditRating.D, revisedOn: '2026-06-15', reason: rating2025.reason, revisedBy: SEEDER });
      }
      if (e.n % 8 === 5 || e.n % 8 === 7) {
        tx.create(Arrears, { uscc: e.uscc, taxType: '增值税', amountYuan: String(20000 + e.n * 3500), since: '2026-03-15' });
      }
      if (e.n % 8 === 1) {
        tx.create(Arrears, { uscc: e.uscc, taxType: '企业所得税', amountYuan: '12000.00', since: '2025-07-15', settledOn: '2025-09-30' });
      }
      for (const [i, p] of PERIODS.entries()) {
        // n%8==7 missed July and August; n%8==5 missed August; n%10==3 filed July late
        const missed = (e.n % 8 === 7 && i >= 1) || (e.n % 8 === 5 && i === 2);
        const late = e.n % 10 === 3 && i === 1;
        tx.create(TaxFiling, {
          uscc: e.uscc, period: p.period, dueOn: p.dueOn, recordedBy: SEEDER,
          status: missed ? FilingStatus.MISSED : late ? FilingStatus.FILED_LATE : FilingStatus.FILED,
          filedOn: missed ? null : late ? '2026-08-20' : p.filedOn,
        });
      }
    }
  });
  log.info(`seeded tax records (register, ratings, arrears, filings) for ${DEMO_ENTERPRISES.length} enterprises`);
  return true;
}

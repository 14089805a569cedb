import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_ENTERPRISES } from '../district';
import type { Logger } from '../../shared/logger';
import { Arrears, CreditRating, CreditRatingRecord } from '../../subgraphs/tax/credit/tax.entity';

const RATINGS = [CreditRating.A, CreditRating.B, CreditRating.A, CreditRating.M, CreditRating.B, CreditRating.C, CreditRating.A, CreditRating.D];

export async function seedTax(em: EntityManager, log: Logger): Promise<boolean> {
  if ((await em.count(CreditRatingRecord)) > 0) return false;
  await em.transactional(async (tx) => {
    for (const e of DEMO_ENTERPRISES) {
      tx.create(CreditRatingRecord, { uscc: e.uscc, year: 2024, rating: RATINGS[(e.n + 1) % RATINGS.length] });
      tx.create(CreditRatingRecord, { uscc: e.uscc, year: 2025, rating: RATINGS[e.n % RATINGS.length] });
      if (e.n % 8 === 5 || e.n % 8 === 7) {
        tx.create(Arrears, { uscc: e.uscc, taxType: '增值税', amountYuan: String(20000 + e.n * 3500), since: '2026-03-15' });
      }
    }
  });
  log.info(`seeded tax credit ratings for ${DEMO_ENTERPRISES.length} enterprises`);
  return true;
}

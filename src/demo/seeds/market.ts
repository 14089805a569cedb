import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_ENTERPRISES } from '../district';
import type { Logger } from '../../shared/logger';
import { AbnormalListing, Penalty, Registration, RegistrationStatus } from '../../subgraphs/market/registration/registration.entity';

export async function seedMarket(em: EntityManager, log: Logger): Promise<boolean> {
  if ((await em.count(Registration)) > 0) return false;
  await em.transactional(async (tx) => {
    for (const e of DEMO_ENTERPRISES) {
      tx.create(Registration, {
        uscc: e.uscc,
        // one licence revoked, one deregistered: the rest are active (存续)
        status: e.n === 13 ? RegistrationStatus.REVOKED : e.n === 29 ? RegistrationStatus.DEREGISTERED : RegistrationStatus.ACTIVE,
        registeredOn: `20${String(5 + (e.n % 19)).padStart(2, '0')}-0${1 + (e.n % 9)}-15`,
        registeredCapitalWan: String(100 + e.n * 250),
        businessScope: `${e.industry}相关经营活动`,
      });
      if (e.n % 7 === 5) {
        tx.create(AbnormalListing, { uscc: e.uscc, listedOn: '2026-06-30', reason: '未按规定报送年度报告' });
      }
      if (e.n % 6 === 1) {
        tx.create(Penalty, {
          uscc: e.uscc,
          decisionNo: `清市监罚〔2026〕${100 + e.n}号`,
          decidedOn: '2026-04-20',
          violation: '销售不符合标准的产品',
          fineYuan: String(5000 + e.n * 1000),
        });
      }
    }
  });
  log.info(`seeded ${DEMO_ENTERPRISES.length} business registrations`);
  return true;
}

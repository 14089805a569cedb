import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_ENTERPRISES } from '../district';
import type { Logger } from '../../shared/logger';
import { Complaint, ComplaintStatus, Inspection, InspectionResult } from '../../subgraphs/market/records/records.entity';
import { AbnormalListing, Penalty, PenaltyStatus, Registration, RegistrationStatus } from '../../subgraphs/market/registration/registration.entity';

const SEEDER = 'seed';

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
      // listed last year and removed after reporting: the listing history (列入/移出)
      if (e.n % 7 === 2) {
        tx.create(AbnormalListing, { uscc: e.uscc, listedOn: '2025-06-30', reason: '未按规定报送年度报告', removedOn: '2025-11-20', removalReason: '已补报年度报告并公示' });
      }
      if (e.n % 6 === 1) {
        tx.create(Penalty, {
          uscc: e.uscc,
          decisionNo: `清市监罚〔2026〕${100 + e.n}号`,
          decidedOn: '2026-04-20',
          violation: '销售不符合标准的产品',
          fineYuan: String(5000 + e.n * 1000),
          // half of them paid (已缴纳), the others still due
          ...(e.n % 12 === 1 ? { status: PenaltyStatus.PAID, statusChangedOn: '2026-05-11', statusNote: '罚没款缴款书已核销' } : {}),
        });
      }
      if (e.n % 5 === 0) {
        tx.create(Inspection, { uscc: e.uscc, inspectedOn: '2026-05-12', inspector: '孙丽华、陈志强', result: InspectionResult.PASSED, notes: '双随机抽查：证照公示、价格标示规范。', recordedBy: SEEDER, recordedAt: new Date('2026-05-12T08:00:00Z') });
      }
      if (e.n % 10 === 3) {
        tx.create(Inspection, { uscc: e.uscc, inspectedOn: '2026-07-08', inspector: '孙丽华', result: InspectionResult.RECTIFICATION_REQUIRED, notes: '部分商品未明码标价，责令七日内整改。', recordedBy: SEEDER, recordedAt: new Date('2026-07-08T07:30:00Z') });
      }
      if (e.n % 9 === 4) {
        tx.create(Complaint, { uscc: e.uscc, receivedOn: '2026-09-10', subject: '预付卡退费纠纷', details: '消费者反映门店停业后预付卡余额无法退还。', recordedBy: SEEDER });
      }
      if (e.n % 9 === 8) {
        tx.create(Complaint, {
          uscc: e.uscc, receivedOn: '2026-08-03', subject: '商品质量问题', details: '购买的电器使用一周后故障，商家拒绝退换。', recordedBy: SEEDER,
          status: ComplaintStatus.CLOSED, handlingSince: '2026-08-04', closedOn: '2026-08-12', outcome: '经调解，商家同意退货退款。',
        });
      }
      // one enterprise with a run of complaints (a MEDIUM complaints signal)
      if (e.n === 17) {
        for (const [day, subject] of [['2026-09-02', '拖欠服务费用'], ['2026-09-09', '虚假宣传'], ['2026-09-16', '预付卡退费纠纷']]) {
          tx.create(Complaint, { uscc: e.uscc, receivedOn: day, subject, details: `消费者投诉：${subject}。`, recordedBy: SEEDER, status: ComplaintStatus.HANDLING, handlingSince: day });
        }
      }
    }
  });
  log.info(`seeded ${DEMO_ENTERPRISES.length} business registrations`);
  return true;
}

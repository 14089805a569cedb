import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_ENTERPRISES } from '../district';
import type { Logger } from '../../shared/logger';
import { Litigation, LitigationRole, MediationCase, MediationGrade, MediationStatus } from '../../subgraphs/judicial/mediation/judicial.entity';

const GRADES = [MediationGrade.COMMUNITY, MediationGrade.STREET, MediationGrade.DISTRICT];
const SUBJECTS = ['欠薪纠纷', '合同纠纷', '租赁纠纷', '劳动争议'];

export async function seedJudicial(em: EntityManager, log: Logger): Promise<boolean> {
  if ((await em.count(MediationCase)) > 0) return false;
  await em.transactional(async (tx) => {
    for (const e of DEMO_ENTERPRISES) {
      // the first enterprise has two open cases (the README's sample query shows them)
      const cases = e.n === 0 ? 2 : e.n % 5 === 2 ? 1 : 0;
      for (let k = 0; k < cases; k++) {
        tx.create(MediationCase, {
          uscc: e.uscc,
          caseNo: `清调〔2026〕${String(e.n * 10 + k + 1).padStart(4, '0')}号`,
          grade: GRADES[(e.n + k) % 3],
          status: MediationStatus.OPEN,
          subject: SUBJECTS[(e.n + k) % SUBJECTS.length],
          openedOn: `2026-1${k}-0${1 + (e.n % 9)}`,
        });
      }
      if (e.n % 5 === 2) {
        tx.create(MediationCase, {
          uscc: e.uscc,
          caseNo: `清调〔2025〕${String(e.n + 1).padStart(4, '0')}号`,
          grade: MediationGrade.COMMUNITY,
          status: MediationStatus.SETTLED,
          subject: '租赁纠纷',
          openedOn: '2025-08-01',
          closedOn: '2025-08-20',
        });
      }
      if (e.n % 9 === 4) {
        tx.create(Litigation, {
          uscc: e.uscc,
          caseNo: `(2026)苏0102民初${1000 + e.n}号`,
          court: '清河区人民法院',
          role: LitigationRole.DEFENDANT,
          cause: '买卖合同纠纷',
          filedOn: '2026-05-10',
        });
      }
    }
  });
  log.info('seeded mediation cases and litigation');
  return true;
}

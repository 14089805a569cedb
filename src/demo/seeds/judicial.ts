import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_ENTERPRISES, DEMO_USERS } from '../district';
import type { Logger } from '../../shared/logger';
import {
  LegalAidRequest, LegalAidStatus, Litigation, LitigationOutcome, LitigationRole, MediationAction, MediationCase, MediationGrade, MediationStatus, MediationStep,
} from '../../subgraphs/judicial/mediation/judicial.entity';
import { categoryOfSubject } from '../../subgraphs/judicial/mediation/mediation-rules';

const GRADES = [MediationGrade.COMMUNITY, MediationGrade.STREET, MediationGrade.DISTRICT];
const SUBJECTS = ['欠薪纠纷', '合同纠纷', '租赁纠纷', '劳动争议'];
const OFFICER = DEMO_USERS['judicial-officer'];

/**
 * The hub seed's fourth request (a fresh database numbers them 1, 2, …): 拖欠农民工工资引发纠纷 of
 * DEMO_ENTERPRISES[6], led by the judicial bureau. The demo's wage-arrears case is opened for it.
 */
const DEMO_WAGE_REQUEST = 'Issue:4';

type StepSpec = { action: MediationAction; grade: MediationGrade; status: MediationStatus; fromGrade?: MediationGrade; note?: string; on: string };

export async function seedJudicial(em: EntityManager, log: Logger): Promise<boolean> {
  if ((await em.count(MediationCase)) > 0) return false;
  const at = (day: string) => new Date(`${day}T02:00:00Z`);
  await em.transactional(async (tx) => {
    const steps = (c: MediationCase, specs: StepSpec[]) => {
      for (const s of specs) {
        tx.create(MediationStep, {
          mediationCase: c, action: s.action, grade: s.grade, status: s.status, fromGrade: s.fromGrade ?? null, note: s.note ?? null,
          at: at(s.on), actorId: OFFICER.sub, actorName: OFFICER.name,
        });
      }
    };
    for (const e of DEMO_ENTERPRISES) {
      // the first enterprise has two open cases (the README's sample query shows them)
      const cases = e.n === 0 ? 2 : e.n % 5 === 2 ? 1 : 0;
      for (let k = 0; k < cases; k++) {
        const subject = SUBJECTS[(e.n + k) % SUBJECTS.length];
        const grade = GRADES[(e.n + k) % 3];
        const openedOn = `2026-1${k}-0${1 + (e.n % 9)}`;
        const c = tx.create(MediationCase, {
          uscc: e.uscc,
          caseNo: `清调〔2026〕${String(e.n * 10 + k + 1).padStart(4, '0')}号`,
          grade,
          status: MediationStatus.OPEN,
          category: categoryOfSubject(subject),
          subject,
          description: `${e.name}${subject}，当事人申请人民调解。`,
          parties: '申请人：企业员工代表',
          openedOn,
          gradeSince: openedOn,
        });
        steps(c, [{ action: MediationAction.OPENED, grade, status: MediationStatus.OPEN, on: openedOn }]);
      }
      if (e.n % 5 === 2) {
        const c = tx.create(MediationCase, {
          uscc: e.uscc,
          caseNo: `清调〔2025〕${String(e.n + 1).padStart(4, '0')}号`,
          grade: MediationGrade.COMMUNITY,
          status: MediationStatus.SETTLED,
          category: categoryOfSubject('租赁纠纷'),
          subject: '租赁纠纷',
          description: '厂房租金调整争议。',
          parties: '出租方：清河区某物业公司',
          openedOn: '2025-08-01',
          gradeSince: '2025-08-01',
          closedOn: '2025-08-20',
          closingNote: '双方达成租金分期支付协议。',
        });
        steps(c, [
          { action: MediationAction.OPENED, grade: MediationGrade.COMMUNITY, status: MediationStatus.OPEN, on: '2025-08-01' },
          { action: MediationAction.SETTLED, grade: MediationGrade.COMMUNITY, status: MediationStatus.SETTLED, note: '双方达成租金分期支付协议。', on: '2025-08-20' },
        ]);
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

    // the hub's wage dispute (DEMO_ENTERPRISES[6]): opened for the request, handed up to the street, workers ask for legal aid
    const wagesOf = DEMO_ENTERPRISES[6];
    const wages = tx.create(MediationCase, {
      uscc: wagesOf.uscc,
      caseNo: '清调〔2026〕0601号',
      grade: MediationGrade.STREET,
      status: MediationStatus.OPEN,
      category: categoryOfSubject('欠薪纠纷'),
      subject: '拖欠农民工工资',
      description: '分包商拖欠23名农民工三个月工资共计41.2万元，工人聚集讨薪。',
      parties: '申请人：王某等23名农民工；被申请人：分包商负责人李某',
      openedOn: '2026-09-10',
      gradeSince: '2026-09-18',
      issueId: DEMO_WAGE_REQUEST,
    });
    steps(wages, [
      { action: MediationAction.OPENED, grade: MediationGrade.COMMUNITY, status: MediationStatus.OPEN, on: '2026-09-10' },
      { action: MediationAction.ESCALATED, fromGrade: MediationGrade.COMMUNITY, grade: MediationGrade.STREET, status: MediationStatus.OPEN, note: '涉及人数多、总包方不在本村居，需街道协调', on: '2026-09-18' },
    ]);
    tx.create(LegalAidRequest, {
      uscc: wagesOf.uscc, applicant: '王某等23名农民工', category: wages.category, matter: '追索拖欠工资，申请法律援助', receivedOn: '2026-09-20',
      mediationCase: wages, recordedBy: OFFICER.name,
    });

    // a contract dispute that failed at the district grade and went to court (DEMO_ENTERPRISES[11])
    const failedOf = DEMO_ENTERPRISES[11];
    const failed = tx.create(MediationCase, {
      uscc: failedOf.uscc,
      caseNo: '清调〔2026〕1101号',
      grade: MediationGrade.DISTRICT,
      status: MediationStatus.FAILED,
      category: categoryOfSubject('劳动争议'),
      subject: '解除劳动合同经济补偿争议',
      description: '企业停产后与8名员工就经济补偿金额无法达成一致。',
      parties: '申请人：赵某等8名员工',
      openedOn: '2026-06-02',
      gradeSince: '2026-07-01',
      closedOn: '2026-07-20',
      closingNote: '企业无力一次性支付，员工不接受分期方案。',
    });
    steps(failed, [
      { action: MediationAction.OPENED, grade: MediationGrade.COMMUNITY, status: MediationStatus.OPEN, on: '2026-06-02' },
      { action: MediationAction.ESCALATED, fromGrade: MediationGrade.COMMUNITY, grade: MediationGrade.STREET, status: MediationStatus.OPEN, note: '村居调解未果', on: '2026-06-15' },
      { action: MediationAction.ESCALATED, fromGrade: MediationGrade.STREET, grade: MediationGrade.DISTRICT, status: MediationStatus.OPEN, note: '街道调解未果，提交区级联合调解', on: '2026-07-01' },
      { action: MediationAction.FAILED, grade: MediationGrade.DISTRICT, status: MediationStatus.FAILED, note: '企业无力一次性支付，员工不接受分期方案。', on: '2026-07-20' },
      { action: MediationAction.LITIGATION_FILED, grade: MediationGrade.DISTRICT, status: MediationStatus.FAILED, note: '清河区人民法院 (2026)苏0102民初2311号', on: '2026-08-05' },
    ]);
    tx.create(Litigation, {
      uscc: failedOf.uscc, caseNo: '(2026)苏0102民初2311号', court: '清河区人民法院', role: LitigationRole.DEFENDANT, cause: '经济补偿金纠纷', filedOn: '2026-08-05', mediationCase: failed,
    });
    // an earlier lawsuit of the same enterprise, concluded by judgment: it no longer signals
    const earlier = tx.create(Litigation, {
      uscc: failedOf.uscc, caseNo: '(2025)苏0102民初5120号', court: '清河区人民法院', role: LitigationRole.PLAINTIFF, cause: '买卖合同纠纷', filedOn: '2025-09-12',
    });
    earlier.conclude(LitigationOutcome.JUDGMENT, '2025-12-15', '判决被告支付货款及利息', OFFICER.sub);
    const aid = tx.create(LegalAidRequest, {
      uscc: failedOf.uscc, applicant: '赵某等8名员工', category: failed.category, matter: '诉讼代理：追索经济补偿金', receivedOn: '2026-07-25', mediationCase: failed, recordedBy: OFFICER.name,
    });
    aid.decide(true, '2026-07-28', '符合经济困难标准，指派法律援助律师', OFFICER.name);
    if (aid.status !== LegalAidStatus.GRANTED) throw new Error('demo legal aid not granted');
  });
  log.info('seeded mediation cases, litigation and legal aid');
  return true;
}

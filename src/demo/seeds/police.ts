import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_ENTERPRISES, DEMO_OFFICERS, DEMO_STATIONS, demoLiaisonOfficer } from '../district';
import type { Clock } from '../../shared/clock';
import type { Logger } from '../../shared/logger';
import { AlertCategory, AlertSeverity } from '../../subgraphs/police/station/police-enums';
import { Alert, addDays, DEFAULT_VISIT_INTERVAL_DAYS, KeyEnterprise, Officer, OfficerAssignment, SafetyTraining, Station, Visit } from '../../subgraphs/police/station/station.entity';

const ALERTS: [AlertCategory, string][] = [
  [AlertCategory.THEFT, '厂区仓库电缆被盗，民警已到场勘查。'],
  [AlertCategory.FRAUD, '财务人员接到冒充领导的诈骗电话，已及时止付。'],
  [AlertCategory.DISPUTE, '十余名工人聚集讨要拖欠工资，民警到场劝解疏导。'],
  [AlertCategory.FIRE, '车间配电箱冒烟，已断电处置，无人员伤亡。'],
];
const SEVERITIES = [AlertSeverity.LOW, AlertSeverity.MEDIUM, AlertSeverity.HIGH];
const TRAININGS = ['反电信网络诈骗宣传', '消防安全与应急疏散', '内部安全保卫制度'];

/**
 * A few enterprises at risk (维稳风险) under the default police rules, dated back from the seed's
 * clock so they hold whenever the demo starts: 24 has five alerts in 90 days (HIGH), 25 three wage
 * disputes (MEDIUM), 28 a critical fire (HIGH).
 */
const AT_RISK: { n: number; alerts: [number, AlertCategory, AlertSeverity, string][] }[] = [
  { n: 24, alerts: [3, 11, 25, 40, 61].map((d, i) => [d, i % 2 ? AlertCategory.THEFT : AlertCategory.PUBLIC_ORDER, AlertSeverity.MEDIUM, i % 2 ? '库房再次被撬，丢失成品若干。' : '员工与外来人员发生冲突，民警到场处置。']) },
  { n: 25, alerts: [5, 19, 33].map((d) => [d, AlertCategory.DISPUTE, AlertSeverity.MEDIUM, '数十名工人聚集讨要拖欠工资，负责人联系不上。']) },
  { n: 28, alerts: [[8, AlertCategory.FIRE, AlertSeverity.CRITICAL, '仓库起火，过火面积约三百平方米，一人受伤送医。']] },
];

export async function seedPolice(em: EntityManager, log: Logger, clock: Clock): Promise<boolean> {
  if ((await em.count(Station)) > 0) return false;
  await em.transactional(async (tx) => {
    const stations = new Map(DEMO_STATIONS.map((s) => [s.code, tx.create(Station, s)]));
    const officers = new Map(
      DEMO_OFFICERS.map((o) => [o.badge, tx.create(Officer, { badge: o.badge, name: o.name, phone: o.phone, station: stations.get(o.station)!, userId: o.userId ?? null })]),
    );
    for (const e of DEMO_ENTERPRISES) {
      // every key enterprise is on its station's register (重点企业); all but one have an officer
      // due a quarter after registration, then a quarter after each visit (visitsDue, overdueVisits)
      const entry = e.isKeyEnterprise
        ? tx.create(KeyEnterprise, { uscc: e.uscc, station: stations.get(e.station)!, registeredOn: '2025-03-01', nextVisitDue: addDays('2025-03-01', DEFAULT_VISIT_INTERVAL_DAYS) })
        : null;
      const liaison = demoLiaisonOfficer(e);
      if (!liaison || !entry) continue;
      const officer = officers.get(liaison.badge)!;
      tx.create(OfficerAssignment, { uscc: e.uscc, officer, assignedOn: '2025-03-01', reason: '首次确定一企一警联络官' });
      const visitedOn = `2026-0${1 + (e.n % 9)}-1${e.n % 10}`;
      entry.visited(visitedOn);
      tx.create(Visit, {
        uscc: e.uscc,
        officer,
        visitedOn,
        peopleMet: `法定代表人${e.legalRepresentative}`,
        notes: '走访了解企业经营情况，宣传防诈骗知识。',
        problemsFound: e.n % 5 === 0 ? ['厂区周边夜间照明不足，存在治安隐患'] : [],
      });
      if (e.n % 4 === 0) {
        const [category, summary] = ALERTS[(e.n / 4) % ALERTS.length];
        tx.create(Alert, {
          uscc: e.uscc,
          occurredAt: new Date(Date.UTC(2026, e.n % 8, 5, 2, 30)),
          category,
          severity: SEVERITIES[e.n % SEVERITIES.length],
          summary,
          recordedByName: officer.name,
        });
      }
      if (e.n % 3 === 0) {
        tx.create(SafetyTraining, {
          uscc: e.uscc,
          heldOn: `2026-0${1 + (e.n % 8)}-2${e.n % 8}`,
          topic: TRAININGS[e.n % TRAININGS.length],
          attendeeCount: 15 + (e.n % 7) * 10,
          recordedBy: officer.userId ?? `officer:${officer.badge}`,
          recordedByName: officer.name,
          recordedAt: new Date(Date.UTC(2026, e.n % 8, 20 + (e.n % 8), 8)),
        });
      }
    }
    const now = clock();
    for (const { n, alerts } of AT_RISK) {
      for (const [daysAgo, category, severity, summary] of alerts) {
        tx.create(Alert, { uscc: DEMO_ENTERPRISES[n].uscc, occurredAt: new Date(now.getTime() - daysAgo * 86_400_000), category, severity, summary, recordedByName: '李伟' });
      }
    }
    // their risk signals: materialised when the police subgraph starts (src/shared/risk-refresh.ts), as every department's
  });
  log.info(`seeded ${DEMO_STATIONS.length} stations and ${DEMO_OFFICERS.length} liaison officers`);
  return true;
}

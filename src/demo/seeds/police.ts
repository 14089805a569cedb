import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_ENTERPRISES, DEMO_OFFICERS, DEMO_STATIONS, demoLiaisonOfficer } from '../district';
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

export async function seedPolice(em: EntityManager, log: Logger): Promise<boolean> {
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
  });
  log.info(`seeded ${DEMO_STATIONS.length} stations and ${DEMO_OFFICERS.length} liaison officers`);
  return true;
}

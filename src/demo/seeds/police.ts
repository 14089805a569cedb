import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_ENTERPRISES, DEMO_OFFICERS, DEMO_STATIONS, demoLiaisonOfficer } from '../district';
import type { Logger } from '../../shared/logger';
import { Alert, KeyEnterprise, Officer, OfficerAssignment, Station, Visit } from '../../subgraphs/police/station/station.entity';

const ALERTS = ['盗窃', '诈骗', '纠纷', '消防'];

export async function seedPolice(em: EntityManager, log: Logger): Promise<boolean> {
  if ((await em.count(Station)) > 0) return false;
  await em.transactional(async (tx) => {
    const stations = new Map(DEMO_STATIONS.map((s) => [s.code, tx.create(Station, s)]));
    const officers = new Map(
      DEMO_OFFICERS.map((o) => [o.badge, tx.create(Officer, { badge: o.badge, name: o.name, phone: o.phone, station: stations.get(o.station)!, userId: o.userId ?? null })]),
    );
    for (const e of DEMO_ENTERPRISES) {
      // every key enterprise is on its station's register (重点企业); all but one have an officer
      if (e.isKeyEnterprise) tx.create(KeyEnterprise, { uscc: e.uscc, station: stations.get(e.station)!, registeredOn: '2025-03-01' });
      const liaison = demoLiaisonOfficer(e);
      if (!liaison) continue;
      const officer = officers.get(liaison.badge)!;
      tx.create(OfficerAssignment, { uscc: e.uscc, officer, assignedOn: '2025-03-01', reason: '首次确定一企一警联络官' });
      tx.create(Visit, {
        uscc: e.uscc,
        officer,
        visitedOn: `2026-0${1 + (e.n % 9)}-1${e.n % 10}`,
        peopleMet: `法定代表人${e.legalRepresentative}`,
        notes: '走访了解企业经营情况，宣传防诈骗知识。',
        problemsFound: e.n % 5 === 0 ? ['厂区周边夜间照明不足，存在治安隐患'] : [],
      });
      if (e.n % 4 === 0) {
        tx.create(Alert, {
          uscc: e.uscc,
          occurredAt: new Date(Date.UTC(2026, e.n % 10, 5, 2, 30)),
          category: ALERTS[e.n % ALERTS.length],
          summary: '企业报警，民警已到场处置。',
        });
      }
    }
  });
  log.info(`seeded ${DEMO_STATIONS.length} stations and ${DEMO_OFFICERS.length} liaison officers`);
  return true;
}

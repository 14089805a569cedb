import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_ENTERPRISES, DEMO_STATIONS } from '../../demo/district';
import type { Logger } from '../../shared/logger';
import { Department } from './department/department.entity';
import { Enterprise } from './enterprise/enterprise.entity';

export const DEPARTMENTS = [
  { code: 'police', nameZh: '公安分局', nameEn: 'Public Security Bureau' },
  { code: 'market', nameZh: '市场监督管理局', nameEn: 'Market Supervision Bureau' },
  { code: 'tax', nameZh: '税务局', nameEn: 'Tax Bureau' },
  { code: 'judicial', nameZh: '司法局', nameEn: 'Judicial Bureau' },
];

/** Departments and the demo district's enterprises, once, into an empty hub schema. */
export async function seedHub(em: EntityManager, log: Logger): Promise<boolean> {
  if ((await em.count(Department)) > 0) return false;
  await em.transactional(async (tx) => {
    for (const d of DEPARTMENTS) tx.create(Department, d);
    for (const e of DEMO_ENTERPRISES) {
      tx.create(Enterprise, {
        uscc: e.uscc,
        name: e.name,
        legalRepresentative: e.legalRepresentative,
        address: e.address,
        park: e.park,
        policeJurisdiction: DEMO_STATIONS.find((s) => s.code === e.station)!.jurisdiction,
        industry: e.industry,
        isKeyEnterprise: e.isKeyEnterprise,
      });
    }
  });
  log.info(`seeded ${DEPARTMENTS.length} departments and ${DEMO_ENTERPRISES.length} enterprises`);
  return true;
}

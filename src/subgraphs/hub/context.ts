import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../shared/context';
import { oneBy } from '../../shared/loaders';
import { Department } from './department/department.entity';
import { Enterprise } from './enterprise/enterprise.entity';

export function createHubLoaders(em: EntityManager) {
  return {
    enterprise: oneBy(em, Enterprise, 'uscc'),
    department: oneBy(em, Department, 'code'),
  };
}
export type HubLoaders = ReturnType<typeof createHubLoaders>;
export type HubContext = RequestContext<HubLoaders>;

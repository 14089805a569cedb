import { buildFederatedSchema } from '../../shared/federation';
import { DepartmentResolver } from './department/department.resolver';
import { enterpriseReference } from './enterprise/enterprise.reference';
import { EnterpriseResolver } from './enterprise/enterprise.resolver';
import { ViewerResolver } from './viewer/viewer.resolver';

/** The hub's whole API surface: every resolver and reference resolver is listed here. */
export function buildHubSchema() {
  return buildFederatedSchema(
    { resolvers: [DepartmentResolver, EnterpriseResolver, ViewerResolver] },
    { ...enterpriseReference },
  );
}

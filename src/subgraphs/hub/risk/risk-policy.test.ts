import type { Role, Viewer } from '../../../shared/auth';
import { assertMaySetPoliceRiskRules } from '../../police/risk/risk.service';
import { isRiskReader, maySeeSignalDetails, riskEventAudience } from './risk-policy';

const viewer = (roles: Role[], department: string | null = null, uscc: string | null = null): Viewer => ({ id: 'u', displayName: 'u', department, roles, uscc });
const code = (fn: () => unknown) => {
  try {
    fn();
    return 'OK';
  } catch (err) {
    return (err as { extensions?: { code?: string } }).extensions?.code;
  }
};

test('need-to-know of the risk assessment: who reads it, whose details, who hears rises, who sets police rules', () => {
  const people: [string, Viewer][] = [
    ['police officer', viewer(['OFFICER'], 'police')],
    ['police admin', viewer(['DEPT_ADMIN'], 'police')],
    ['tax officer', viewer(['OFFICER'], 'tax')],
    ['tax admin', viewer(['DEPT_ADMIN'], 'tax')],
    ['coordinator', viewer(['COORDINATOR'])],
    ['enterprise', viewer(['ENTERPRISE'], null, '91320102MA1XXXXXX0')],
    ['auditor', viewer(['AUDITOR'])],
  ];
  const table = people.map(([who, v]) => [
    who,
    isRiskReader(v),
    maySeeSignalDetails(v, 'police'),
    maySeeSignalDetails(v, 'tax'),
    code(() => riskEventAudience(v)) === 'OK' ? (riskEventAudience(v).department ?? 'all') : 'FORBIDDEN',
    code(() => assertMaySetPoliceRiskRules(v)),
  ]);
  expect(table).toEqual([
    // who             reads  police details  tax details  hears rises   sets police rules
    ['police officer', true, true, false, 'police', 'FORBIDDEN'],
    ['police admin', true, true, false, 'police', 'OK'],
    ['tax officer', true, false, true, 'tax', 'FORBIDDEN'],
    ['tax admin', true, false, true, 'tax', 'FORBIDDEN'],
    ['coordinator', true, true, true, 'all', 'FORBIDDEN'],
    ['enterprise', false, false, false, 'FORBIDDEN', 'FORBIDDEN'],
    ['auditor', false, false, false, 'FORBIDDEN', 'FORBIDDEN'],
  ]);
});

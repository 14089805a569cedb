import { Litigation, LitigationRole, MediationCase } from '../mediation/judicial.entity';
import { DisputeCategory, MediationGrade, MediationStatus } from '../mediation/mediation-rules';
import { judicialRiskSignals, RECENT_FAILURE_DAYS } from './risk-signals';

const TODAY = '2026-09-28';
let n = 0;
const mediation = (fields: Partial<MediationCase>) =>
  Object.assign(new MediationCase(), {
    id: ++n, uscc: '91320102MA1XXXXXX1', caseNo: `C${n}`, subject: 's', grade: MediationGrade.COMMUNITY, status: MediationStatus.OPEN,
    category: DisputeCategory.CONTRACT, openedOn: '2026-09-01', gradeSince: '2026-09-01', closedOn: null, closingNote: null, ...fields,
  });
const lawsuit = (fields: Partial<Litigation>) =>
  Object.assign(new Litigation(), { id: ++n, uscc: '91320102MA1XXXXXX1', caseNo: `L${n}`, court: 'c', role: LitigationRole.DEFENDANT, cause: 'x', filedOn: '2026-09-10', pending: true, mediationCase: null, ...fields });
const brief = (cases: MediationCase[], suits: Litigation[] = []) => judicialRiskSignals(cases, suits, TODAY).map((s) => [s.category, s.level, s.observedAt]);

describe('judicial risk signals', () => {
  test('an open case signals by grade; a wage-arrears case is HIGH at any grade', () => {
    expect(brief([mediation({ grade: MediationGrade.COMMUNITY })])).toEqual([['OPEN_MEDIATION', 'LOW', '2026-09-01']]);
    expect(brief([mediation({ grade: MediationGrade.STREET, gradeSince: '2026-09-05' })])).toEqual([['OPEN_MEDIATION', 'MEDIUM', '2026-09-05']]);
    expect(brief([mediation({ grade: MediationGrade.DISTRICT })])).toEqual([['OPEN_MEDIATION', 'HIGH', '2026-09-01']]);
    expect(brief([mediation({ category: DisputeCategory.WAGE_ARREARS })])).toEqual([['WAGE_ARREARS', 'HIGH', '2026-09-01']]);
  });

  test('settled cases are quiet; a failed one signals for a while, unless its lawsuit does', () => {
    expect(brief([mediation({ status: MediationStatus.SETTLED, closedOn: '2026-09-20' })])).toEqual([]);
    expect(brief([mediation({ status: MediationStatus.FAILED, closedOn: '2026-09-20' })])).toEqual([['FAILED_MEDIATION', 'MEDIUM', '2026-09-20']]);
    const old = new Date(Date.parse(`${TODAY}T00:00:00Z`) - (RECENT_FAILURE_DAYS + 1) * 86_400_000).toISOString().slice(0, 10);
    expect(brief([mediation({ status: MediationStatus.FAILED, closedOn: old })])).toEqual([]);
    const failed = mediation({ status: MediationStatus.FAILED, closedOn: '2026-09-20' });
    expect(brief([failed], [lawsuit({ mediationCase: failed, filedOn: '2026-09-25' })])).toEqual([['LITIGATION', 'HIGH', '2026-09-25']]);
    const wages = mediation({ status: MediationStatus.FAILED, closedOn: '2026-09-20', category: DisputeCategory.WAGE_ARREARS });
    expect(brief([wages], [lawsuit({ mediationCase: wages, filedOn: '2026-09-25' })])).toEqual([['LITIGATION', 'HIGH', '2026-09-25'], ['WAGE_ARREARS', 'HIGH', '2026-09-20']]);
  });

  test('pending lawsuits: defendant MEDIUM, plaintiff LOW, concluded none; highest level first, then newest', () => {
    expect(brief([mediation({})], [lawsuit({ role: LitigationRole.PLAINTIFF }), lawsuit({ pending: false }), lawsuit({ role: LitigationRole.DEFENDANT })])).toEqual([
      ['LITIGATION', 'MEDIUM', '2026-09-10'],
      ['LITIGATION', 'LOW', '2026-09-10'],
      ['OPEN_MEDIATION', 'LOW', '2026-09-01'],
    ]);
  });
});

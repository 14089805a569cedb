import { maxRiskLevel, riskRank, RiskLevel } from '../../../shared/risk';
import { assess } from './risk-assessor';
import { riskRequires } from './risk-sources';

test('the overall level is the highest of the signals; the departments are those with a signal', () => {
  expect(assess([])).toEqual({ level: 'NONE', departments: [] });
  expect(
    assess([
      { uscc: 'U', department: 'police', level: 'MEDIUM' },
      { uscc: 'U', department: 'judicial', level: 'HIGH' },
      { uscc: 'U', department: 'police', level: 'LOW' },
      { uscc: 'U', department: 'tax', level: 'NONE' },
    ]),
  ).toEqual({ level: 'HIGH', departments: ['judicial', 'police'] });
});

test('levels order NONE < LOW < MEDIUM < HIGH; an unknown level counts as NONE', () => {
  expect([RiskLevel.NONE, RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH].map(riskRank)).toEqual([0, 1, 2, 3]);
  expect(maxRiskLevel(['LOW', 'HIGH', 'MEDIUM'])).toBe('HIGH');
  expect(maxRiskLevel(['SEVERE'])).toBe('NONE');
});

test('riskAssessment requires every department source of the table', () => {
  expect(riskRequires()).toBe(
    ['police', 'judicial', 'tax', 'market'].map((d) => `${d}RiskSignals { department category level observedAt details }`).join(' '),
  );
});

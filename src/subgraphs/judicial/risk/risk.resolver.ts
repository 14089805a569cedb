import { departmentRiskSignals } from '../../../shared/risk';
import { riskRuleOperations } from '../../../shared/risk-rules';
import { JudicialRiskCondition } from './risk-signals';
import { JudicialRiskRule } from './risk.entity';
import { JUDICIAL_RULE_TABLE } from './risk.service';
import type { JudicialContext } from '../context';
import { judicialExtension } from '../mediation/judicial-profile.resolver';
import { JUDICIAL } from '../policy';

/** `Enterprise.judicialRiskSignals` (`@inaccessible`, for the hub's riskAssessment), from the materialised rows; details (case text) for the bureau and coordinators. */
export const { RiskSignal: JudicialFederatedRiskSignal, SignalsResolver: JudicialRiskSignalsResolver } = departmentRiskSignals<JudicialContext>({
  department: JUDICIAL,
  enterpriseKey: judicialExtension.EnterpriseKey,
  owner: 'the judicial bureau',
  listSize: 20,
  rows: (ctx, uscc) => ctx.loaders.riskSignalsByUscc.load(uscc),
});

/** `judicialRiskRules` and `setJudicialRiskRules`: the bureau's rules as data. */
export const { RuleInput: JudicialRiskRuleInput, SetRulesInput: SetJudicialRiskRulesInput, RuleResolver: JudicialRiskRuleResolver } = riskRuleOperations({
  name: 'Judicial',
  rule: JudicialRiskRule,
  conditions: JudicialRiskCondition,
  table: JUDICIAL_RULE_TABLE,
  label: 'judicial risk rules (司法风险规则)',
  params: {
    windowDays: 'For FAILED and FAILED_WAGE_ARREARS only (required there): days after the failure it keeps signalling, 1 to 3,660.',
  },
  reassesses: 'every enterprise\'s judicial signals',
});

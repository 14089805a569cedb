import { departmentRiskSignals } from '../../../shared/risk';
import { riskRuleOperations } from '../../../shared/risk-rules';
import type { TaxContext } from '../context';
import { taxExtension } from '../credit/tax-profile.resolver';
import { TAX } from '../policy';
import { TaxRiskCondition, TaxRiskRule } from './risk-rule.entity';
import { TAX_RULE_TABLE } from './risk.service';

/** `Enterprise.taxRiskSignals` (`@inaccessible`, for the hub's riskAssessment), from the materialised rows; details (amounts) for the bureau and coordinators. */
export const { RiskSignal: TaxFederatedRiskSignal, SignalsResolver: TaxRiskSignalsResolver } = departmentRiskSignals<TaxContext>({
  department: TAX,
  enterpriseKey: taxExtension.EnterpriseKey,
  owner: 'the tax bureau',
  listSize: 3,
  rows: (ctx, uscc) => ctx.loaders.riskSignalRowsByUscc.load(uscc),
});

/** `taxRiskRules` and `setTaxRiskRules`: the tax bureau's rules as data. */
export const { RuleInput: TaxRiskRuleInput, SetRulesInput: SetTaxRiskRulesInput, RuleResolver: TaxRiskRuleResolver } = riskRuleOperations({
  name: 'Tax',
  rule: TaxRiskRule,
  conditions: TaxRiskCondition,
  table: TAX_RULE_TABLE,
  label: 'tax risk rules (税务风险规则)',
  params: {
    threshold: 'Required for ARREARS_LARGE (yuan, 1 to 1,000,000,000) and MISSED_FILINGS* (filings, 1 to 1,000); left out for the others.',
  },
  reassesses: 'every taxpayer\'s tax signals',
});

import { departmentRiskSignals } from '../../../shared/risk';
import { riskRuleOperations } from '../../../shared/risk-rules';
import type { MarketContext } from '../context';
import { marketExtension } from '../registration/market-profile.resolver';
import { MARKET } from '../policy';
import { MarketRiskCondition, MarketRiskRule } from './risk-rule.entity';
import { MARKET_RULE_TABLE } from './risk.service';

/** `Enterprise.marketRiskSignals` (`@inaccessible`, for the hub's riskAssessment), from the materialised rows; details (amounts) for the bureau and coordinators. */
export const { RiskSignal: MarketFederatedRiskSignal, SignalsResolver: MarketRiskSignalsResolver } = departmentRiskSignals<MarketContext>({
  department: MARKET,
  enterpriseKey: marketExtension.EnterpriseKey,
  owner: 'market supervision',
  listSize: 3,
  rows: (ctx, uscc) => ctx.loaders.riskSignalRowsByUscc.load(uscc),
});

/** `marketRiskRules` and `setMarketRiskRules`: market supervision's rules as data. */
export const { RuleInput: MarketRiskRuleInput, SetRulesInput: SetMarketRiskRulesInput, RuleResolver: MarketRiskRuleResolver } = riskRuleOperations({
  name: 'Market',
  rule: MarketRiskRule,
  conditions: MarketRiskCondition,
  table: MARKET_RULE_TABLE,
  label: 'market-supervision risk rules (市场监管风险规则)',
  params: {
    threshold: 'Required for PENALTIES* and COMPLAINTS* (a count, 1 to 1,000) and PENALTY_FINES* (yuan, 1 to 1,000,000,000); left out for ABNORMAL_LISTING.',
    windowDays: 'For PENALTIES*, PENALTY_FINES* and COMPLAINTS*: the window in days (1 to 3,660) within which penalties decided or complaints received count; left out, the rule keeps its window; left out for ABNORMAL_LISTING.',
  },
  reassesses: 'every enterprise\'s market signals',
});

import { useQuery, type TypedDocumentNode } from 'urql';
import { graphql } from '../gql';
import { DEPARTMENT_LABELS, RISK_CATEGORY_LABELS, RISK_LEVEL_LABELS, label } from '../labels';

const PoliceQuery = graphql(`
  query EnterprisePolicePanel($uscc: ID!) {
    enterprise(uscc: $uscc) {
      id
      police {
        liaisonOfficer {
          id
          name
          phone
        }
        visitCount
        lastVisitedOn
      }
    }
  }
`);

const MarketQuery = graphql(`
  query EnterpriseMarketPanel($uscc: ID!) {
    enterprise(uscc: $uscc) {
      id
      market {
        registrationStatus
        registeredOn
        isOnAbnormalList
        penaltyCount
        openComplaintCount
      }
    }
  }
`);

const TaxQuery = graphql(`
  query EnterpriseTaxPanel($uscc: ID!) {
    enterprise(uscc: $uscc) {
      id
      tax {
        creditRating
        creditRatingYear
        hasOutstandingArrears
        missedFilingCount
      }
    }
  }
`);

const JudicialQuery = graphql(`
  query EnterpriseJudicialPanel($uscc: ID!) {
    enterprise(uscc: $uscc) {
      id
      judicial {
        openMediationCases
        mediationCaseCount
        litigationCount
      }
    }
  }
`);

const RiskQuery = graphql(`
  query EnterpriseRiskPanel($uscc: ID!) {
    enterprise(uscc: $uscc) {
      id
      riskAssessment {
        level
        signals {
          department
          category
          level
          observedAt
        }
      }
    }
  }
`);

const REGISTRATION: Record<string, string> = { ACTIVE: '存续', REVOKED: '吊销', DEREGISTERED: '注销' };
const yesNo = (v: boolean | null | undefined) => (v === null || v === undefined ? '—' : v ? '是' : '否');
const show = (v: unknown) => (v === null || v === undefined ? '—' : String(v));
/** The day of an instant, in the hub's time zone. */
const day = (iso: string) => new Date(iso).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' });

/**
 * The enterprise's picture (企业画像), one panel per department, each from its own subgraph through
 * its own query: a department that is down (or refuses) shows its panel as unavailable while the
 * others still load.
 */
export function EnterprisePanels({ uscc }: { uscc: string }) {
  return (
    <section aria-labelledby="picture-heading" className="panels">
      <h3 id="picture-heading">企业画像</h3>
      <Panel title="公安（一企一警）" query={PoliceQuery} uscc={uscc} pick={(e) => e?.police}>
        {(p) => [
          ['联络警官', p.liaisonOfficer ? `${p.liaisonOfficer.name}${p.liaisonOfficer.phone ? `（${p.liaisonOfficer.phone}）` : ''}` : '未指定'],
          ['走访次数', show(p.visitCount)],
          ['最近走访', show(p.lastVisitedOn)],
        ]}
      </Panel>
      <Panel title="市场监管" query={MarketQuery} uscc={uscc} pick={(e) => e?.market}>
        {(m) => [
          ['登记状态', m.registrationStatus ? (REGISTRATION[m.registrationStatus] ?? '其他') : '—'],
          ['成立日期', show(m.registeredOn)],
          ['列入经营异常名录', yesNo(m.isOnAbnormalList)],
          ['行政处罚', show(m.penaltyCount)],
          ['未办结投诉', show(m.openComplaintCount)],
        ]}
      </Panel>
      <Panel title="税务" query={TaxQuery} uscc={uscc} pick={(e) => e?.tax}>
        {(t) => [
          ['纳税信用等级', t.creditRating ? `${t.creditRating} 级${t.creditRatingYear ? `（${t.creditRatingYear} 年度）` : ''}` : '—'],
          ['有欠税', yesNo(t.hasOutstandingArrears)],
          ['逾期未申报', show(t.missedFilingCount)],
        ]}
      </Panel>
      <Panel title="司法" query={JudicialQuery} uscc={uscc} pick={(e) => e?.judicial}>
        {(j) => [
          ['在办调解', show(j.openMediationCases)],
          ['调解案件', show(j.mediationCaseCount)],
          ['诉讼案件', show(j.litigationCount)],
        ]}
      </Panel>
      {/* every department's signals, assembled by the hub; what each viewer may see is the API's to decide */}
      <Panel title="维稳风险评估" query={RiskQuery} uscc={uscc} pick={(e) => e?.riskAssessment} level={(r) => r.level}>
        {(r) => [
          ['风险等级', label(RISK_LEVEL_LABELS, r.level)],
          ...r.signals.map((s): [string, string] => [
            `${label(DEPARTMENT_LABELS, s.department)}：${label(RISK_CATEGORY_LABELS, s.category)}`,
            `${label(RISK_LEVEL_LABELS, s.level)}，${day(s.observedAt)}`,
          ]),
          ...(r.signals.length === 0 ? [['风险信号', '无'] as [string, string]] : []),
        ]}
      </Panel>
    </section>
  );
}

function Panel<D extends { enterprise?: unknown }, P>({ title, query, uscc, pick, level, children }: {
  title: string;
  query: TypedDocumentNode<D, { uscc: string }>;
  uscc: string;
  pick(enterprise: D['enterprise']): P | null | undefined;
  /** A risk level the panel is marked with (a colour beside the words, never instead of them). */
  level?(profile: P): string;
  children(profile: P): [string, string][];
}) {
  const [{ data, error, fetching }] = useQuery({ query, variables: { uscc } });
  const profile = data ? pick(data.enterprise) : undefined;
  const forbidden = error?.graphQLErrors.some((e) => e.extensions?.code === 'FORBIDDEN');
  return (
    <section className={`panel${level ? ' panel-risk' : ''}${profile && level ? ` risk-${level(profile).toLowerCase()}` : ''}`} aria-label={title} data-testid="enterprise-panel">
      <h4>{title}</h4>
      {fetching && !data && <p role="status">正在加载…</p>}
      {!fetching && !profile && (forbidden ? <p className="unavailable">无权查看</p> : error ? <p className="unavailable">该部门数据暂不可用</p> : <p>无记录</p>)}
      {profile && (
        <dl>
          {children(profile).map(([k, v], i) => (
            <div key={`${i}-${k}`}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

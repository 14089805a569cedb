/**
 * The one table of risk signal sources (维稳风险信号来源). Each is a view in the shared database that
 * publishes (uscc, department, category, level, observed_at) and nothing confidential; its owner
 * NOTIFYs `liaison_risk_signals` with `<source>:<uscc>` when a signal changes (README, "Risk
 * assessment": adding a department is one row here plus the department's own field and view).
 *
 * `field`: the department's `Enterprise` field the hub's `riskAssessment` `@requires` (the signals
 * with their details, filtered for the caller by the department); null for the hub's own source,
 * read locally.
 */
export interface RiskSource {
  source: string;
  view: string;
  field: string | null;
}

export const RISK_SOURCES: readonly RiskSource[] = [
  { source: 'police', view: 'police.risk_signal_for_hub', field: 'policeRiskSignals' },
  { source: 'judicial', view: 'judicial.risk_signal_for_hub', field: 'judicialRiskSignals' },
  { source: 'tax', view: 'tax.risk_signal_for_hub', field: 'taxRiskSignals' },
  { source: 'market', view: 'market.risk_signal_for_hub', field: 'marketRiskSignals' },
  { source: 'hub', view: 'hub.risk_signal_requests', field: null },
];

export const RISK_SIGNALS_CHANNEL = 'liaison_risk_signals';

/** The fields of a signal the hub requires from each department. */
export const REQUIRED_SIGNAL_FIELDS = 'department category level observedAt details';

/** The `@requires` selection of `Enterprise.riskAssessment`: every department's signal field. */
export const riskRequires = () =>
  RISK_SOURCES.filter((s) => s.field)
    .map((s) => `${s.field} { ${REQUIRED_SIGNAL_FIELDS} }`)
    .join(' ');

/** Every published signal, as one SQL union (the views are the only tables of other schemas the hub reads). */
export const allSignalsSql = () =>
  RISK_SOURCES.map((s) => `select uscc::text as uscc, department::text as department, category::text as category, level::text as level, observed_at from ${s.view}`).join(' union all ');

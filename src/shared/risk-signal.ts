import { registerEnumType } from 'type-graphql';

/**
 * Risk signals (风险信号): what each department contributes, from its own data, to the
 * cross-department risk assessment (维稳风险评估, DESIGN §5). Each department subgraph exposes its
 * signals for an enterprise as a plain list `{ category level observedAt detail }`; assembling them
 * into one level is left to whoever builds the assessment. The level scale is shared so that the
 * signals of different departments compare.
 */
export enum RiskSignalLevel {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}

registerEnumType(RiskSignalLevel, {
  name: 'RiskSignalLevel',
  description: 'How strongly a risk signal (风险信号) points at trouble, on the scale every department uses.',
  valuesConfig: {
    LOW: { description: 'Worth knowing; no action on its own.' },
    MEDIUM: { description: 'Warrants attention from the department.' },
    HIGH: { description: 'Serious: a matter for the joint meeting when other signals agree.' },
  },
});

/** One signal as the department computes it; `uscc` is for need-to-know and audit, not shown. */
export interface RiskSignal<C extends string> {
  uscc: string;
  category: C;
  level: RiskSignalLevel;
  /** The day the condition was observed (listed, decided, rated, recorded). */
  observedAt: string;
  /** Confidential detail (amounts, counts, reasons); shown with FULL access only. */
  detail: string | null;
}

/** The higher of two levels. */
export function maxLevel(a: RiskSignalLevel, b: RiskSignalLevel): RiskSignalLevel {
  const order = [RiskSignalLevel.LOW, RiskSignalLevel.MEDIUM, RiskSignalLevel.HIGH];
  return order[Math.max(order.indexOf(a), order.indexOf(b))];
}

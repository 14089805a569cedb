import { registerEnumType } from 'type-graphql';

/** Kinds of police alert (警情类别). */
export enum AlertCategory {
  THEFT = 'THEFT',
  FRAUD = 'FRAUD',
  DISPUTE = 'DISPUTE',
  FIRE = 'FIRE',
  PUBLIC_ORDER = 'PUBLIC_ORDER',
  TRAFFIC = 'TRAFFIC',
  OTHER = 'OTHER',
}
registerEnumType(AlertCategory, {
  name: 'AlertCategory',
  description: 'Kind of police alert (警情类别).',
  valuesConfig: {
    THEFT: { description: 'Theft (盗窃).' },
    FRAUD: { description: 'Fraud, including telecom fraud (诈骗).' },
    DISPUTE: { description: 'Dispute, e.g. over wages or contracts (纠纷).' },
    FIRE: { description: 'Fire or fire-safety hazard (消防).' },
    PUBLIC_ORDER: { description: 'Public order, e.g. a fight or gathering (治安).' },
    TRAFFIC: { description: 'Traffic accident at or near the premises (交通).' },
    OTHER: { description: 'Anything else (其他).' },
  },
});

/** The Chinese words the demo and older records used, and the category each stands for. */
export const ALERT_CATEGORY_OF_WORD: Record<string, AlertCategory> = {
  盗窃: AlertCategory.THEFT,
  诈骗: AlertCategory.FRAUD,
  纠纷: AlertCategory.DISPUTE,
  消防: AlertCategory.FIRE,
  治安: AlertCategory.PUBLIC_ORDER,
  交通: AlertCategory.TRAFFIC,
};

/** How serious an alert was (警情等级). */
export enum AlertSeverity {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  CRITICAL = 'CRITICAL',
}
registerEnumType(AlertSeverity, {
  name: 'AlertSeverity',
  description: 'How serious a police alert was (警情等级).',
  valuesConfig: {
    LOW: { description: 'Minor: settled on the spot.' },
    MEDIUM: { description: 'Needed follow-up by the station.' },
    HIGH: { description: 'Injuries, large losses or many people involved.' },
    CRITICAL: { description: 'Major incident (重大警情): reported up the chain of command.' },
  },
});

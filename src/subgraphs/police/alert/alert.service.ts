import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { refreshPoliceSignals, RISK_RULES_LOCK } from '../risk/risk.service';
import type { Viewer } from '../../../shared/auth';
import type { Clock } from '../../../shared/clock';
import { badInput, notFound } from '../../../shared/errors';
import { assertMayWritePolice } from '../policy';
import { Alert, KeyEnterprise } from '../station/station.entity';
import type { AlertCategory, AlertSeverity } from '../station/police-enums';
import { MAX_ALERT_SUMMARY, parseUscc, text } from '../validation';

export interface RecordAlertFields {
  uscc: string;
  occurredAt: Date;
  category: AlertCategory;
  severity: AlertSeverity;
  summary: string;
}

/** The enterprise must be on a station's register (the police's own list of the enterprises it serves). */
export async function requireKeyEnterprise(em: EntityManager, uscc: string, lock = false): Promise<KeyEnterprise> {
  const entry = await em.findOne(KeyEnterprise, { uscc }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
  if (!entry) throw notFound(`Enterprise ${uscc} is not on any liaison station's register of key enterprises (重点企业).`);
  return entry;
}

/** Alerts (警情) involving an enterprise: recorded by police staff, read per need-to-know. */
export class AlertService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly clock: Clock,
  ) {}

  async record(input: RecordAlertFields): Promise<Alert> {
    assertMayWritePolice(this.viewer, 'alerts (警情)');
    const uscc = parseUscc(input.uscc);
    const now = this.clock();
    // the scalar parsed it; an alert is recorded after it happened
    if (!(input.occurredAt instanceof Date) || Number.isNaN(input.occurredAt.getTime())) throw badInput('occurredAt is not a valid instant.', 'occurredAt');
    if (input.occurredAt > now) throw badInput(`occurredAt ${input.occurredAt.toISOString()} is in the future (now is ${now.toISOString()}).`, 'occurredAt');
    const summary = text(input.summary, 'summary', MAX_ALERT_SUMMARY)!;
    return this.em.transactional(async (tx) => {
      // the register row, locked, serialises writers of one enterprise's signals; the shared lock waits for a rule change in progress
      await requireKeyEnterprise(tx, uscc, true);
      await tx.execute('select pg_advisory_xact_lock_shared(hashtext(?))', [RISK_RULES_LOCK]);
      const alert = tx.create(Alert, {
        uscc,
        occurredAt: input.occurredAt,
        category: input.category,
        severity: input.severity,
        summary,
        recordedAt: now,
        recordedBy: this.viewer.id,
        recordedByName: this.viewer.displayName,
      });
      await tx.flush();
      // the police's risk signals (维稳风险) follow the alert in its transaction; the hub hears of a change on commit
      await refreshPoliceSignals(tx, [uscc], now);
      return alert;
    });
  }
}

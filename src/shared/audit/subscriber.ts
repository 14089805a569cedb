import { type EventArgs, type EventSubscriber, type FlushEventArgs, type TransactionEventArgs, helper } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { mutationScope, type MutationAudit } from './trail';

/** Request numbers look like SQ-2026-000123. */
const REQUEST_NUMBER = /^[A-Z]{2,4}-\d{4}-\d{3,}$/;

function pkOf(entity: unknown): string | null {
  try {
    const pk = helper(entity as object).getPrimaryKey();
    return pk === null || pk === undefined ? null : String(pk);
  } catch {
    return null;
  }
}

/** The enterprise (USCC) and request number an entity belongs to, looking one relation deep. */
function describe(audit: MutationAudit, entity: Record<string, unknown>, depth = 0): void {
  if (typeof entity.uscc === 'string') audit.usccs.add(entity.uscc);
  else if (entity.enterprise && typeof entity.enterprise === 'object') {
    const uscc = pkOf(entity.enterprise);
    if (uscc) audit.usccs.add(uscc);
  }
  if (typeof entity.number === 'string' && REQUEST_NUMBER.test(entity.number)) audit.requestNumbers.add(entity.number);
  if (depth === 0 && entity.issue && typeof entity.issue === 'object' && helper(entity.issue as object).__initialized) {
    describe(audit, entity.issue as Record<string, unknown>, 1);
  }
}

/**
 * Writes a mutation's audit row inside its transaction, as the last statement before COMMIT: the
 * change and its row commit together or not at all. Which mutation is running comes from
 * `mutationScope` (set by the Mutation wrapper in audit/mutations.ts); work nobody asked for
 * (schedulers, the event bus, seeding) runs outside any scope and is not written here.
 */
export class AuditSubscriber implements EventSubscriber {
  /** What a mutation loaded (before it was refused, say) tells which enterprise and request it was about. */
  onLoad(args: EventArgs<unknown>): void {
    const audit = mutationScope.getStore();
    if (audit) describe(audit, args.entity as Record<string, unknown>);
  }

  afterFlush(args: FlushEventArgs): void {
    const audit = mutationScope.getStore();
    if (!audit) return;
    for (const cs of args.uow.getChangeSets()) {
      const id = pkOf(cs.entity);
      if (id === null) continue;
      let ids = audit.touched.get(cs.name);
      if (!ids) audit.touched.set(cs.name, (ids = new Set()));
      ids.add(id);
      describe(audit, cs.entity as Record<string, unknown>);
    }
  }

  async beforeTransactionCommit(args: TransactionEventArgs): Promise<void> {
    const audit = mutationScope.getStore();
    if (!audit || !args.transaction) return;
    await audit.request.trail.writeInTransaction(audit.row('OK'), args.em as EntityManager, args.transaction);
    audit.written = true;
  }

  /** A second transaction of the same mutation gets a row listing its own changes. */
  afterTransactionCommit(): void {
    mutationScope.getStore()?.touched.clear();
  }

  /** Rolled-back changes did not happen: a refusal row lists only what the caller aimed at and what persisted. */
  afterTransactionRollback(): void {
    mutationScope.getStore()?.touched.clear();
  }
}

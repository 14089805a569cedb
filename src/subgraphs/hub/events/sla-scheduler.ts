import type { MikroORM } from '@mikro-orm/postgresql';
import { toHubDate } from '../../../shared/time-zone';
import type { Clock } from '../../../shared/clock';
import type { Logger } from '../../../shared/logger';
import { BACKGROUND } from '../../../shared/orm';
import { loadCalendar } from '../calendar/calendar.service';
import { OPEN_STATUSES } from '../issue/issue-status';
import { issueOverdueSql, referralOverdueSql } from '../overdue';
import { takeOutboxOrderLock } from './outbox';

/**
 * SLA warnings into the outbox: a reply due on the next working day, a reply deadline passed, a
 * referral not signed in time. Each warning has a dedupe key (issue + deadline), so any number
 * of instances may run this and each warning is emitted exactly once.
 */
export async function emitSlaWarnings(orm: MikroORM, now: Date): Promise<number> {
  return orm.em.fork({ loggerContext: BACKGROUND }).transactional(async (tx) => {
    const calendar = await loadCalendar(tx);
    const today = toHubDate(now);
    let dueNext: string | null = null;
    try {
      dueNext = calendar.addWorkingDays(today, 1);
    } catch {
      /* calendar ends: no "due tomorrow" warnings until it is extended */
    }
    await takeOutboxOrderLock(tx, BACKGROUND);
    const issueDepartments = `array_remove(array[i.lead_department_code], null) || i.assisting_department_codes`;
    const open = 'i.status in (?) and i.responded_at is null'; // the list is bound: one placeholder per status
    const overdue = issueOverdueSql('i', today);
    const referralOverdue = referralOverdueSql('r', today);
    const inserted = [
      ...(dueNext
        ? await tx.execute(
            `insert into hub.event (stream, type, issue_id, enterprise_uscc, departments, payload, dedupe_key, occurred_at)
             select 'SLA', 'REPLY_DUE_NEXT_WORKING_DAY', i.id, i.enterprise_uscc, ${issueDepartments},
                    jsonb_build_object('number', i.number, 'replyDeadline', i.reply_deadline), 'sla:due:' || i.id || ':' || i.reply_deadline, ?
             from hub.issue i where ${open} and i.reply_deadline = ?
             on conflict (dedupe_key) do nothing returning id`,
            [now, OPEN_STATUSES, dueNext],
            'all',
            BACKGROUND,
          )
        : []),
      ...(await tx.execute(
        `insert into hub.event (stream, type, issue_id, enterprise_uscc, departments, payload, dedupe_key, occurred_at)
         select 'SLA', 'REPLY_OVERDUE', i.id, i.enterprise_uscc, ${issueDepartments},
                jsonb_build_object('number', i.number, 'replyDeadline', i.reply_deadline), 'sla:overdue:' || i.id || ':' || i.reply_deadline, ?
         from hub.issue i where ${overdue.sql}
         on conflict (dedupe_key) do nothing returning id`,
        [now, ...overdue.params],
        'all',
        BACKGROUND,
      )),
      ...(await tx.execute(
        `insert into hub.event (stream, type, issue_id, referral_id, enterprise_uscc, departments, payload, dedupe_key, occurred_at)
         select 'REFERRAL', 'OVERDUE', r.issue_id, r.id, i.enterprise_uscc, array[r.from_department_code, r.to_department_code],
                jsonb_build_object('kind', r.kind, 'status', r.status, 'fromDepartment', r.from_department_code, 'toDepartment', r.to_department_code, 'signOffDeadline', r.sign_off_deadline),
                'referral:overdue:' || r.id, ?
         from hub.referral r join hub.issue i on i.id = r.issue_id
         where ${referralOverdue.sql}
         on conflict (dedupe_key) do nothing returning id`,
        [now, ...referralOverdue.params],
        'all',
        BACKGROUND,
      )),
    ];
    return inserted.length;
  }, { loggerContext: BACKGROUND });
}

export function startSlaScheduler(orm: MikroORM, log: Logger, intervalMs: number, clock: Clock): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = emitSlaWarnings(orm, clock())
      .then((n) => n && log.info(`emitted ${n} SLA warnings`))
      .catch((err) => log.warn(`SLA scan failed: ${(err as Error).message}`));
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  tick();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

import type { MikroORM } from '@mikro-orm/postgresql';
import { toHubDate } from '../../../shared/time-zone';
import type { Clock } from '../../../shared/clock';
import type { Logger } from '../../../shared/logger';
import { BACKGROUND, inBackground } from '../../../shared/orm';
import { loadCalendar } from '../calendar/calendar.service';
import { OPEN_STATUSES } from '../issue/issue-status';
import { issueOverdueSql, referralOverdueSql } from '../overdue';
import { takeOutboxOrderLock } from './outbox';
import type { Metrics } from '../../../shared/metrics';
import { urgeMissedDeadlines } from '../urging/urging.service';

const EVENT_COLUMNS = 'stream, type, issue_id, referral_id, enterprise_uscc, departments, payload, dedupe_key, occurred_at';

/**
 * Inserts the warnings `candidates` selects (columns named as EVENT_COLUMNS) whose dedupe key was
 * never emitted: the key is claimed in hub.event_dedupe (unique; the partitioned outbox cannot
 * hold a unique key without its month), and only the claimed ones become events.
 */
const once = (candidates: string) =>
  `with candidate as (${candidates}),
        claimed as (insert into hub.event_dedupe (dedupe_key, occurred_at) select dedupe_key, occurred_at from candidate on conflict do nothing returning dedupe_key)
   insert into hub.event (${EVENT_COLUMNS}) select ${EVENT_COLUMNS} from candidate join claimed using (dedupe_key) returning id`;

/**
 * SLA warnings into the outbox: a reply due on the next working day, a reply deadline passed, a
 * referral not signed in time. Provisional deadlines (暂定) warn too, flagged `provisional` in the
 * payload: the date is the one people see, and a warning judges no one (automatic urging does, so
 * it waits for a firm deadline: urging.service.ts). Each warning has a dedupe key (issue + deadline), so any number
 * of instances may run this and each warning is emitted exactly once.
 */
export async function emitSlaWarnings(orm: MikroORM, now: Date): Promise<number> {
  return orm.em.fork({ loggerContext: BACKGROUND }).transactional(async (tx) => {
    const calendar = await loadCalendar(tx);
    const today = toHubDate(now);
    // past the calendar's last year the next working day is counted Monday–Friday, as provisional deadlines are
    const dueNext: string | null = calendar.reckonWorkingDays(today, 1).date;
    await takeOutboxOrderLock(tx, BACKGROUND);
    const issueDepartments = `array_remove(array[i.lead_department_code], null) || i.assisting_department_codes`;
    const open = 'i.status in (?) and i.responded_at is null'; // the list is bound: one placeholder per status
    const overdue = issueOverdueSql('i', today);
    const referralOverdue = referralOverdueSql('r', today);
    const inserted = [
      ...(dueNext
        ? await tx.execute(
            once(
              `select 'SLA' as stream, 'REPLY_DUE_NEXT_WORKING_DAY' as type, i.id as issue_id, null::int as referral_id, i.enterprise_uscc, ${issueDepartments} as departments,
                      jsonb_build_object('number', i.number, 'replyDeadline', i.reply_deadline, 'provisional', i.reply_deadline_problem is not null) as payload,
                      'sla:due:' || i.id || ':' || i.reply_deadline as dedupe_key, ?::timestamptz as occurred_at
               from hub.issue i where ${open} and i.reply_deadline = ?`,
            ),
            [now, OPEN_STATUSES, dueNext],
            'all',
            BACKGROUND,
          )
        : []),
      ...(await tx.execute(
        once(
          `select 'SLA' as stream, 'REPLY_OVERDUE' as type, i.id as issue_id, null::int as referral_id, i.enterprise_uscc, ${issueDepartments} as departments,
                  jsonb_build_object('number', i.number, 'replyDeadline', i.reply_deadline, 'provisional', i.reply_deadline_problem is not null) as payload,
                  'sla:overdue:' || i.id || ':' || i.reply_deadline as dedupe_key, ?::timestamptz as occurred_at
           from hub.issue i where ${overdue.sql}`,
        ),
        [now, ...overdue.params],
        'all',
        BACKGROUND,
      )),
      ...(await tx.execute(
        once(
          `select 'REFERRAL' as stream, 'OVERDUE' as type, r.issue_id, r.id as referral_id, i.enterprise_uscc, array[r.from_department_code, r.to_department_code] as departments,
                  jsonb_build_object('kind', r.kind, 'status', r.status, 'fromDepartment', r.from_department_code, 'toDepartment', r.to_department_code, 'signOffDeadline', r.sign_off_deadline, 'provisional', r.sign_off_deadline_problem is not null) as payload,
                  'referral:overdue:' || r.id as dedupe_key, ?::timestamptz as occurred_at
           from hub.referral r join hub.issue i on i.id = r.issue_id
           where ${referralOverdue.sql}`,
        ),
        [now, ...referralOverdue.params],
        'all',
        BACKGROUND,
      )),
    ];
    return inserted.length;
  }, { loggerContext: BACKGROUND });
}

/**
 * Open requests past their reply deadline per lead department (every department listed, 0 when
 * none; `unassigned` for requests not routed yet): the `liaison_requests_overdue` gauge.
 */
export async function countOverdueByDepartment(orm: MikroORM, now: Date): Promise<Record<string, number>> {
  const overdue = issueOverdueSql('i', toHubDate(now));
  const rows = await orm.em.fork({ loggerContext: BACKGROUND }).execute<{ department: string | null; n: string }[]>(
    `select d.department, count(i.id) as n
     from (select code as department from hub.department union all select null) d
     left join hub.issue i on i.lead_department_code is not distinct from d.department and ${overdue.sql}
     group by d.department`,
    overdue.params,
    'all',
    BACKGROUND,
  );
  return Object.fromEntries(rows.map((r) => [r.department ?? 'unassigned', Number(r.n)]));
}

export interface SlaScheduler {
  /** Runs a scan now (after the one in progress, if any); resolves when it is done. */
  scanNow(): Promise<void>;
  stop(): Promise<void>;
}

export function startSlaScheduler(orm: MikroORM, log: Logger, intervalMs: number, clock: Clock, metrics: Metrics | null = null): SlaScheduler {
  let running: Promise<unknown> = Promise.resolve();
  const scan = async () => {
    const stopTimer = metrics?.sla.scanDuration.startTimer();
    try {
      const now = clock();
      const n = await emitSlaWarnings(orm, now);
      if (n) log.info(`emitted ${n} SLA warnings`);
      const urged = await urgeMissedDeadlines(orm, now);
      if (urged) log.info(`urged ${urged} requests past their reply deadline`);
      if (metrics) {
        metrics.sla.warnings.inc(n);
        metrics.setOverdue(await countOverdueByDepartment(orm, now));
      }
    } catch (err) {
      metrics?.sla.scanFailures.inc();
      log.warn(`SLA scan failed: ${(err as Error).message}`);
    } finally {
      stopTimer?.();
    }
  };
  // one scan at a time; a tick arriving while one waits to run adds nothing
  let queued: Promise<unknown> | null = null;
  const tick = () =>
    (queued ??= running = running.then(() => {
      queued = null;
      return inBackground(scan);
    }));
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  tick();
  return {
    async scanNow() {
      await tick();
    },
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

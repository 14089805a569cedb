import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { pagesBy } from '../../shared/batched-pages';
import type { Clock } from '../../shared/clock';
import type { RequestContext } from '../../shared/context';
import { manyBy, oneBy } from '../../shared/loaders';
import { CursorPart } from '../../shared/pagination';
import { type MarketRiskSignal, marketSignalLoader } from './records/market-signals';
import { Complaint, Inspection } from './records/records.entity';
import { MarketRiskSignalRow } from './risk/risk.entity';
import { AbnormalListing, Penalty, Registration } from './registration/registration.entity';

export function createMarketLoaders(em: EntityManager) {
  let signals: DataLoader<string, MarketRiskSignal[]> | null = null;
  return {
    registrationByUscc: oneBy(em, Registration, 'uscc'),
    abnormalListingsByUscc: manyBy(em, AbnormalListing, 'uscc', { orderBy: { listedOn: 'desc', id: 'desc' } }),
    penaltiesByUscc: manyBy(em, Penalty, 'uscc', { orderBy: { decidedOn: 'desc', id: 'desc' } }),
    /** enterprise.market.inspections: newest first, one statement for a whole list of enterprises. */
    inspectionPages: pagesBy(em, Inspection, {
      table: 'market.inspection', keyColumn: 'uscc', order: [['inspected_on', 'inspectedOn'], ['id', 'id']], direction: 'desc', parts: [CursorPart.isoDate, CursorPart.id],
    }),
    /** enterprise.market.complaints: newest first. */
    complaintPages: pagesBy(em, Complaint, {
      table: 'market.consumer_complaint', keyColumn: 'uscc', order: [['received_on', 'receivedOn'], ['id', 'id']], direction: 'desc', parts: [CursorPart.isoDate, CursorPart.id],
    }),
    /** Open complaints (RECEIVED, HANDLING) per enterprise: a count, visible as a summary. */
    openComplaintCountByUscc: new DataLoader<string, number>(async (usccs) => {
      const rows: { uscc: string; n: string }[] = await em.getConnection().execute(
        `select uscc, count(*) as n from market.consumer_complaint where uscc in (?) and status in ('RECEIVED', 'HANDLING') group by uscc`,
        [[...usccs]],
      );
      const byUscc = new Map(rows.map((r) => [r.uscc, Number(r.n)]));
      return usccs.map((u) => byUscc.get(u) ?? 0);
    }),
    /** Risk signals per enterprise; made on first use, with the request's clock (loaders are made before it is known). */
    /** Market supervision's materialised risk signals (维稳风险信号), for the hub's riskAssessment: one statement per batch. */
    riskSignalRowsByUscc: manyBy(em, MarketRiskSignalRow, 'uscc', { orderBy: { key: 'asc' } }),
    signalsByUscc: (clock: Clock) => (signals ??= marketSignalLoader(em, clock)),
  };
}
export type MarketLoaders = ReturnType<typeof createMarketLoaders>;
export type MarketContext = RequestContext<MarketLoaders>;

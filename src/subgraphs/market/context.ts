import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { pagesBy } from '../../shared/batched-pages';
import type { Clock } from '../../shared/clock';
import type { RequestContext } from '../../shared/context';
import { countBy, manyBy, oneBy } from '../../shared/loaders';
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
    /** Every penalty of each enterprise (the deprecated plain list `market.penalties`). */
    penaltiesByUscc: manyBy(em, Penalty, 'uscc', { orderBy: { decidedOn: 'desc', id: 'desc' } }),
    /** enterprise.market.penaltiesConnection: newest first, one statement for a whole list of enterprises. */
    penaltyPages: pagesBy(em, Penalty, {
      table: 'market.penalty', keyColumn: 'uscc', order: [['decided_on', 'decidedOn'], ['id', 'id']], direction: 'desc', parts: [CursorPart.isoDate, CursorPart.id],
    }),
    /** penaltyCount: a grouped count, no penalty rows loaded. */
    penaltyCountByUscc: countBy(em, { table: 'market.penalty', keyColumn: 'uscc' }),
    /** enterprise.market.inspections: newest first, one statement for a whole list of enterprises. */
    inspectionPages: pagesBy(em, Inspection, {
      table: 'market.inspection', keyColumn: 'uscc', order: [['inspected_on', 'inspectedOn'], ['id', 'id']], direction: 'desc', parts: [CursorPart.isoDate, CursorPart.id],
    }),
    /** enterprise.market.complaints: newest first. */
    complaintPages: pagesBy(em, Complaint, {
      table: 'market.consumer_complaint', keyColumn: 'uscc', order: [['received_on', 'receivedOn'], ['id', 'id']], direction: 'desc', parts: [CursorPart.isoDate, CursorPart.id],
    }),
    /** Open complaints (RECEIVED, HANDLING) per enterprise: a count, visible as a summary. */
    openComplaintCountByUscc: countBy(em, { table: 'market.consumer_complaint', keyColumn: 'uscc', where: "t.status in ('RECEIVED', 'HANDLING')" }),
    /** Risk signals per enterprise; made on first use, with the request's clock (loaders are made before it is known). */
    /** Market supervision's materialised risk signals (维稳风险信号), for the hub's riskAssessment: one statement per batch. */
    riskSignalRowsByUscc: manyBy(em, MarketRiskSignalRow, 'uscc', { orderBy: { key: 'asc' } }),
    signalsByUscc: (clock: Clock) => (signals ??= marketSignalLoader(em, clock)),
  };
}
export type MarketLoaders = ReturnType<typeof createMarketLoaders>;
export type MarketContext = RequestContext<MarketLoaders>;

import type { EntityManager } from '@mikro-orm/postgresql';
import { pagesBy } from '../../shared/batched-pages';
import type { RequestContext } from '../../shared/context';
import { countBy, figuresBy, manyBy, manyByRelation } from '../../shared/loaders';
import { sumYuan } from '../../shared/money';
import { CursorPart } from '../../shared/pagination';
import { taxSignalLoader } from './credit/tax-signals';
import { TaxRiskSignalRow } from './risk/risk.entity';
import { Arrears, CreditRatingRecord, CreditRatingRevision, TaxFiling } from './credit/tax.entity';

export function createTaxLoaders(em: EntityManager) {
  return {
    ratingsByUscc: manyBy(em, CreditRatingRecord, 'uscc', { orderBy: { year: 'desc' } }),
    revisionsByRating: manyByRelation(em, CreditRatingRevision, 'ratingRecord', { orderBy: { id: 'asc' } }),
    /** Every arrears record of each enterprise (the deprecated plain list `tax.arrears`). */
    arrearsByUscc: manyBy(em, Arrears, 'uscc', { orderBy: { since: 'desc', id: 'desc' } }),
    /** enterprise.tax.arrearsConnection: the most recently owed first, one statement for a whole list of enterprises. */
    arrearsPages: pagesBy(em, Arrears, {
      table: 'tax.arrears', keyColumn: 'uscc', order: [['since', 'since'], ['id', 'id']], direction: 'desc', parts: [CursorPart.isoDate, CursorPart.id],
    }),
    /** What is still owed (hasOutstandingArrears, outstandingArrears): count and exact numeric sum in one grouped statement. */
    outstandingArrearsByUscc: figuresBy(
      em,
      { table: 'tax.arrears', keyColumn: 'uscc', select: 'count(*) as n, sum(t.amount_yuan)::text as total', where: 't.settled_on is null' },
      (rows) => ({ count: Number(rows[0]?.n ?? 0), total: sumYuan(rows.map((r) => String(r.total))) }),
    ),
    /** enterprise.tax.filings: latest deadline first, one statement for a whole list of enterprises. */
    filingPages: pagesBy(em, TaxFiling, {
      table: 'tax.filing', keyColumn: 'uscc', order: [['due_on', 'dueOn'], ['id', 'id']], direction: 'desc', parts: [CursorPart.isoDate, CursorPart.id],
    }),
    /** Filings still MISSED per enterprise: a count, visible as a summary. */
    missedFilingCountByUscc: countBy(em, { table: 'tax.filing', keyColumn: 'uscc', where: "t.status = 'MISSED'" }),
    signalsByUscc: taxSignalLoader(em),
    /** The bureau's materialised risk signals (维稳风险信号), for the hub's riskAssessment: one statement per batch. */
    riskSignalRowsByUscc: manyBy(em, TaxRiskSignalRow, 'uscc', { orderBy: { key: 'asc' } }),
  };
}
export type TaxLoaders = ReturnType<typeof createTaxLoaders>;
export type TaxContext = RequestContext<TaxLoaders>;

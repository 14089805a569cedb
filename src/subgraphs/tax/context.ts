import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { pagesBy } from '../../shared/batched-pages';
import type { RequestContext } from '../../shared/context';
import { manyBy, manyByRelation } from '../../shared/loaders';
import { CursorPart } from '../../shared/pagination';
import { taxSignalLoader } from './credit/tax-signals';
import { TaxRiskSignalRow } from './risk/risk.entity';
import { Arrears, CreditRatingRecord, CreditRatingRevision, TaxFiling } from './credit/tax.entity';

export function createTaxLoaders(em: EntityManager) {
  return {
    ratingsByUscc: manyBy(em, CreditRatingRecord, 'uscc', { orderBy: { year: 'desc' } }),
    revisionsByRating: manyByRelation(em, CreditRatingRevision, 'ratingRecord', { orderBy: { id: 'asc' } }),
    arrearsByUscc: manyBy(em, Arrears, 'uscc', { orderBy: { since: 'desc', id: 'desc' } }),
    /** enterprise.tax.filings: latest deadline first, one statement for a whole list of enterprises. */
    filingPages: pagesBy(em, TaxFiling, {
      table: 'tax.filing', keyColumn: 'uscc', order: [['due_on', 'dueOn'], ['id', 'id']], direction: 'desc', parts: [CursorPart.isoDate, CursorPart.id],
    }),
    /** Filings still MISSED per enterprise: a count, visible as a summary. */
    missedFilingCountByUscc: new DataLoader<string, number>(async (usccs) => {
      const rows: { uscc: string; n: string }[] = await em.getConnection().execute(
        `select uscc, count(*) as n from tax.filing where uscc in (?) and status = 'MISSED' group by uscc`,
        [[...usccs]],
      );
      const byUscc = new Map(rows.map((r) => [r.uscc, Number(r.n)]));
      return usccs.map((u) => byUscc.get(u) ?? 0);
    }),
    signalsByUscc: taxSignalLoader(em),
    /** The bureau's materialised risk signals (维稳风险信号), for the hub's riskAssessment: one statement per batch. */
    riskSignalRowsByUscc: manyBy(em, TaxRiskSignalRow, 'uscc', { orderBy: { key: 'asc' } }),
  };
}
export type TaxLoaders = ReturnType<typeof createTaxLoaders>;
export type TaxContext = RequestContext<TaxLoaders>;

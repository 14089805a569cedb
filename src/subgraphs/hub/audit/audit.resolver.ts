import { Arg, Args, Ctx, Int, Query, Resolver } from 'type-graphql';
import { ConnectionArgs } from '../../../shared/pagination';
import type { HubContext } from '../context';
import { AuditEntryConnection, AuditTrailFilter } from './audit.types';
import { AuditService, MAX_CSV_ROWS } from './audit.service';
import { PagedList } from '../../../shared/list-size';

/**
 * The audit trails for inspectors (AUDITOR role only; everyone else gets FORBIDDEN). Each call is
 * itself written to the hub's chain, refused or not.
 */
@Resolver()
export class AuditTrailResolver {
  @PagedList()
  @Query(() => AuditEntryConnection, {
    description: 'Audit trail rows of every subgraph (安全审计), newest first. AUDITOR only; the query itself is audited.',
  })
  auditTrail(
    @Ctx() ctx: HubContext,
    @Arg('filter', () => AuditTrailFilter, { nullable: true, description: 'Which rows; all when omitted.' }) filter: AuditTrailFilter | null | undefined,
    @Args(() => ConnectionArgs) paging: ConnectionArgs,
  ) {
    const service = new AuditService(ctx.em, ctx.audit);
    return service.audited(ctx.auth, 'Query.auditTrail', filter, () => service.page(filter, paging));
  }

  @Query(() => String, {
    description: `The same rows as CSV (UTF-8, header line, CRLF), newest first, for export. AUDITOR only; audited.`,
  })
  auditTrailCsv(
    @Ctx() ctx: HubContext,
    @Arg('filter', () => AuditTrailFilter, { nullable: true, description: 'Which rows; all when omitted.' }) filter?: AuditTrailFilter | null,
    @Arg('first', () => Int, { nullable: true, description: `At most this many rows (1–${MAX_CSV_ROWS}, default 1000).` }) first?: number | null,
  ) {
    const service = new AuditService(ctx.em, ctx.audit);
    return service.audited(ctx.auth, 'Query.auditTrailCsv', filter, () => service.csv(filter, first));
  }
}

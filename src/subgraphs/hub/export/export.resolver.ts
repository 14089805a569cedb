import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { viewerOf } from '../../../shared/context';
import type { HubContext } from '../context';
import { requireKnownDepartments } from '../department/known-departments';
import { ExportService } from './export.service';
import { CreateExportInput, CreateExportPayload, type CreatedExport } from './export.types';

@Resolver()
export class ExportResolver {
  @Authorized()
  @Mutation(() => CreateExportPayload, {
    description:
      'Prepare an export (导出) of a requests list or of departmentPerformance as CSV or XLSX: checks access, the filter and the limits (EXPORT_MAX_ROWS rows; EXPORT_MAX_PER_HOUR exports per user and hour, else RATE_LIMITED with retryAfter) and returns a short-lived signed download link on the gateway.',
  })
  createExport(@Arg('input', () => CreateExportInput, { description: 'What to export and how.' }) input: CreateExportInput, @Ctx() ctx: HubContext): Promise<CreatedExport> {
    return new ExportService(ctx.em, viewerOf(ctx), ctx.clock, ctx.runtime.config).create(input, (filter) =>
      requireKnownDepartments(ctx, {
        'input.filter.leadDepartment': filter.leadDepartment,
        'input.filter.assistingDepartment': filter.assistingDepartment,
        'input.filter.department': filter.department,
      }),
    );
  }
}
